#include "ui/settings/ProviderSettingsForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/dispatch/TravelSource.h"
#include "core/payments/SetupPageSetting.h"
#include "ui/common/Icons.h"
#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using ops::dispatch::TravelMode;
using ops::dispatch::TravelSourceSettings;
using ops::integrations::ProviderSettings;

namespace {
// A form label whose mnemonic reaches a field that sits inside a row layout.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

ProviderSettingsForm::ProviderSettingsForm(const QString &providerId, QWidget *parent)
    : QWidget(parent)
    , m_id(providerId)
{
    setObjectName(u"ProviderSettingsForm_"_s + providerId);
    auto *root = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    root->addLayout(form);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(m_id == u"traccar"_s ? u"https://traccar.example.com"_s
            : m_id == u"genieacs"_s                    ? u"https://acs.example.com:7557"_s
            : m_id == u"osrm"_s                        ? u"https://osrm.example.com"_s
                                                       : ProviderSettings::defaults(m_id).baseUrl.toString());

    // The routing server's tab leads with what it is for: where travel times come from.
    if (isRoutingServer()) {
        auto *explain = new QLabel(tr("Travel times for the scheduling assistant and the day optimizer. Straight "
                                      "line: the distance as the crow flies × the road factor, no server needed. "
                                      "Routing server: the table service of an OSRM server (for a day of 500 jobs, "
                                      "start it with --max-table-size 1000). Matrix file: travel times computed "
                                      "elsewhere, with a “.points” file beside it listing its places (one “latitude "
                                      "longitude” per line, in the matrix's order). When the server or the file "
                                      "cannot be used, plans fall back to the straight line and say so."),
            this);
        explain->setObjectName(u"travelExplanation"_s);
        explain->setWordWrap(true);
        explain->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
        form->addRow(explain);
        m_travelSource = new QComboBox(this);
        m_travelSource->setObjectName(u"travelSource"_s);
        m_travelSource->addItem(
            tr("Straight line (no server)"), TravelSourceSettings::modeName(TravelMode::StraightLine));
        m_travelSource->addItem(tr("Routing server (OSRM)"), TravelSourceSettings::modeName(TravelMode::RoutingServer));
        m_travelSource->addItem(tr("Matrix file"), TravelSourceSettings::modeName(TravelMode::MatrixFile));
        form->addRow(tr("Travel &source:"), m_travelSource);
    }
    form->addRow(tr("Server &address:"), m_baseUrl);

    // Labels per service (see the field meaning in ProviderSettings.h).
    QString accountLabel;
    QString senderLabel;
    QString secretLabel;
    if (m_id == u"twilio"_s) {
        accountLabel = tr("Account &SID:");
        senderLabel = tr("Se&nder (number or MG… service):");
        secretLabel = tr("Auth &token:");
    } else if (m_id == u"mailjet"_s) {
        accountLabel = tr("API &key:");
        senderLabel = tr("Se&nder e-mail:");
        secretLabel = tr("Secret &key:");
    } else if (m_id == u"stripe"_s) {
        secretLabel = tr("Secret &key (sk_…):");
    } else if (m_id == u"traccar"_s) {
        accountLabel = tr("&User name (empty: token):");
        secretLabel = tr("Token or &password:");
    } else if (isRoutingServer()) {
        // No account, no secret: an OSRM server is open to whoever reaches it.
    } else {
        accountLabel = tr("&User name (empty: none):");
        secretLabel = tr("&Password:");
    }
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"account"_s);
    if (!accountLabel.isEmpty())
        form->addRow(accountLabel, m_account);
    else
        m_account->hide();
    m_sender = new QLineEdit(this);
    m_sender->setObjectName(u"sender"_s);
    if (!senderLabel.isEmpty())
        form->addRow(senderLabel, m_sender);
    else
        m_sender->hide();

    auto *secretBox = new QVBoxLayout;
    secretBox->setSpacing(2);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_secretHint = new QLabel(this);
    m_secretHint->setObjectName(u"secretHint"_s);
    m_secretHint->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
    m_secretHint->setWordWrap(true);
    if (!secretLabel.isEmpty()) {
        secretBox->addWidget(m_secret);
        secretBox->addWidget(m_secretHint);
        form->addRow(buddyLabel(secretLabel, m_secret), secretBox);
    } else {
        m_secret->hide();
        m_secretHint->hide();
        delete secretBox;
    }

    auto *limits = new QHBoxLayout;
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(u"ratePerSec"_s);
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("Unlimited"));
    m_rate->setSuffix(tr(" /s", "requests per second"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(u"concurrency"_s);
    m_concurrency->setRange(0, 64);
    m_concurrency->setSpecialValueText(tr("Unlimited"));
    m_concurrency->setAccessibleName(tr("Requests at once"));
    limits->addWidget(m_rate);
    limits->addWidget(new QLabel(tr("at once:"), this));
    limits->addWidget(m_concurrency);
    limits->addStretch(1);
    form->addRow(buddyLabel(tr("&Rate:"), m_rate), limits);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("System certificates only"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(buddyLabel(tr("Extra &CA file (PEM):"), m_caFile), caRow);

    if (isRoutingServer()) {
        auto *matrixRow = new QHBoxLayout;
        m_matrixFile = new QLineEdit(this);
        m_matrixFile->setObjectName(u"matrixFile"_s);
        m_matrixFile->setPlaceholderText(tr("Only for the “Matrix file” travel source"));
        auto *browseMatrix = new QPushButton(tr("Br&owse…"), this);
        browseMatrix->setObjectName(u"browseMatrixFile"_s);
        matrixRow->addWidget(m_matrixFile, 1);
        matrixRow->addWidget(browseMatrix);
        form->addRow(buddyLabel(tr("&Matrix file:"), m_matrixFile), matrixRow);
        connect(browseMatrix, &QPushButton::clicked, this, &ProviderSettingsForm::browseMatrixFile);
        connect(m_matrixFile, &QLineEdit::textEdited, this, [this] {
            setDirty(true);
            updateProblems();
            emit edited();
        });
        connect(m_travelSource, &QComboBox::currentIndexChanged, this, [this] {
            setDirty(true);
            updateProblems();
            emit edited();
        });
    }

    if (m_id == u"stripe"_s) {
        // Where "Send a link to save a card / bank account…" sends the customer (a page of ours with Stripe.js).
        auto *pageBox = new QVBoxLayout;
        pageBox->setSpacing(2);
        m_pageUrl = new QLineEdit(this);
        m_pageUrl->setObjectName(u"pageUrl"_s);
        m_pageUrl->setPlaceholderText(u"https://pay.example.ca/save-method"_s);
        m_pageUrl->setToolTip(tr("The page where customers save a card or a bank account (it receives the SetupIntent "
                                 "in the link). Not a secret: stored in the settings file. The environment variable "
                                 "TARGO_STRIPE_SETUP_PAGE_URL, when set, wins."));
        m_pageUrlProblem = new QLabel(this);
        m_pageUrlProblem->setObjectName(u"pageUrlProblem"_s);
        m_pageUrlProblem->setTextFormat(Qt::PlainText);
        m_pageUrlProblem->setWordWrap(true);
        m_pageUrlProblem->setStyleSheet(Theme::styled(u"color: @TextError;"_s));
        m_pageUrlProblem->hide();
        pageBox->addWidget(m_pageUrl);
        pageBox->addWidget(m_pageUrlProblem);
        form->addRow(buddyLabel(tr("&Payment page URL:"), m_pageUrl), pageBox);
        connect(m_pageUrl, &QLineEdit::textEdited, this, [this] {
            const QString problem = pageUrlProblem();
            m_pageUrlProblem->setText(problem);
            m_pageUrlProblem->setVisible(!problem.isEmpty());
            emit edited();
        });
    }

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s", "seconds"));
    form->addRow(tr("&Timeout:"), m_timeout);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(Theme::styled(u"color: @TextError;"_s));
    root->addWidget(m_problems);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(Icons::icon(Icons::Glyph::Pulse), tr("&Test connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(tr("Calls the service without sending anything"));
    m_spinner = new Spinner(this, 16);
    m_spinner->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setTextFormat(Qt::PlainText); // quotes the provider's answer: never rich text
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_spinner);
    testRow->addWidget(m_result, 1);
    root->addLayout(testRow);
    root->addStretch(1);

    for (QLineEdit *e : {m_baseUrl, m_account, m_sender, m_secret, m_caFile})
        connect(e, &QLineEdit::textEdited, this, [this] {
            setDirty(true);
            updateProblems();
            emit edited();
        });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] {
        setDirty(true);
        updateProblems();
    });
    for (QSpinBox *s : {m_concurrency, m_timeout})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            setDirty(true);
            updateProblems();
        });
    connect(browse, &QPushButton::clicked, this, &ProviderSettingsForm::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, [this] { emit testRequested(m_id); });
    setSettings(ProviderSettings::defaults(m_id));
}

ProviderSettingsForm::~ProviderSettingsForm() = default;

void ProviderSettingsForm::setSettings(const ProviderSettings &p)
{
    const QSignalBlocker b1(m_rate);
    const QSignalBlocker b2(m_concurrency);
    const QSignalBlocker b3(m_timeout);
    m_baseUrl->setText(p.baseUrl.toString());
    m_account->setText(p.account);
    m_sender->setText(p.sender);
    m_secret->clear();
    m_rate->setValue(qMax(0.0, p.ratePerSec));
    m_concurrency->setValue(qMax(0, p.concurrency));
    m_caFile->setText(p.caFile);
    m_timeout->setValue(qBound(1, p.timeoutMs / 1000, 600));
    setStoredSecret(m_hasStoredSecret, m_storedSecret);
    m_dirty = false;
}

void ProviderSettingsForm::setStoredSecret(bool stored, const QString &secret)
{
    m_hasStoredSecret = stored;
    m_storedSecret = secret;
    m_secret->setPlaceholderText(stored ? tr("•••••••• (unchanged)") : QString());
    m_secretHint->setText(stored ? tr("Stored in the system keychain. Leave empty to keep it.")
                                 : tr("Not set. It will be stored in the system keychain, never in a file."));
    updateProblems();
}

bool ProviderSettingsForm::secretEdited() const
{
    return !m_secret->text().isEmpty();
}

QString ProviderSettingsForm::typedSecret() const
{
    return m_secret->text();
}

void ProviderSettingsForm::setDirty(bool dirty)
{
    m_dirty = dirty;
}

ProviderSettings ProviderSettingsForm::settings() const
{
    ProviderSettings p = ProviderSettings::defaults(m_id);
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.account = m_account->text().trimmed();
    p.sender = m_sender->text().trimmed();
    p.secret = secretEdited() ? m_secret->text() : m_storedSecret;
    p.ratePerSec = m_rate->value();
    p.concurrency = m_concurrency->value();
    p.caFile = m_caFile->text().trimmed();
    p.timeoutMs = m_timeout->value() * 1000;
    return p;
}

bool ProviderSettingsForm::isUnused() const
{
    const ProviderSettings d = ProviderSettings::defaults(m_id);
    const ProviderSettings p = settings();
    const bool unused =
        p.baseUrl == d.baseUrl && p.account.isEmpty() && p.sender.isEmpty() && p.secret.isEmpty() && p.caFile.isEmpty();
    if (!isRoutingServer())
        return unused;
    const TravelSourceSettings t = travelSettings();
    return unused && t.mode == TravelMode::StraightLine && t.matrixFile.isEmpty();
}

bool ProviderSettingsForm::isRoutingServer() const
{
    return m_id == u"osrm"_s;
}

QStringList ProviderSettingsForm::problems() const
{
    if (!isRoutingServer())
        return settings().problems();
    // The server's address matters when it is the travel source, or when one is typed in.
    const TravelSourceSettings t = travelSettings();
    QStringList out;
    if (t.mode == TravelMode::RoutingServer || !m_baseUrl->text().trimmed().isEmpty())
        out << settings().problems();
    out << t.problems();
    return out;
}

void ProviderSettingsForm::setTravelSettings(const TravelSourceSettings &travel)
{
    if (!isRoutingServer())
        return;
    const QSignalBlocker block(m_travelSource);
    m_travelSource->setCurrentIndex(qMax(0, m_travelSource->findData(TravelSourceSettings::modeName(travel.mode))));
    m_matrixFile->setText(travel.matrixFile);
    updateProblems();
}

TravelSourceSettings ProviderSettingsForm::travelSettings() const
{
    TravelSourceSettings t;
    if (!isRoutingServer())
        return t;
    TravelMode mode = TravelMode::StraightLine;
    if (TravelSourceSettings::parseMode(m_travelSource->currentData().toString(), mode))
        t.mode = mode;
    t.matrixFile = m_matrixFile->text().trimmed();
    return t;
}

void ProviderSettingsForm::setPageUrl(const QString &url)
{
    if (!m_pageUrl)
        return;
    m_pageUrl->setText(url);
    const QString problem = pageUrlProblem();
    m_pageUrlProblem->setText(problem);
    m_pageUrlProblem->setVisible(!problem.isEmpty());
}

QString ProviderSettingsForm::pageUrl() const
{
    return m_pageUrl ? m_pageUrl->text().trimmed() : QString();
}

QString ProviderSettingsForm::pageUrlProblem() const
{
    return ops::payments::setupPageUrlProblem(pageUrl());
}

void ProviderSettingsForm::browseMatrixFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Travel matrix file"), m_matrixFile->text(), tr("Travel matrices (*.matrix *.txt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_matrixFile->setText(file);
        setDirty(true);
        updateProblems();
        emit edited();
    });
    dialog->open();
}

void ProviderSettingsForm::updateProblems()
{
    const QStringList list = isUnused() ? QStringList() : problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

void ProviderSettingsForm::browseCaFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Trusted CA certificate"), m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFile->setText(file);
        setDirty(true);
        updateProblems();
        emit edited();
    });
    dialog->open();
}

void ProviderSettingsForm::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    m_spinner->setVisible(testing);
    if (testing) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Calling %1…").arg(ProviderSettings::displayName(m_id)));
    }
}

void ProviderSettingsForm::showTestResult(bool ok, const QString &text)
{
    m_result->setStyleSheet(Theme::styled(ok ? u"color: @TextSuccess;"_s : u"color: @TextError;"_s));
    m_result->setText(text);
}
