#pragma once

#include <optional>

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>

#include "core/import/ErpnextImportService.h"

class ImportReportView;
class MessageBanner;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ops {
class SecretStore;
class Settings;
} // namespace ops

// File > Import from ERPNext… (issue 16, item 6; admins only, MainWindow hides it otherwise). The source (host, port,
// database, user; the password in the keychain under ErpnextSource::kPasswordKey, the rest in the settings, both read
// back next time, the keychain asynchronously), an optional mapping file, Test connection. A dry run first: Import
// is enabled only after a dry run of the same source and mapping succeeded, and a changed field disables it again.
// While it runs: the stage, a bar per entity (sized by the dry run's counts), the elapsed time; Cancel stops it between
// two batches and says what was kept. Then the report (ImportReportView). Everything runs in the service
// (its own thread and connection); the dialog never waits. Enter runs the default action (Dry run, then Import);
// Esc closes, and asks first while an import runs.
class ErpnextImportDialog : public QDialog
{
    Q_OBJECT
public:
    ErpnextImportDialog(ops::import::ErpnextImportService &service, ops::Settings &settings, ops::SecretStore &secrets,
        QWidget *parent = nullptr);
    ~ErpnextImportDialog() override;

    // The request the fields describe now.
    ops::import::ImportRequest currentRequest(bool dryRun) const;
    bool isLoadingSecret() const { return m_loadingSecret; }
    bool isRunning() const { return m_running; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *mappingEdit() const { return m_mapping; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *stageLabel() const { return m_stage; }
    QProgressBar *entityBar(const QString &entity) const { return m_bars.value(entity); }
    ImportReportView *reportView() const { return m_report; }

    void reject() override;

signals:
    void importFinished(); // a real import ended with its report (the data changed)

private:
    QWidget *buildSourceBox();
    QWidget *buildProgressBox();
    void loadFields();
    void saveFields();
    void fieldsEdited();
    void updateButtons();
    void browseMapping();
    void testConnection();
    void startRun(bool dryRun);
    void cancelRun();
    void onProgress(const QString &stage, const QString &entity, qint64 rows);
    void onFinished(const ops::import::ImportReport &report);
    void onFailed(const QString &message, bool cancelled);
    void showElapsed();
    void resetBars();
    void markDoneBefore(int index);

    ops::import::ErpnextImportService &m_service;
    ops::Settings &m_settings;
    ops::SecretStore &m_secrets;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_mapping = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_progressBox = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QHash<QString, QProgressBar *> m_bars;
    QHash<QString, QLabel *> m_rowLabels;
    QHash<QString, qint64> m_expected; // rows per entity from the last dry run (the bars' size)
    ImportReportView *m_report = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_elapsed;

    std::optional<ops::import::ImportRequest> m_dryRunOk; // the source and mapping of the last successful dry run
    bool m_runIsDry = true;
    bool m_running = false;
    bool m_testing = false;
    bool m_loadingSecret = false;
    bool m_passwordEdited = false;
    bool m_closeWhenDone = false;
    quint64 m_testSeq = 0;
};
