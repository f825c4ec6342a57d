#include "core/dispatch/JobDetailRepository.h"

#include <functional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include "core/db/Audit.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/dispatch/ImageCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::dispatch {

namespace {

// Columns 0..30 shared by the detail and the day sheet (FROM kJobFrom).
constexpr const char *kJobColumns =
    "SELECT j.id, j.code, j.job_type, j.status, coalesce(j.status_reason, ''), j.priority,"
    " j.window_start, j.window_end, j.scheduled_start, j.duration_minutes, j.pinned, j.completed_at, j.version,"
    " coalesce(j.customer_id, 0), coalesce(c.code, ''), coalesce(c.display_name, ''), coalesce(c.language, 'fr'),"
    " coalesce(c.phone, ''), coalesce(c.phone_alt, ''),"
    " coalesce(j.location_id, 0), coalesce(l.code, ''),"
    " coalesce(concat_ws(' ', l.civic_number, l.street) || coalesce(' #' || l.unit, ''), ''),"
    " coalesce(l.city, ''), coalesce(l.postal_code, ''), coalesce(l.access_notes, ''), l.latitude, l.longitude,"
    " coalesce(j.ticket_id, 0), coalesce(t.code, ''), coalesce(t.subject, ''), coalesce(j.notes, ''),"
    " (SELECT coalesce(json_agg(json_build_object('id', dt.id, 'code', dt.code, 'name', dt.name,"
    "    'phone', coalesce(dt.phone, ''), 'lead', jt.is_lead) ORDER BY jt.is_lead DESC, dt.name), '[]')"
    "   FROM job_technicians jt JOIN dispatch_technicians dt ON dt.id = jt.technician_id"
    "   WHERE jt.job_id = j.id)::text";
constexpr int kCrewColumn = 31;

constexpr const char *kJobFrom = " FROM dispatch_jobs j"
                                 " LEFT JOIN customers c ON c.id = j.customer_id"
                                 " LEFT JOIN service_locations l ON l.id = j.location_id"
                                 " LEFT JOIN tickets t ON t.id = j.ticket_id";

QByteArray byteaValue(const db::PgResult &r, int row, int col)
{
    const QByteArray text = r.bytes(row, col); // text format: \x followed by hex digits
    if (!text.startsWith("\\x"))
        return {};
    return QByteArray::fromHex(text.mid(2));
}

JobDetail readJob(const db::PgResult &r, int i)
{
    JobDetail d;
    d.id = r.int64(i, 0);
    d.code = r.text(i, 1);
    d.type = r.text(i, 2);
    d.status = statusFromKey(r.text(i, 3)).value_or(JobStatus::Unscheduled);
    d.statusReason = r.text(i, 4);
    d.priority = r.int32(i, 5, 3);
    d.windowStart = r.timestamp(i, 6);
    d.windowEnd = r.timestamp(i, 7);
    d.start = r.timestamp(i, 8);
    d.durationMin = r.int32(i, 9, 60);
    d.pinned = r.boolean(i, 10);
    d.completedAt = r.timestamp(i, 11);
    d.version = r.int32(i, 12);
    d.customerId = r.int64(i, 13);
    d.customerCode = r.text(i, 14);
    d.customerName = r.text(i, 15);
    d.customerLanguage = r.text(i, 16).trimmed();
    d.customerPhone = r.text(i, 17);
    d.customerPhoneAlt = r.text(i, 18);
    d.locationId = r.int64(i, 19);
    d.locationCode = r.text(i, 20);
    d.address = r.text(i, 21);
    d.city = r.text(i, 22);
    d.postalCode = r.text(i, 23);
    d.accessNotes = r.text(i, 24);
    if (!r.isNull(i, 25) && !r.isNull(i, 26))
        d.point = GeoPoint{r.real(i, 25), r.real(i, 26)};
    d.ticketId = r.int64(i, 27);
    d.ticketCode = r.text(i, 28);
    d.ticketSubject = r.text(i, 29);
    d.notes = r.text(i, 30);
    const QJsonArray crew = QJsonDocument::fromJson(r.bytes(i, kCrewColumn)).array();
    for (const QJsonValue &v : crew) {
        const QJsonObject o = v.toObject();
        JobCrewMember m;
        m.id = o.value("id"_L1).toInteger();
        m.code = o.value("code"_L1).toString();
        m.name = o.value("name"_L1).toString();
        m.phone = o.value("phone"_L1).toString();
        m.lead = o.value("lead"_L1).toBool();
        d.crew.append(m);
    }
    return d;
}

QList<JobMaterial> readMaterialsJson(const QByteArray &json)
{
    QList<JobMaterial> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        JobMaterial m;
        m.id = o.value("id"_L1).toInteger();
        m.itemId = o.value("item_id"_L1).toInteger();
        m.sku = o.value("sku"_L1).toString();
        m.description = o.value("description"_L1).toString();
        m.nameFr = o.value("name_fr"_L1).toString();
        m.nameEn = o.value("name_en"_L1).toString();
        m.quantity = o.value("quantity"_L1).toInt();
        out.append(m);
    }
    return out;
}

constexpr const char *kMaterialsJson =
    "(SELECT coalesce(json_agg(json_build_object('id', m.id, 'item_id', coalesce(m.item_id, 0),"
    "   'sku', coalesce(i.sku, ''), 'description', m.description, 'name_fr', coalesce(i.name_fr, ''),"
    "   'name_en', coalesce(i.name_en, ''), 'quantity', m.quantity) ORDER BY m.id), '[]')"
    "  FROM job_materials m LEFT JOIN items i ON i.id = m.item_id WHERE m.job_id = j.id)::text";

Error notFound()
{
    return Error::make(
        Error::Kind::NotFound, QCoreApplication::translate("ops::dispatch::JobDetail", "This job no longer exists."));
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

} // namespace

JobDetailRepository::JobDetailRepository(db::PgConnection &c)
    : m_c(c)
{}

Error JobDetailRepository::photoTooLarge(const QString &fileName, qint64 sizeBytes)
{
    return invalid(QCoreApplication::translate("ops::dispatch::JobDetail", "%1 is too large: %2 MB, at most %3 MB.")
                       .arg(fileName, QLocale().toString(double(sizeBytes) / (1024 * 1024), 'f', 1),
                           QLocale().toString(kMaxPhotoBytes / (1024 * 1024))));
}

Result<QString> JobDetailRepository::checkPhoto(const QString &fileName, const QByteArray &data)
{
    if (data.isEmpty())
        return invalid(QCoreApplication::translate("ops::dispatch::JobDetail", "%1 is empty.").arg(fileName));
    if (data.size() > kMaxPhotoBytes)
        return photoTooLarge(fileName, data.size());
    static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
    if (data.startsWith(pngSignature)) {
        if (isWholePng(data))
            return u"image/png"_s;
        return invalid(
            QCoreApplication::translate("ops::dispatch::JobDetail", "%1 is a damaged or incomplete PNG image.")
                .arg(fileName));
    }
    if (data.size() >= 3 && quint8(data[0]) == 0xFF && quint8(data[1]) == 0xD8 && quint8(data[2]) == 0xFF) {
        if (isWholeJpeg(data))
            return u"image/jpeg"_s;
        return invalid(
            QCoreApplication::translate("ops::dispatch::JobDetail", "%1 is a damaged or incomplete JPEG image.")
                .arg(fileName));
    }
    return invalid(
        QCoreApplication::translate("ops::dispatch::JobDetail", "%1 is not a JPEG or PNG image.").arg(fileName));
}

Result<JobDetail> JobDetailRepository::load(qint64 jobId)
{
    auto r = m_c.exec(QLatin1String(kJobColumns)
            + u", j.checklist::text, (SELECT items::text FROM checklist_templates ct WHERE ct.job_type = j.job_type),"
              " j.signature_png"_s
            + QLatin1String(kJobFrom) + u" WHERE j.id = $1"_s,
        db::SqlParams().add(jobId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return notFound();
    JobDetail d = readJob(r.value(), 0);
    d.checklist = parseChecklist(r.value().bytes(0, 32));
    if (d.checklist.isEmpty()) {
        d.checklist = parseChecklist(r.value().bytes(0, 33));
        d.checklistFromTemplate = !d.checklist.isEmpty();
    }
    d.signaturePng = byteaValue(r.value(), 0, 34);

    // The lists, in one more round trip: each as a json array.
    auto lists = m_c.exec(
        u"SELECT (SELECT coalesce(json_agg(json_build_object('id', e.id, 'code', e.code, 'kind', e.kind,"
        "    'make', e.make, 'model', e.model, 'serial', e.serial, 'status', e.status) ORDER BY e.code), '[]')"
        "   FROM job_equipment je JOIN service_equipment e ON e.id = je.equipment_id WHERE je.job_id = j.id)::text,"_s
            + QLatin1String(kMaterialsJson)
            + u", (SELECT coalesce(json_agg(json_build_object('id', p.id, 'taken_at', p.taken_at,"
              "    'mime', p.mime_type, 'size', octet_length(p.data)) ORDER BY p.taken_at, p.id), '[]')"
              "   FROM job_photos p WHERE p.job_id = j.id)::text,"
              " (SELECT coalesce(json_agg(json_build_object('from', coalesce(h.from_status, ''), 'to', h.to_status,"
              "    'reason', coalesce(h.reason, ''), 'who', coalesce(s.display_name, h.db_role), 'at', h.changed_at)"
              "    ORDER BY h.changed_at, h.id), '[]')"
              "   FROM job_status_history h LEFT JOIN staff s ON s.id = h.staff_id WHERE h.job_id = j.id)::text"
              " FROM dispatch_jobs j WHERE j.id = $1"_s,
        db::SqlParams().add(jobId));
    if (!lists.ok())
        return lists.error();
    if (lists.value().rows() == 0)
        return notFound();
    const auto array = [&](int col) {
        return QJsonDocument::fromJson(lists.value().bytes(0, col)).array();
    };
    const auto time = [](const QJsonValue &v) {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
    };
    for (const QJsonValue &v : array(0)) {
        const QJsonObject o = v.toObject();
        d.equipment.append({o.value("id"_L1).toInteger(), o.value("code"_L1).toString(), o.value("kind"_L1).toString(),
            o.value("make"_L1).toString(), o.value("model"_L1).toString(), o.value("serial"_L1).toString(),
            o.value("status"_L1).toString()});
    }
    d.materials = readMaterialsJson(lists.value().bytes(0, 1));
    for (const QJsonValue &v : array(2)) {
        const QJsonObject o = v.toObject();
        d.photos.append({o.value("id"_L1).toInteger(), time(o.value("taken_at"_L1)), o.value("mime"_L1).toString(),
            o.value("size"_L1).toInteger()});
    }
    for (const QJsonValue &v : array(3)) {
        const QJsonObject o = v.toObject();
        d.history.append({o.value("from"_L1).toString(), o.value("to"_L1).toString(), o.value("reason"_L1).toString(),
            o.value("who"_L1).toString(), time(o.value("at"_L1))});
    }
    return d;
}

Result<QList<CatalogueItem>> JobDetailRepository::catalogue()
{
    auto r = m_c.exec("SELECT id, sku, kind, name_fr, name_en FROM items"
                      " WHERE active AND kind IN ('equipment', 'fee') ORDER BY kind, sku");
    if (!r.ok())
        return r.error();
    QList<CatalogueItem> out;
    for (int i = 0; i < r.value().rows(); ++i)
        out.append({r.value().int64(i, 0), r.value().text(i, 1), r.value().text(i, 2), r.value().text(i, 3),
            r.value().text(i, 4)});
    return out;
}

namespace {

// One write to a job: before (optional) runs first inside the transaction and may add parameters $3…; then the
// guarded UPDATE of the job row (setClause; b is the row as it was), which bumps the version; then after (optional)
// for the child rows.
struct JobWrite
{
    QString setClause = u"notes = b.notes"_s; // a touch: the trigger bumps version and updated_at
    std::function<std::optional<Error>(db::PgConnection &, db::SqlParams &)> before;
    std::function<std::optional<Error>(db::PgConnection &)> after;
};

// Who changed the job last and when, from the audit log; empty when the log says nothing or may not be read.
std::pair<QString, QDateTime> lastChange(db::PgConnection &c, qint64 jobId)
{
    auto r = c.exec("SELECT who, at FROM ("
                    " (SELECT coalesce(st.display_name, al.db_role) AS who, al.at, al.id FROM audit_log al"
                    "   LEFT JOIN staff st ON st.id = al.staff_id"
                    "   WHERE al.entity = 'dispatch_job' AND al.entity_id = $1 AND al.action = 'update'"
                    "   ORDER BY al.at DESC, al.id DESC LIMIT 1)"
                    " UNION ALL"
                    " (SELECT coalesce(st.display_name, al.db_role), al.at, al.id FROM audit_log al"
                    "   LEFT JOIN staff st ON st.id = al.staff_id"
                    "   WHERE al.customer_id = (SELECT customer_id FROM dispatch_jobs WHERE id = $1)"
                    "     AND al.entity IN ('job_material', 'job_photo')"
                    "     AND coalesce(al.after, al.before) ->> 'job_id' = $1::text"
                    "   ORDER BY al.at DESC, al.id DESC LIMIT 1)) x ORDER BY at DESC, id DESC LIMIT 1",
        db::SqlParams().add(jobId));
    if (!r.ok() || r.value().rows() == 0)
        return {};
    return {r.value().text(0, 0), r.value().timestamp(0, 1)};
}

} // namespace

static JobDetailWriteResult runWrite(
    db::PgConnection &c, JobDetailRepository &repo, qint64 jobId, int expectedVersion, const JobWrite &w)
{
    bool stale = false;
    auto r = db::withTransaction<Unit>(c, [&](db::PgConnection &tx) -> Result<Unit> {
        stale = false;
        db::SqlParams params;
        params.add(jobId).add(expectedVersion);
        if (w.before) {
            if (auto e = w.before(tx, params))
                return *e;
        }
        auto u = tx.exec(db::audit::guardedUpdateSql(u"dispatch_jobs"_s, w.setClause), params);
        if (!u.ok())
            return u.error();
        if (u.value().rows() == 0) {
            stale = true;
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::dispatch::JobDetail", "This job changed in the meantime."));
        }
        if (w.after) {
            if (auto e = w.after(tx))
                return *e;
        }
        return Unit{};
    });
    if (r.ok()) {
        auto d = repo.load(jobId);
        if (!d.ok())
            return JobDetailWriteResult(d.error());
        return JobDetailWriteResult(std::move(d).value());
    }
    if (!stale)
        return JobDetailWriteResult(std::move(r).error());
    auto current = repo.load(jobId);
    if (!current.ok())
        return JobDetailWriteResult(current.error()); // NotFound: deleted meanwhile
    const auto [who, at] = lastChange(c, jobId);
    const QString message = at.isValid()
        ? QCoreApplication::translate("ops::dispatch::JobDetail", "%1 changed %2 at %3; this is the job as it is now.")
              .arg(who, current.value().code,
                  QLocale().toString(at.toTimeZone(boardZone()).time(), QLocale::ShortFormat))
        : QCoreApplication::translate(
            "ops::dispatch::JobDetail", "%1 was changed by someone else a moment ago; this is the job as it is now.")
              .arg(current.value().code);
    return JobDetailWriteResult::stale(
        Error::make(Error::Kind::Conflict, message, u"job %1: stale version %2"_s.arg(jobId).arg(expectedVersion)),
        std::move(current).value());
}

JobDetailWriteResult JobDetailRepository::addMaterial(qint64 jobId, qint64 itemId, int quantity, int expectedVersion)
{
    if (quantity < 1 || quantity > kMaxQuantity)
        return JobDetailWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch::JobDetail", "The quantity goes from 1 to %1.")
                        .arg(kMaxQuantity)));
    JobWrite w;
    w.after = [jobId, itemId, quantity](db::PgConnection &tx) -> std::optional<Error> {
        auto r = tx.exec("INSERT INTO job_materials (job_id, item_id, description, quantity)"
                         " SELECT $1, i.id, i.name_fr, $3 FROM items i WHERE i.id = $2 AND i.active RETURNING id",
            db::SqlParams().add(jobId).add(itemId).add(quantity));
        if (!r.ok())
            return r.error();
        if (r.value().rows() == 0)
            return invalid(QCoreApplication::translate(
                "ops::dispatch::JobDetail", "This item is not in the catalogue or is no longer offered."));
        return std::nullopt;
    };
    return runWrite(m_c, *this, jobId, expectedVersion, w);
}

JobDetailWriteResult JobDetailRepository::removeMaterial(qint64 jobId, qint64 materialId, int expectedVersion)
{
    JobWrite w;
    w.after = [jobId, materialId](db::PgConnection &tx) -> std::optional<Error> {
        auto r = tx.exec("DELETE FROM job_materials WHERE id = $1 AND job_id = $2 RETURNING id",
            db::SqlParams().add(materialId).add(jobId));
        if (!r.ok())
            return r.error();
        if (r.value().rows() == 0)
            return Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::dispatch::JobDetail", "This material is no longer on the job."));
        return std::nullopt;
    };
    return runWrite(m_c, *this, jobId, expectedVersion, w);
}

JobDetailWriteResult JobDetailRepository::setChecklistItem(qint64 jobId, int index, bool done, int expectedVersion)
{
    JobWrite w;
    w.setClause = u"checklist = $3::jsonb"_s;
    w.before = [jobId, index, done, expectedVersion](
                   db::PgConnection &tx, db::SqlParams &params) -> std::optional<Error> {
        auto r = tx.exec("SELECT j.version, j.checklist::text,"
                         " (SELECT items::text FROM checklist_templates ct WHERE ct.job_type = j.job_type),"
                         " coalesce((SELECT display_name FROM staff WHERE id = ops_current_staff_id()),"
                         "   ops_effective_role()), now()"
                         " FROM dispatch_jobs j WHERE j.id = $1 FOR UPDATE",
            db::SqlParams().add(jobId));
        if (!r.ok())
            return r.error();
        if (r.value().rows() == 0)
            return notFound();
        if (r.value().int32(0, 0) != expectedVersion) {
            params.add(QByteArray("[]")); // stale: the guarded update matches no row
            return std::nullopt;
        }
        QList<ChecklistItem> items = parseChecklist(r.value().bytes(0, 1));
        if (items.isEmpty())
            items = parseChecklist(r.value().bytes(0, 2));
        if (index < 0 || index >= items.size())
            return invalid(
                QCoreApplication::translate("ops::dispatch::JobDetail", "This checklist item does not exist."));
        ChecklistItem &item = items[index];
        item.done = done;
        item.doneAt = done ? r.value().timestamp(0, 4) : QDateTime();
        item.doneBy = done ? r.value().text(0, 3) : QString();
        params.add(checklistJson(items));
        return std::nullopt;
    };
    return runWrite(m_c, *this, jobId, expectedVersion, w);
}

JobDetailWriteResult JobDetailRepository::setNotes(qint64 jobId, const QString &notes, int expectedVersion)
{
    if (notes.size() > kMaxNotes)
        return JobDetailWriteResult(invalid(
            QCoreApplication::translate("ops::dispatch::JobDetail", "The notes are too long (at most %1 characters).")
                .arg(QLocale().toString(kMaxNotes))));
    if (notes.contains(QChar(0)))
        return JobDetailWriteResult(invalid(QCoreApplication::translate(
            "ops::dispatch::JobDetail", "The notes contain a NUL character, which cannot be stored.")));
    JobWrite w;
    w.setClause = u"notes = nullif($3::text, '')"_s;
    w.before = [notes](db::PgConnection &, db::SqlParams &params) -> std::optional<Error> {
        params.add(notes.trimmed());
        return std::nullopt;
    };
    return runWrite(m_c, *this, jobId, expectedVersion, w);
}

JobDetailWriteResult JobDetailRepository::importPhotos(qint64 jobId, const QList<PhotoFile> &files, int expectedVersion)
{
    if (files.isEmpty())
        return JobDetailWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch::JobDetail", "No photo to import.")));
    if (files.size() > kMaxPhotosPerImport)
        return JobDetailWriteResult(
            invalid(QCoreApplication::translate("ops::dispatch::JobDetail", "At most %1 photos at a time.")
                        .arg(kMaxPhotosPerImport)));
    QStringList mimes;
    for (const PhotoFile &f : files) {
        auto mime = checkPhoto(f.name, f.data);
        if (!mime.ok())
            return JobDetailWriteResult(mime.error());
        mimes << mime.value();
    }
    JobWrite w;
    w.after = [jobId, &files, &mimes](db::PgConnection &tx) -> std::optional<Error> {
        for (qsizetype i = 0; i < files.size(); ++i) {
            auto r = tx.exec("INSERT INTO job_photos (job_id, mime_type, data) VALUES ($1, $2, decode($3, 'hex'))",
                db::SqlParams().add(jobId).add(mimes.at(i)).add(files.at(i).data.toHex()));
            if (!r.ok())
                return r.error();
        }
        return std::nullopt;
    };
    return runWrite(m_c, *this, jobId, expectedVersion, w);
}

Result<QByteArray> JobDetailRepository::photo(qint64 photoId)
{
    auto r = m_c.exec("SELECT data FROM job_photos WHERE id = $1", db::SqlParams().add(photoId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch::JobDetail", "This photo no longer exists."));
    return byteaValue(r.value(), 0, 0);
}

Result<DaySheetData> JobDetailRepository::daySheet(qint64 technicianId, const QDate &day)
{
    auto t = m_c.exec("SELECT code, name, coalesce(phone, '') FROM dispatch_technicians WHERE id = $1",
        db::SqlParams().add(technicianId));
    if (!t.ok())
        return t.error();
    if (t.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch::JobDetail", "This technician no longer exists."));
    DaySheetData sheet;
    sheet.technicianId = technicianId;
    sheet.technicianCode = t.value().text(0, 0);
    sheet.technicianName = t.value().text(0, 1);
    sheet.technicianPhone = t.value().text(0, 2);
    sheet.day = day;
    auto r = m_c.exec(QLatin1String(kJobColumns) + u", "_s + QLatin1String(kMaterialsJson) + QLatin1String(kJobFrom)
            + u" JOIN job_technicians me ON me.job_id = j.id AND me.technician_id = $1"
              " WHERE j.scheduled_start >= $2 AND j.scheduled_start < $3 AND j.status <> 'cancelled'"
              " ORDER BY j.scheduled_start, j.id"_s,
        db::SqlParams().add(technicianId).add(localDayTime(day, 0)).add(localDayTime(day.addDays(1), 0)));
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i) {
        JobDetail d = readJob(r.value(), i);
        d.materials = readMaterialsJson(r.value().bytes(i, kCrewColumn + 1));
        sheet.jobs.append(std::move(d));
    }
    return sheet;
}

} // namespace ops::dispatch
