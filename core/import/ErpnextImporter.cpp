#include "core/import/ErpnextImporter.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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

// The entities whose keys an entity's transform looks up (import_keys): it is imported once they are committed.
// An entity not listed waits for every entity before it in kEntities.
QStringList linksOf(const QString &entity)
{
    static const QHash<QString, QStringList> links = {{QStringLiteral("customer"), {}}, {QStringLiteral("item"), {}},
        {QStringLiteral("location"), {QStringLiteral("customer")}},
        {QStringLiteral("equipment"), {QStringLiteral("location")}},
        {QStringLiteral("subscription"),
            {QStringLiteral("customer"), QStringLiteral("item"), QStringLiteral("location")}},
        {QStringLiteral("invoice"),
            {QStringLiteral("customer"), QStringLiteral("item"), QStringLiteral("location"),
                QStringLiteral("subscription")}},
        {QStringLiteral("payment"), {QStringLiteral("customer"), QStringLiteral("invoice")}},
        {QStringLiteral("staff"), {}},
        {QStringLiteral("ticket"), {QStringLiteral("customer"), QStringLiteral("location"), QStringLiteral("staff")}},
        {QStringLiteral("message"), {QStringLiteral("ticket")}}, {QStringLiteral("tag"), {}},
        {QStringLiteral("technician"), {QStringLiteral("staff"), QStringLiteral("tag")}},
        {QStringLiteral("job"),
            {QStringLiteral("customer"), QStringLiteral("location"), QStringLiteral("ticket"),
                QStringLiteral("technician"), QStringLiteral("tag")}}};
    if (const auto it = links.constFind(entity); it != links.constEnd())
        return it.value();
    QStringList before;
    for (const char *e : kEntities) {
        if (entity == QLatin1String(e))
            break;
        before << QString::fromLatin1(e);
    }
    return before;
}

// One writer: a connection to our database and one to the site, with their repositories.
struct Lane
{
    Lane(db::PgConnection &o, ErpnextSourceRepository &s)
        : ours(o)
        , repo(o)
        , transform(o)
        , source(s)
    {}
    db::PgConnection &ours;
    ImportRepository repo;
    ImportTransformRepository transform;
    ErpnextSourceRepository &source;
};

class Importer
{
public:
    Importer(db::PgConnection &ours, const ImportOptions &o)
        : m_ours(ours)
        , m_o(o)
        , m_repo(ours)
    {}

    Result<ImportReport> run();

private:
    void progress(const char *stage, const QString &entity = {}, qint64 rows = 0)
    {
        if (!m_o.progress)
            return;
        std::lock_guard lock(m_progressMutex);
        m_o.progress(QString::fromLatin1(stage), entity, rows);
    }
    bool isCancelled() const { return m_o.cancel && m_o.cancel->load(); }
    Result<EntityCounts> importEntity(Lane &lane, const QString &entity);
    Result<EntityCounts> commitEntity(Lane &lane, const QString &entity);
    Status importEntities(Lane &first, QList<EntityCounts> &out);
    Status reconcile();
    Result<ImportReport> importAll();

    db::PgConnection &m_ours;
    const ImportOptions &m_o;
    ImportRepository m_repo;
    ImportMapping m_map;
    std::unique_ptr<db::PgConnection> m_src;
    std::unique_ptr<ErpnextSourceRepository> m_source;
    ErpnextSourceRepository::Check m_check;
    ImportRepository::Run m_run;
    std::mutex m_progressMutex;
};

Result<EntityCounts> Importer::importEntity(Lane &lane, const QString &entity)
{
    if (Status st = lane.transform.setContext(m_run.id, m_map.timeZone(), m_map.issueTypesJson()); !st.ok())
        return st.error();
    EntityCounts counts;
    counts.entity = entity;
    if (m_check.skippedEntities.contains(entity)) {
        counts.skipped = true;
        if (Status st = lane.repo.reportSkipped(m_run.id, entity, ErpnextSourceRepository::entityDoctype(entity));
            !st.ok())
            return st.error();
    } else {
        // The keys first (where the entity has them): with nothing new or changed, the rest is not read.
        const QString keysEntity = entity + QStringLiteral("#keys");
        const auto keys = ErpnextSourceRepository::stages(keysEntity);
        bool readAll = true;
        if (!keys.isEmpty()) {
            auto copied = lane.source.copyStage(keysEntity, keys.first(), lane.ours, {}, m_o.cancel);
            if (!copied.ok())
                return copied.error();
            auto work = lane.transform.hasWork(entity, keys.first().table);
            if (!work.ok())
                return work.error();
            readAll = work.value();
        }
        for (const auto &stage : ErpnextSourceRepository::stages(entity)) {
            if (const QString child = m_check.skippedStages.value(stage.table); !child.isEmpty()) {
                if (Status st = lane.repo.reportSkipped(m_run.id, entity, child); !st.ok())
                    return st.error();
                if (Status st = lane.transform.emptyStage(stage.table, stage.columns, QString()); !st.ok())
                    return st.error();
                continue;
            }
            if (!readAll) {
                const bool main = stage.table == QStringLiteral("imp_") + entity;
                if (Status st =
                        lane.transform.emptyStage(stage.table, stage.columns, main ? keys.first().table : QString());
                    !st.ok())
                    return st.error();
                continue;
            }
            auto copied = lane.source.copyStage(
                entity, stage, lane.ours, [&](qint64 rows) { progress("read", entity, rows); }, m_o.cancel);
            if (!copied.ok())
                return copied.error();
        }
        if (isCancelled())
            return cancelled();
        progress("write", entity);
        QStringList skipped(m_check.skippedEntities.begin(), m_check.skippedEntities.end());
        auto applied = lane.transform.apply(entity, skipped);
        if (!applied.ok())
            return applied.error();
        counts = applied.value();
    }
    if (Status st = lane.repo.entityDone(m_run.id, counts); !st.ok())
        return st.error();
    return counts;
}

// One entity in its own transaction (a dry run's single transaction is the caller's).
Result<EntityCounts> Importer::commitEntity(Lane &lane, const QString &entity)
{
    if (!m_o.dryRun) {
        if (Status st = lane.repo.begin(); !st.ok())
            return st.error();
    }
    auto counts = importEntity(lane, entity);
    if (!counts.ok()) {
        if (!m_o.dryRun && lane.ours.inTransaction())
            (void)lane.repo.rollback();
        return counts.error();
    }
    if (!m_o.dryRun) {
        if (Status st = lane.repo.commit(); !st.ok())
            return st.error();
    }
    return counts;
}

// The entities not committed yet, each once its links are in: on the first lane alone, or with a second writer
// (ImportOptions::oursConninfo) on two lanes that take the next ready entity. A failure or a cancel stops both lanes
// after their entity (what is committed stays: the next run continues).
Status Importer::importEntities(Lane &first, QList<EntityCounts> &out)
{
    std::mutex mutex;
    std::condition_variable changed;
    QSet<QString> done(m_run.doneEntities.begin(), m_run.doneEntities.end());
    QSet<QString> taken;
    QHash<QString, EntityCounts> counts;
    std::optional<Error> failure;

    auto work = [&](Lane &lane) {
        for (;;) {
            QString next;
            {
                std::unique_lock lock(mutex);
                for (;;) {
                    bool left = false;
                    for (const char *e : kEntities) {
                        const QString entity = QString::fromLatin1(e);
                        if (done.contains(entity) || taken.contains(entity))
                            continue;
                        left = true;
                        const QStringList links = linksOf(entity);
                        if (std::all_of(
                                links.begin(), links.end(), [&](const QString &l) { return done.contains(l); })) {
                            next = entity;
                            break;
                        }
                    }
                    if (failure || !left || !next.isEmpty())
                        break;
                    changed.wait(lock);
                }
                if (failure || next.isEmpty())
                    return;
                taken.insert(next);
            }
            auto r = isCancelled() ? Result<EntityCounts>(cancelled()) : commitEntity(lane, next);
            std::lock_guard lock(mutex);
            if (r.ok()) {
                done.insert(next);
                counts.insert(next, r.value());
            } else if (!failure) {
                failure = r.error();
            }
            changed.notify_all();
        }
    };

    std::unique_ptr<db::PgConnection> ours2, src2;
    std::unique_ptr<ErpnextSourceRepository> source2;
    std::unique_ptr<Lane> second;
    if (!m_o.dryRun && !m_o.oursConninfo.isEmpty()) {
        // The second lane reads the site in the first one's snapshot: one state of the site for the whole run.
        auto snapshot = m_source->exportSnapshot();
        auto o2 = db::PgConnection::open(m_o.oursConninfo);
        auto s2 = db::PgConnection::open(m_o.sourceConninfo);
        if (snapshot.ok() && o2.ok() && s2.ok()) {
            ours2 = std::move(o2.value());
            src2 = std::move(s2.value());
            source2 = std::make_unique<ErpnextSourceRepository>(*src2, m_map);
            if (source2->begin(snapshot.value()).ok())
                second = std::make_unique<Lane>(*ours2, *source2);
        }
        // Without a second connection, the import runs on one lane: slower, same result.
    }
    if (second) {
        std::thread other([&] { work(*second); });
        work(first);
        other.join();
    } else {
        work(first);
    }
    if (failure)
        return *failure;
    for (const char *e : kEntities) {
        const QString entity = QString::fromLatin1(e);
        out << (counts.contains(entity) ? counts.value(entity)
                                        : ImportRepository::countsFromJson(entity, m_run.counts));
    }
    return success();
}

Status Importer::reconcile()
{
    progress("reconcile");
    ImportTransformRepository transform(m_ours);
    if (Status st = transform.setContext(m_run.id, m_map.timeZone(), m_map.issueTypesJson()); !st.ok())
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
    Lane first(m_ours, *m_source);
    if (Status st = importEntities(first, report.entities); !st.ok())
        return st.error();
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
