#include "app/opsctl/DbCommands.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedPassword.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

namespace ops {

namespace {
void printStatus(CommandContext &ctx, const EmbeddedStatus &st)
{
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("initialized"), st.initialized}, {QStringLiteral("running"), st.running},
            {QStringLiteral("pid"), st.pid}, {QStringLiteral("dataDir"), st.dataDir},
            {QStringLiteral("socketDir"), st.socketDir}, {QStringLiteral("port"), st.port},
            {QStringLiteral("conninfo"), db::maskConninfo(st.conninfo)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    ctx.out << QCoreApplication::translate("opsctl", "data folder: %1").arg(st.dataDir) << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "initialized: %1")
                   .arg(st.initialized ? QCoreApplication::translate("opsctl", "yes")
                                       : QCoreApplication::translate("opsctl", "no"))
            << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "running: %1")
                   .arg(st.running ? QCoreApplication::translate("opsctl", "yes (pid %1)").arg(st.pid)
                                   : QCoreApplication::translate("opsctl", "no"))
            << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "connection: %1").arg(db::maskConninfo(st.conninfo)) << Qt::endl;
}

int migrate(CommandContext &ctx)
{
    auto info = ctx.conninfo();
    if (!info.ok())
        return fail(ctx, info.error());
    auto conn = db::PgConnection::open(info.value());
    if (!conn.ok())
        return fail(ctx, conn.error());
    db::Migrator m(*conn.value());
    auto before = m.inspect();
    if (!before.ok())
        return fail(ctx, before.error());
    auto after = m.migrate();
    if (!after.ok())
        return fail(ctx, after.error());
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("from"), before.value().applied}, {QStringLiteral("to"), after.value().applied},
            {QStringLiteral("applied"), QJsonArray::fromStringList(before.value().pendingNames)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (before.value().pendingNames.isEmpty()) {
        ctx.out << QCoreApplication::translate("opsctl", "The schema is up to date (version %1).")
                       .arg(after.value().applied)
                << Qt::endl;
    } else {
        for (const QString &n : before.value().pendingNames)
            ctx.out << QCoreApplication::translate("opsctl", "applied %1").arg(n) << Qt::endl;
        ctx.out << QCoreApplication::translate("opsctl", "The schema is now at version %1.").arg(after.value().applied)
                << Qt::endl;
    }
    return 0;
}
} // namespace

Result<QString> awaitSecret(const QFuture<Result<QString>> &future)
{
    QFutureWatcher<Result<QString>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<QString>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    return watcher.future().isResultReadyAt(0) ? watcher.future().result()
                                               : Result<QString>(Error::make(Error::Kind::Unavailable, QString()));
}

Result<EmbeddedOptions> embeddedLaunchOptions(const QString &embeddedDir)
{
    EmbeddedOptions options;
    if (!options.tcp)
        return options;
    SecretStore store;
    auto password = awaitSecret(embeddedPassword(store, embeddedDir));
    if (!password.ok())
        return Error::make(password.error().kind,
            QCoreApplication::translate("opsctl", "the embedded database's password is unavailable: %1")
                .arg(password.error().userMessage),
            password.error().detail);
    options.password = password.value();
    return options;
}

int runDbCommand(QStringList args, CommandContext &ctx)
{
    if (args.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "db needs a subcommand: init, start, stop, status or migrate"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("migrate"))
        return migrate(ctx);
    if (!ctx.dbConninfo.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "db %1 manages the embedded database; it does not take --db")
                .arg(sub));
    auto options = embeddedLaunchOptions(ctx.embeddedDir);
    if (!options.ok())
        return fail(ctx, options.error());
    EmbeddedServer server(ctx.embeddedDir, options.value());
    if (sub == QLatin1String("init")) {
        if (Status s = server.init(); !s.ok())
            return fail(ctx, s.error());
        auto st = server.status();
        if (!st.ok())
            return fail(ctx, st.error());
        printStatus(ctx, st.value());
        return 0;
    }
    if (sub == QLatin1String("start")) {
        auto st = server.start();
        if (!st.ok())
            return fail(ctx, st.error());
        printStatus(ctx, st.value());
        return 0;
    }
    if (sub == QLatin1String("stop")) {
        if (Status s = server.stop(); !s.ok())
            return fail(ctx, s.error());
        if (!ctx.json)
            ctx.out << QCoreApplication::translate("opsctl", "The embedded database is stopped.") << Qt::endl;
        else
            ctx.out << QStringLiteral("{\"running\":false}") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("status")) {
        auto st = server.status();
        if (!st.ok())
            return fail(ctx, st.error());
        printStatus(ctx, st.value());
        return 0;
    }
    return usageError(ctx, QCoreApplication::translate("opsctl", "unknown db subcommand: %1").arg(sub));
}

} // namespace ops
