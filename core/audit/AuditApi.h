#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QList>
#include <QObject>

#include "core/audit/AuditTypes.h"
#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

namespace ops::audit {

// What the audit screens need (the audit viewer, "who opened this file", the Law 25 export). The Session hands the
// widgets its AuditService (PostgreSQL, on the DB executor); UI tests hand them an in-memory fake. Every call returns
// at once.
class AuditApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AuditApi() override = default;

    // One page, newest first, after `after` (a null cursor: the first page).
    virtual QFuture<Result<AuditPage>> page(const AuditQuery &query, const AuditCursor &after, int limit) = 0;
    // Every staff member, by name (the viewer's staff filter).
    virtual QFuture<Result<QList<StaffOption>>> staff() = 0;
    // Who opened this customer's file, newest first.
    virtual QFuture<Result<QList<FileAccess>>> fileAccesses(qint64 customerId, int limit) = 0;
    // Every row matching query as CSV at path (recorded as an export when the query is about one customer).
    // cancel: set to stop (Cancelled error, no file); progress: rows written so far.
    virtual QFuture<Result<AuditExportResult>> exportCsv(const QString &path, const AuditQuery &query,
        const csv::CsvOptions &options, std::shared_ptr<std::atomic<bool>> cancel,
        std::shared_ptr<std::atomic<qint64>> progress) = 0;
    // The Law 25 archive of one customer (ZIP of CSV + JSON), recorded as an export.
    virtual QFuture<Result<PersonalDataExportResult>> exportPersonalData(qint64 customerId, const QString &path) = 0;
};

} // namespace ops::audit
