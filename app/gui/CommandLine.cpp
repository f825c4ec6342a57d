#include "app/gui/CommandLine.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/version.h"

namespace {
void printVersion()
{
    std::printf("targo-ops %s (git %s)\n", OPS_VERSION_STRING, OPS_GIT_REVISION);
    std::fflush(stdout);
}
} // namespace

bool GuiCommandLine::printVersionIfAsked(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            printVersion();
            return true;
        }
    }
    return false;
}

bool GuiCommandLine::parse(const QStringList &arguments, GuiCommandLine *out, QString *errorText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GuiCommandLine", "Targo Ops operations client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption benchmark(QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("GuiCommandLine",
            "Print first-paint-ms=<N> after the first painted frame, "
            "then exit (the database is not opened)."));
    const QCommandLineOption embedded(QStringLiteral("embedded"),
        QCoreApplication::translate("GuiCommandLine", "Use the embedded database cluster in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption smoke(QStringLiteral("smoke-test"),
        QCoreApplication::translate("GuiCommandLine",
            "Open the database (creating and seeding the embedded one if needed), show the main window, then "
            "exit: 0 when it opened, 1 when it did not."));
    parser.addOption(benchmark);
    parser.addOption(smoke);
    parser.addOption(embedded);
    parser.addPositionalArgument(QStringLiteral("url"),
        QCoreApplication::translate("GuiCommandLine", "A targo:// link to open, e.g. targo://customer/CUST-00042."),
        QStringLiteral("[url]"));
    if (!parser.parse(arguments)) {
        *errorText = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        if (parser.isSet(QStringLiteral("version"))) {
            printVersion();
            std::exit(0);
        }
        parser.showHelp(0); // exits
    }
    out->benchmarkStartup = parser.isSet(benchmark);
    out->smokeTest = parser.isSet(smoke);
    out->embeddedDir = parser.value(embedded);
    const QStringList positional = parser.positionalArguments();
    out->url = positional.isEmpty() ? QString() : positional.first();
    return true;
}
