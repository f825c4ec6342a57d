#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/DispatchTypes.h"

namespace ops::dispatch {

// A device installed for the job (job_equipment -> service_equipment).
struct JobEquipmentItem
{
    qint64 id = 0;
    QString code; // EQP-00001
    QString kind; // ont | router | tv_box | phone_adapter | other
    QString make;
    QString model;
    QString serial;
    QString status;
};

// A line of material used on the job (job_materials). itemId 0: free text (older rows, the demo seed).
struct JobMaterial
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString sku;
    QString description; // as stored (the item's French name when it came from the catalogue)
    QString nameFr; // the catalogue item's names, empty for free text
    QString nameEn;
    int quantity = 1;

    QString label(const QString &language) const; // the name in language (fr | en), else description
};

// An item of the catalogue (items) a material can be picked from.
struct CatalogueItem
{
    qint64 id = 0;
    QString sku;
    QString kind;
    QString nameFr;
    QString nameEn;

    QString label(const QString &language) const;
};

// One line of a job's checklist (dispatch_jobs.checklist, jsonb array). Templates give "fr"/"en" labels; older rows
// (the demo seed) a single "label".
struct ChecklistItem
{
    QString fr;
    QString en;
    bool done = false;
    QDateTime doneAt; // UTC; invalid when not done or unknown
    QString doneBy;

    QString label(const QString &language) const;
};
// Parses the jsonb text of a checklist (or a template); items without any label are skipped.
QList<ChecklistItem> parseChecklist(const QByteArray &json);
QByteArray checklistJson(const QList<ChecklistItem> &items);

// A photo's metadata; the bytes come from JobDetailApi::photo().
struct JobPhoto
{
    qint64 id = 0;
    QDateTime takenAt; // UTC
    QString mimeType; // image/jpeg | image/png
    qint64 sizeBytes = 0;
};

// A line of job_status_history.
struct JobStatusEntry
{
    QString fromStatus; // empty for the creation
    QString toStatus;
    QString reason;
    QString who; // staff name, else the database role
    QDateTime at; // UTC
};

struct JobCrewMember
{
    qint64 id = 0;
    QString code; // DT-00001
    QString name;
    QString phone;
    bool lead = false;
};

// Everything the job detail shows about one job.
struct JobDetail
{
    qint64 id = 0;
    QString code; // DJ-00001
    QString type; // installation | repair | maintenance | removal | survey
    JobStatus status = JobStatus::Unscheduled;
    QString statusReason;
    int priority = 3;
    QDateTime windowStart; // UTC; invalid: no window
    QDateTime windowEnd;
    QDateTime start; // UTC; invalid: unscheduled
    int durationMin = 60;
    bool pinned = false;
    QDateTime completedAt;
    int version = 0;

    // Customer
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerLanguage; // fr | en
    QString customerPhone;
    QString customerPhoneAlt;
    // Location
    qint64 locationId = 0;
    QString locationCode;
    QString address; // "123 rue Principale #4"
    QString city;
    QString postalCode;
    QString accessNotes;
    std::optional<GeoPoint> point;
    // Ticket
    qint64 ticketId = 0;
    QString ticketCode;
    QString ticketSubject;

    QList<JobCrewMember> crew; // the lead first
    QList<JobEquipmentItem> equipment;
    QList<JobMaterial> materials;
    QList<ChecklistItem> checklist;
    bool checklistFromTemplate = false; // the stored checklist is empty: these are the template's items, not stored yet
    QList<JobPhoto> photos;
    QByteArray signaturePng; // empty: not signed
    QString notes;
    QList<JobStatusEntry> history; // oldest first

    QDateTime end() const { return start.addSecs(qint64(durationMin) * 60); }
};

// A photo file to import: its name (for messages) and its bytes.
struct PhotoFile
{
    QString name;
    QByteArray data;
};

// One technician's day: the jobs where they are lead or crew, in order of start (cancelled ones left out).
// The jobs carry no photos, signature, checklist or history.
struct DaySheetData
{
    qint64 technicianId = 0;
    QString technicianCode;
    QString technicianName;
    QString technicianPhone;
    QDate day; // local (boardZone)
    QList<JobDetail> jobs;
};

// The outcome of a write to a job. Stale: someone changed the job since it was read; nothing was written, message says
// who and when, current holds the job as it now is.
class [[nodiscard]] JobDetailWriteResult : public Result<JobDetail>
{
public:
    using Result<JobDetail>::Result;
    static JobDetailWriteResult stale(Error error, std::optional<JobDetail> current);

    bool isStale() const { return !ok() && staleVersion; }
    bool staleVersion = false;
    std::optional<JobDetail> current;
};

} // namespace ops::dispatch

Q_DECLARE_METATYPE(ops::dispatch::JobDetail)
