#include <QTest>

#include "app/gui/CommandLine.h"

// The GUI's command line: the options the packages' smoke test relies on (issue 17).
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void smokeTestOption();
    void defaults();
    void embeddedAndUrl();
    void unknownOptionRejected();
    void versionBeforeApplication();
};

void TestGuiCommandLine::smokeTestOption()
{
    GuiCommandLine options;
    QString error;
    QVERIFY(GuiCommandLine::parse({QStringLiteral("targo-ops"), QStringLiteral("--smoke-test")}, &options, &error));
    QVERIFY(options.smokeTest);
    QVERIFY(!options.benchmarkStartup);
    QVERIFY(options.url.isEmpty());
}

void TestGuiCommandLine::defaults()
{
    GuiCommandLine options;
    QString error;
    QVERIFY(GuiCommandLine::parse({QStringLiteral("targo-ops")}, &options, &error));
    QVERIFY(!options.smokeTest);
    QVERIFY(!options.benchmarkStartup);
    QVERIFY(options.embeddedDir.isEmpty());
}

void TestGuiCommandLine::embeddedAndUrl()
{
    GuiCommandLine options;
    QString error;
    QVERIFY(GuiCommandLine::parse(
        {QStringLiteral("targo-ops"), QStringLiteral("--smoke-test"), QStringLiteral("--embedded"),
            QStringLiteral("/tmp/x"), QStringLiteral("targo://customer/CUST-00042")},
        &options, &error));
    QVERIFY(options.smokeTest);
    QCOMPARE(options.embeddedDir, QStringLiteral("/tmp/x"));
    QCOMPARE(options.url, QStringLiteral("targo://customer/CUST-00042")); // the desktop file's %u
}

void TestGuiCommandLine::unknownOptionRejected()
{
    GuiCommandLine options;
    QString error;
    QVERIFY(!GuiCommandLine::parse({QStringLiteral("targo-ops"), QStringLiteral("--smoke")}, &options, &error));
    QVERIFY(error.contains(QStringLiteral("smoke")));
}

void TestGuiCommandLine::versionBeforeApplication()
{
    char prog[] = "targo-ops";
    char url[] = "targo://customer/CUST-00042";
    char version[] = "--version";
    char *without[] = {prog, url, nullptr};
    QVERIFY(!GuiCommandLine::printVersionIfAsked(2, without));
    char *with[] = {prog, version, nullptr};
    QVERIFY(GuiCommandLine::printVersionIfAsked(2, with)); // prints "targo-ops VERSION (git REV)"
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "TestGuiCommandLine.moc"
