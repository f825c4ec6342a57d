#include "core/audit/AuditService.h"

#include "core/audit/AuditExport.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/PersonalDataExport.h"
#include "core/concurrency/DbExecutor.h"

namespace ops::audit {

AuditService::AuditService(DbExecutor &db, QObject *parent)
    : AuditApi(parent)
    , m_db(db)
{}

QFuture<Result<AuditPage>> AuditService::page(const AuditQuery &query, const AuditCursor &after, int limit)
{
    return m_db.run(
        [query, after, limit](db::PgConnection &c) { return AuditRepository(c).page(query, after, limit); });
}

QFuture<Result<QList<StaffOption>>> AuditService::staff()
{
    return m_db.run([](db::PgConnection &c) { return AuditRepository(c).staff(); });
}

QFuture<Result<QList<FileAccess>>> AuditService::fileAccesses(qint64 customerId, int limit)
{
    return m_db.run(
        [customerId, limit](db::PgConnection &c) { return AuditRepository(c).fileAccesses(customerId, limit); });
}

QFuture<Result<AuditExportResult>> AuditService::exportCsv(const QString &path, const AuditQuery &query,
    const csv::CsvOptions &options, std::shared_ptr<std::atomic<bool>> cancel,
    std::shared_ptr<std::atomic<qint64>> progress)
{
    return m_db.run([path, query, options, cancel, progress](db::PgConnection &c) {
        return exportAudit(c, path, query, options, cancel.get(), progress.get());
    });
}

QFuture<Result<PersonalDataExportResult>> AuditService::exportPersonalData(qint64 customerId, const QString &path)
{
    return m_db.run([customerId, path](db::PgConnection &c) {
        return audit::exportPersonalData(c, QString::number(customerId), path);
    });
}

QFuture<Result<bool>> AuditService::canRead()
{
    return m_db.run([](db::PgConnection &c) { return AuditRepository(c).canRead(); });
}

} // namespace ops::audit
