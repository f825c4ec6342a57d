#pragma once

#include "core/dispatch/JobDetailApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

// GUI-thread facade over JobDetailRepository: every call returns at once and runs on a DB executor thread.
class JobDetailService : public JobDetailApi
{
    Q_OBJECT
public:
    explicit JobDetailService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<JobDetail>> load(qint64 jobId) override;
    QFuture<Result<QList<CatalogueItem>>> catalogue() override;
    QFuture<JobDetailWriteResult> addMaterial(qint64 jobId, qint64 itemId, int quantity, int expectedVersion) override;
    QFuture<JobDetailWriteResult> removeMaterial(qint64 jobId, qint64 materialId, int expectedVersion) override;
    QFuture<JobDetailWriteResult> setChecklistItem(qint64 jobId, int index, bool done, int expectedVersion) override;
    QFuture<JobDetailWriteResult> setNotes(qint64 jobId, const QString &notes, int expectedVersion) override;
    QFuture<JobDetailWriteResult> importPhotos(qint64 jobId, const QStringList &paths, int expectedVersion) override;
    QFuture<Result<QByteArray>> photo(qint64 photoId) override;
    QFuture<Result<DaySheetData>> daySheet(qint64 technicianId, const QDate &day) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::dispatch
