#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include "app/gui/CommandLine.h"
#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/session/DatabaseOpener.h"

class ConnectionDialog;
class IntegrationsDialog;
class MainWindow;
class OutboxDrainController;
class StartupClock;

namespace ops {
class DbExecutor;
class SecretStore;
class Settings;
namespace db {
class PgListener;
}
namespace live {
class ChangeFeed;
}
namespace search {
class SearchService;
}
namespace customers {
class CustomerService;
}
} // namespace ops

// The composition root of targo-ops. Owns the settings, the secret store, the open/cpu pools, and — once a database
// is open — the DbExecutor, the services and the LISTEN/NOTIFY listener. Shows the main window first and opens the
// database in the background; switching profiles tears the session down off the GUI thread and opens the new one.
class Bootstrap : public QObject
{
    Q_OBJECT
public:
    Bootstrap(GuiCommandLine options, const StartupClock &clock, QObject *parent = nullptr);
    ~Bootstrap() override;

    ops::Settings &settings() { return *m_settings; }
    void start();
    // A targo:// link handed over by a second instance (InstanceChannel): raises the window and opens it (at once, or
    // once the database is open).
    void handleLink(const QString &link);
    // After the window has closed: cancels and waits for the pools, stops the embedded server when idle.
    // Returns false when a job could not be stopped in time (the caller then exits without running destructors).
    bool shutdown();

private:
    void openActiveProfile();
    void openProfile(const ops::db::ConnectionProfile &profile);
    void launchOpen(const ops::db::ConnectionProfile &profile, const QString &password, quint64 generation);
    void onOpened(const ops::db::ConnectionProfile &profile, const ops::Result<ops::OpenedDatabase> &result);
    void askToMigrate(const ops::db::ConnectionProfile &profile, const ops::OpenedDatabase &opened);
    void startSession(const ops::db::ConnectionProfile &profile, const ops::OpenedDatabase &opened);
    void teardownSession(std::function<void()> then);
    void switchProfile(const ops::db::ConnectionProfile &profile);
    void showConnectionSettings();
    void showIntegrationSettings();
    void openUrl(const QString &url);
    void reportFirstPaint();
    double demoScale() const;

    GuiCommandLine m_options;
    const StartupClock &m_clock;
    std::unique_ptr<ops::Settings> m_settings;
    ops::SecretStore *m_secrets = nullptr;
    OutboxDrainController *m_drain = nullptr; // sends the outbox while a session is open
    QThreadPool m_openPool; // opening, migrating, tearing down, "Test connection"
    QThreadPool m_cpuPool; // CPU-bound work (exports, reports)
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<IntegrationsDialog> m_integrations;

    ops::db::ConnectionProfile m_profile;
    quint64 m_generation = 0; // bumped on every open and teardown: late answers of an older attempt are dropped
    bool m_openStarted = false;
    QString m_pendingUrl;
    QSet<QString> m_embeddedDirs; // embedded clusters this process opened (stopped at exit when idle)

    std::unique_ptr<ops::DbExecutor> m_db;
    std::unique_ptr<ops::search::SearchService> m_search;
    std::unique_ptr<ops::customers::CustomerService> m_customers;
    std::unique_ptr<ops::db::PgListener> m_listener;
    std::unique_ptr<ops::live::ChangeFeed> m_changes; // live updates: parses the listener's ops_change notifications
    std::vector<std::unique_ptr<ops::db::PgListener>> m_retiredListeners;
};
