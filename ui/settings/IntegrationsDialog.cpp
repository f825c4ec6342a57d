#include "ui/settings/IntegrationsDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/Async.h"
#include "core/dispatch/TravelSource.h"
#include "core/integrations/ConnectionCheck.h"
#include "core/integrations/ProviderSettings.h"
#include "core/logging/Logger.h"
#include "core/map/WebMercator.h"
#include "core/net/NetExecutor.h"
#include "core/payments/SetupPageSetting.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/settings/ProviderSettingsForm.h"

using namespace Qt::Literals::StringLiterals;
using ops::integrations::IntegrationSettings;
using ops::integrations::ProviderSettings;

namespace {

constexpr int kTestThreads = 2;
constexpr int kShutdownMs = 3000;

} // namespace

IntegrationsDialog::IntegrationsDialog(
    ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_pool(pool)
{
    setObjectName(u"IntegrationsDialog"_s);
    setWindowTitle(tr("Integrations"));
    resize(720, 560);
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"integrationTabs"_s);
    root->addWidget(m_tabs, 1);

    IntegrationSettings loaded;
    loaded.load(m_settings);
    for (const QString &id : ProviderSettings::providerIds()) {
        auto *form = new ProviderSettingsForm(id, m_tabs);
        form->setSettings(loaded.provider(id));
        form->setTravelSettings(ops::dispatch::TravelSourceSettings::load(m_settings)); // the routing server's tab
        form->setPageUrl(ops::payments::storedSetupPageUrl(m_settings)); // Stripe's tab: the setup links' page
        m_forms.insert(id, form);
        m_tabs->addTab(form, ProviderSettings::displayName(id));
        connect(form, &ProviderSettingsForm::testRequested, this, &IntegrationsDialog::testConnection);
    }
    m_tabs->addTab(buildMapTab(), tr("Map"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveIntegrations"_s);
    m_save->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    root->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &IntegrationsDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    loadStoredSecrets();
}

IntegrationsDialog::~IntegrationsDialog()
{
    if (!m_net)
        return;
    // Aborting the test in flight and joining the executor's threads can take a moment: not on the GUI thread.
    (void)QtConcurrent::run(&m_pool, [net = std::move(m_net)]() mutable {
        net->shutdown(kShutdownMs);
        net.reset();
    });
}

QWidget *IntegrationsDialog::buildMapTab()
{
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    m_tileUrl = new QLineEdit(page);
    m_tileUrl->setObjectName(u"tileUrl"_s);
    m_tileUrl->setPlaceholderText(u"https://tiles.example.ca/{z}/{x}/{y}.png"_s);
    m_tileUrl->setText(m_settings.integrationValue(u"map"_s, u"tile_url"_s).toString());
    form->addRow(tr("&Tile server:"), m_tileUrl);
    m_tileUrlProblem = new QLabel(page);
    m_tileUrlProblem->setObjectName(u"tileUrlProblem"_s);
    m_tileUrlProblem->setTextFormat(Qt::PlainText);
    m_tileUrlProblem->setWordWrap(true);
    m_tileUrlProblem->setStyleSheet(Theme::styled(u"color: @TextProblem;"_s));
    m_tileUrlProblem->hide();
    form->addRow(QString(), m_tileUrlProblem);
    auto *hint = new QLabel(tr("A URL with {z}, {x} and {y}. Leave it empty to use the offline map (no tile server). "
                               "Customer files opened afterwards use the new server."),
        page);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    connect(m_tileUrl, &QLineEdit::textChanged, this, [this] {
        const QString problem = tileUrlProblem();
        m_tileUrlProblem->setText(problem);
        m_tileUrlProblem->setVisible(!problem.isEmpty());
    });
    return page;
}

QString IntegrationsDialog::tileUrlProblem() const
{
    const QString text = m_tileUrl->text().trimmed();
    if (text.isEmpty() || ops::map::mercator::isValidTemplate(text))
        return {};
    return tr("Map: the tile server must be an http(s) address holding {z}, {x} and {y}.");
}

void IntegrationsDialog::loadStoredSecrets()
{
    for (const QString &id : ProviderSettings::providerIds()) {
        ++m_secretsPending;
        ops::runThen(m_secrets.read(ProviderSettings::secretKey(id)), this, [this, id](const ops::Result<QString> &r) {
            --m_secretsPending;
            if (r.ok()) {
                m_forms.value(id)->setStoredSecret(true, r.value());
            } else if (r.error().kind != ops::Error::Kind::NotFound) {
                ops::log::keychain()->warn("secret of {} unavailable: {}", id, r.error().detail);
                m_banner->showWarning(tr("The system keychain cannot be read: %1").arg(r.error().userMessage));
            }
        });
    }
}

ops::net::NetExecutor &IntegrationsDialog::net()
{
    if (!m_net)
        m_net = std::make_shared<ops::net::NetExecutor>(kTestThreads);
    return *m_net;
}

void IntegrationsDialog::testConnection(const QString &providerId)
{
    ProviderSettingsForm *form = m_forms.value(providerId);
    if (!form)
        return;
    const ProviderSettings p = form->settings();
    const QStringList problems = p.problems();
    if (!problems.isEmpty()) {
        form->showTestResult(false, problems.join(u'\n'));
        return;
    }
    if (p.id == u"mailjet"_s && p.sender.isEmpty()) {
        form->showTestResult(false, tr("Mailjet: set the sender e-mail address to test the connection."));
        return;
    }
    ++m_testing;
    form->setTesting(true);
    QPointer<ProviderSettingsForm> guard(form);
    const QString name = ProviderSettings::displayName(p.id);
    ops::runThen(ops::integrations::checkConnection(net(), p), this,
        [this, guard, id = p.id, name](const ops::Result<QString> &r) {
            --m_testing;
            if (!guard)
                return;
            guard->setTesting(false);
            if (r.ok()) {
                guard->showTestResult(
                    true, tr("%1 answered: the address and the credentials work.").arg(name) + u"\n"_s + r.value());
                return;
            }
            ops::log::net()->info("integration test of {} failed: {}", id, r.error().detail);
            QString text = r.error().userMessage;
            if (!r.error().detail.isEmpty())
                text += u"\n"_s + tr("Answer: %1").arg(r.error().detail);
            guard->showTestResult(false, text);
        });
}

void IntegrationsDialog::save()
{
    if (m_saving)
        return;
    // Only what the operator changed must be complete; untouched or unused services are saved as they are.
    QStringList problems;
    for (const QString &id : ProviderSettings::providerIds()) {
        ProviderSettingsForm *form = m_forms.value(id);
        if (form->isDirty() && !form->isUnused())
            problems << form->problems();
    }
    if (const QString map = tileUrlProblem(); !map.isEmpty())
        problems << map;
    if (ProviderSettingsForm *stripe = m_forms.value(u"stripe"_s)) {
        if (const QString page = stripe->pageUrlProblem(); !page.isEmpty())
            problems << page;
    }
    if (!problems.isEmpty()) {
        m_banner->showError(tr("Not saved: %1").arg(problems.join(u' ')));
        return;
    }
    if (const ops::Status s = m_settings.setIntegrationValue(u"map"_s, u"tile_url"_s, m_tileUrl->text().trimmed());
        !s.ok())
        return finishSave(false, s.error().userMessage);
    for (const QString &id : ProviderSettings::providerIds()) {
        const ops::Status s = IntegrationSettings::save(m_settings, m_forms.value(id)->settings());
        if (!s.ok())
            return finishSave(false, s.error().userMessage);
    }
    if (ProviderSettingsForm *stripe = m_forms.value(u"stripe"_s)) {
        if (const ops::Status s = ops::payments::saveSetupPageUrl(m_settings, stripe->pageUrl()); !s.ok())
            return finishSave(false, s.error().userMessage);
    }
    if (ProviderSettingsForm *routing = m_forms.value(u"osrm"_s)) {
        const ops::Status s = ops::dispatch::TravelSourceSettings::save(m_settings, routing->travelSettings());
        if (!s.ok())
            return finishSave(false, s.error().userMessage);
    }
    const ops::Status synced = m_settings.sync();
    if (!synced.ok())
        return finishSave(false, synced.error().userMessage);
    m_saving = true;
    m_save->setEnabled(false);
    auto pending = std::make_shared<int>(1);
    auto failure = std::make_shared<QString>();
    auto done = [this, pending, failure] {
        if (--*pending == 0)
            finishSave(failure->isEmpty(), *failure);
    };
    for (const QString &id : ProviderSettings::providerIds()) {
        ProviderSettingsForm *form = m_forms.value(id);
        if (!form->secretEdited())
            continue;
        ++*pending;
        const QString secret = form->typedSecret();
        ops::runThen(m_secrets.write(ProviderSettings::secretKey(id), secret), this,
            [this, id, secret, failure, done](const ops::Status &s) {
                if (!s.ok()) {
                    *failure = s.error().userMessage;
                } else if (ProviderSettingsForm *f = m_forms.value(id)) {
                    f->setStoredSecret(true, secret);
                    f->secretEdit()->clear();
                }
                done();
            });
    }
    done();
}

void IntegrationsDialog::finishSave(bool ok, const QString &error)
{
    m_saving = false;
    m_save->setEnabled(true);
    if (!ok) {
        m_banner->showError(tr("The integrations settings could not be saved: %1").arg(error));
        return;
    }
    for (ProviderSettingsForm *f : std::as_const(m_forms))
        f->setDirty(false);
    m_banner->showSuccess(tr("Saved. Keys and tokens are in the system keychain, never in the settings file."));
    emit settingsSaved();
}
