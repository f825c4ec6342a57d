#include "ui/settings/FirstRunDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/logging/Logger.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"
#include "ui/settings/ConnectionTest.h"
#include "ui/settings/FirstRun.h"
#include "ui/settings/ServerProfileForm.h"

using namespace Qt::Literals::StringLiterals;
using ops::db::ConnectionProfile;

FirstRunDialog::FirstRunDialog(ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_pool(pool)
{
    setObjectName(u"FirstRunDialog"_s);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    m_title = new QLabel(this);
    m_title->setStyleSheet(u"font-weight: 600; font-size: 14pt;"_s);
    root->addWidget(m_title);

    auto *languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Each language named in itself: found whatever the language shown.
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::French ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    root->addLayout(languageRow);

    m_question = new QLabel(this);
    m_question->setStyleSheet(u"font-weight: 600;"_s);
    root->addWidget(m_question);
    m_demo = new QRadioButton(this);
    m_demo->setChecked(true);
    root->addWidget(m_demo);
    m_demoNote = new QLabel(this);
    m_demoNote->setWordWrap(true);
    m_demoNote->setIndent(24);
    m_demoNote->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
    root->addWidget(m_demoNote);
    m_server = new QRadioButton(this);
    root->addWidget(m_server);

    m_serverBox = new QWidget(this);
    m_serverLayout = new QVBoxLayout(m_serverBox);
    m_serverLayout->setContentsMargins(24, 0, 0, 0);
    m_form = new ServerProfileForm(m_serverBox);
    m_serverLayout->addWidget(m_form);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(Icons::icon(Icons::Glyph::Pulse), QString(), m_serverBox);
    m_spinner = new Spinner(m_serverBox, 16);
    m_spinner->hide();
    testRow->addWidget(m_test);
    testRow->addWidget(m_spinner);
    testRow->addStretch(1);
    m_serverLayout->addLayout(testRow);
    root->addWidget(m_serverBox);

    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);
    root->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continue->setDefault(true);
    root->addWidget(buttons);

    ConnectionProfile initial;
    initial.mode = ConnectionProfile::Mode::Server;
    initial.ports = u"5432"_s;
    m_form->setProfile(initial);

    connect(m_language, &QComboBox::activated, this, [this] { setLanguage(language()); });
    connect(m_demo, &QRadioButton::toggled, this, &FirstRunDialog::updateChoice);
    connect(m_test, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(m_continue, &QPushButton::clicked, this, &FirstRunDialog::confirm);

    retranslate();
    ConnectionProfile named = m_form->profile();
    named.name = tr("Company server");
    m_form->setProfile(named);
    updateChoice();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Targo Ops"));
    m_title->setText(tr("Welcome to Targo Ops"));
    m_languageLabel->setText(tr("&Language:"));
    m_question->setText(tr("How do you want to start?"));
    m_demo->setText(tr("Try it with the &embedded demo database (on this computer)"));
    m_demoNote->setText(
        tr("A private database on this computer, filled with fictitious customers, jobs and invoices. "
           "Nothing is sent anywhere. You can connect to a server later (File → Connection settings)."));
    m_server->setText(tr("Connect to the &company server"));
    m_test->setText(tr("&Test connection"));
    m_continue->setText(tr("C&ontinue"));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildForm();
    }
    QDialog::changeEvent(event);
}

void FirstRunDialog::rebuildForm()
{
    const ConnectionProfile typed = m_form->profile();
    const QString password = m_form->passwordEdited() ? m_form->password() : QString();
    auto *form = new ServerProfileForm(m_serverBox);
    form->setProfile(typed);
    form->setPassword(password);
    m_serverLayout->replaceWidget(m_form, form);
    delete m_form;
    m_form = form;
    m_form->show(); // a child created under a visible parent stays hidden until shown
    layout()->activate();
    adjustSize();
}

QString FirstRunDialog::language() const
{
    return m_language->currentData().toString();
}

void FirstRunDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index < 0)
        return;
    m_language->setCurrentIndex(index);
    if (m_settings.set(ops::SettingKey::Language, code).ok())
        (void)m_settings.sync();
    emit languageChosen(code);
}

bool FirstRunDialog::serverChosen() const
{
    return m_server->isChecked();
}

void FirstRunDialog::chooseServer(bool server)
{
    (server ? m_server : m_demo)->setChecked(true);
}

void FirstRunDialog::updateChoice()
{
    m_serverBox->setVisible(m_server->isChecked());
    m_banner->dismiss();
    adjustSize();
}

void FirstRunDialog::testConnection()
{
    if (const QString invalid = m_form->validationError(); !invalid.isEmpty()) {
        m_banner->showWarning(invalid);
        return;
    }
    const quint64 seq = ++m_testSeq;
    m_test->setEnabled(false);
    m_spinner->show();
    m_banner->showInfo(tr("Testing the connection…"));
    ops::runThen(ConnectionTest::start(m_pool, m_form->profile(), m_form->password()), this,
        [this, seq](const ops::Result<ops::OpenedDatabase> &r) { onTested(seq, r); });
}

void FirstRunDialog::onTested(quint64 seq, const ops::Result<ops::OpenedDatabase> &result)
{
    if (seq != m_testSeq)
        return;
    m_testShown = seq;
    m_spinner->hide();
    m_test->setEnabled(true);
    ConnectionTest::show(*m_banner, result);
}

void FirstRunDialog::confirm()
{
    if (m_done || m_saving)
        return;
    if (!m_server->isChecked()) {
        finish(ops::Settings::defaultEmbeddedProfile());
        return;
    }
    if (const QString invalid = m_form->validationError(); !invalid.isEmpty()) {
        m_banner->showWarning(invalid);
        return;
    }
    ConnectionProfile profile = m_form->profile();
    profile.id = m_settings.uniqueProfileId(profile.name);
    const QString password = m_form->password();
    if (password.isEmpty()) { // libpq may still authenticate (certificate, .pgpass, trust)
        finish(profile);
        return;
    }
    // The password first: if the keychain refuses it, nothing is written and the dialog stays.
    m_saving = true;
    m_continue->setEnabled(false);
    m_banner->showInfo(tr("Storing the password in the system keychain…"));
    ops::runThen(m_secrets.write(profile.keychainKey(), password), this, [this, profile](const ops::Status &s) {
        m_saving = false;
        m_continue->setEnabled(true);
        if (m_done)
            return; // Esc meanwhile: the demo was chosen
        if (!s.ok()) {
            m_banner->showError(tr("The password could not be stored in the system keychain: %1. Nothing was saved.")
                                    .arg(s.error().userMessage));
            return;
        }
        finish(profile);
    });
}

void FirstRunDialog::finish(const ConnectionProfile &profile)
{
    const ops::Status saved = FirstRun::complete(m_settings, language(), profile);
    if (!saved.ok()) {
        ops::log::settings()->warn("first-run choice not saved: {}", saved.error().detail);
        if (!profile.isEmbedded()) { // a server needs its profile stored: say so and stay
            m_banner->showError(saved.error().userMessage);
            return;
        }
        // The embedded demo works without the file: go on (the dialog comes back next time).
    }
    m_done = true;
    emit chosen(profile);
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (!m_done)
        finish(ops::Settings::defaultEmbeddedProfile());
    else
        QDialog::reject();
}
