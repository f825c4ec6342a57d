#include "ui/dispatch/JobDetailWidget.h"

#include <algorithm>
#include <utility>

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/dispatch/JobDetailApi.h"
#include "core/live/ChangeFeed.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/cpe/CpePanel.h"
#include "ui/dispatch/DaySheetDialog.h"
#include "ui/dispatch/JobPhotoViewer.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;
using namespace ops::dispatch;

namespace {

constexpr int kThumbnailSize = 128;

QString localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(boardZone());
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toTimeZone(boardZone()).time(), QLocale::ShortFormat);
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // customer data is shown literally
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusText(const QString &key)
{
    if (key.isEmpty())
        return {};
    const auto status = statusFromKey(key);
    return status ? statusLabel(*status) : key;
}

} // namespace

JobDetailWidget::JobDetailWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobDetail"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_banner = new MessageBanner(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_title = valueLabel(this, u"jobTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_statusLine = valueLabel(this, u"jobStatusLine"_s);
    m_statusLine->setStyleSheet(Theme::styled(u"color: @TextSecondary;"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLine, 1);
    m_daySheet = new QPushButton(tr("Day sheet…"), this);
    m_daySheet->setObjectName(u"openDaySheet"_s);
    m_daySheet->setToolTip(tr("The day sheet of the lead technician for this job's day (PDF or printer)"));
    statusRow->addWidget(m_daySheet);
    layout->addLayout(statusRow);
    connect(m_daySheet, &QPushButton::clicked, this, [this] { openDaySheet(); });
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverview(), tr("Job"));
    m_tabs->addTab(buildMaterials(), tr("Materials"));
    m_tabs->addTab(buildChecklist(), tr("Checklist"));
    m_tabs->addTab(buildPhotos(), tr("Photos"));
    m_tabs->addTab(buildHistory(), tr("History"));
    m_cpe = new CpePanel(this);
    m_tabs->addTab(m_cpe, tr("Device"));
    layout->addWidget(m_tabs, 1);
    updateButtons();
}

JobDetailWidget::~JobDetailWidget() = default;

QWidget *JobDetailWidget::buildOverview()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    m_customer = valueLabel(page, u"jobCustomer"_s);
    m_location = valueLabel(page, u"jobLocation"_s);
    m_ticket = valueLabel(page, u"jobTicket"_s);
    m_when = valueLabel(page, u"jobWhen"_s);
    m_crew = valueLabel(page, u"jobCrew"_s);
    m_equipment = valueLabel(page, u"jobEquipment"_s);
    m_signature = new QLabel(page);
    m_signature->setObjectName(u"jobSignature"_s);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Ticket"), m_ticket);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Technicians"), m_crew);
    form->addRow(tr("Equipment"), m_equipment);
    form->addRow(tr("Signature"), m_signature);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"jobNotes"_s);
    m_notes->setPlaceholderText(tr("Notes for the technician and the next dispatcher"));
    m_notes->setMinimumHeight(80);
    form->addRow(tr("Notes"), m_notes);
    m_saveNotes = new QPushButton(tr("Save the notes"), page);
    m_saveNotes->setObjectName(u"saveNotes"_s);
    form->addRow(QString(), m_saveNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &JobDetailWidget::updateButtons);
    connect(m_saveNotes, &QPushButton::clicked, this, &JobDetailWidget::saveNotes);
    scroll->setWidget(page);
    return scroll;
}

QWidget *JobDetailWidget::buildMaterials()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_materials = new QTableWidget(0, 3, page);
    m_materials->setObjectName(u"jobMaterials"_s);
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("SKU"), tr("Quantity")});
    m_materials->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_materials->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_materials->setWordWrap(false);
    m_materials->verticalHeader()->hide();
    m_materials->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_materials->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_materials, 1);
    auto *row = new QHBoxLayout;
    m_catalogue = new QComboBox(page);
    m_catalogue->setObjectName(u"materialCatalogue"_s);
    m_catalogue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_catalogue->setMinimumContentsLength(20);
    m_quantity = new QSpinBox(page);
    m_quantity->setObjectName(u"materialQuantity"_s);
    m_quantity->setRange(1, 999);
    m_addMaterial = new QPushButton(tr("Add"), page);
    m_addMaterial->setObjectName(u"addMaterial"_s);
    m_removeMaterial = new QPushButton(tr("Remove"), page);
    m_removeMaterial->setObjectName(u"removeMaterial"_s);
    row->addWidget(m_catalogue, 1);
    row->addWidget(m_quantity);
    row->addWidget(m_addMaterial);
    row->addWidget(m_removeMaterial);
    layout->addLayout(row);
    connect(m_addMaterial, &QPushButton::clicked, this,
        [this] { addMaterial(m_catalogue->currentData().toLongLong(), m_quantity->value()); });
    connect(m_removeMaterial, &QPushButton::clicked, this, [this] {
        const int r = m_materials->currentRow();
        if (r >= 0 && r < m_job.materials.size())
            removeMaterial(m_job.materials.at(r).id);
    });
    connect(m_materials, &QTableWidget::itemSelectionChanged, this, &JobDetailWidget::updateButtons);
    return page;
}

QWidget *JobDetailWidget::buildChecklist()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_checklistNote =
        new QLabel(tr("From the template of this job type; the first tick stores it with the job."), page);
    m_checklistNote->setObjectName(u"checklistTemplateNote"_s);
    m_checklistNote->setWordWrap(true);
    m_checklistNote->setStyleSheet(Theme::styled(u"color: @TextMuted;"));
    layout->addWidget(m_checklistNote);
    m_checklist = new QListWidget(page);
    m_checklist->setObjectName(u"jobChecklist"_s);
    layout->addWidget(m_checklist, 1);
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        setChecklistItem(m_checklist->row(item), item->checkState() == Qt::Checked);
    });
    return page;
}

QWidget *JobDetailWidget::buildPhotos()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_photos = new QListWidget(page);
    m_photos->setObjectName(u"jobPhotos"_s);
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setMovement(QListView::Static);
    m_photos->setSpacing(6);
    layout->addWidget(m_photos, 1);
    auto *row = new QHBoxLayout;
    m_importPhotos = new QPushButton(tr("Import photos…"), page);
    m_importPhotos->setObjectName(u"importPhotos"_s);
    row->addWidget(m_importPhotos);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_importPhotos, &QPushButton::clicked, this, &JobDetailWidget::chooseAndImportPhotos);
    connect(
        m_photos, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openPhoto(m_photos->row(item)); });
    return page;
}

QWidget *JobDetailWidget::buildHistory()
{
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(u"jobHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("From"), tr("To"), tr("Reason"), tr("Who")});
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    return m_history;
}

void JobDetailWidget::setApi(JobDetailApi *api)
{
    m_api = api;
    m_catalogueLoaded = false;
}

void JobDetailWidget::setChangeFeed(live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &live::ChangeFeed::changed, this, &JobDetailWidget::onChange);
    m_cpe->setChangeFeed(feed);
}

void JobDetailWidget::onChange(const live::Change &change)
{
    if (m_jobId == 0 || change.table != QLatin1String("dispatch_jobs") || !change.touches(m_jobId))
        return;
    if (m_busy) {
        m_reloadWhenIdle = true; // the write's answer comes first, then the fresh read
        return;
    }
    reload();
}

QString JobDetailWidget::language() const
{
    return QLocale().language() == QLocale::English ? u"en"_s : u"fr"_s;
}

void JobDetailWidget::openJob(qint64 jobId)
{
    if (jobId != m_jobId) {
        m_thumbnails.clear();
        m_banner->dismiss();
    }
    m_jobId = jobId;
    ++m_generation;
    if (jobId == 0) {
        display(JobDetail{});
        return;
    }
    reload();
}

void JobDetailWidget::reload()
{
    if (!m_api || m_jobId == 0)
        return;
    if (!m_catalogueLoaded)
        loadCatalogue();
    const quint64 generation = ++m_generation;
    const qint64 jobId = m_jobId;
    runThen(m_api->load(jobId), this, [this, generation, jobId](const Result<JobDetail> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            emit failed(r.error().userMessage);
            return;
        }
        display(r.value());
        emit loaded(jobId);
    });
}

void JobDetailWidget::loadCatalogue()
{
    m_catalogueLoaded = true;
    runThen(m_api->catalogue(), this, [this](const Result<QList<CatalogueItem>> &r) {
        if (!r.ok()) {
            m_catalogueLoaded = false;
            m_banner->showError(r.error().userMessage);
            return;
        }
        m_catalogue->clear();
        const QString lang = language();
        for (const CatalogueItem &item : r.value())
            m_catalogue->addItem(u"%1 · %2"_s.arg(item.label(lang), item.sku), item.id);
        updateButtons();
    });
}

void JobDetailWidget::display(const JobDetail &job)
{
    // Notes being written (different from the shown job's) stay in the editor across a reload.
    const bool notesEdited = job.id == m_job.id && m_notes->toPlainText().trimmed() != m_job.notes;
    m_job = job;
    m_cpe->showLocation(job.locationId);
    if (job.id == 0) {
        m_title->clear();
        m_statusLine->clear();
    } else {
        m_title->setText(u"%1 · %2"_s.arg(job.code, jobTypeLabel(job.type)));
        QString status = statusLabel(job.status);
        if (!job.statusReason.isEmpty())
            status = tr("%1 (%2)").arg(status, job.statusReason);
        m_statusLine->setText(tr("%1 · priority %2").arg(status).arg(job.priority));
    }
    showOverview();
    if (!notesEdited)
        m_notes->setPlainText(job.notes);
    showMaterials();
    showChecklist();
    showPhotos();
    showHistory();
    updateButtons();
}

void JobDetailWidget::showOverview()
{
    const JobDetail &j = m_job;
    QStringList customer;
    if (!j.customerName.isEmpty())
        customer << u"%1 (%2)"_s.arg(j.customerName, j.customerCode);
    for (const QString &phone : {j.customerPhone, j.customerPhoneAlt}) {
        if (!phone.isEmpty())
            customer << phone;
    }
    m_customer->setText(customer.join(QLatin1Char('\n')));
    QStringList location;
    if (!j.address.isEmpty())
        location << j.address << u"%1 %2"_s.arg(j.city, j.postalCode).trimmed();
    if (!j.accessNotes.isEmpty())
        location << tr("Access: %1").arg(j.accessNotes);
    m_location->setText(location.join(QLatin1Char('\n')));
    m_ticket->setText(j.ticketId ? u"%1 · %2"_s.arg(j.ticketCode, j.ticketSubject) : tr("No ticket"));
    QStringList when;
    if (j.start.isValid())
        when << tr("%1 to %2 (%3 min)").arg(localDateTime(j.start), localTime(j.end())).arg(j.durationMin);
    else
        when << tr("Not scheduled (%1 min)").arg(j.durationMin);
    if (j.windowStart.isValid() && j.windowEnd.isValid())
        when << tr("Customer's window: %1 to %2").arg(localDateTime(j.windowStart), localTime(j.windowEnd));
    if (j.completedAt.isValid())
        when << tr("Completed %1").arg(localDateTime(j.completedAt));
    m_when->setText(when.join(QLatin1Char('\n')));
    QStringList crew;
    for (const JobCrewMember &m : j.crew)
        crew << (m.lead ? tr("%1 (lead)").arg(m.name) : m.name);
    m_crew->setText(crew.isEmpty() ? tr("Nobody assigned") : crew.join(QLatin1Char('\n')));
    QStringList equipment;
    for (const JobEquipmentItem &e : j.equipment)
        equipment << u"%1 · %2 %3 · %4"_s.arg(e.code, e.make, e.model, e.serial);
    m_equipment->setText(equipment.isEmpty() ? tr("None") : equipment.join(QLatin1Char('\n')));

    QPixmap signature;
    if (!j.signaturePng.isEmpty() && signature.loadFromData(j.signaturePng)) {
        m_signature->setPixmap(signature.scaled(320, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_signature->setToolTip(tr("The customer's signature"));
    } else {
        m_signature->setPixmap(QPixmap());
        m_signature->setText(j.signaturePng.isEmpty() ? tr("Not signed") : tr("The signature cannot be shown."));
    }
}

void JobDetailWidget::showMaterials()
{
    const QString lang = language();
    m_materials->setRowCount(int(m_job.materials.size()));
    for (int r = 0; r < m_job.materials.size(); ++r) {
        const JobMaterial &m = m_job.materials.at(r);
        m_materials->setItem(r, 0, new QTableWidgetItem(m.label(lang)));
        m_materials->setItem(r, 1, new QTableWidgetItem(m.sku));
        auto *qty = new QTableWidgetItem(QLocale().toString(m.quantity));
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_materials->setItem(r, 2, qty);
    }
}

void JobDetailWidget::showChecklist()
{
    m_filling = true;
    const QString lang = language();
    m_checklist->clear();
    for (const ChecklistItem &c : m_job.checklist) {
        auto *item = new QListWidgetItem(c.label(lang), m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(c.done ? Qt::Checked : Qt::Unchecked);
        if (c.done && !c.doneBy.isEmpty())
            item->setToolTip(tr("Ticked by %1 on %2").arg(c.doneBy, localDateTime(c.doneAt)));
    }
    m_checklistNote->setVisible(m_job.checklistFromTemplate);
    m_filling = false;
}

void JobDetailWidget::showPhotos()
{
    m_photos->clear();
    for (const JobPhoto &p : m_job.photos) {
        auto *item = new QListWidgetItem(localDateTime(p.takenAt), m_photos);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(tr("%1 · %2 KB · double-click to open").arg(p.mimeType).arg((p.sizeBytes + 1023) / 1024));
        const auto thumb = m_thumbnails.constFind(p.id);
        if (thumb != m_thumbnails.constEnd())
            item->setIcon(QIcon(*thumb));
    }
    loadThumbnails();
}

void JobDetailWidget::loadThumbnails()
{
    if (!m_api)
        return;
    // One photo at a time (they can be large); each answer decodes a scaled-down image and asks for the next.
    for (const JobPhoto &p : m_job.photos) {
        if (m_thumbnails.contains(p.id))
            continue;
        const qint64 photoId = p.id;
        m_thumbnails.insert(photoId, QPixmap()); // requested
        runThen(m_api->photo(photoId), this, [this, photoId](const Result<QByteArray> &r) {
            const bool shown = std::any_of(
                m_job.photos.cbegin(), m_job.photos.cend(), [photoId](const JobPhoto &ph) { return ph.id == photoId; });
            if (!shown) { // another job is shown now: go on with its photos
                m_thumbnails.remove(photoId);
                loadThumbnails();
                return;
            }
            QPixmap pixmap;
            if (r.ok()) {
                QByteArray bytes = r.value();
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer);
                reader.setAutoTransform(true);
                const QSize size = reader.size();
                if (size.isValid())
                    reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
                pixmap = QPixmap::fromImage(reader.read());
            }
            m_thumbnails.insert(photoId, pixmap);
            for (int i = 0; i < m_photos->count(); ++i) {
                QListWidgetItem *item = m_photos->item(i);
                if (item->data(Qt::UserRole).toLongLong() == photoId)
                    item->setIcon(QIcon(pixmap));
            }
            bool all = true;
            for (const JobPhoto &ph : m_job.photos)
                all = all && m_thumbnails.contains(ph.id) && !m_thumbnails.value(ph.id).isNull();
            if (all)
                emit thumbnailsReady();
            else
                loadThumbnails();
        });
        return;
    }
}

void JobDetailWidget::showHistory()
{
    m_history->setRowCount(int(m_job.history.size()));
    // Newest first.
    for (int r = 0; r < m_job.history.size(); ++r) {
        const JobStatusEntry &h = m_job.history.at(m_job.history.size() - 1 - r);
        m_history->setItem(r, 0, new QTableWidgetItem(localDateTime(h.at)));
        m_history->setItem(r, 1, new QTableWidgetItem(statusText(h.fromStatus)));
        m_history->setItem(r, 2, new QTableWidgetItem(statusText(h.toStatus)));
        m_history->setItem(r, 3, new QTableWidgetItem(h.reason));
        m_history->setItem(r, 4, new QTableWidgetItem(h.who));
    }
    m_history->resizeColumnsToContents();
}

void JobDetailWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void JobDetailWidget::updateButtons()
{
    const bool ready = m_api && m_job.id != 0 && !m_busy;
    m_saveNotes->setEnabled(ready && m_notes->toPlainText().trimmed() != m_job.notes);
    m_addMaterial->setEnabled(ready && m_catalogue->count() > 0);
    m_removeMaterial->setEnabled(ready && m_materials->currentRow() >= 0);
    m_importPhotos->setEnabled(ready);
    const bool hasLead =
        std::any_of(m_job.crew.cbegin(), m_job.crew.cend(), [](const JobCrewMember &m) { return m.lead; });
    m_daySheet->setEnabled(m_api && hasLead && m_job.start.isValid());
    m_checklist->setEnabled(ready);
    m_notes->setReadOnly(m_job.id == 0);
}

void JobDetailWidget::onWriteResult(const JobDetailWriteResult &r)
{
    setBusy(false);
    if (std::exchange(m_reloadWhenIdle, false) && !r.ok())
        reload();
    if (r.ok()) {
        m_banner->dismiss();
        display(r.value());
        emit jobSaved(r.value().id, r.value().version);
        return;
    }
    m_banner->showError(r.error().userMessage);
    emit failed(r.error().userMessage);
    if (r.isStale() && r.current)
        display(*r.current); // their version; the user's unsaved notes stay in the editor
    else
        display(m_job); // undo the optimistic tick
}

void JobDetailWidget::addMaterial(qint64 itemId, int quantity)
{
    if (!m_api || m_job.id == 0 || m_busy || itemId == 0)
        return;
    setBusy(true);
    runThen(m_api->addMaterial(m_job.id, itemId, quantity, m_job.version), this,
        [this](const JobDetailWriteResult &r) { onWriteResult(r); });
}

void JobDetailWidget::removeMaterial(qint64 materialId)
{
    if (!m_api || m_job.id == 0 || m_busy)
        return;
    setBusy(true);
    runThen(m_api->removeMaterial(m_job.id, materialId, m_job.version), this,
        [this](const JobDetailWriteResult &r) { onWriteResult(r); });
}

void JobDetailWidget::setChecklistItem(int index, bool done)
{
    if (!m_api || m_job.id == 0 || m_busy || index < 0 || index >= m_job.checklist.size())
        return;
    setBusy(true);
    runThen(m_api->setChecklistItem(m_job.id, index, done, m_job.version), this,
        [this](const JobDetailWriteResult &r) { onWriteResult(r); });
}

void JobDetailWidget::saveNotes()
{
    if (!m_api || m_job.id == 0 || m_busy)
        return;
    setBusy(true);
    runThen(
        m_api->setNotes(m_job.id, m_notes->toPlainText(), m_job.version), this, [this](const JobDetailWriteResult &r) {
            if (r.ok())
                m_notes->setPlainText(r.value().notes);
            onWriteResult(r);
        });
}

void JobDetailWidget::importPhotoFiles(const QStringList &paths)
{
    if (!m_api || m_job.id == 0 || m_busy || paths.isEmpty())
        return;
    setBusy(true);
    m_banner->showInfo(tr("Importing %n photo(s)…", nullptr, int(paths.size())));
    runThen(m_api->importPhotos(m_job.id, paths, m_job.version), this,
        [this](const JobDetailWriteResult &r) { onWriteResult(r); });
}

void JobDetailWidget::chooseAndImportPhotos()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    importPhotoFiles(paths);
}

JobPhotoViewer *JobDetailWidget::openPhoto(int row)
{
    if (!m_api || row < 0 || row >= m_job.photos.size())
        return nullptr;
    const JobPhoto photo = m_job.photos.at(row);
    auto *viewer = new JobPhotoViewer(this);
    viewer->setWindowTitle(tr("%1 · photo %2 of %3").arg(m_job.code).arg(row + 1).arg(m_job.photos.size()));
    viewer->showError(tr("Loading…"));
    viewer->show();
    const QString caption = tr("Taken %1").arg(localDateTime(photo.takenAt));
    runThen(m_api->photo(photo.id), viewer, [viewer, caption](const Result<QByteArray> &r) {
        if (r.ok())
            viewer->setPhoto(r.value(), caption);
        else
            viewer->showError(r.error().userMessage);
    });
    return viewer;
}

DaySheetDialog *JobDetailWidget::openDaySheet()
{
    if (!m_api || !m_job.start.isValid())
        return nullptr;
    const auto lead =
        std::find_if(m_job.crew.cbegin(), m_job.crew.cend(), [](const JobCrewMember &m) { return m.lead; });
    if (lead == m_job.crew.cend())
        return nullptr;
    auto *dialog = new DaySheetDialog(m_api, lead->id, localDay(m_job.start), language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
