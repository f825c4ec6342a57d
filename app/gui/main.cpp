#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <QApplication>
#include <QSessionManager>

#include "app/gui/Bootstrap.h"
#include "app/gui/CommandLine.h"
#include "app/gui/StartupClock.h"
#include "app/gui/Translations.h"
#include "app/version.h"
#include "core/concurrency/StopSignals.h"
#include "core/logging/Log.h"
#include "core/platform/Platform.h"
#include "core/settings/Settings.h"
#include "ui/common/Theme.h"
#include "ui/main/InstanceChannel.h"

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    // Passwords and tokens live in this process: no core dumps, no ptrace or /proc reading by other processes of
    // the same user.
    ops::platform::protectProcessMemory();
#ifdef Q_OS_WIN
    // A GUI program has no console of its own: --version prints into the console it was started from.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 && ::AttachConsole(ATTACH_PARENT_PROCESS)) {
            FILE *out = nullptr;
            (void)freopen_s(&out, "CONOUT$", "w", stdout);
            break;
        }
    }
#endif
    // --version works without a display (packages' smoke test, ssh).
    if (GuiCommandLine::printVersionIfAsked(argc, argv))
        return 0;
    StartupClock clock;
    clock.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(OPS_ORG_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(OPS_ORG_DOMAIN));
    QApplication::setApplicationName(QStringLiteral(OPS_APP_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(OPS_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(OPS_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("ca.targo.ops"));

    GuiCommandLine options;
    QString error;
    if (!GuiCommandLine::parse(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "targo-ops: %s\n", qPrintable(error));
        return 2;
    }

    // Single instance per user and settings file: a link goes to the running instance, which opens it; this process
    // then exits at once, without opening a database.
    InstanceChannel channel(InstanceChannel::defaultName(ops::Settings::defaultPath()));
    if (!options.benchmarkStartup && !options.smokeTest) {
        if (!options.url.isEmpty() && InstanceChannel::send(channel.name(), options.url))
            return 0;
        QString channelError;
        if (!channel.listen(&channelError))
            std::fprintf(stderr, "targo-ops: single-instance channel not available: %s\n", qPrintable(channelError));
    }

    int rc = 0;
    {
        Bootstrap bootstrap(options, clock);
        QObject::connect(&channel, &InstanceChannel::messageReceived, &bootstrap, &Bootstrap::handleLink);
        ops::log::Config logConfig;
        logConfig.level = bootstrap.settings().get<QString>(ops::SettingKey::LogLevel);
        (void)ops::log::init(logConfig); // on failure, logging stays on stderr
        // Translators first: no widget exists before this line.
        Translations::install(bootstrap.settings().get<QString>(ops::SettingKey::Language));
        Theme::apply(app);
        bootstrap.start();
        // A session logout or `kill` ends the app like File > Quit: windows close, state is saved, the embedded
        // database is stopped when no one else uses it.
        ops::StopSignals stopSignals;
        QObject::connect(&stopSignals, &ops::StopSignals::stopRequested, &app, [] {
            QApplication::closeAllWindows();
            QApplication::quit();
        });
#ifdef Q_OS_WIN
        // Windows logoff or shutdown: the GUI gets no console event; Qt asks for the session's data (commitData, then
        // aboutToQuit inside WM_ENDSESSION) and the process is killed right after, exec() never returning. The
        // shutdown (state saved, the embedded database stopped) runs there, once.
        QObject::connect(&app, &QGuiApplication::commitDataRequest, &bootstrap, [&bootstrap](QSessionManager &) {
            static bool done = false;
            if (!std::exchange(done, true))
                (void)bootstrap.shutdown();
        });
#endif
        rc = QApplication::exec();
        if (!bootstrap.shutdown()) {
            // A job that cannot be cancelled (a demo seed in progress) would keep the process alive: leave now.
            // The database rolls the unfinished transaction back.
            ops::log::shutdown();
            std::fflush(nullptr);
            std::_Exit(rc);
        }
    }
    ops::log::shutdown();
    return rc;
}
