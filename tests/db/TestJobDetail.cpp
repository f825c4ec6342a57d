// The job detail on a real database: one job with its customer, location, ticket, crew, equipment and history;
// materials added from the catalogue and removed; the checklist taken from the job type's template and ticked; photos
// imported (JPEG and PNG), read back byte for byte, and broken files refused with a message naming them (nothing
// stored); a write based on an old version refused with the job as it now is; the day sheet of one technician.
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/dispatch/JobDetailRepository.h"
#include "core/dispatch/JobDetailService.h"
#include "tests/support/Await.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::dispatch;
using namespace Qt::Literals::StringLiterals;

class TestJobDetail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadsEverything();
    void materialsAddAndRemove();
    void checklistFromTemplateThenTicked();
    void photosImportedAndReadBack();
    void brokenPhotosRefused_data();
    void brokenPhotosRefused();
    void notesAndStaleVersion();
    void daySheetOfOneTechnician();
    void aDispatcherMayDoAllOfIt();
    void serviceReadsPhotoFiles();

private:
    QString scalar(const QString &sql)
    {
        auto r = m_c->exec(sql);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error().detail));
            return {};
        }
        return r.value().rows() ? r.value().text(0, 0) : QString();
    }
    int version(qint64 jobId)
    {
        return scalar(u"SELECT version FROM dispatch_jobs WHERE id = %1"_s.arg(jobId)).toInt();
    }
    static QByteArray image(const char *format)
    {
        QImage img(64, 48, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, format);
        return out;
    }

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    std::unique_ptr<db::PgConnection> m_other; // another workstation
    QDate m_day{2026, 12, 3};
    QString m_conninfo;
};

void TestJobDetail::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    auto o = db::PgConnection::open(db.value());
    QVERIFY(o.ok());
    m_other = std::move(o).value();
    const QStringList setup = {
        u"INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, current_user, 'Alice Roy', 'dispatcher')"_s,
        u"INSERT INTO customers (id, code, display_name, language, phone, phone_alt) VALUES"
        " (1, 'CUST-00001', 'Hélène Côté', 'fr', '450-555-0101', '514-555-0199'),"
        " (2, 'CUST-00002', 'John Smith', 'en', '819-555-0102', NULL)"_s,
        u"INSERT INTO service_locations (id, code, customer_id, civic_number, street, unit, city, postal_code,"
        " access_notes, latitude, longitude) VALUES"
        " (10, 'LOC-00010', 1, '123', 'rue Principale', '4', 'Saint-Jérôme', 'J7Z 1A1', 'Chien au sous-sol',"
        "  45.78, -74.00),"
        " (11, 'LOC-00011', 2, '9', 'Lakeshore Road', NULL, 'Hudson', 'J0P 1H0', NULL, NULL, NULL)"_s,
        u"INSERT INTO service_equipment (id, code, location_id, kind, make, model, serial) VALUES"
        " (20, 'EQP-00020', 10, 'ont', 'Nokia', 'G-010G-Q', 'ALCL0001')"_s,
        u"INSERT INTO items (id, sku, kind, name_fr, name_en, monthly_price_cents, active) VALUES"
        " (30, 'EQP-SALE-DECO', 'equipment', 'Vente Deco X55', 'Deco X55 sale', 12999, true),"
        " (31, 'EQP-OLD', 'equipment', 'Ancien modem', 'Old modem', 0, false),"
        " (32, 'INT-100', 'internet', 'Internet 100', 'Internet 100', 5000, true)"_s,
        u"INSERT INTO tickets (id, code, customer_id, location_id, subject, issue_type) VALUES"
        " (40, 'TCK-00040', 1, 10, 'Pas d''Internet', 'no_internet')"_s,
        u"INSERT INTO dispatch_technicians (id, code, name, phone) VALUES (50, 'DT-00050', 'Marc Gagnon', "
        u"'450-555-0150'),"
        " (51, 'DT-00051', 'Julie Roy', NULL)"_s,
        // Job 100: installation, today 9:00 local, lead Marc, crew Julie; 101 same day 13:00; 102 same day cancelled;
        // 103 the next day; 104 Julie's alone.
        u"INSERT INTO dispatch_jobs (id, code, customer_id, location_id, ticket_id, job_type, status, priority,"
        " window_start, window_end, scheduled_start, duration_minutes, notes, status_reason) VALUES"
        " (100, 'DJ-00100', 1, 10, 40, 'installation', 'scheduled', 2,"
        "  timestamptz '2026-12-03 08:00 America/Toronto', timestamptz '2026-12-03 12:00 America/Toronto',"
        "  timestamptz '2026-12-03 09:00 America/Toronto', 90, 'Sonner deux fois', NULL),"
        " (101, 'DJ-00101', 2, 11, NULL, 'repair', 'scheduled', 3, NULL, NULL,"
        "  timestamptz '2026-12-03 13:00 America/Toronto', 60, NULL, NULL),"
        " (102, 'DJ-00102', 2, 11, NULL, 'survey', 'cancelled', 3, NULL, NULL,"
        "  timestamptz '2026-12-03 15:00 America/Toronto', 60, NULL, 'Client absent'),"
        " (103, 'DJ-00103', 2, 11, NULL, 'survey', 'scheduled', 3, NULL, NULL,"
        "  timestamptz '2026-12-04 00:30 America/Toronto', 60, NULL, NULL),"
        " (104, 'DJ-00104', 1, 10, NULL, 'maintenance', 'scheduled', 3, NULL, NULL,"
        "  timestamptz '2026-12-03 10:00 America/Toronto', 60, NULL, NULL)"_s,
        u"INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (100, 50, true), (100, 51, false),"
        " (101, 50, true), (102, 50, true), (103, 50, true), (104, 51, true)"_s,
        u"INSERT INTO job_equipment (job_id, equipment_id) VALUES (100, 20)"_s,
        u"INSERT INTO job_materials (job_id, description, quantity) VALUES (101, 'Connecteur SC/APC', 2)"_s,
        u"UPDATE dispatch_jobs SET status = 'dispatched', status_reason = 'Confirmé' WHERE id = 100"_s,
    };
    for (const QString &sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    }
}

void TestJobDetail::cleanupTestCase()
{
    m_other.reset();
    m_c.reset();
    m_cluster.reset();
}

void TestJobDetail::loadsEverything()
{
    auto r = JobDetailRepository(*m_c).load(100);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    const JobDetail &d = r.value();
    QCOMPARE(d.code, u"DJ-00100"_s);
    QCOMPARE(d.type, u"installation"_s);
    QCOMPARE(d.status, JobStatus::Dispatched);
    QCOMPARE(d.statusReason, u"Confirmé"_s);
    QCOMPARE(d.priority, 2);
    QCOMPARE(d.durationMin, 90);
    QCOMPARE(d.start, QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC));
    QCOMPARE(d.version, version(100));
    QCOMPARE(d.customerName, u"Hélène Côté"_s);
    QCOMPARE(d.customerLanguage, u"fr"_s);
    QCOMPARE(d.customerPhone, u"450-555-0101"_s);
    QCOMPARE(d.customerPhoneAlt, u"514-555-0199"_s);
    QCOMPARE(d.address, u"123 rue Principale #4"_s);
    QCOMPARE(d.city, u"Saint-Jérôme"_s);
    QCOMPARE(d.accessNotes, u"Chien au sous-sol"_s);
    QVERIFY(d.point.has_value());
    QCOMPARE(d.ticketCode, u"TCK-00040"_s);
    QCOMPARE(d.ticketSubject, u"Pas d'Internet"_s);
    QCOMPARE(d.notes, u"Sonner deux fois"_s);
    QCOMPARE(d.crew.size(), 2);
    QCOMPARE(d.crew.at(0).name, u"Marc Gagnon"_s);
    QVERIFY(d.crew.at(0).lead);
    QCOMPARE(d.crew.at(1).name, u"Julie Roy"_s);
    QVERIFY(!d.crew.at(1).lead);
    QCOMPARE(d.equipment.size(), 1);
    QCOMPARE(d.equipment.at(0).serial, u"ALCL0001"_s);
    QVERIFY(d.materials.isEmpty());
    QVERIFY(d.photos.isEmpty());
    QVERIFY(d.signaturePng.isEmpty());
    // History from the trigger: created scheduled, then dispatched with its reason, by the connection's staff.
    QCOMPARE(d.history.size(), 2);
    QCOMPARE(d.history.at(0).fromStatus, QString());
    QCOMPARE(d.history.at(0).toStatus, u"scheduled"_s);
    QCOMPARE(d.history.at(1).fromStatus, u"scheduled"_s);
    QCOMPARE(d.history.at(1).toStatus, u"dispatched"_s);
    QCOMPARE(d.history.at(1).reason, u"Confirmé"_s);
    QCOMPARE(d.history.at(1).who, u"Alice Roy"_s);
    // The stored checklist is empty: the installation template (5 items, both languages), not stored.
    QVERIFY(d.checklistFromTemplate);
    QCOMPARE(d.checklist.size(), 5);
    QCOMPARE(d.checklist.at(1).label(u"en"_s), u"Install and activate the ONT"_s);
    QCOMPARE(d.checklist.at(1).label(u"fr"_s), u"Installer et activer l'ONT"_s);
    QCOMPARE(scalar(u"SELECT checklist::text FROM dispatch_jobs WHERE id = 100"_s), u"[]"_s);

    // A signature is shown as stored.
    const QByteArray png = image("PNG");
    QVERIFY(m_c->exec("UPDATE dispatch_jobs SET signature_png = decode($1, 'hex') WHERE id = 104",
                   db::SqlParams().add(png.toHex()))
                .ok());
    auto signedJob = JobDetailRepository(*m_c).load(104);
    QVERIFY(signedJob.ok());
    QCOMPARE(signedJob.value().signaturePng, png);

    auto gone = JobDetailRepository(*m_c).load(999);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
}

void TestJobDetail::materialsAddAndRemove()
{
    auto catalogue = JobDetailRepository(*m_c).catalogue();
    QVERIFY(catalogue.ok());
    QStringList skus;
    for (const CatalogueItem &i : catalogue.value())
        skus << i.sku;
    QVERIFY(skus.contains(u"EQP-SALE-DECO"_s));
    QVERIFY(!skus.contains(u"EQP-OLD"_s)); // inactive
    QVERIFY(!skus.contains(u"INT-100"_s)); // a plan, not a material

    int v = version(100);
    auto added = JobDetailRepository(*m_c).addMaterial(100, 30, 2, v);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    QCOMPARE(added.value().version, v + 1);
    QCOMPARE(version(100), v + 1);
    QCOMPARE(added.value().materials.size(), 1);
    const JobMaterial m = added.value().materials.at(0);
    QCOMPARE(m.itemId, qint64(30));
    QCOMPARE(m.sku, u"EQP-SALE-DECO"_s);
    QCOMPARE(m.quantity, 2);
    QCOMPARE(m.label(u"en"_s), u"Deco X55 sale"_s);
    QCOMPARE(m.label(u"fr"_s), u"Vente Deco X55"_s);
    QCOMPARE(scalar(u"SELECT description FROM job_materials WHERE id = %1"_s.arg(m.id)), u"Vente Deco X55"_s);

    // Refused: an inactive item, a quantity out of range. Nothing stored, the version unchanged.
    v = version(100);
    auto inactive = JobDetailRepository(*m_c).addMaterial(100, 31, 1, v);
    QVERIFY(!inactive.ok());
    QCOMPARE(inactive.error().kind, Error::Kind::Validation);
    auto zero = JobDetailRepository(*m_c).addMaterial(100, 30, 0, v);
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().kind, Error::Kind::Validation);
    QCOMPARE(version(100), v);
    QCOMPARE(scalar(u"SELECT count(*) FROM job_materials WHERE job_id = 100"_s), u"1"_s);

    // Removed; removing it again (or another job's material) is refused.
    auto removed = JobDetailRepository(*m_c).removeMaterial(100, m.id, v);
    QVERIFY(removed.ok());
    QVERIFY(removed.value().materials.isEmpty());
    QCOMPARE(removed.value().version, v + 1);
    auto again = JobDetailRepository(*m_c).removeMaterial(100, m.id, v + 1);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    const QString otherJobs = scalar(u"SELECT id FROM job_materials WHERE job_id = 101"_s);
    auto notMine = JobDetailRepository(*m_c).removeMaterial(100, otherJobs.toLongLong(), v + 1);
    QVERIFY(!notMine.ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM job_materials WHERE job_id = 101"_s), u"1"_s);
}

void TestJobDetail::checklistFromTemplateThenTicked()
{
    const int v = version(100);
    auto r = JobDetailRepository(*m_c).setChecklistItem(100, 2, true, v);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QVERIFY(!r.value().checklistFromTemplate); // stored now
    QCOMPARE(r.value().checklist.size(), 5);
    QVERIFY(r.value().checklist.at(2).done);
    QCOMPARE(r.value().checklist.at(2).doneBy, u"Alice Roy"_s);
    QVERIFY(r.value().checklist.at(2).doneAt.isValid());
    QVERIFY(!r.value().checklist.at(0).done);
    QCOMPARE(scalar(u"SELECT jsonb_array_length(checklist) FROM dispatch_jobs WHERE id = 100"_s), u"5"_s);
    QCOMPARE(scalar(u"SELECT checklist -> 2 ->> 'done' FROM dispatch_jobs WHERE id = 100"_s), u"true"_s);
    QCOMPARE(scalar(u"SELECT checklist -> 2 ->> 'en' FROM dispatch_jobs WHERE id = 100"_s), u"Wired speed test"_s);

    // Untick; an index past the end is refused.
    auto un = JobDetailRepository(*m_c).setChecklistItem(100, 2, false, r.value().version);
    QVERIFY(un.ok());
    QVERIFY(!un.value().checklist.at(2).done);
    QVERIFY(un.value().checklist.at(2).doneBy.isEmpty());
    auto past = JobDetailRepository(*m_c).setChecklistItem(100, 5, true, un.value().version);
    QVERIFY(!past.ok());
    QCOMPARE(past.error().kind, Error::Kind::Validation);
    QCOMPARE(version(100), un.value().version);

    // The demo seed's single-language items are read too.
    QVERIFY(m_c->exec("UPDATE dispatch_jobs SET checklist = '[{\"label\": \"Confirmer l''adresse\", \"done\": true}]'"
                      " WHERE id = 101")
                .ok());
    auto demo = JobDetailRepository(*m_c).load(101);
    QVERIFY(demo.ok());
    QCOMPARE(demo.value().checklist.size(), 1);
    QCOMPARE(demo.value().checklist.at(0).label(u"en"_s), u"Confirmer l'adresse"_s);
    QVERIFY(demo.value().checklist.at(0).done);
}

void TestJobDetail::photosImportedAndReadBack()
{
    const QByteArray jpeg = image("JPEG");
    const QByteArray png = image("PNG");
    QVERIFY(jpeg.size() > 100);
    QVERIFY(png.size() > 50);
    const int v = version(101);
    auto r = JobDetailRepository(*m_c).importPhotos(101, {{u"avant.jpg"_s, jpeg}, {u"après.png"_s, png}}, v);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value().version, v + 1);
    QCOMPARE(r.value().photos.size(), 2);
    QCOMPARE(r.value().photos.at(0).mimeType, u"image/jpeg"_s);
    QCOMPARE(r.value().photos.at(0).sizeBytes, qint64(jpeg.size()));
    QCOMPARE(r.value().photos.at(1).mimeType, u"image/png"_s);
    auto bytes = JobDetailRepository(*m_c).photo(r.value().photos.at(0).id);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), jpeg);
    auto bytes2 = JobDetailRepository(*m_c).photo(r.value().photos.at(1).id);
    QVERIFY(bytes2.ok());
    QCOMPARE(bytes2.value(), png);
    QVERIFY(!JobDetailRepository(*m_c).photo(987654).ok());
}

void TestJobDetail::brokenPhotosRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    const QByteArray jpeg = image("JPEG");
    const QByteArray png = image("PNG");
    QByteArray flipped = png;
    flipped[40] = char(flipped[40] ^ 0x55); // a bit flipped inside a chunk: its CRC no longer matches
    QTest::newRow("text named .jpg") << QByteArray("Bonjour, ceci n'est pas une image.\n") << u"notes.jpg"_s;
    QTest::newRow("JPEG cut in half") << jpeg.left(jpeg.size() / 2) << u"coupée.jpg"_s;
    QTest::newRow("PNG cut in half") << png.left(png.size() / 2) << u"coupée.png"_s;
    QTest::newRow("PNG with a damaged chunk") << flipped << u"abîmée.png"_s;
    QTest::newRow("empty") << QByteArray() << u"vide.png"_s;
    QTest::newRow("too large") << png + QByteArray(JobDetailRepository::kMaxPhotoBytes, '\0') << u"énorme.png"_s;
}

void TestJobDetail::brokenPhotosRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    const int v = version(104);
    const QString before = scalar(u"SELECT count(*) FROM job_photos"_s);
    // A good photo alongside: all or nothing.
    auto r = JobDetailRepository(*m_c).importPhotos(104, {{u"bonne.png"_s, image("PNG")}, {fileName, data}}, v);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    QVERIFY2(r.error().userMessage.contains(fileName), qPrintable(r.error().userMessage));
    QCOMPARE(scalar(u"SELECT count(*) FROM job_photos"_s), before);
    QCOMPARE(version(104), v);
}

void TestJobDetail::notesAndStaleVersion()
{
    const int v = version(104);
    auto saved = JobDetailRepository(*m_c).setNotes(104, u"  Code de porte 1234  "_s, v);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().notes, u"Code de porte 1234"_s);
    QCOMPARE(saved.value().version, v + 1);

    // Another workstation changes the job; a write based on the version read before is refused, nothing written,
    // with the job as it now is.
    auto other = m_other->exec("UPDATE dispatch_jobs SET notes = 'Changé ailleurs' WHERE id = 104");
    QVERIFY(other.ok());
    const int now = version(104);
    QCOMPARE(now, v + 2);
    const QString materials = scalar(u"SELECT count(*) FROM job_materials WHERE job_id = 104"_s);
    auto stale = JobDetailRepository(*m_c).addMaterial(104, 30, 1, v + 1);
    QVERIFY(!stale.ok());
    QVERIFY(stale.isStale());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().userMessage.contains(u"DJ-00104"_s), qPrintable(stale.error().userMessage));
    QVERIFY(stale.current.has_value());
    QCOMPARE(stale.current->version, now);
    QCOMPARE(stale.current->notes, u"Changé ailleurs"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM job_materials WHERE job_id = 104"_s), materials);
    QCOMPARE(version(104), now);

    auto staleTick = JobDetailRepository(*m_c).setChecklistItem(104, 0, true, v);
    QVERIFY(staleTick.isStale());
    QCOMPARE(scalar(u"SELECT checklist::text FROM dispatch_jobs WHERE id = 104"_s), u"[]"_s);
    auto staleNotes = JobDetailRepository(*m_c).setNotes(104, u"Mine"_s, v);
    QVERIFY(staleNotes.isStale());
    auto stalePhoto = JobDetailRepository(*m_c).importPhotos(104, {{u"a.png"_s, image("PNG")}}, v);
    QVERIFY(stalePhoto.isStale());
    QCOMPARE(scalar(u"SELECT notes FROM dispatch_jobs WHERE id = 104"_s), u"Changé ailleurs"_s);
    QCOMPARE(version(104), now);

    // Too long notes are refused before anything is sent.
    auto tooLong = JobDetailRepository(*m_c).setNotes(104, QString(JobDetailRepository::kMaxNotes + 1, u'x'), now);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().kind, Error::Kind::Validation);
}

void TestJobDetail::daySheetOfOneTechnician()
{
    auto r = JobDetailRepository(*m_c).daySheet(50, m_day);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    const DaySheetData &s = r.value();
    QCOMPARE(s.technicianName, u"Marc Gagnon"_s);
    QCOMPARE(s.technicianCode, u"DT-00050"_s);
    // 100 (9:00) and 101 (13:00); not the cancelled 102, not 103 (00:30 the next local day, still Dec 4 UTC-5),
    // not Julie's 104.
    QCOMPARE(s.jobs.size(), 2);
    QCOMPARE(s.jobs.at(0).code, u"DJ-00100"_s);
    QCOMPARE(s.jobs.at(1).code, u"DJ-00101"_s);
    QCOMPARE(s.jobs.at(0).crew.size(), 2);
    QCOMPARE(s.jobs.at(1).customerName, u"John Smith"_s);
    QCOMPARE(s.jobs.at(1).materials.size(), 1);
    QCOMPARE(s.jobs.at(1).materials.at(0).description, u"Connecteur SC/APC"_s);
    QCOMPARE(s.jobs.at(1).materials.at(0).quantity, 2);

    auto julie = JobDetailRepository(*m_c).daySheet(51, m_day);
    QVERIFY(julie.ok());
    QCOMPARE(julie.value().jobs.size(), 2); // crew on 100, lead on 104
    QCOMPARE(julie.value().jobs.at(0).code, u"DJ-00100"_s);
    QCOMPARE(julie.value().jobs.at(1).code, u"DJ-00104"_s);

    auto next = JobDetailRepository(*m_c).daySheet(50, m_day.addDays(1));
    QVERIFY(next.ok());
    QCOMPARE(next.value().jobs.size(), 1);
    QCOMPARE(next.value().jobs.at(0).code, u"DJ-00103"_s);

    auto nobody = JobDetailRepository(*m_c).daySheet(999, m_day);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().kind, Error::Kind::NotFound);
}

void TestJobDetail::aDispatcherMayDoAllOfIt()
{
    // The privileges of migration 0012/0016: a dispatcher reads the whole detail and makes every write.
    QVERIFY(m_other->exec("SET ROLE ops_dispatcher").ok());
    JobDetailRepository repo(*m_other);
    auto d = repo.load(101);
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().detail));
    auto m = repo.addMaterial(101, 30, 1, d.value().version);
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().detail));
    auto t = repo.setChecklistItem(101, 0, false, m.value().version);
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().detail));
    auto p = repo.importPhotos(101, {{u"x.png"_s, image("PNG")}}, t.value().version);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().detail));
    auto r = repo.removeMaterial(101, m.value().materials.last().id, p.value().version);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QVERIFY(repo.photo(p.value().photos.last().id).ok());
    QVERIFY(repo.daySheet(50, m_day).ok());
    // Stale for a dispatcher (who may not read the audit log): still refused, with a message naming the job.
    auto stale = repo.setNotes(101, u"x"_s, d.value().version);
    QVERIFY(stale.isStale());
    QVERIFY2(stale.error().userMessage.contains(u"DJ-00101"_s), qPrintable(stale.error().userMessage));
    QVERIFY(m_other->exec("RESET ROLE").ok());
}

void TestJobDetail::serviceReadsPhotoFiles()
{
    DbExecutor executor(m_conninfo, 2);
    dispatch::JobDetailService service(executor);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(u"façade.jpg"_s);
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(image("JPEG"));
    }
    QObject context;
    const int v = version(103);
    auto missing = test::await(service.importPhotos(103, {good, dir.filePath(u"absente.jpg"_s)}, v), &context);
    QVERIFY(missing.has_value());
    QVERIFY(!missing->ok());
    QVERIFY2(missing->error().userMessage.contains(u"absente.jpg"_s), qPrintable(missing->error().userMessage));
    QCOMPARE(version(103), v);

    auto ok = test::await(service.importPhotos(103, {good}, v), &context);
    QVERIFY(ok.has_value());
    QVERIFY2(ok->ok(), ok->ok() ? "" : qPrintable(ok->error().detail));
    QCOMPARE(ok->value().photos.size(), 1);
    auto bytes = test::await(service.photo(ok->value().photos.at(0).id), &context);
    QVERIFY(bytes.has_value() && bytes->ok());
    QCOMPARE(bytes->value(), image("JPEG"));
    auto loaded = test::await(service.load(103), &context);
    QVERIFY(loaded.has_value() && loaded->ok());
    QCOMPARE(loaded->value().version, v + 1);
    executor.shutdown();
}

QTEST_GUILESS_MAIN(TestJobDetail)
#include "TestJobDetail.moc"
