#include "app/gui/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    parser.addOption(benchmark);
    parser.addOption(embedded);
    parser.addPositionalArgument(QStringLiteral("url"),
        QCoreApplication::translate("GuiCommandLine", "A targo:// link to open, e.g. targo://customer/CUST-00042."),
        QStringLiteral("[url]"));
    if (!parser.parse(arguments)) {
        *errorText = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion(); // exits
        parser.showHelp(0); // exits
    }
    out->benchmarkStartup = parser.isSet(benchmark);
    out->embeddedDir = parser.value(embedded);
    const QStringList positional = parser.positionalArguments();
    out->url = positional.isEmpty() ? QString() : positional.first();
    return true;
}
