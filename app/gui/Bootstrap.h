#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include "app/gui/CommandLine.h"
#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/session/DatabaseOpener.h"

class ConnectionDialog;
class ErpnextImportDialog;
class FirstRunDialog;
class IntegrationsDialog;
class MainWindow;
class StartupClock;

namespace ops {
class SecretStore;
class Session;
class Settings;
namespace outbox {
class OutboxDrainController;
}
} // namespace ops

// The composition root of targo-ops. Owns the settings, the secret store, the opening pool, the outbox drain and —
// once a database is open — its ops::Session (executor, listener, CPU pool, every service), which it hands to the
// main window. Shows the main window first and opens the database in the background; switching profiles retires the
// session off the GUI thread and opens the new one.
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
    void createWindow();
    void openActiveProfile();
    // First run (ui/settings/FirstRun.h): the dialog over the painted shell; the chosen profile then opens.
    void showFirstRun();
    void onFirstRunChosen(const ops::db::ConnectionProfile &profile);
    void rebuildWindow(); // the shell in the language chosen at first run (before any session exists)
    void openProfile(const ops::db::ConnectionProfile &profile);
    void launchOpen(const ops::db::ConnectionProfile &profile, const QString &password, quint64 generation);
    void onOpened(const ops::db::ConnectionProfile &profile, const ops::Result<ops::OpenedDatabase> &result);
    void askToMigrate(const ops::db::ConnectionProfile &profile, const ops::OpenedDatabase &opened);
    void startSession(const ops::db::ConnectionProfile &profile, const ops::OpenedDatabase &opened);
    void teardownSession(std::function<void()> then);
    void switchProfile(const ops::db::ConnectionProfile &profile);
    void showConnectionSettings();
    void showIntegrationSettings();
    void showErpnextImport(); // File > Import from ERPNext… (its service: the open session's conninfo)
    void openUrl(const QString &url);
    void reportFirstPaint();
    void finishSmokeTest(bool opened, const QString &what); // --smoke-test: print, then leave the event loop
    double demoScale() const;

    GuiCommandLine m_options;
    const StartupClock &m_clock;
    std::unique_ptr<ops::Settings> m_settings;
    ops::SecretStore *m_secrets = nullptr;
    ops::outbox::OutboxDrainController *m_drain = nullptr; // sends the outbox while a session is open
    QThreadPool m_openPool; // opening, migrating, tearing down, "Test connection"
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<IntegrationsDialog> m_integrations;
    QPointer<ErpnextImportDialog> m_erpnextImport;
    QPointer<FirstRunDialog> m_firstRunDialog;
    bool m_firstRun = false; // the first-run dialog comes before the database opens
    bool m_firstRunAsked = false;
    QString m_windowLocale; // the locale the shell was built in

    ops::db::ConnectionProfile m_profile;
    quint64 m_generation = 0; // bumped on every open and teardown: late answers of an older attempt are dropped
    bool m_openStarted = false;
    QString m_pendingUrl;
    QSet<QString> m_embeddedDirs; // embedded clusters this process opened (stopped at exit when idle)
    QHash<QString, QString> m_embeddedPasswords; // their passwords in TCP + password mode (memory only)

    std::unique_ptr<ops::Session> m_session; // the open database, when there is one
};
