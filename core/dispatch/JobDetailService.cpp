#include "core/dispatch/JobDetailService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/JobDetailRepository.h"

namespace ops::dispatch {

JobDetailService::JobDetailService(DbExecutor &db, QObject *parent)
    : JobDetailApi(parent)
    , m_db(db)
{}

QFuture<Result<JobDetail>> JobDetailService::load(qint64 jobId)
{
    return m_db.run([jobId](db::PgConnection &c) { return JobDetailRepository(c).load(jobId); });
}

QFuture<Result<QList<CatalogueItem>>> JobDetailService::catalogue()
{
    return m_db.run([](db::PgConnection &c) { return JobDetailRepository(c).catalogue(); });
}

QFuture<JobDetailWriteResult> JobDetailService::addMaterial(
    qint64 jobId, qint64 itemId, int quantity, int expectedVersion)
{
    return m_db.run([jobId, itemId, quantity, expectedVersion](db::PgConnection &c) {
        return JobDetailRepository(c).addMaterial(jobId, itemId, quantity, expectedVersion);
    });
}

QFuture<JobDetailWriteResult> JobDetailService::removeMaterial(qint64 jobId, qint64 materialId, int expectedVersion)
{
    return m_db.run([jobId, materialId, expectedVersion](db::PgConnection &c) {
        return JobDetailRepository(c).removeMaterial(jobId, materialId, expectedVersion);
    });
}

QFuture<JobDetailWriteResult> JobDetailService::setChecklistItem(
    qint64 jobId, int index, bool done, int expectedVersion)
{
    return m_db.run([jobId, index, done, expectedVersion](db::PgConnection &c) {
        return JobDetailRepository(c).setChecklistItem(jobId, index, done, expectedVersion);
    });
}

QFuture<JobDetailWriteResult> JobDetailService::setNotes(qint64 jobId, const QString &notes, int expectedVersion)
{
    return m_db.run([jobId, notes, expectedVersion](db::PgConnection &c) {
        return JobDetailRepository(c).setNotes(jobId, notes, expectedVersion);
    });
}

QFuture<JobDetailWriteResult> JobDetailService::importPhotos(
    qint64 jobId, const QStringList &paths, int expectedVersion)
{
    return m_db.run([jobId, paths, expectedVersion](db::PgConnection &c) -> JobDetailWriteResult {
        if (paths.size() > JobDetailRepository::kMaxPhotosPerImport)
            return JobDetailWriteResult(Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::dispatch::JobDetail", "At most %1 photos at a time.")
                    .arg(JobDetailRepository::kMaxPhotosPerImport)));
        QList<PhotoFile> files;
        for (const QString &path : paths) {
            const QString name = QFileInfo(path).fileName();
            QFile f(path);
            if (f.size() > JobDetailRepository::kMaxPhotoBytes)
                return JobDetailWriteResult(JobDetailRepository::photoTooLarge(name, f.size()));
            if (!f.open(QIODevice::ReadOnly))
                return JobDetailWriteResult(Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::dispatch::JobDetail", "%1 cannot be read: %2")
                        .arg(name, f.errorString())));
            files.append({name, f.readAll()});
        }
        return JobDetailRepository(c).importPhotos(jobId, files, expectedVersion);
    });
}

QFuture<Result<QByteArray>> JobDetailService::photo(qint64 photoId)
{
    return m_db.run([photoId](db::PgConnection &c) { return JobDetailRepository(c).photo(photoId); });
}

QFuture<Result<DaySheetData>> JobDetailService::daySheet(qint64 technicianId, const QDate &day)
{
    return m_db.run(
        [technicianId, day](db::PgConnection &c) { return JobDetailRepository(c).daySheet(technicianId, day); });
}

} // namespace ops::dispatch
