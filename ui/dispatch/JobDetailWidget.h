#pragma once

#include <QHash>
#include <QPixmap>
#include <QWidget>

#include "core/dispatch/JobDetailTypes.h"

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class MessageBanner;
class JobPhotoViewer;
class DaySheetDialog;
class CpePanel;

namespace ops::dispatch {
class JobDetailApi;
}
namespace ops::live {
class ChangeFeed;
struct Change;
} // namespace ops::live

// One dispatch job in full: customer, location, ticket, time, crew, equipment, signature and notes; materials (added
// from the catalogue, removed); the checklist (the job type's template until the first tick); photos (imported from
// files, thumbnails, full size on double-click); the status history. Fits a dock pane or a dialog
// (JobDetailDialog). Every write carries the version the widget shows; a write refused because someone else changed
// the job shows who and the job as it now is.
class JobDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailWidget(QWidget *parent = nullptr);
    ~JobDetailWidget() override;

    void setApi(ops::dispatch::JobDetailApi *api);
    // Live: the job is read again when ops_change names it (another dispatcher, the board, the field app).
    void setChangeFeed(ops::live::ChangeFeed *feed);
    // Loads the job (again); 0 clears the widget.
    void openJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    const ops::dispatch::JobDetail &job() const { return m_job; }
    bool isBusy() const { return m_busy; }

    // The actions the buttons run (public for the board's shortcuts and the tests).
    void addMaterial(qint64 itemId, int quantity);
    void removeMaterial(qint64 materialId);
    void setChecklistItem(int index, bool done);
    void saveNotes();
    void importPhotoFiles(const QStringList &paths);
    // Opens the photo of row (of the thumbnails) at full size in a window; returns it (already shown).
    JobPhotoViewer *openPhoto(int row);
    // The day sheet of the job's lead technician for the job's day (a window); null when the job has no lead or time.
    DaySheetDialog *openDaySheet();

    // For tests and the board's tooltips.
    MessageBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *materialsTable() const { return m_materials; }
    QComboBox *catalogueBox() const { return m_catalogue; }
    QListWidget *checklist() const { return m_checklist; }
    QListWidget *photos() const { return m_photos; }
    QTableWidget *historyTable() const { return m_history; }
    // The "Device" tab: the CPE panel of the job's location (issue 15); its API and role come from the section.
    CpePanel *cpePanel() const { return m_cpe; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *signatureLabel() const { return m_signature; }
    bool hasThumbnail(qint64 photoId) const { return m_thumbnails.contains(photoId); }

public slots:
    // Re-reads the job (the board calls it when ops_change names this job).
    void reload();

signals:
    void loaded(qint64 jobId);
    // A write went through: the job now has version.
    void jobSaved(qint64 jobId, int version);
    void thumbnailsReady();
    void failed(const QString &message);

private:
    QWidget *buildOverview();
    QWidget *buildMaterials();
    QWidget *buildChecklist();
    QWidget *buildPhotos();
    QWidget *buildHistory();
    void display(const ops::dispatch::JobDetail &job);
    void showOverview();
    void showMaterials();
    void showChecklist();
    void showPhotos();
    void showHistory();
    void loadCatalogue();
    void loadThumbnails();
    void onChange(const ops::live::Change &change);
    void onWriteResult(const ops::dispatch::JobDetailWriteResult &r);
    void setBusy(bool busy);
    void updateButtons();
    void chooseAndImportPhotos();
    QString language() const;

    ops::dispatch::JobDetailApi *m_api = nullptr;
    ops::live::ChangeFeed *m_feed = nullptr;
    bool m_reloadWhenIdle = false; // a change arrived during a write
    qint64 m_jobId = 0;
    quint64 m_generation = 0; // drops answers for a job no longer shown
    ops::dispatch::JobDetail m_job;
    bool m_busy = false;
    bool m_filling = false; // checklist items being set by code, not ticked by the user
    bool m_catalogueLoaded = false;
    QHash<qint64, QPixmap> m_thumbnails;

    MessageBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_daySheet = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Overview
    QLabel *m_customer = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_ticket = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_crew = nullptr;
    QLabel *m_equipment = nullptr;
    QLabel *m_signature = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveNotes = nullptr;
    // Materials
    QTableWidget *m_materials = nullptr;
    QComboBox *m_catalogue = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_addMaterial = nullptr;
    QPushButton *m_removeMaterial = nullptr;
    // Checklist
    QLabel *m_checklistNote = nullptr;
    QListWidget *m_checklist = nullptr;
    // Photos
    QListWidget *m_photos = nullptr;
    QPushButton *m_importPhotos = nullptr;
    // History
    QTableWidget *m_history = nullptr;
    CpePanel *m_cpe = nullptr;
};
