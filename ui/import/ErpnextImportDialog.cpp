#include "ui/import/ErpnextImportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/import/ImportReportView.h"

using namespace Qt::Literals::StringLiterals;
using ops::import::ErpnextSource;
using ops::import::ImportReport;
using ops::import::ImportRequest;

namespace {
const QString kProvider = u"erpnext"_s; // Integrations/erpnext/... in the settings (never the password)
} // namespace

ErpnextImportDialog::ErpnextImportDialog(
    ops::import::ErpnextImportService &service, ops::Settings &settings, ops::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Import from ERPNext"));
    setObjectName(u"ErpnextImportDialog"_s);
    resize(960, 820);
    auto *root = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reads the ERPNext site's PostgreSQL database (read only) and imports its customers, "
                                "locations, equipment, subscriptions, invoices, payments, tickets and messages. "
                                "Run a dry run first: it does everything, shows the report, and keeps nothing."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);
    root->addWidget(buildSourceBox());
    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);
    root->addWidget(buildProgressBox());
    m_report = new ImportReportView(this);
    m_report->hide();
    root->addWidget(m_report, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_dryRun = buttons->addButton(tr("&Dry run"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("&Cancel import"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->hide();
    for (QPushButton *b : {m_dryRun, m_import, m_cancel, m_close})
        b->setAutoDefault(false);
    root->addWidget(buttons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ErpnextImportDialog::showElapsed);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { startRun(false); });
    connect(m_cancel, &QPushButton::clicked, this, &ErpnextImportDialog::cancelRun);
    connect(buttons, &QDialogButtonBox::rejected, this, &ErpnextImportDialog::reject);
    connect(&m_service, &ops::import::ErpnextImportService::progress, this, &ErpnextImportDialog::onProgress);
    connect(&m_service, &ops::import::ErpnextImportService::finished, this, &ErpnextImportDialog::onFinished);
    connect(&m_service, &ops::import::ErpnextImportService::failed, this, &ErpnextImportDialog::onFailed);

    loadFields();
    updateButtons();
}

ErpnextImportDialog::~ErpnextImportDialog() = default;

QWidget *ErpnextImportDialog::buildSourceBox()
{
    auto *box = new QGroupBox(tr("ERPNext database"), this);
    auto *form = new QFormLayout(box);
    m_host = new QLineEdit(box);
    m_host->setPlaceholderText(tr("erp.example.net"));
    m_port = new QSpinBox(box);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(box);
    m_user = new QLineEdit(box);
    m_password = new QLineEdit(box);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *mappingHolder = new QWidget(box); // a widget, so the row's label gets it as buddy (Alt+M)
    auto *mappingRow = new QHBoxLayout(mappingHolder);
    mappingRow->setContentsMargins(0, 0, 0, 0);
    m_mapping = new QLineEdit(box);
    m_mapping->setPlaceholderText(tr("built-in mapping"));
    m_mapping->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("B&rowse…"), box);
    browse->setAutoDefault(false);
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(browse);
    auto *mappingLabel = new QLabel(tr("&Mapping file:"), box);
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, mappingHolder);
    m_test = new QPushButton(tr("&Test connection"), box);
    m_test->setAutoDefault(false);
    form->addRow(QString(), m_test);

    for (QLineEdit *e : {m_host, m_database, m_user, m_mapping})
        connect(e, &QLineEdit::textEdited, this, &ErpnextImportDialog::fieldsEdited);
    connect(m_mapping, &QLineEdit::textChanged, this, &ErpnextImportDialog::fieldsEdited); // the clear button
    connect(m_port, &QSpinBox::valueChanged, this, &ErpnextImportDialog::fieldsEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordEdited = true;
        fieldsEdited();
    });
    connect(browse, &QPushButton::clicked, this, &ErpnextImportDialog::browseMapping);
    connect(m_test, &QPushButton::clicked, this, &ErpnextImportDialog::testConnection);
    return box;
}

QWidget *ErpnextImportDialog::buildProgressBox()
{
    m_progressBox = new QGroupBox(tr("Progress"), this);
    auto *v = new QVBoxLayout(m_progressBox);
    auto *head = new QHBoxLayout;
    m_stage = new QLabel(m_progressBox);
    m_stage->setTextFormat(Qt::PlainText);
    m_elapsedLabel = new QLabel(m_progressBox);
    m_elapsedLabel->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
    head->addWidget(m_stage, 1);
    head->addWidget(m_elapsedLabel);
    v->addLayout(head);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const char *e : ops::import::kEntities) {
        const QString entity = QString::fromLatin1(e);
        auto *bar = new QProgressBar(m_progressBox);
        bar->setObjectName(u"bar_"_s + entity);
        bar->setAccessibleName(ops::import::entityLabel(entity));
        bar->setMaximumHeight(14);
        bar->setTextVisible(false);
        auto *rows = new QLabel(m_progressBox);
        rows->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
        grid->addWidget(new QLabel(ops::import::entityLabel(entity), m_progressBox), row / 3, (row % 3) * 3);
        grid->addWidget(bar, row / 3, (row % 3) * 3 + 1);
        grid->addWidget(rows, row / 3, (row % 3) * 3 + 2);
        m_bars.insert(entity, bar);
        m_rowLabels.insert(entity, rows);
        ++row;
    }
    v->addLayout(grid);
    m_progressBox->hide();
    return m_progressBox;
}

void ErpnextImportDialog::loadFields()
{
    m_host->setText(m_settings.integrationValue(kProvider, u"host"_s).toString());
    m_port->setValue(m_settings.integrationValue(kProvider, u"port"_s, 5432).toInt());
    m_database->setText(m_settings.integrationValue(kProvider, u"database"_s).toString());
    m_user->setText(m_settings.integrationValue(kProvider, u"user"_s).toString());
    m_mapping->setText(m_settings.integrationValue(kProvider, u"mapping_file"_s).toString());
    m_loadingSecret = true;
    ops::runThen(
        m_secrets.read(QString::fromLatin1(ErpnextSource::kPasswordKey)), this, [this](const ops::Result<QString> &pw) {
            m_loadingSecret = false;
            if (pw.ok() && !m_passwordEdited) {
                m_password->setText(pw.value());
                updateButtons();
            } else if (!pw.ok() && pw.error().kind != ops::Error::Kind::NotFound) {
                m_banner->showWarning(pw.error().userMessage);
            }
        });
}

void ErpnextImportDialog::saveFields()
{
    const ErpnextSource s = currentRequest(true).source;
    (void)m_settings.setIntegrationValue(kProvider, u"host"_s, s.host);
    (void)m_settings.setIntegrationValue(kProvider, u"port"_s, s.port);
    (void)m_settings.setIntegrationValue(kProvider, u"database"_s, s.database);
    (void)m_settings.setIntegrationValue(kProvider, u"user"_s, s.user);
    (void)m_settings.setIntegrationValue(kProvider, u"mapping_file"_s, m_mapping->text().trimmed());
    (void)m_settings.sync();
    if (!s.password.isEmpty()) {
        ops::runThen(m_secrets.write(QString::fromLatin1(ErpnextSource::kPasswordKey), s.password), this,
            [this](const ops::Status &st) {
                if (!st.ok())
                    m_banner->showWarning(st.error().userMessage);
            });
    }
}

ImportRequest ErpnextImportDialog::currentRequest(bool dryRun) const
{
    ImportRequest r;
    r.source.host = m_host->text().trimmed();
    r.source.port = m_port->value();
    r.source.database = m_database->text().trimmed();
    r.source.user = m_user->text().trimmed();
    r.source.password = m_password->text();
    r.mappingFile = m_mapping->text().trimmed();
    r.dryRun = dryRun;
    return r;
}

void ErpnextImportDialog::fieldsEdited()
{
    updateButtons();
}

void ErpnextImportDialog::updateButtons()
{
    const ImportRequest now = currentRequest(false);
    const bool dryRunDone =
        m_dryRunOk && m_dryRunOk->source == now.source && m_dryRunOk->mappingFile == now.mappingFile;
    for (QWidget *w :
        {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database),
            static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_mapping)})
        w->setEnabled(!m_running);
    m_test->setEnabled(!m_running && !m_testing);
    m_dryRun->setEnabled(!m_running);
    m_import->setEnabled(!m_running && dryRunDone);
    m_import->setToolTip(dryRunDone ? QString()
                                    : tr("Run a dry run of this source and mapping first: Import is enabled once it "
                                         "succeeded."));
    m_cancel->setVisible(m_running);
    m_cancel->setEnabled(m_running);
    // Enter runs the default action: the dry run until one succeeded for these fields, then the import.
    m_dryRun->setDefault(!m_running && !dryRunDone);
    m_import->setDefault(!m_running && dryRunDone);
}

void ErpnextImportDialog::browseMapping()
{
    auto *dialog = new QFileDialog(this, tr("Choose a mapping file"), m_mapping->text(), tr("JSON files (*.json)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_mapping->setText(path);
        updateButtons();
    });
    dialog->open();
}

void ErpnextImportDialog::testConnection()
{
    const ImportRequest r = currentRequest(true);
    if (const QString invalid = r.source.validationError(); !invalid.isEmpty()) {
        m_banner->showError(invalid);
        return;
    }
    saveFields();
    m_testing = true;
    const quint64 seq = ++m_testSeq;
    m_banner->showInfo(tr("Testing the connection to the ERPNext database…"));
    updateButtons();
    ops::runThen(m_service.testConnection(r.source, r.mappingFile), this, [this, seq](const ops::Result<QString> &t) {
        if (seq != m_testSeq)
            return;
        m_testing = false;
        updateButtons();
        if (t.ok())
            m_banner->showSuccess(t.value());
        else
            m_banner->showError(t.error().userMessage);
    });
}

void ErpnextImportDialog::startRun(bool dryRun)
{
    if (m_running)
        return;
    const ImportRequest r = currentRequest(dryRun);
    if (const QString invalid = r.source.validationError(); !invalid.isEmpty()) {
        m_banner->showError(invalid);
        return;
    }
    if (!dryRun && !(m_dryRunOk && m_dryRunOk->source == r.source && m_dryRunOk->mappingFile == r.mappingFile))
        return; // Import is disabled then; a keyboard path refuses too
    saveFields();
    if (!m_service.start(r)) {
        m_banner->showError(tr("An import is already running."));
        return;
    }
    ++m_testSeq; // a connection test still running is not shown any more
    m_testing = false;
    m_running = true;
    m_runIsDry = dryRun;
    m_closeWhenDone = false;
    m_banner->showInfo(dryRun ? tr("Dry run in progress: nothing will be kept.")
                              : tr("Import in progress: each entity is kept as soon as it is complete."));
    resetBars();
    m_progressBox->show();
    m_stage->setText(tr("Starting…"));
    m_elapsed.start();
    showElapsed();
    m_ticker->start();
    updateButtons();
    m_cancel->setFocus();
}

void ErpnextImportDialog::cancelRun()
{
    if (!m_running)
        return;
    m_service.cancel();
    m_cancel->setEnabled(false);
    m_stage->setText(m_runIsDry ? tr("Cancelling the dry run…")
                                : tr("Cancelling: the entity in progress is rolled back, the ones done are kept…"));
}

void ErpnextImportDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import from ERPNext"),
        m_runIsDry ? tr("A dry run is in progress. Cancel it and close?")
                   : tr("An import is in progress. Cancel it and close? The entities already imported are kept; "
                        "the next import continues after them."),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmCancelImport"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        if (!m_running) {
            QDialog::reject();
            return;
        }
        m_closeWhenDone = true;
        cancelRun();
    });
    box->open();
}

void ErpnextImportDialog::resetBars()
{
    for (auto it = m_bars.begin(); it != m_bars.end(); ++it) {
        it.value()->setRange(0, 1);
        it.value()->setValue(0);
        m_rowLabels.value(it.key())->clear();
    }
}

void ErpnextImportDialog::markDoneBefore(int index)
{
    int i = 0;
    for (const char *e : ops::import::kEntities) {
        if (i++ >= index)
            break;
        QProgressBar *bar = m_bars.value(QString::fromLatin1(e));
        bar->setRange(0, 1);
        bar->setValue(1);
    }
}

void ErpnextImportDialog::onProgress(const QString &stage, const QString &entity, qint64 rows)
{
    if (!m_running)
        return;
    int index = 0;
    for (const char *e : ops::import::kEntities) {
        if (entity == QLatin1String(e))
            break;
        ++index;
    }
    const QString label = ops::import::entityLabel(entity);
    if (stage == "check"_L1) {
        m_stage->setText(tr("Checking the ERPNext database against the mapping…"));
        return;
    }
    if (stage == "reconcile"_L1) {
        markDoneBefore(static_cast<int>(std::size(ops::import::kEntities)));
        m_stage->setText(tr("Reconciling the counts, totals and balances…"));
        return;
    }
    markDoneBefore(index);
    QProgressBar *bar = m_bars.value(entity);
    if (!bar)
        return; // an entity this dialog does not know: the stage text says enough
    const qint64 expected = m_expected.value(entity, 0);
    if (stage == "read"_L1) {
        m_stage->setText(tr("Reading %1 from ERPNext…").arg(label));
        m_rowLabels.value(entity)->setText(tr("%1 rows").arg(QLocale().toString(rows)));
        if (expected > 0) {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(qMin<qint64>(1000, rows * 1000 / expected)));
        } else {
            bar->setRange(0, 0); // busy: the size is known after a dry run
        }
    } else if (stage == "write"_L1) {
        m_stage->setText(tr("Writing %1…").arg(label));
        bar->setRange(0, 0);
    }
}

void ErpnextImportDialog::onFinished(const ImportReport &report)
{
    m_running = false;
    m_ticker->stop();
    showElapsed();
    markDoneBefore(static_cast<int>(std::size(ops::import::kEntities)));
    m_stage->setText(tr("Done."));
    m_expected.clear();
    for (const auto &l : report.reconciliation) {
        if (l.metric == "count"_L1 && l.erpnextName.isEmpty())
            m_expected.insert(l.entity, l.erpnext);
    }
    for (auto it = m_rowLabels.begin(); it != m_rowLabels.end(); ++it) {
        if (m_expected.contains(it.key()))
            it.value()->setText(tr("%1 rows").arg(QLocale().toString(m_expected.value(it.key()))));
    }
    if (m_runIsDry) {
        m_dryRunOk = currentRequest(false);
        m_banner->showSuccess(tr("Dry run done: nothing was written. Check the report below, then click Import."));
    } else {
        m_dryRunOk.reset(); // the next import runs a dry run first again
        m_banner->showSuccess(tr("Import done. The report below is kept with the run."));
        emit importFinished();
    }
    m_report->setReport(report);
    m_report->show();
    updateButtons();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ErpnextImportDialog::onFailed(const QString &message, bool cancelled)
{
    m_running = false;
    m_ticker->stop();
    showElapsed();
    m_stage->setText(cancelled ? tr("Cancelled.") : tr("Stopped by an error."));
    for (QProgressBar *bar : std::as_const(m_bars)) {
        if (bar->maximum() == 0)
            bar->setRange(0, 1); // no busy bar left behind
    }
    if (cancelled)
        m_banner->showWarning(message);
    else
        m_banner->showError(message);
    updateButtons();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ErpnextImportDialog::showElapsed()
{
    const qint64 s = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    m_elapsedLabel->setText(tr("Elapsed: %1:%2").arg(s / 60).arg(static_cast<int>(s % 60), 2, 10, QLatin1Char('0')));
}
