#include "app/opsctl/ImportCommands.h"

#include <atomic>
#include <csignal>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/import/ErpnextImporter.h"
#include "core/import/ImportReportCsv.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void onImportSignal(int)
{
    g_cancel.store(true);
}

QJsonObject toJson(const import::ImportReport &r, qint64 ms)
{
    QJsonArray entities;
    for (const auto &c : r.entities) {
        entities.append(QJsonObject{{u"entity"_s, c.entity}, {u"inserted"_s, c.inserted}, {u"updated"_s, c.updated},
            {u"unchanged"_s, c.unchanged}, {u"refused"_s, c.refused}, {u"deleted_upstream"_s, c.deletedUpstream},
            {u"skipped"_s, c.skipped}, {u"resumed"_s, c.resumed}});
    }
    QJsonArray issues;
    for (const auto &i : r.issues) {
        issues.append(QJsonObject{{u"entity"_s, i.entity}, {u"erpnext_name"_s, i.erpnextName}, {u"field"_s, i.field},
            {u"action"_s, i.action}, {u"reason"_s, i.reason}, {u"text"_s, import::reasonText(i.reason)}});
    }
    QJsonArray recon;
    for (const auto &l : r.reconciliation) {
        recon.append(QJsonObject{{u"entity"_s, l.entity}, {u"metric"_s, l.metric}, {u"erpnext_name"_s, l.erpnextName},
            {u"erpnext"_s, l.erpnext}, {u"ours"_s, l.ours}, {u"equal"_s, l.equal()}});
    }
    return QJsonObject{{u"run_id"_s, r.runId}, {u"dry_run"_s, r.dryRun}, {u"resumed"_s, r.resumed},
        {u"elapsed_ms"_s, ms}, {u"entities"_s, entities}, {u"issues"_s, issues}, {u"reconciliation"_s, recon},
        {u"differences"_s, r.differences()}};
}

void printText(QTextStream &out, const import::ImportReport &r, qint64 ms)
{
    out << (r.dryRun ? QCoreApplication::translate("opsctl", "Dry run (nothing kept), run %1").arg(r.runId)
                     : QCoreApplication::translate("opsctl", "Import run %1%2")
                           .arg(r.runId)
                           .arg(r.resumed ? QCoreApplication::translate("opsctl", " (continued)") : QString()))
        << u'\n';
    out << QCoreApplication::translate("opsctl", "%1 %2 %3 %4 %5 %6")
               .arg(QCoreApplication::translate("opsctl", "entity"), -13)
               .arg(QCoreApplication::translate("opsctl", "new"), 9)
               .arg(QCoreApplication::translate("opsctl", "updated"), 9)
               .arg(QCoreApplication::translate("opsctl", "unchanged"), 10)
               .arg(QCoreApplication::translate("opsctl", "refused"), 8)
               .arg(QCoreApplication::translate("opsctl", "deleted upstream"), 17)
        << u'\n';
    for (const auto &c : r.entities) {
        if (c.skipped) {
            out << QCoreApplication::translate("opsctl", "%1 skipped: the site has no such doctype").arg(c.entity, -13)
                << u'\n';
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(c.entity, -13)
                   .arg(c.inserted, 9)
                   .arg(c.updated, 9)
                   .arg(c.unchanged, 10)
                   .arg(c.refused, 8)
                   .arg(c.deletedUpstream, 17)
            << u'\n';
    }
    const int lines = static_cast<int>(r.issues.size());
    out << QCoreApplication::translate("opsctl", "Validation report: %n line(s)", nullptr, lines) << u'\n';
    int shown = 0;
    for (const auto &i : r.issues) {
        if (++shown > 50) {
            out << QCoreApplication::translate("opsctl", "  ... (all of them with --report FILE.csv)") << u'\n';
            break;
        }
        out << QStringLiteral("  %1 %2 %3 %4: %5")
                   .arg(i.entity, i.erpnextName, i.field, i.action, import::reasonText(i.reason))
            << u'\n';
    }
    const int differences = static_cast<int>(r.differences());
    out << QCoreApplication::translate(
        "opsctl", "Reconciliation (ERPNext / Targo Ops): %n difference(s)", nullptr, differences)
        << u'\n';
    for (const auto &l : r.reconciliation) {
        out << QStringLiteral("  %1 %2%3: %4 / %5%6")
                   .arg(l.entity, l.metric, l.erpnextName.isEmpty() ? QString() : u' ' + l.erpnextName)
                   .arg(l.erpnext)
                   .arg(l.ours)
                   .arg(l.equal() ? QString() : QCoreApplication::translate("opsctl", "  <- differs"))
            << u'\n';
    }
    out << QCoreApplication::translate("opsctl", "Done in %1 s.")
               .arg(QString::number(static_cast<double>(ms) / 1000.0, 'f', 1))
        << u'\n';
}

} // namespace

int runImportCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) != QLatin1String("erpnext"))
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] "
                "[--report FILE.csv]"));
    args.removeFirst();
    import::ImportOptions o;
    o.sourceConninfo = takeOption(args, QStringLiteral("--from"));
    o.mappingFile = takeOption(args, QStringLiteral("--mapping"));
    const QString reportFile = takeOption(args, QStringLiteral("--report"));
    o.dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (o.sourceConninfo.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "import erpnext needs --from CONNINFO (the ERPNext site's PostgreSQL database)"));
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "unexpected argument: %1").arg(args.first()));
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    // A second writer (two entities at once) when the database can be reached again.
    if (auto conninfo = ctx.conninfo(); conninfo.ok())
        o.oursConninfo = conninfo.value();
    g_cancel = false;
    o.cancel = &g_cancel;
    std::signal(SIGINT, onImportSignal);
    std::signal(SIGTERM, onImportSignal);
    QString lastEntity;
    qint64 lastRows = 0;
    o.progress = [&](const QString &stage, const QString &entity, qint64 rows) {
        if (stage == QLatin1String("read") && entity == lastEntity && rows - lastRows < 100000)
            return;
        lastEntity = entity;
        lastRows = rows;
        if (stage == QLatin1String("check"))
            ctx.err << QCoreApplication::translate("opsctl", "Checking the ERPNext database against the mapping…");
        else if (stage == QLatin1String("read"))
            ctx.err << QCoreApplication::translate("opsctl", "%1: %2 rows read").arg(entity).arg(rows);
        else if (stage == QLatin1String("write"))
            ctx.err << QCoreApplication::translate("opsctl", "%1: writing").arg(entity);
        else
            ctx.err << QCoreApplication::translate("opsctl", "Reconciling…");
        ctx.err << Qt::endl;
    };
    QElapsedTimer timer;
    timer.start();
    auto report = import::runErpnextImport(*c.value(), o);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!report.ok())
        return fail(ctx, report.error());
    if (!reportFile.isEmpty()) {
        QString error;
        if (!import::writeImportReportCsv(reportFile, report.value(), &error))
            return fail(ctx,
                Error::make(Error::Kind::Internal,
                    QCoreApplication::translate("opsctl", "Cannot write %1: %2").arg(reportFile, error)));
    }
    if (ctx.json)
        ctx.out << QJsonDocument(toJson(report.value(), timer.elapsed())).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printText(ctx.out, report.value(), timer.elapsed());
    return 0;
}

} // namespace ops
