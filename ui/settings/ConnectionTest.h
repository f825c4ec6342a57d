#pragma once

#include <QFuture>
#include <QString>

#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/session/DatabaseOpener.h"

class MessageBanner;
class QThreadPool;

// The "Test connection" of the connection settings and of the first-run dialog: opens the database on a background
// pool without migrating or seeding, then says in a banner what it found (translated, never the server's raw text).
namespace ConnectionTest {

QFuture<ops::Result<ops::OpenedDatabase>> start(
    QThreadPool &pool, const ops::db::ConnectionProfile &profile, const QString &password);
// Error, warning (a schema newer than this build) or success naming the server, the user and the schema state.
void show(MessageBanner &banner, const ops::Result<ops::OpenedDatabase> &result);

} // namespace ConnectionTest
