#pragma once

#include "core/audit/AuditApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::audit {

// The audit on PostgreSQL: every call runs its repository (or export) on a DB executor thread.
class AuditService : public AuditApi
{
    Q_OBJECT
public:
    explicit AuditService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<AuditPage>> page(const AuditQuery &query, const AuditCursor &after, int limit) override;
    QFuture<Result<QList<StaffOption>>> staff() override;
    QFuture<Result<QList<FileAccess>>> fileAccesses(qint64 customerId, int limit) override;
    QFuture<Result<AuditExportResult>> exportCsv(const QString &path, const AuditQuery &query,
        const csv::CsvOptions &options, std::shared_ptr<std::atomic<bool>> cancel,
        std::shared_ptr<std::atomic<qint64>> progress) override;
    QFuture<Result<PersonalDataExportResult>> exportPersonalData(qint64 customerId, const QString &path) override;

    // Whether the session's role may read audit_log (until the session's capabilities say it).
    QFuture<Result<bool>> canRead();

private:
    DbExecutor &m_db;
};

} // namespace ops::audit
