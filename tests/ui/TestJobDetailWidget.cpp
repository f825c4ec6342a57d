// The job detail widget on an in-memory JobDetailApi (no PostgreSQL; the repository is TestJobDetail): what it shows,
// materials added from the catalogue and removed, a checklist item ticked by the user, photos imported from files
// (thumbnails, full size) and a broken file refused with its name, and a write based on an old version refused with
// the other dispatcher's version shown.
#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "core/dispatch/JobDetailApi.h"
#include "core/dispatch/JobDetailRepository.h"
#include "core/live/ChangeFeed.h"
#include "tests/support/Screenshot.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/DaySheetDialog.h"
#include "ui/dispatch/JobDetailDialog.h"
#include "ui/dispatch/JobDetailWidget.h"
#include "ui/dispatch/JobPhotoViewer.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QByteArray image(const char *format, QSize size = {200, 100})
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format);
    return out;
}

// One job in memory, with version checks like the repository's.
class FakeJobDetailApi : public JobDetailApi
{
public:
    JobDetail job;
    QList<CatalogueItem> items;
    QHash<qint64, QByteArray> photoBytes;
    QList<int> versionsSent;
    qint64 nextId = 1000;
    bool holdPhotos = false; // photo() answers wait in heldPhotos until released
    QList<std::pair<qint64, std::shared_ptr<QPromise<Result<QByteArray>>>>> heldPhotos;

    void releasePhotos()
    {
        for (auto &[id, promise] : std::exchange(heldPhotos, {})) {
            promise->start();
            promise->addResult(Result<QByteArray>(photoBytes.value(id)));
            promise->finish();
        }
    }

    JobDetailWriteResult write(int expectedVersion, const std::function<std::optional<Error>()> &change)
    {
        versionsSent << expectedVersion;
        if (expectedVersion != job.version)
            return JobDetailWriteResult::stale(
                Error::make(Error::Kind::Conflict, u"Bob Gagnon changed %1 at 10:42"_s.arg(job.code)), job);
        if (auto e = change())
            return JobDetailWriteResult(*e);
        ++job.version;
        return JobDetailWriteResult(job);
    }

    QFuture<Result<JobDetail>> load(qint64 jobId) override
    {
        if (jobId != job.id)
            return ready(Result<JobDetail>(Error::make(Error::Kind::NotFound, u"gone"_s)));
        return ready(Result<JobDetail>(job));
    }
    QFuture<Result<QList<CatalogueItem>>> catalogue() override { return ready(Result<QList<CatalogueItem>>(items)); }
    QFuture<JobDetailWriteResult> addMaterial(qint64, qint64 itemId, int quantity, int expectedVersion) override
    {
        return ready(write(expectedVersion, [&]() -> std::optional<Error> {
            for (const CatalogueItem &i : items) {
                if (i.id == itemId) {
                    job.materials.append({nextId++, i.id, i.sku, i.nameFr, i.nameFr, i.nameEn, quantity});
                    return std::nullopt;
                }
            }
            return Error::make(Error::Kind::Validation, u"not in the catalogue"_s);
        }));
    }
    QFuture<JobDetailWriteResult> removeMaterial(qint64, qint64 materialId, int expectedVersion) override
    {
        return ready(write(expectedVersion, [&]() -> std::optional<Error> {
            for (qsizetype i = 0; i < job.materials.size(); ++i) {
                if (job.materials.at(i).id == materialId) {
                    job.materials.removeAt(i);
                    return std::nullopt;
                }
            }
            return Error::make(Error::Kind::NotFound, u"gone"_s);
        }));
    }
    QFuture<JobDetailWriteResult> setChecklistItem(qint64, int index, bool done, int expectedVersion) override
    {
        return ready(write(expectedVersion, [&]() -> std::optional<Error> {
            job.checklistFromTemplate = false;
            job.checklist[index].done = done;
            job.checklist[index].doneBy = u"Alice Roy"_s;
            job.checklist[index].doneAt = QDateTime::currentDateTimeUtc();
            return std::nullopt;
        }));
    }
    QFuture<JobDetailWriteResult> setNotes(qint64, const QString &notes, int expectedVersion) override
    {
        return ready(write(expectedVersion, [&]() -> std::optional<Error> {
            job.notes = notes.trimmed();
            return std::nullopt;
        }));
    }
    QFuture<JobDetailWriteResult> importPhotos(qint64, const QStringList &paths, int expectedVersion) override
    {
        // The real check (JobDetailRepository::checkPhoto), all or nothing.
        QList<std::pair<QString, QByteArray>> files;
        for (const QString &path : paths) {
            QFile f(path);
            (void)f.open(QIODevice::ReadOnly);
            const QByteArray data = f.readAll();
            auto mime = JobDetailRepository::checkPhoto(QFileInfo(path).fileName(), data);
            if (!mime.ok())
                return ready(JobDetailWriteResult(mime.error()));
            files.append({mime.value(), data});
        }
        return ready(write(expectedVersion, [&]() -> std::optional<Error> {
            for (const auto &[mime, data] : files) {
                const qint64 id = nextId++;
                job.photos.append({id, QDateTime::currentDateTimeUtc(), mime, data.size()});
                photoBytes.insert(id, data);
            }
            return std::nullopt;
        }));
    }
    QFuture<Result<QByteArray>> photo(qint64 photoId) override
    {
        if (holdPhotos) {
            auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
            heldPhotos.append({photoId, promise});
            return promise->future();
        }
        if (!photoBytes.contains(photoId))
            return ready(Result<QByteArray>(Error::make(Error::Kind::NotFound, u"gone"_s)));
        return ready(Result<QByteArray>(photoBytes.value(photoId)));
    }
    qint64 daySheetTechnician = 0;
    QDate daySheetDay;
    QFuture<Result<DaySheetData>> daySheet(qint64 technicianId, const QDate &day) override
    {
        daySheetTechnician = technicianId;
        daySheetDay = day;
        DaySheetData d;
        d.technicianId = technicianId;
        d.technicianName = u"Marc Gagnon"_s;
        d.day = day;
        d.jobs = {job};
        return ready(Result<DaySheetData>(d));
    }
};

std::unique_ptr<FakeJobDetailApi> makeApi()
{
    auto api = std::make_unique<FakeJobDetailApi>();
    JobDetail &j = api->job;
    j.id = 100;
    j.code = u"DJ-00100"_s;
    j.type = u"installation"_s;
    j.status = JobStatus::Dispatched;
    j.priority = 2;
    j.start = QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC);
    j.durationMin = 90;
    j.version = 7;
    j.customerName = u"Hélène <b>Côté</b>"_s; // shown literally
    j.customerCode = u"CUST-00001"_s;
    j.customerPhone = u"450-555-0101"_s;
    j.address = u"123 rue Principale #4"_s;
    j.city = u"Saint-Jérôme"_s;
    j.postalCode = u"J7Z 1A1"_s;
    j.accessNotes = u"Chien au sous-sol"_s;
    j.ticketId = 40;
    j.ticketCode = u"TCK-00040"_s;
    j.ticketSubject = u"Pas d'Internet"_s;
    j.crew = {{50, u"DT-00050"_s, u"Marc Gagnon"_s, {}, true}, {51, u"DT-00051"_s, u"Julie Roy"_s, {}, false}};
    j.equipment = {{20, u"EQP-00020"_s, u"ont"_s, u"Nokia"_s, u"G-010G-Q"_s, u"ALCL0001"_s, u"installed"_s}};
    j.checklist = {{u"Vérifier le signal"_s, u"Check the signal"_s, false, {}, {}},
        {u"Installer l'ONT"_s, u"Install the ONT"_s, false, {}, {}}};
    j.checklistFromTemplate = true;
    j.signaturePng = image("PNG", {300, 80});
    j.notes = u"Sonner deux fois"_s;
    j.history = {{{}, u"scheduled"_s, {}, u"Alice Roy"_s, QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC)},
        {u"scheduled"_s, u"dispatched"_s, u"Confirmé"_s, u"Bob Gagnon"_s,
            QDateTime(QDate(2026, 12, 2), QTime(13, 0), Qt::UTC)}};
    api->items = {{30, u"EQP-SALE-DECO"_s, u"equipment"_s, u"Vente Deco X55"_s, u"Deco X55 sale"_s},
        {31, u"FEE-TRUCK"_s, u"fee"_s, u"Frais de déplacement"_s, u"Call-out fee"_s}};
    return api;
}

} // namespace

class TestJobDetailWidget : public QObject
{
    Q_OBJECT

    static std::unique_ptr<JobDetailWidget> open(FakeJobDetailApi &api)
    {
        auto w = std::make_unique<JobDetailWidget>();
        w->resize(760, 640);
        w->setApi(&api);
        QSignalSpy loaded(w.get(), &JobDetailWidget::loaded);
        w->openJob(api.job.id);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()) || !(loaded.count() > 0 || loaded.wait(5000)))
            return {};
        return w;
    }

private slots:
    void showsTheJob()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        QCOMPARE(w->job().version, 7);
        auto *customer = w->findChild<QLabel *>(u"jobCustomer"_s);
        QVERIFY(customer);
        QCOMPARE(customer->textFormat(), Qt::PlainText);
        QVERIFY(customer->text().contains(u"Hélène <b>Côté</b>"_s));
        QVERIFY(customer->text().contains(u"450-555-0101"_s));
        auto *location = w->findChild<QLabel *>(u"jobLocation"_s);
        QVERIFY(location->text().contains(u"123 rue Principale #4"_s));
        QVERIFY(location->text().contains(u"Chien au sous-sol"_s));
        QVERIFY(w->findChild<QLabel *>(u"jobTicket"_s)->text().contains(u"TCK-00040"_s));
        const QString crew = w->findChild<QLabel *>(u"jobCrew"_s)->text();
        QVERIFY(crew.contains(u"Marc Gagnon"_s));
        QVERIFY(crew.contains(u"Julie Roy"_s));
        QVERIFY(w->findChild<QLabel *>(u"jobEquipment"_s)->text().contains(u"ALCL0001"_s));
        // 9:00 in Quebec (14:00 UTC).
        QVERIFY2(w->findChild<QLabel *>(u"jobWhen"_s)->text().contains(u"9:00"_s),
            qPrintable(w->findChild<QLabel *>(u"jobWhen"_s)->text()));
        QVERIFY(!w->signatureLabel()->pixmap().isNull());
        QCOMPARE(w->notesEdit()->toPlainText(), u"Sonner deux fois"_s);
        QCOMPARE(w->checklist()->count(), 2);
        // The checklist is the template's (its tab is not current: the flag is what counts).
        QVERIFY(!w->findChild<QLabel *>(u"checklistTemplateNote"_s)->isHidden());
        QCOMPARE(w->historyTable()->rowCount(), 2);
        QCOMPARE(w->historyTable()->item(0, 3)->text(), u"Confirmé"_s); // newest first
        QCOMPARE(w->historyTable()->item(0, 4)->text(), u"Bob Gagnon"_s);
        QCOMPARE(w->catalogueBox()->count(), 2);
        QCoreApplication::processEvents(); // the layout follows the new texts
        QVERIFY(test::saveScreenshot(*w, u"job-detail-overview"_s));

        // Unsigned: says so.
        api->job.signaturePng.clear();
        QSignalSpy loaded(w.get(), &JobDetailWidget::loaded);
        w->reload();
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QVERIFY(w->signatureLabel()->pixmap().isNull());
        QVERIFY(!w->signatureLabel()->text().isEmpty());
    }

    void materialsAddedAndRemoved()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        w->tabs()->setCurrentIndex(1);
        QSignalSpy saved(w.get(), &JobDetailWidget::jobSaved);
        w->catalogueBox()->setCurrentIndex(w->catalogueBox()->findData(qint64(30)));
        w->findChild<QSpinBox *>(u"materialQuantity"_s)->setValue(3);
        auto *add = w->findChild<QPushButton *>(u"addMaterial"_s);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(api->versionsSent, QList<int>{7});
        QCOMPARE(api->job.materials.size(), 1);
        QCOMPARE(api->job.materials.at(0).quantity, 3);
        QCOMPARE(w->materialsTable()->rowCount(), 1);
        QCoreApplication::processEvents(); // the layout follows the new texts
        QVERIFY(test::saveScreenshot(*w, u"job-detail-materials"_s));
        QCOMPARE(w->job().version, 8);
        QCOMPARE(saved.at(0).at(1).toInt(), 8);

        w->materialsTable()->selectRow(0);
        auto *remove = w->findChild<QPushButton *>(u"removeMaterial"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(api->versionsSent, (QList<int>{7, 8}));
        QVERIFY(api->job.materials.isEmpty());
        QCOMPARE(w->materialsTable()->rowCount(), 0);
    }

    void checklistTickedByTheUser()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        w->tabs()->setCurrentIndex(2);
        QSignalSpy saved(w.get(), &JobDetailWidget::jobSaved);
        QListWidgetItem *item = w->checklist()->item(1);
        const QRect rect = w->checklist()->visualItemRect(item);
        // The check box sits at the left of the row.
        QTest::mouseClick(w->checklist()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(api->job.checklist.at(1).done);
        QVERIFY(!api->job.checklist.at(0).done);
        QCOMPARE(w->checklist()->item(1)->checkState(), Qt::Checked);
        QVERIFY(w->findChild<QLabel *>(u"checklistTemplateNote"_s)->isHidden()); // stored now
        QVERIFY(w->checklist()->item(1)->toolTip().contains(u"Alice Roy"_s));
    }

    void photosImportedShownAndRefused()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        w->tabs()->setCurrentIndex(3);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            (void)f.open(QIODevice::WriteOnly);
            f.write(data);
            return f.fileName();
        };
        const QByteArray jpeg = image("JPEG", {640, 480});
        const QString a = write(u"avant.jpg"_s, jpeg);
        const QString b = write(u"après.png"_s, image("PNG", {300, 600}));
        QSignalSpy saved(w.get(), &JobDetailWidget::jobSaved);
        QSignalSpy thumbs(w.get(), &JobDetailWidget::thumbnailsReady);
        w->importPhotoFiles({a, b});
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(w->photos()->count(), 2);
        QVERIFY(thumbs.count() > 0 || thumbs.wait(5000));
        const QIcon icon = w->photos()->item(0)->icon();
        QVERIFY(!icon.isNull());
        // The thumbnail is scaled down, the aspect ratio kept.
        const QSize thumb = icon.availableSizes().value(0);
        QCoreApplication::processEvents(); // the layout follows the new texts
        QVERIFY(test::saveScreenshot(*w, u"job-detail-photos"_s));
        QVERIFY2(thumb.width() <= 128 && thumb.height() <= 128 && thumb.width() > thumb.height(),
            qPrintable(u"%1x%2"_s.arg(thumb.width()).arg(thumb.height())));

        JobPhotoViewer *viewer = w->openPhoto(0);
        QVERIFY(viewer);
        QTRY_VERIFY(!viewer->image().isNull());
        QCOMPARE(viewer->image().size(), QSize(640, 480)); // full size
        viewer->close();

        // A text file named .jpg among good ones: refused by name, nothing imported.
        const QString bad = write(u"pas-une-photo.jpg"_s, "Bonjour\n");
        QSignalSpy failed(w.get(), &JobDetailWidget::failed);
        w->importPhotoFiles({a, bad});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(w->banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(w->banner()->text().contains(u"pas-une-photo.jpg"_s), qPrintable(w->banner()->text()));
        QCOMPARE(api->job.photos.size(), 2);
        QCOMPARE(w->photos()->count(), 2);
        QVERIFY(!w->isBusy());
    }

    void thumbnailsSurviveAReloadInBetween()
    {
        auto api = makeApi();
        for (qint64 id : {501, 502}) {
            api->job.photos.append({id, QDateTime::currentDateTimeUtc(), u"image/png"_s, 100});
            api->photoBytes.insert(id, image("PNG", {80, 60}));
        }
        api->holdPhotos = true;
        auto w = open(*api);
        QVERIFY(w);
        QTRY_COMPARE(api->heldPhotos.size(), 1); // one at a time
        // The job is read again (a live change) while the first photo is on its way.
        QSignalSpy loaded(w.get(), &JobDetailWidget::loaded);
        w->reload();
        QTRY_COMPARE(loaded.count(), 1);
        QSignalSpy thumbs(w.get(), &JobDetailWidget::thumbnailsReady);
        api->holdPhotos = false;
        api->releasePhotos();
        QVERIFY(thumbs.count() > 0 || thumbs.wait(5000));
        QVERIFY(w->hasThumbnail(501) && w->hasThumbnail(502));
        QVERIFY(!w->photos()->item(0)->icon().isNull());
        QVERIFY(!w->photos()->item(1)->icon().isNull());
    }

    void staleWriteShowsTheirVersion()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        // Another dispatcher changes the job meanwhile.
        api->job.notes = u"Changé par Bob"_s;
        api->job.version = 9;
        w->notesEdit()->setPlainText(u"Mes notes"_s);
        auto *save = w->findChild<QPushButton *>(u"saveNotes"_s);
        QVERIFY(save->isEnabled());
        QSignalSpy failed(w.get(), &JobDetailWidget::failed);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(api->versionsSent, QList<int>{7});
        QCOMPARE(api->job.notes, u"Changé par Bob"_s); // nothing overwritten
        QVERIFY(w->banner()->text().contains(u"DJ-00100"_s));
        QCOMPARE(w->job().version, 9); // their version is shown
        QCOMPARE(w->job().notes, u"Changé par Bob"_s);
        QCOMPARE(w->notesEdit()->toPlainText(), u"Mes notes"_s); // the user's text is kept to save again

        QSignalSpy saved(w.get(), &JobDetailWidget::jobSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(api->versionsSent, (QList<int>{7, 9}));
        QCOMPARE(api->job.notes, u"Mes notes"_s);
    }

    void liveChangeReloadsOnlyThisJob()
    {
        auto api = makeApi();
        auto w = open(*api);
        QVERIFY(w);
        live::ChangeFeed feed;
        feed.setCoalesceMs(0);
        w->setChangeFeed(&feed);
        QSignalSpy loaded(w.get(), &JobDetailWidget::loaded);
        api->job.notes = u"Changé sur le tableau"_s;
        api->job.version = 8;
        // Another job changed: nothing read.
        feed.onNotification(u"ops_change"_s, uR"({"t": "dispatch_jobs", "op": "U", "ids": [55]})"_s, 1);
        feed.flush();
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(w->job().version, 7);
        feed.onNotification(u"ops_change"_s, uR"({"t": "dispatch_jobs", "op": "U", "ids": [55, 100]})"_s, 1);
        feed.flush();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(w->job().version, 8);
        QCOMPARE(w->notesEdit()->toPlainText(), u"Changé sur le tableau"_s);
    }

    void daySheetOfTheLeadForTheJobsDay()
    {
        auto api = makeApi();
        // 01:30 UTC on Dec 4 is still Dec 3 in Quebec.
        api->job.start = QDateTime(QDate(2026, 12, 4), QTime(1, 30), Qt::UTC);
        auto w = open(*api);
        QVERIFY(w);
        auto *button = w->findChild<QPushButton *>(u"openDaySheet"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = w->findChild<DaySheetDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(api->daySheetTechnician, qint64(50)); // the lead, not the crew member
        QCOMPARE(api->daySheetDay, QDate(2026, 12, 3));
        QVERIFY(dialog->preview()->toPlainText().contains(u"DJ-00100"_s));
        dialog->close();

        // No lead: no day sheet.
        api->job.crew = {{51, u"DT-00051"_s, u"Julie Roy"_s, {}, false}};
        QSignalSpy loaded(w.get(), &JobDetailWidget::loaded);
        w->reload();
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QVERIFY(!button->isEnabled());
        QVERIFY(!w->openDaySheet());
    }

    void dialogOpensTheJob()
    {
        auto api = makeApi();
        JobDetailDialog dialog(api.get(), 100);
        dialog.show();
        QTRY_COMPARE(dialog.detail()->job().code, u"DJ-00100"_s);
        QTRY_VERIFY(dialog.windowTitle().contains(u"DJ-00100"_s));
    }
};

QTEST_MAIN(TestJobDetailWidget)
#include "TestJobDetailWidget.moc"
