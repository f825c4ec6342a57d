#pragma once

#include "core/common/Result.h"
#include "core/dispatch/JobDetailTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::dispatch {

// One job's detail and the writes the job detail makes. Every write is one transaction guarded by the job's version
// (UPDATE dispatch_jobs … WHERE id = $1 AND version = $2): the row's touch trigger bumps the version and its
// ops_change NOTIFY tells the boards, also when only a material or a photo changed. A stale version writes nothing
// and returns the job as it now is with "who changed it".
class JobDetailRepository
{
public:
    static constexpr int kMaxQuantity = 999;
    static constexpr qsizetype kMaxNotes = 10000;
    static constexpr qsizetype kMaxPhotoBytes = 15 * 1024 * 1024;
    static constexpr int kMaxPhotosPerImport = 20;

    explicit JobDetailRepository(db::PgConnection &c);

    // NotFound when the job is gone. When the stored checklist is empty, the checklist is the template of the job's
    // type (checklistFromTemplate).
    Result<JobDetail> load(qint64 jobId);
    // Active catalogue items a material can be picked from (equipment and fees), by SKU.
    Result<QList<CatalogueItem>> catalogue();

    JobDetailWriteResult addMaterial(qint64 jobId, qint64 itemId, int quantity, int expectedVersion);
    JobDetailWriteResult removeMaterial(qint64 jobId, qint64 materialId, int expectedVersion);
    // Ticks (or unticks) item index of the checklist; an empty stored checklist takes the template first. A ticked
    // item records when and by whom.
    JobDetailWriteResult setChecklistItem(qint64 jobId, int index, bool done, int expectedVersion);
    JobDetailWriteResult setNotes(qint64 jobId, const QString &notes, int expectedVersion);
    // All or nothing: a file that is not a whole JPEG or PNG image refuses the import (Validation, naming the file).
    JobDetailWriteResult importPhotos(qint64 jobId, const QList<PhotoFile> &files, int expectedVersion);
    // The bytes of one photo (JPEG or PNG).
    Result<QByteArray> photo(qint64 photoId);

    // technicianId's jobs on local day (boardZone), lead or crew, cancelled ones left out, by start.
    Result<DaySheetData> daySheet(qint64 technicianId, const QDate &day);

    // The image type of data ("image/jpeg", "image/png") when it is a structurally whole JPEG or PNG (signature,
    // chunk CRCs / segment lengths, end marker); an error naming fileName otherwise. No decoding (core has no QtGui).
    static Result<QString> checkPhoto(const QString &fileName, const QByteArray &data);
    // "fileName is too large" (sizeBytes over kMaxPhotoBytes), for a caller that checks the size before reading.
    static Error photoTooLarge(const QString &fileName, qint64 sizeBytes);

private:
    db::PgConnection &m_c;
};

} // namespace ops::dispatch
