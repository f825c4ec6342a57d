#pragma once

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/dispatch/JobDetailTypes.h"

namespace ops::dispatch {

// What the job detail and the day sheet need. The Session hands the widgets its JobDetailService (PostgreSQL, on the
// DB executor); UI tests hand them an in-memory fake. Every call returns at once. Every write carries the version it
// was based on and returns the job as it now is (or stale, with the current job and who changed it).
class JobDetailApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~JobDetailApi() override = default;

    virtual QFuture<Result<JobDetail>> load(qint64 jobId) = 0;
    virtual QFuture<Result<QList<CatalogueItem>>> catalogue() = 0;
    virtual QFuture<JobDetailWriteResult> addMaterial(
        qint64 jobId, qint64 itemId, int quantity, int expectedVersion) = 0;
    virtual QFuture<JobDetailWriteResult> removeMaterial(qint64 jobId, qint64 materialId, int expectedVersion) = 0;
    virtual QFuture<JobDetailWriteResult> setChecklistItem(qint64 jobId, int index, bool done, int expectedVersion) = 0;
    virtual QFuture<JobDetailWriteResult> setNotes(qint64 jobId, const QString &notes, int expectedVersion) = 0;
    // Reads the files (off the GUI thread) and imports them all, or none when one is not a whole JPEG or PNG image.
    virtual QFuture<JobDetailWriteResult> importPhotos(qint64 jobId, const QStringList &paths, int expectedVersion) = 0;
    virtual QFuture<Result<QByteArray>> photo(qint64 photoId) = 0;
    virtual QFuture<Result<DaySheetData>> daySheet(qint64 technicianId, const QDate &day) = 0;
};

} // namespace ops::dispatch
