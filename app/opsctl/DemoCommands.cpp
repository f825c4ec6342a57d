#include "app/opsctl/DemoCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/demo/DemoSeeder.h"

namespace ops {

namespace {

// Labels of the seeder's progress stages (DemoSeeder::stageKeys()).
constexpr const char *kStageLabels[][2] = {
    {"planning", QT_TRANSLATE_NOOP("opsctl", "planning")},
    {"catalogue", QT_TRANSLATE_NOOP("opsctl", "staff and catalogue")},
    {"customers", QT_TRANSLATE_NOOP("opsctl", "customers")},
    {"locations", QT_TRANSLATE_NOOP("opsctl", "service locations")},
    {"equipment", QT_TRANSLATE_NOOP("opsctl", "equipment")},
    {"subscriptions", QT_TRANSLATE_NOOP("opsctl", "subscriptions")},
    {"invoices", QT_TRANSLATE_NOOP("opsctl", "invoices")},
    {"invoice lines", QT_TRANSLATE_NOOP("opsctl", "invoice lines")},
    {"invoice taxes", QT_TRANSLATE_NOOP("opsctl", "invoice taxes")},
    {"payments", QT_TRANSLATE_NOOP("opsctl", "payments")},
    {"allocations", QT_TRANSLATE_NOOP("opsctl", "payment allocations")},
    {"tickets", QT_TRANSLATE_NOOP("opsctl", "tickets")},
    {"ticket messages", QT_TRANSLATE_NOOP("opsctl", "ticket messages")},
    {"dispatch", QT_TRANSLATE_NOOP("opsctl", "dispatch")},
    {"consents", QT_TRANSLATE_NOOP("opsctl", "CASL consents")},
    {"indexes", QT_TRANSLATE_NOOP("opsctl", "building indexes")},
    {"sequences", QT_TRANSLATE_NOOP("opsctl", "sequences")},
    {"committing", QT_TRANSLATE_NOOP("opsctl", "committing")},
    {"search indexes", QT_TRANSLATE_NOOP("opsctl", "building search indexes")},
    {"constraints", QT_TRANSLATE_NOOP("opsctl", "checking foreign keys")},
    {"analyzing", QT_TRANSLATE_NOOP("opsctl", "analyzing")},
    {"message index", QT_TRANSLATE_NOOP("opsctl", "indexing ticket messages")},
    {"done", QT_TRANSLATE_NOOP("opsctl", "done")},
};

QString stageLabel(const QString &key)
{
    for (const auto &l : kStageLabels) {
        if (key == QLatin1String(l[0]))
            return QCoreApplication::translate("opsctl", l[1]);
    }
    return key;
}

int seed(QStringList args, CommandContext &ctx)
{
    demo::DemoOptions o;
    bool ok = true;
    const QString scale = takeOption(args, QStringLiteral("--scale"), QStringLiteral("1"));
    o.scale = scale.toDouble(&ok);
    if (!ok || !(o.scale > 0.0 && o.scale <= 20.0)) {
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "--scale takes a number greater than 0 and at most 20, not \"%1\"")
                .arg(scale));
    }
    const QString seedText = takeOption(args, QStringLiteral("--seed"), QStringLiteral("42"));
    o.seed = seedText.toULongLong(&ok);
    if (!ok) {
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "--seed takes a whole number, not \"%1\"").arg(seedText));
    }
    const QString today = takeOption(args, QStringLiteral("--today"));
    if (!today.isEmpty()) {
        o.today = QDate::fromString(today, Qt::ISODate);
        if (!o.today.isValid()) {
            return usageError(ctx,
                QCoreApplication::translate("opsctl", "--today takes a date like 2026-11-27, not \"%1\"").arg(today));
        }
    }
    o.replace = takeFlag(args, QStringLiteral("--replace"));
    const QString confirmed = takeOption(args, QStringLiteral("--confirm-database"));
    if (!args.isEmpty()) {
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "unexpected argument for demo seed: %1").arg(args.first()));
    }

    auto conn = ctx.connect(true);
    if (!conn.ok())
        return fail(ctx, conn.error());
    // Replacing wipes the business data: on a server (--db) the operator names the database to show it is the one.
    const bool embedded = ctx.dbConninfo.isEmpty();
    const QString database = conn.value()->database();
    if (o.replace && !embedded && confirmed != database) {
        return fail(ctx,
            Error::make(Error::Kind::Validation,
                QCoreApplication::translate("opsctl",
                    "demo seed --replace deletes the business data of database \"%1\" on a server; "
                    "add --confirm-database %1 to confirm")
                    .arg(database)));
    }

    o.progress = [&ctx](const QString &stage, int percent) {
        const QString label = stage == QLatin1String("done")
            ? stageLabel(stage)
            : QCoreApplication::translate("opsctl", "%1…").arg(stageLabel(stage));
        ctx.err << QStringLiteral("[%1%] ").arg(percent, 3) << label << Qt::endl;
    };
    demo::DemoSeeder seeder(*conn.value(), o);
    auto report = seeder.run();
    if (!report.ok()) {
        Error e = report.error();
        if (e.kind == Error::Kind::Conflict) {
            e.userMessage = QCoreApplication::translate("opsctl",
                "The database already contains customers; use --replace to replace its business data "
                "with demo data.");
        }
        return fail(ctx, e);
    }

    const demo::DemoReport &r = report.value();
    qint64 total = 0;
    for (auto it = r.rowsPerTable.cbegin(); it != r.rowsPerTable.cend(); ++it)
        total += it.value();
    if (ctx.json) {
        QJsonObject tables;
        for (auto it = r.rowsPerTable.cbegin(); it != r.rowsPerTable.cend(); ++it)
            tables.insert(it.key(), it.value());
        const QJsonObject out{{QStringLiteral("scale"), o.scale}, {QStringLiteral("seed"), QString::number(o.seed)},
            {QStringLiteral("elapsedMs"), r.elapsedMs}, {QStringLiteral("rows"), total},
            {QStringLiteral("tables"), tables}};
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const QLocale locale;
    for (auto it = r.rowsPerTable.cbegin(); it != r.rowsPerTable.cend(); ++it)
        ctx.out << QStringLiteral("  %1 %2").arg(it.key(), -22).arg(locale.toString(it.value()), 10) << Qt::endl;
    ctx.out << QCoreApplication::translate("opsctl", "Loaded %1 rows in %2 s.")
                   .arg(locale.toString(total), locale.toString(static_cast<double>(r.elapsedMs) / 1000.0, 'f', 1))
            << Qt::endl;
    return 0;
}

} // namespace

int runDemoCommand(const QStringList &args, CommandContext &ctx)
{
    QStringList rest = args;
    if (rest.isEmpty() || rest.first() != QLatin1String("seed")) {
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]"));
    }
    rest.removeFirst();
    return seed(rest, ctx);
}

} // namespace ops
