// The single-instance channel: the first instance listens, a second one hands its link over; a stale socket is
// recovered; hostile links are refused by the strict parser; the socket lives in a private folder, not in /tmp.
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>
#include <unistd.h>

#include "ui/main/InstanceChannel.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Sets (or, when empty, unsets) an environment variable for one scope.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QString &value)
        : m_name(name)
        , m_saved(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, QFile::encodeName(value));
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_saved;
    bool m_had;
};

bool isPrivate(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::geteuid()
        && (st.st_mode & 077) == 0;
}
} // namespace

class TestInstanceChannel : public QObject
{
    Q_OBJECT

    static QString uniqueName() { return u"targo-ops-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12); }

private slots:
    void secondInstanceHandsTheLinkOver()
    {
        const QString name = uniqueName();
        InstanceChannel first(name);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &InstanceChannel::messageReceived);
        // The second process blocks in send() before its event loop: run it on another thread here.
        const QString link = u"targo://customer/CUST-00042"_s;
        QFuture<bool> sent = QtConcurrent::run([name, link] { return InstanceChannel::send(name, link); });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), link);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());

        // Another instance cannot take the name while the first is alive.
        InstanceChannel second(name);
        QString error;
        QVERIFY(!second.listen(&error));
        QCOMPARE(error, u"in use"_s);
    }

    void nobodyListening()
    {
        QVERIFY(!InstanceChannel::send(uniqueName(), u"targo://customer/CUST-00042"_s, 300));
        QVERIFY(!InstanceChannel::send(uniqueName(), u"two\nlines"_s, 300));
    }

    void staleSocketIsRecovered()
    {
        const QString name = uniqueName();
        {
            // A crashed instance leaves its socket file: simulate with a server whose file is kept after it stops
            // answering (on Unix, closing a QLocalServer removes the file, so leave a plain file in its place).
            QLocalServer crashed;
            QVERIFY(crashed.listen(name));
            const QString path = crashed.fullServerName();
            crashed.close();
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.close();
            QVERIFY(QFile::exists(path));
        }
        InstanceChannel channel(name);
        QString error;
        QVERIFY2(channel.listen(&error), qPrintable(error));
        QSignalSpy received(&channel, &InstanceChannel::messageReceived);
        QFuture<bool> sent = QtConcurrent::run([name] { return InstanceChannel::send(name, u"hello"_s); });
        QTRY_COMPARE(received.count(), 1);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
    }

    void garbageClientIsDropped()
    {
        const QString name = uniqueName();
        InstanceChannel channel(name);
        QVERIFY(channel.listen());
        QSignalSpy received(&channel, &InstanceChannel::messageReceived);
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(1000));
        socket.write(QByteArray(InstanceChannel::kMaxMessage + 100, 'x')); // no newline, too long
        socket.flush();
        QTRY_VERIFY(socket.state() == QLocalSocket::UnconnectedState);
        QCOMPARE(received.count(), 0);
    }

    void strictLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << u"targo://customer/CUST-00042"_s << u"CUST-00042"_s;
        QTest::newRow("ok-lower") << u"targo://customer/cust-00042"_s << u"CUST-00042"_s;
        QTest::newRow("ok-slash") << u"targo://customer/CUST-00042/"_s << u"CUST-00042"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("other-host") << u"targo://invoice/INV-00042"_s << QString();
        QTest::newRow("other-scheme") << u"https://customer/CUST-00042"_s << QString();
        QTest::newRow("no-code") << u"targo://customer/"_s << QString();
        QTest::newRow("bad-code") << u"targo://customer/CUST-42"_s << QString();
        QTest::newRow("extra-segment") << u"targo://customer/CUST-00042/delete"_s << QString();
        QTest::newRow("query") << u"targo://customer/CUST-00042?x=1"_s << QString();
        QTest::newRow("fragment") << u"targo://customer/CUST-00042#a"_s << QString();
        QTest::newRow("userinfo") << u"targo://evil@customer/CUST-00042"_s << QString();
        QTest::newRow("port") << u"targo://customer:80/CUST-00042"_s << QString();
        QTest::newRow("traversal") << u"targo://customer/../CUST-00042"_s << QString();
        QTest::newRow("encoded") << u"targo://customer/CUST%2D00042"_s << QString();
        QTest::newRow("script") << u"targo://customer/<script>alert(1)</script>"_s << QString();
        QTest::newRow("newline") << u"targo://customer/CUST-00042\n"_s << QString();
        QTest::newRow("nul") << QString(u"targo://customer/CUST-00042"_s + QChar(0)) << QString();
        QTest::newRow("space") << u" targo://customer/CUST-00042"_s << QString();
        QTest::newRow("huge") << (u"targo://customer/CUST-"_s + QString(5000, u'0')) << QString();
    }
    void strictLinks()
    {
        QFETCH(QString, link);
        QFETCH(QString, code);
        const auto parsed = TargoLink::customerCode(link);
        QCOMPARE(parsed.value_or(QString()), code);
    }

    void namesDifferPerSettingsFile()
    {
        const QString a = InstanceChannel::defaultName(u"/home/u/.config/Targo/a.ini"_s);
        QCOMPARE(a, InstanceChannel::defaultName(u"/home/u/.config/Targo/a.ini"_s));
        QVERIFY(a != InstanceChannel::defaultName(u"/home/u/.config/Targo/b.ini"_s));
        QVERIFY(QFileInfo(a).fileName().startsWith(u"targo-ops-"_s));
    }

    // The socket of the GUI's channel lives in the user's runtime folder, never in the shared /tmp.
    void socketLivesInRuntimeDir()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0700) == 0);
        EnvGuard xdg("XDG_RUNTIME_DIR", runtime.path());
        const QString name = InstanceChannel::defaultName(u"/home/u/.config/Targo/a.ini"_s);
        QCOMPARE(QFileInfo(name).absolutePath(), runtime.path());
        InstanceChannel channel(name);
        QString error;
        QVERIFY2(channel.listen(&error), qPrintable(error));
        QVERIFY(QFileInfo(name).exists());
        QSignalSpy received(&channel, &InstanceChannel::messageReceived);
        QFuture<bool> sent = QtConcurrent::run([name] { return InstanceChannel::send(name, u"hello"_s); });
        QTRY_COMPARE(received.count(), 1);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
    }

    // Without a (private) runtime folder: <tmp>/targo-ops-<uid>, 0700, ours.
    void fallbackFolderIsPrivate()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QTemporaryDir openRuntime;
        QVERIFY(::chmod(QFile::encodeName(openRuntime.path()).constData(), 0777) == 0);
        EnvGuard xdg("XDG_RUNTIME_DIR", openRuntime.path()); // open to everyone: not used
        EnvGuard tmpdir("TMPDIR", tmp.path());
        const QString name = InstanceChannel::defaultName(u"a.ini"_s);
        const QString folder = QFileInfo(name).absolutePath();
        QCOMPARE(folder, tmp.path() + u"/targo-ops-"_s + QString::number(::geteuid()));
        QVERIFY(isPrivate(folder));
        // Used again on the next start.
        QCOMPARE(InstanceChannel::defaultName(u"a.ini"_s), name);
    }

    // A link or an open folder planted on the fallback name is never used (nor repaired).
    void plantedFallbackIsRefused_data()
    {
        QTest::addColumn<bool>("symlink");
        QTest::newRow("symlink") << true;
        QTest::newRow("group-writable") << false;
    }
    void plantedFallbackIsRefused()
    {
        QFETCH(bool, symlink);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        EnvGuard xdg("XDG_RUNTIME_DIR", QString());
        EnvGuard tmpdir("TMPDIR", tmp.path());
        const QString planted = tmp.path() + u"/targo-ops-"_s + QString::number(::geteuid());
        const QString decoy = tmp.path() + u"/decoy"_s;
        QVERIFY(QDir().mkpath(decoy));
        if (symlink) {
            QVERIFY(QFile::link(decoy, planted));
        } else {
            QVERIFY(QDir().mkpath(planted));
            QVERIFY(::chmod(QFile::encodeName(planted).constData(), 0770) == 0);
        }
        const QString name = InstanceChannel::defaultName(u"a.ini"_s);
        const QString folder = QFileInfo(name).absolutePath();
        QVERIFY(folder != planted);
        QVERIFY(!folder.startsWith(decoy));
        QVERIFY(isPrivate(folder));
        InstanceChannel channel(name);
        QVERIFY(channel.listen());
        QVERIFY(QDir(decoy).isEmpty());
        QVERIFY(symlink || QDir(planted).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "TestInstanceChannel.moc"
