#include "core/import/ErpnextImporter.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/import/ErpnextSourceRepository.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportRepository.h"
#include "core/import/ImportTransformRepository.h"

namespace ops::import {

namespace {

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("ops::import", "The import was cancelled."));
}

class Importer
{
public:
    Importer(db::PgConnection &ours, const ImportOptions &o)
        : m_ours(ours)
        , m_o(o)
        , m_repo(ours)
        , m_transform(ours)
    {}

    Result<ImportReport> run();

private:
    void progress(const char *stage, const QString &entity = {}, qint64 rows = 0) const
    {
        if (m_o.progress)
            m_o.progress(QString::fromLatin1(stage), entity, rows);
    }
    bool isCancelled() const { return m_o.cancel && m_o.cancel->load(); }
    Result<EntityCounts> importEntity(const QString &entity);
    Status reconcile();
    Result<ImportReport> importAll();

    db::PgConnection &m_ours;
    const ImportOptions &m_o;
    ImportRepository m_repo;
    ImportTransformRepository m_transform;
    ImportMapping m_map;
    std::unique_ptr<db::PgConnection> m_src;
    std::unique_ptr<ErpnextSourceRepository> m_source;
    ErpnextSourceRepository::Check m_check;
    ImportRepository::Run m_run;
};

Result<EntityCounts> Importer::importEntity(const QString &entity)
{
    if (Status st = m_transform.setContext(m_run.id, m_map.timeZone(), m_map.issueTypesJson()); !st.ok())
        return st.error();
    EntityCounts counts;
    counts.entity = entity;
    if (m_check.skippedEntities.contains(entity)) {
        counts.skipped = true;
        if (Status st = m_repo.reportSkipped(m_run.id, entity, ErpnextSourceRepository::entityDoctype(entity));
            !st.ok())
            return st.error();
    } else {
        // The keys first (where the entity has them): with nothing new or changed, the rest is not read.
        const QString keysEntity = entity + QStringLiteral("#keys");
        const auto keys = ErpnextSourceRepository::stages(keysEntity);
        bool readAll = true;
        if (!keys.isEmpty()) {
            auto copied = m_source->copyStage(keysEntity, keys.first(), m_ours, {}, m_o.cancel);
            if (!copied.ok())
                return copied.error();
            auto work = m_transform.hasWork(entity, keys.first().table);
            if (!work.ok())
                return work.error();
            readAll = work.value();
        }
        for (const auto &stage : ErpnextSourceRepository::stages(entity)) {
            if (const QString child = m_check.skippedStages.value(stage.table); !child.isEmpty()) {
                if (Status st = m_repo.reportSkipped(m_run.id, entity, child); !st.ok())
                    return st.error();
                if (Status st = m_transform.emptyStage(stage.table, stage.columns, QString()); !st.ok())
                    return st.error();
                continue;
            }
            if (!readAll) {
                const bool main = stage.table == QStringLiteral("imp_") + entity;
                if (Status st =
                        m_transform.emptyStage(stage.table, stage.columns, main ? keys.first().table : QString());
                    !st.ok())
                    return st.error();
                continue;
            }
            auto copied = m_source->copyStage(
                entity, stage, m_ours, [&](qint64 rows) { progress("read", entity, rows); }, m_o.cancel);
            if (!copied.ok())
                return copied.error();
        }
        if (isCancelled())
            return cancelled();
        progress("write", entity);
        QStringList skipped(m_check.skippedEntities.begin(), m_check.skippedEntities.end());
        auto applied = m_transform.apply(entity, skipped);
        if (!applied.ok())
            return applied.error();
        counts = applied.value();
    }
    if (Status st = m_repo.entityDone(m_run.id, counts); !st.ok())
        return st.error();
    return counts;
}

Status Importer::reconcile()
{
    progress("reconcile");
    if (Status st = m_transform.setContext(m_run.id, m_map.timeZone(), m_map.issueTypesJson()); !st.ok())
        return st;
    for (const auto &stage : ErpnextSourceRepository::stages(QStringLiteral("reconcile"))) {
        auto copied = m_source->copyStage(QStringLiteral("reconcile"), stage, m_ours, {}, m_o.cancel);
        if (!copied.ok())
            return copied.error();
    }
    auto figures = m_source->figures(m_check.skippedEntities);
    if (!figures.ok())
        return figures.error();
    if (Status st = m_repo.reconcile(m_run.id, figures.value()); !st.ok())
        return st;
    return m_repo.finishRun(m_run.id, QStringLiteral("done"));
}

Result<ImportReport> Importer::importAll()
{
    ImportReport report;
    report.dryRun = m_o.dryRun;
    if (m_o.dryRun) {
        if (Status st = m_repo.begin(); !st.ok())
            return st.error();
    }
    auto run = m_repo.openRun(db::maskConninfo(m_o.sourceConninfo));
    if (!run.ok())
        return run.error();
    m_run = run.value();
    report.runId = m_run.id;
    report.resumed = m_run.resumed;
    for (const char *e : kEntities) {
        const QString entity = QString::fromLatin1(e);
        if (m_run.doneEntities.contains(entity)) {
            report.entities << ImportRepository::countsFromJson(entity, m_run.counts);
            continue;
        }
        if (isCancelled())
            return cancelled();
        if (!m_o.dryRun) {
            if (Status st = m_repo.begin(); !st.ok())
                return st.error();
        }
        auto counts = importEntity(entity);
        if (!counts.ok())
            return counts.error();
        if (!m_o.dryRun) {
            if (Status st = m_repo.commit(); !st.ok())
                return st.error();
        }
        report.entities << counts.value();
    }
    if (!m_o.dryRun) {
        if (Status st = m_repo.begin(); !st.ok())
            return st.error();
    }
    if (Status st = reconcile(); !st.ok())
        return st.error();
    auto issues = m_repo.issues(m_run.id);
    if (!issues.ok())
        return issues.error();
    report.issues = issues.value();
    auto recon = m_repo.reconciliation(m_run.id);
    if (!recon.ok())
        return recon.error();
    report.reconciliation = recon.value();
    if (Status st = m_o.dryRun ? m_repo.rollback() : m_repo.commit(); !st.ok())
        return st.error();
    return report;
}

Result<ImportReport> Importer::run()
{
    progress("check");
    auto map = ImportMapping::load(m_o.mappingFile);
    if (!map.ok())
        return map.error();
    m_map = map.value();
    auto src = db::PgConnection::open(m_o.sourceConninfo);
    if (!src.ok()) {
        Error e = src.error();
        e.userMessage =
            QCoreApplication::translate("ops::import", "Cannot reach the ERPNext database: %1").arg(e.userMessage);
        return e;
    }
    m_src = std::move(src.value());
    m_source = std::make_unique<ErpnextSourceRepository>(*m_src, m_map);
    if (Status st = m_source->begin(); !st.ok())
        return st.error();
    auto check = m_source->check();
    if (!check.ok())
        return check.error();
    m_check = check.value();
    if (!m_check.problems.isEmpty()) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::import",
                "Nothing was imported: the ERPNext database does not match the "
                "mapping.\n%1")
                .arg(m_check.problems.join(u'\n')));
    }
    auto locked = m_repo.tryLock();
    if (!locked.ok())
        return locked.error();
    if (!locked.value()) {
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::import", "Another import from ERPNext is running: wait for it to end."));
    }
    auto report = importAll();
    if (!report.ok()) {
        if (m_ours.inTransaction())
            (void)m_repo.rollback();
        if (m_run.id > 0 && !m_o.dryRun) {
            (void)m_repo.finishRun(m_run.id,
                report.error().kind == Error::Kind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                report.error().userMessage + u' ' + report.error().detail);
        }
    }
    (void)m_repo.unlock();
    return report;
}

} // namespace

Result<ImportReport> runErpnextImport(db::PgConnection &ours, const ImportOptions &options)
{
    Importer importer(ours, options);
    return importer.run();
}

qint64 ImportReport::differences() const
{
    qint64 n = 0;
    for (const ReconLine &l : reconciliation)
        n += l.equal() ? 0 : 1;
    return n;
}

QString reasonText(const QString &reason)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("bad_postal_code"), QT_TRANSLATE_NOOP("ops::import", "not a Canadian postal code")},
        {QStringLiteral("phone_not_normalisable"),
            QT_TRANSLATE_NOOP("ops::import", "phone number without the 10 digits of a North American number")},
        {QStringLiteral("phone_extension_dropped"), QT_TRANSLATE_NOOP("ops::import", "phone extension dropped")},
        {QStringLiteral("bad_email"), QT_TRANSLATE_NOOP("ops::import", "not an e-mail address")},
        {QStringLiteral("duplicate_serial"), QT_TRANSLATE_NOOP("ops::import", "serial number already used")},
        {QStringLiteral("duplicate_mac"), QT_TRANSLATE_NOOP("ops::import", "MAC address already used")},
        {QStringLiteral("bad_serial"),
            QT_TRANSLATE_NOOP("ops::import",
                "serial number unreadable (4 to 40 letters, "
                "digits or dashes)")},
        {QStringLiteral("orphan_link"), QT_TRANSLATE_NOOP("ops::import", "links to a record that was not imported")},
        {QStringLiteral("lines_do_not_add_up"),
            QT_TRANSLATE_NOOP("ops::import", "lines and taxes do not add up to the invoice's totals")},
        {QStringLiteral("missing_invoice_reference"),
            QT_TRANSLATE_NOOP("ops::import", "payment reference to an invoice that was not imported")},
        {QStringLiteral("missing_value"), QT_TRANSLATE_NOOP("ops::import", "required value missing")},
        {QStringLiteral("duplicate_value"), QT_TRANSLATE_NOOP("ops::import", "value already used by another record")},
        {QStringLiteral("invalid_value"), QT_TRANSLATE_NOOP("ops::import", "value unreadable or out of range")},
        {QStringLiteral("missing_civic_number"),
            QT_TRANSLATE_NOOP("ops::import", "address without a civic number and a street")},
        {QStringLiteral("parent_missing"), QT_TRANSLATE_NOOP("ops::import", "parent ticket missing: imported alone")},
        {QStringLiteral("not_a_receipt"), QT_TRANSLATE_NOOP("ops::import", "not a payment received from a customer")},
        {QStringLiteral("bad_amount"), QT_TRANSLATE_NOOP("ops::import", "amount unreadable, zero or too large")},
        {QStringLiteral("unknown_tax"), QT_TRANSLATE_NOOP("ops::import", "a tax other than GST and QST")},
        {QStringLiteral("period_taken"),
            QT_TRANSLATE_NOOP("ops::import", "the customer already has an invoice for this period")},
        {QStringLiteral("truncated"), QT_TRANSLATE_NOOP("ops::import", "text cut at 2,000,000 characters")},
        {QStringLiteral("ppa_needs_payment_method"),
            QT_TRANSLATE_NOOP("ops::import", "pre-authorized payments left off until a payment method is saved")},
        {QStringLiteral("deleted_upstream"),
            QT_TRANSLATE_NOOP("ops::import", "deleted in ERPNext since an earlier import (kept here)")},
        {QStringLiteral("doctype_missing"), QT_TRANSLATE_NOOP("ops::import", "the site has no such doctype: skipped")},
    };
    const auto it = texts.constFind(reason);
    return it == texts.constEnd() ? reason : QCoreApplication::translate("ops::import", it.value());
}

} // namespace ops::import
