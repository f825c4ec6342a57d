#include "ui/settings/ConnectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"
#include "ui/settings/ConnectionTest.h"
#include "ui/settings/ServerProfileForm.h"

using namespace Qt::Literals::StringLiterals;
using ops::db::ConnectionProfile;

namespace {
constexpr int kEmbeddedPage = 0;
constexpr int kServerPage = 1;
} // namespace

ConnectionDialog::ConnectionDialog(ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool,
    const ConnectionProfile &active, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_pool(pool)
    , m_active(active)
    , m_activeId(active.id)
{
    setWindowTitle(tr("Connection settings"));
    setObjectName(u"ConnectionDialog"_s);
    resize(820, 520);
    auto *root = new QVBoxLayout(this);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setMinimumWidth(260);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setStyleSheet(u"QListWidget::item { padding: 6px 4px; }"_s);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add server…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    body->addLayout(left);

    auto *right = new QVBoxLayout;
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEmbeddedPage());
    m_form = new ServerProfileForm(this);
    m_pages->addWidget(m_form);
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    right->addWidget(m_pages);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(Icons::icon(Icons::Glyph::Pulse), tr("&Test connection"), this);
    m_spinner = new Spinner(this, 16);
    m_spinner->hide();
    testRow->addWidget(m_test);
    testRow->addWidget(m_spinner);
    testRow->addStretch(1);
    right->addLayout(testRow);
    m_banner = new MessageBanner(this);
    right->addWidget(m_banner);
    right->addStretch(1);
    right->addWidget(buildLanguageBox());
    body->addLayout(right, 1);
    root->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_use = buttons->addButton(tr("&Use this profile"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    root->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addServerProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onCurrentRowChanged);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveCurrent);
    connect(m_use, &QPushButton::clicked, this, &ConnectionDialog::useCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ServerProfileForm::edited, this, [this] { setDirty(true); });

    reloadList(m_activeId);
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::buildEmbeddedPage()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("This computer (embedded database)"), page);
    title->setStyleSheet(u"font-weight: 600; font-size: 11pt;"_s);
    v->addWidget(title);
    auto *text = new QLabel(tr("Targo Ops runs a private PostgreSQL server in its data folder. It starts and stops "
                               "with the application and is reachable only from this computer. The first start "
                               "loads demo data."),
        page);
    text->setWordWrap(true);
    v->addWidget(text);
    m_embeddedDir = new QLabel(page);
    m_embeddedDir->setTextFormat(Qt::PlainText);
    m_embeddedDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_embeddedDir->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
    m_embeddedDir->setWordWrap(true);
    v->addWidget(m_embeddedDir);
    v->addStretch(1);
    return page;
}

QWidget *ConnectionDialog::buildLanguageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    auto *h = new QHBoxLayout(box);
    m_language = new QComboBox(box);
    m_language->addItem(tr("System language"), u"system"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    const int current = m_language->findData(m_settings.get<QString>(ops::SettingKey::Language));
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    h->addWidget(m_language);
    auto *note = new QLabel(tr("Applies after a restart."), box);
    note->setStyleSheet(Theme::styled(u"color: @TextMuted;"_s));
    h->addWidget(note, 1);
    connect(m_language, &QComboBox::activated, this, [this] {
        if (!m_settings.set(ops::SettingKey::Language, m_language->currentData()).ok())
            return;
        (void)m_settings.sync();
        m_banner->showInfo(tr("The language changes the next time Targo Ops starts."));
    });
    return box;
}

void ConnectionDialog::reloadList(const QString &selectId)
{
    m_profiles.clear();
    ConnectionProfile embedded = ops::Settings::defaultEmbeddedProfile();
    QList<ConnectionProfile> stored = m_settings.profiles();
    for (const ConnectionProfile &p : stored) {
        if (p.isEmbedded() && p.id == embedded.id)
            embedded = p;
    }
    if (m_active.isEmbedded())
        embedded = m_active;
    m_profiles << embedded;
    for (const ConnectionProfile &p : stored)
        if (!p.isEmbedded())
            m_profiles << p;

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles.at(i);
        QString label = p.name.isEmpty() ? p.id : p.name;
        if (p.id == m_activeId)
            label = tr("%1 (in use)").arg(label);
        auto *item = new QListWidgetItem(
            Icons::icon(p.isEmbedded() ? Icons::Glyph::Database : Icons::Glyph::Server), label, m_list);
        item->setToolTip(p.isEmbedded() ? tr("Embedded database") : p.hosts);
        if (p.id == selectId)
            select = i;
    }
    m_list->setCurrentRow(select);
    onCurrentRowChanged(select);
}

ConnectionProfile ConnectionDialog::currentProfile() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return ops::Settings::defaultEmbeddedProfile();
    const ConnectionProfile &p = m_profiles.at(row);
    return p.isEmbedded() ? p : m_form->profile();
}

void ConnectionDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == id)
            m_list->setCurrentRow(i);
}

void ConnectionDialog::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    ++m_testSeq; // a test still running belongs to the previous selection
    m_testShown = m_testSeq;
    m_spinner->hide();
    m_test->setEnabled(true);
    m_banner->dismiss();
    const ConnectionProfile &p = m_profiles.at(row);
    if (p.isEmbedded()) {
        m_pages->setCurrentIndex(kEmbeddedPage);
        m_embeddedDir->setText(
            tr("Folder: %1").arg(p.embeddedDir.isEmpty() ? ops::EmbeddedServer::defaultBaseDir() : p.embeddedDir));
    } else {
        m_pages->setCurrentIndex(kServerPage);
        m_form->setProfile(p);
    }
    m_remove->setEnabled(!p.isEmbedded());
    setDirty(false);
}

void ConnectionDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
}

void ConnectionDialog::addServerProfile()
{
    ConnectionProfile p;
    p.mode = ConnectionProfile::Mode::Server;
    p.id = m_settings.uniqueProfileId(u"server"_s);
    p.name = tr("New server");
    p.ports = u"5432"_s;
    m_profiles << p;
    auto *item = new QListWidgetItem(Icons::icon(Icons::Glyph::Server), p.name, m_list);
    m_list->setCurrentItem(item);
    setDirty(true);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

bool ConnectionDialog::saveCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size() || m_profiles.at(row).isEmbedded())
        return true;
    const QString invalid = m_form->validationError();
    if (!invalid.isEmpty()) {
        m_banner->showWarning(invalid);
        return false;
    }
    const ConnectionProfile p = m_form->profile();
    const ops::Status saved = m_settings.saveProfile(p);
    if (!saved.ok() || !m_settings.sync().ok()) {
        m_banner->showError(saved.ok() ? tr("The settings file could not be written.") : saved.error().userMessage);
        return false;
    }
    m_profiles[row] = p;
    m_list->item(row)->setText(p.id == m_activeId ? tr("%1 (in use)").arg(p.name) : p.name);
    m_list->item(row)->setToolTip(p.hosts);
    if (m_form->passwordEdited()) {
        const QString password = m_form->password();
        m_form->clearPassword();
        auto stored =
            password.isEmpty() ? m_secrets.remove(p.keychainKey()) : m_secrets.write(p.keychainKey(), password);
        ops::runThen(stored, this, [this](const ops::Status &s) {
            if (s.ok())
                m_banner->showSuccess(tr("Profile saved. The password is in the system keychain."));
            else
                m_banner->showError(tr("The profile was saved, but the password could not be stored in the system "
                                       "keychain: %1")
                                        .arg(s.error().userMessage));
        });
    } else {
        m_banner->showSuccess(tr("Profile saved."));
    }
    setDirty(false);
    return true;
}

void ConnectionDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row <= 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile p = m_profiles.at(row);
    if (p.id == m_activeId) {
        m_banner->showWarning(tr("This profile is in use. Switch to another profile before removing it."));
        return;
    }
    m_settings.removeProfile(p.id);
    (void)m_settings.sync();
    ops::runThen(m_secrets.remove(p.keychainKey()), this, [](const ops::Status &) {});
    reloadList(m_activeId);
}

void ConnectionDialog::useCurrent()
{
    if (m_dirty && !saveCurrent())
        return;
    const ConnectionProfile p = currentProfile();
    emit profileActivated(p);
    accept();
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile p = currentProfile();
    if (!p.isEmbedded()) {
        const QString invalid = m_form->validationError();
        if (!invalid.isEmpty()) {
            m_banner->showWarning(invalid);
            return;
        }
    }
    const quint64 seq = ++m_testSeq;
    m_test->setEnabled(false);
    m_spinner->show();
    m_banner->showInfo(tr("Testing the connection…"));
    if (p.isEmbedded() || m_form->passwordEdited()) {
        runTest(p, p.isEmbedded() ? QString() : m_form->password());
        return;
    }
    ops::runThen(m_secrets.read(p.keychainKey()), this, [this, p, seq](const ops::Result<QString> &pw) {
        if (seq == m_testSeq)
            runTest(p, pw.ok() ? pw.value() : QString());
    });
}

void ConnectionDialog::runTest(const ConnectionProfile &profile, const QString &password)
{
    const quint64 seq = m_testSeq;
    ops::runThen(
        ConnectionTest::start(m_pool, profile, password), this, [this, seq](const ops::Result<ops::OpenedDatabase> &r) {
            if (seq != m_testSeq)
                return;
            m_testShown = seq;
            onTested(r);
        });
}

void ConnectionDialog::onTested(const ops::Result<ops::OpenedDatabase> &result)
{
    m_spinner->hide();
    m_test->setEnabled(true);
    ConnectionTest::show(*m_banner, result);
}
