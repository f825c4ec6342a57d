// The platform layer (core/platform) on this system: user and elevation, accounts, lstat-based path checks, private
// folders, processes, program names; and ops::StopSignals delivering a raised SIGTERM/SIGINT/SIGHUP as stopRequested.
// The Windows implementation answers the same questions (see docs/packaging.md, "Windows"); these run on Linux.
#include <csignal>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/concurrency/StopSignals.h"
#include "core/platform/Platform.h"

using namespace ops;

class TestPlatform : public QObject
{
    Q_OBJECT
private slots:
    void userAndElevation();
    void accounts();
    void inspectPathDoesNotFollowLinks();
    void privateDirs();
    void processes();
    void programNames();
    void stopSignalsDeliverRaisedSignals();
    void stopSignalsOneInstanceAtATime();
};

void TestPlatform::userAndElevation()
{
    const QString user = platform::currentUserName();
    QVERIFY(!user.isEmpty());
    // The name maps back to the account we run as.
    const auto account = platform::findAccount(user);
    QVERIFY(account.has_value());
    QCOMPARE(account->uid, platform::currentAccount().uid);
    QCOMPARE(platform::isElevated(), platform::currentAccount().uid == 0);
}

void TestPlatform::accounts()
{
    const auto root = platform::findAccount(QStringLiteral("root"));
    QVERIFY(root.has_value());
    QCOMPARE(root->uid, 0);
    QCOMPARE(root->gid, 0);
    QVERIFY(!platform::findAccount(QStringLiteral("no-such-account-targo-xyz")).has_value());
    QVERIFY(platform::kSwitchesToServiceAccount);
}

void TestPlatform::inspectPathDoesNotFollowLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkdir(folder));
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(folder, link));

    const platform::PathInfo f = platform::inspectPath(folder);
    QVERIFY(f.exists);
    QVERIFY(f.isDir);
    QVERIFY(!f.isSymLink);
    QCOMPARE(f.owner, platform::currentAccount().uid);
    QVERIFY(f.mode >= 0);

    const platform::PathInfo l = platform::inspectPath(link);
    QVERIFY(l.exists);
    QVERIFY(l.isSymLink);
    QVERIFY(!l.isDir); // the link, not its target

    const platform::PathInfo missing = platform::inspectPath(dir.filePath(QStringLiteral("missing")));
    QVERIFY(!missing.exists);
    QVERIFY(!missing.error.isEmpty());

    // Ownership: to ourselves is always allowed; a missing path is an error.
    QVERIFY(platform::setOwner(folder, platform::currentAccount()));
    QVERIFY(!platform::setOwner(dir.filePath(QStringLiteral("missing")), platform::currentAccount()));
    QVERIFY(platform::othersCanTraverse(QStringLiteral("/")));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!platform::othersCanTraverse(folder));
}

void TestPlatform::privateDirs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private"));
    QCOMPARE(platform::makePrivateDir(path), platform::MkdirResult::Created);
    QCOMPARE(platform::inspectPath(path).mode, 0700);
    QCOMPARE(platform::makePrivateDir(path), platform::MkdirResult::Exists);
    QString error;
    QCOMPARE(platform::makePrivateDir(dir.filePath(QStringLiteral("no/such/parent")), &error),
        platform::MkdirResult::Failed);
    QVERIFY(!error.isEmpty());

    const QString a = platform::makePrivateTempDir(dir.filePath(QStringLiteral("sock-XXXXXX")));
    const QString b = platform::makePrivateTempDir(dir.filePath(QStringLiteral("sock-XXXXXX")));
    QVERIFY(!a.isEmpty());
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QVERIFY(QDir(a).dirName().startsWith(QStringLiteral("sock-")));
    QCOMPARE(platform::inspectPath(a).mode, 0700);
    error.clear();
    QVERIFY(platform::makePrivateTempDir(dir.filePath(QStringLiteral("no/such/XXXXXX")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPlatform::processes()
{
    const qint64 self = QCoreApplication::applicationPid();
    QVERIFY(platform::processExists(self));
    QCOMPARE(platform::processName(self), QStringLiteral("TestPlatform"));
    QVERIFY(!platform::processExists(0));
    QVERIFY(!platform::processExists(-5));
    // A child that has exited (and was reaped) no longer exists.
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    QVERIFY(child.waitForStarted());
    const qint64 pid = child.processId();
    QVERIFY(platform::processExists(pid));
    QCOMPARE(platform::processName(pid), QStringLiteral("sleep"));
    QVERIFY(child.waitForFinished());
    QVERIFY(!platform::processExists(pid));
    QCOMPARE(platform::processName(pid), QString());
}

void TestPlatform::programNames()
{
#ifdef Q_OS_WIN
    QCOMPARE(platform::executableFileName(QStringLiteral("initdb")), QStringLiteral("initdb.exe"));
#else
    QCOMPARE(platform::executableFileName(QStringLiteral("initdb")), QStringLiteral("initdb"));
#endif
}

void TestPlatform::stopSignalsDeliverRaisedSignals()
{
    StopSignals stop;
    QVERIFY(stop.isActive());
    QSignalSpy spy(&stop, &StopSignals::stopRequested);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        spy.clear();
        QCOMPARE(std::raise(sig), 0); // handled: the process goes on
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QCOMPARE(spy.at(0).at(0).toInt(), sig);
    }
}

void TestPlatform::stopSignalsOneInstanceAtATime()
{
    {
        StopSignals first;
        QVERIFY(first.isActive());
        StopSignals second;
        QVERIFY(!second.isActive());
    }
    // Released with the first one: a new instance takes over.
    StopSignals again;
    QVERIFY(again.isActive());
    QSignalSpy spy(&again, &StopSignals::stopRequested);
    QCOMPARE(std::raise(SIGTERM), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "TestPlatform.moc"
