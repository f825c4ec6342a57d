#pragma once

#include <memory>

#include <QDialog>
#include <QHash>

class MessageBanner;
class QLabel;
class QLineEdit;
class ProviderSettingsForm;
class QPushButton;
class QTabWidget;
class QThreadPool;

namespace ops {
class SecretStore;
class Settings;
namespace net {
class NetExecutor;
}
} // namespace ops

// Integrations settings: one tab per external service (Twilio, Mailjet, Stripe, Traccar, GenieACS), and a Map tab
// for the map tile server (Integrations/map/tile_url; empty: the offline map). Secrets go to the
// SecretStore only; the other fields to the settings file (Integrations/<id>/...). "Test connection" calls the service
// without side effects on its own NetExecutor (never the GUI thread) and shows the answer. Opened with open().
class IntegrationsDialog : public QDialog
{
    Q_OBJECT
public:
    // pool: where the test executor is shut down when the dialog goes (never on the GUI thread).
    IntegrationsDialog(
        ops::Settings &settings, ops::SecretStore &secrets, QThreadPool &pool, QWidget *parent = nullptr);
    ~IntegrationsDialog() override;

    ProviderSettingsForm *form(const QString &providerId) const { return m_forms.value(providerId); }
    QLineEdit *tileUrlEdit() const { return m_tileUrl; } // the Map tab: tile server URL template
    QString tileUrlProblem() const; // empty when the template is usable (or empty: the offline map)
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    bool isLoadingSecrets() const { return m_secretsPending > 0; }
    bool isTesting() const { return m_testing > 0; }
    bool isSaving() const { return m_saving; }

    void testConnection(const QString &providerId);
    void save();

signals:
    // The settings file and the keychain hold the new values (the outbox worker restarts with them).
    void settingsSaved();

private:
    void loadStoredSecrets();
    QWidget *buildMapTab();
    void finishSave(bool ok, const QString &error);
    ops::net::NetExecutor &net();

    ops::Settings &m_settings;
    ops::SecretStore &m_secrets;
    QThreadPool &m_pool;
    std::shared_ptr<ops::net::NetExecutor> m_net; // created at the first test
    QHash<QString, ProviderSettingsForm *> m_forms;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QLabel *m_tileUrlProblem = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_save = nullptr;
    int m_secretsPending = 0;
    int m_testing = 0;
    bool m_saving = false;
};
