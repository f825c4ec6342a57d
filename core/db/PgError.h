#pragma once

#include "core/common/Error.h"

namespace ops::db {

// Maps a SQLSTATE (and libpq's message) to a typed Error with a translated user message.
Error errorFromSqlState(const QString &sqlState, const QString &detail);
// For connection-level failures (no SQLSTATE): password, unreachable host, refused.
Error connectionError(const QString &libpqMessage);
bool isRetryableSqlState(const QString &sqlState);
// 42501 (insufficient_privilege): Error::Kind::Forbidden whose message names what was refused when the server's text
// says it ("permission denied for table invoices" → "Your role does not allow this operation on invoices.").
Error forbiddenError(const QString &detail);

} // namespace ops::db
