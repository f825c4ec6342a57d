#include "ui/settings/ConnectionTest.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/common/MessageBanner.h"

namespace ConnectionTest {

QFuture<ops::Result<ops::OpenedDatabase>> start(
    QThreadPool &pool, const ops::db::ConnectionProfile &profile, const QString &password)
{
    ops::OpenOptions options;
    options.migrate = false;
    options.seedDemoIfEmpty = false;
    return QtConcurrent::run(
        &pool, [profile, password, options] { return ops::openDatabase(profile, password, options); });
}

void show(MessageBanner &banner, const ops::Result<ops::OpenedDatabase> &result)
{
    // The texts keep the context of the dialog they were first written for.
    if (!result.ok()) {
        banner.showError(result.error().userMessage.isEmpty()
                ? QCoreApplication::translate("ConnectionDialog", "The connection failed.")
                : result.error().userMessage);
        return;
    }
    const ops::OpenedDatabase &db = result.value();
    QString schema;
    const int pending = db.schema.known - db.schema.applied;
    if (db.schema.applied > db.schema.known)
        schema = QCoreApplication::translate("ConnectionDialog", "the schema is newer than this version of Targo Ops");
    else if (db.schema.applied == 0)
        schema =
            QCoreApplication::translate("ConnectionDialog", "the database is empty; Targo Ops will create its schema");
    else if (!db.schema.upToDate())
        schema = QCoreApplication::translate("ConnectionDialog", "%n schema update(s) pending", nullptr, pending);
    else
        schema =
            QCoreApplication::translate("ConnectionDialog", "schema up to date (version %1)").arg(db.schema.applied);
    const QString text = QCoreApplication::translate("ConnectionDialog", "Connected to %1 as %2: %3.")
                             .arg(db.description, db.user, schema);
    if (db.schema.applied > db.schema.known)
        banner.showWarning(text);
    else
        banner.showSuccess(text);
}

} // namespace ConnectionTest
