#pragma once

#include "core/common/Error.h"

namespace ops::db {

// Maps a SQLSTATE (and libpq's message) to a typed Error with a translated user message.
Error errorFromSqlState(const QString &sqlState, const QString &detail);
// For connection-level failures (no SQLSTATE): password, unreachable host, refused.
Error connectionError(const QString &libpqMessage);
bool isRetryableSqlState(const QString &sqlState);

} // namespace ops::db
