#pragma once

#include <QString>
#include <QStringList>

// The GUI's command line. Unknown options are reported by QCommandLineParser (message box free: stderr).
struct GuiCommandLine
{
    bool benchmarkStartup = false; // print first-paint-ms=<N> and exit 0; the database is not opened
    bool smokeTest = false; // quit with 0 once the database is open (demo data seeded) and the window shown; 1 on error
    QString embeddedDir; // --embedded DIR: use that embedded cluster folder
    QString url; // targo://customer/CUST-00042

    // Parses QCoreApplication::arguments(); on --help/--version or an error it prints and returns false.
    static bool parse(const QStringList &arguments, GuiCommandLine *out, QString *errorText);
    // Before QApplication (no display needed): prints "targo-ops VERSION (git REV)" for --version and returns true.
    static bool printVersionIfAsked(int argc, char **argv);
};
