#include <memory>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/Settings.h"

using ops::SettingKey;
using ops::Settings;
using ops::db::ConnectionProfile;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaults();
    void roundTrip();
    void rejectsInvalidValues();
    void ignoresInvalidStoredValues();
    void profilesRoundTrip();
    void profileIdValidation();
    void removeActiveProfile();
    void uniqueProfileId();
    void uiStateIsSeparate();
    void migrateFromVersion0();
    void migrateIsIdempotent();
    void newerFileIsLeftAlone();
    void noSecretsWritten();
    void unquotedHostList();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("ops.ini")); }
    QByteArray fileBytes() const;
    void writeFile(const QByteArray &content) const;
    static ConnectionProfile serverProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestSettings::fileBytes() const
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestSettings::writeFile(const QByteArray &content) const
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
}

ConnectionProfile TestSettings::serverProfile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("prod-ha");
    p.name = QStringLiteral("Production (HA, Saint-Jérôme)");
    p.mode = ConnectionProfile::Mode::Server;
    p.hosts = QStringLiteral("db1.targo.ca,db2.targo.ca");
    p.ports = QStringLiteral("5432,5433");
    p.database = QStringLiteral("targo_ops");
    p.user = QStringLiteral("dispatch");
    p.sslMode = QStringLiteral("verify-ca");
    p.sslRootCert = QStringLiteral("/home/ops/Mes documents/targo ca.pem");
    p.targetSessionAttrs = QStringLiteral("read-write");
    p.connectTimeoutSec = 7;
    return p;
}

void TestSettings::defaults()
{
    Settings s(path());
    QCOMPARE(s.fileName(), path());
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("system"));
    QCOMPARE(s.get<QString>(SettingKey::ActiveProfile), QStringLiteral("embedded"));
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 50);
    QCOMPARE(s.get<QString>(SettingKey::LogLevel), QStringLiteral("info"));
    QCOMPARE(s.value(SettingKey::SearchLimit), Settings::defaultValue(SettingKey::SearchLimit));
    QVERIFY(!s.contains(SettingKey::Language));
    QCOMPARE(s.version(), 0);
    QVERIFY(s.profiles().isEmpty());
    QVERIFY(!s.profile(QStringLiteral("embedded")).has_value());

    const ConnectionProfile active = s.activeProfile();
    QVERIFY(active.isEmbedded());
    QCOMPARE(active.id, QStringLiteral("embedded"));
    QVERIFY(active.embeddedDir.isEmpty());
    QVERIFY(!active.name.isEmpty());
    QVERIFY(s.uiState(QStringLiteral("MainWindow/geometry")).isNull());
    QCOMPARE(s.uiState(QStringLiteral("x"), 3).toInt(), 3);
}

void TestSettings::roundTrip()
{
    {
        Settings s(path());
        QCOMPARE(s.migrate(), 0);
        QVERIFY(s.set(SettingKey::Language, QStringLiteral("fr")).ok());
        QVERIFY(s.set(SettingKey::SearchLimit, 120).ok());
        QVERIFY(s.set(SettingKey::LogLevel, QStringLiteral("DEBUG")).ok()); // normalised to lower case
        QVERIFY(s.set(SettingKey::ActiveProfile, QStringLiteral("prod-ha")).ok());
        QVERIFY(s.sync().ok());
    }
    QVERIFY(QFile::exists(path()));
    Settings s(path());
    QCOMPARE(s.version(), Settings::kCurrentVersion);
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("fr"));
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 120);
    QCOMPARE(s.get<QString>(SettingKey::LogLevel), QStringLiteral("debug"));
    QCOMPARE(s.get<QString>(SettingKey::ActiveProfile), QStringLiteral("prod-ha"));
    QVERIFY(s.contains(SettingKey::Language));
    QVERIFY(fileBytes().contains("Limit=120"));

    s.reset(SettingKey::Language);
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("system"));
    s.resetPreferences();
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 50);
    QCOMPARE(s.get<QString>(SettingKey::LogLevel), QStringLiteral("info"));
}

void TestSettings::rejectsInvalidValues()
{
    Settings s(path());
    QVERIFY(s.set(SettingKey::Language, QStringLiteral("en")).ok());

    const ops::Status bad = s.set(SettingKey::Language, QStringLiteral("de"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ops::Error::Kind::Validation);
    QVERIFY(!bad.error().userMessage.isEmpty());
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("en")); // unchanged

    QVERIFY(!s.set(SettingKey::SearchLimit, 0).ok());
    QVERIFY(!s.set(SettingKey::SearchLimit, 501).ok());
    QVERIFY(!s.set(SettingKey::SearchLimit, QStringLiteral("lots")).ok());
    QVERIFY(s.set(SettingKey::SearchLimit, 500).ok());
    QVERIFY(s.set(SettingKey::SearchLimit, QStringLiteral("1")).ok());
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 1);

    QVERIFY(!s.set(SettingKey::LogLevel, QStringLiteral("verbose")).ok());
    QVERIFY(!s.set(SettingKey::ActiveProfile, QStringLiteral("../etc")).ok());
    QVERIFY(!s.set(SettingKey::ActiveProfile, QString()).ok());
}

void TestSettings::ignoresInvalidStoredValues()
{
    writeFile("[Settings]\nVersion=1\n\n[Preferences]\nLanguage=klingon\nActiveProfile=a/b\n\n"
              "[Search]\nLimit=100000\n\n[Logging]\nLevel=loud\n");
    Settings s(path());
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("system"));
    QCOMPARE(s.get<QString>(SettingKey::ActiveProfile), QStringLiteral("embedded"));
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 50);
    QCOMPARE(s.get<QString>(SettingKey::LogLevel), QStringLiteral("info"));
}

void TestSettings::profilesRoundTrip()
{
    const ConnectionProfile server = serverProfile();
    ConnectionProfile embedded = Settings::defaultEmbeddedProfile();
    embedded.id = QStringLiteral("lab");
    embedded.name = QStringLiteral("Atelier");
    embedded.embeddedDir = QStringLiteral("/var/tmp/targo lab");
    {
        Settings s(path());
        QVERIFY(s.saveProfile(server).ok());
        QVERIFY(s.saveProfile(embedded).ok());
        QVERIFY(s.sync().ok());
    }
    Settings s(path());
    const QList<ConnectionProfile> all = s.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, QStringLiteral("lab")); // sorted by name: "Atelier" < "Production"
    QCOMPARE(all.at(1).id, QStringLiteral("prod-ha"));

    const auto p = s.profile(QStringLiteral("prod-ha"));
    QVERIFY(p.has_value());
    QCOMPARE(p->name, server.name);
    QCOMPARE(p->mode, ConnectionProfile::Mode::Server);
    QCOMPARE(p->hosts, server.hosts);
    QCOMPARE(p->ports, server.ports);
    QCOMPARE(p->database, server.database);
    QCOMPARE(p->user, server.user);
    QCOMPARE(p->sslMode, server.sslMode);
    QCOMPARE(p->sslRootCert, server.sslRootCert);
    QCOMPARE(p->targetSessionAttrs, server.targetSessionAttrs);
    QCOMPARE(p->connectTimeoutSec, 7);
    QCOMPARE(p->keychainKey(), QStringLiteral("db/prod-ha/password"));

    const auto lab = s.profile(QStringLiteral("lab"));
    QVERIFY(lab.has_value());
    QVERIFY(lab->isEmbedded());
    QCOMPARE(lab->embeddedDir, embedded.embeddedDir);

    // Saving again replaces the profile (no stale fields).
    ConnectionProfile changed = server;
    changed.hosts = QStringLiteral("db3.targo.ca");
    changed.sslRootCert.clear();
    QVERIFY(s.saveProfile(changed).ok());
    QCOMPARE(s.profile(QStringLiteral("prod-ha"))->hosts, QStringLiteral("db3.targo.ca"));
    QVERIFY(s.profile(QStringLiteral("prod-ha"))->sslRootCert.isEmpty());
    QCOMPARE(s.profiles().size(), 2);

    QVERIFY(s.set(SettingKey::ActiveProfile, QStringLiteral("prod-ha")).ok());
    QCOMPARE(s.activeProfile().id, QStringLiteral("prod-ha"));
    QCOMPARE(s.activeProfile().mode, ConnectionProfile::Mode::Server);
}

void TestSettings::profileIdValidation()
{
    Settings s(path());
    ConnectionProfile p = serverProfile();
    for (const QString &bad : {QString(), QStringLiteral("a/b"), QStringLiteral("a\\b"), QStringLiteral(".."),
             QStringLiteral("with space"), QString(65, QLatin1Char('x'))}) {
        p.id = bad;
        const ops::Status st = s.saveProfile(p);
        QVERIFY2(!st.ok(), qPrintable(bad));
        QCOMPARE(st.error().kind, ops::Error::Kind::Validation);
    }
    QVERIFY(s.profiles().isEmpty());
    QVERIFY(!s.profile(QStringLiteral("../x")).has_value());
    QVERIFY(Settings::isValidProfileId(QStringLiteral("server-2.b_c")));
}

void TestSettings::removeActiveProfile()
{
    Settings s(path());
    QVERIFY(s.saveProfile(serverProfile()).ok());
    QVERIFY(s.set(SettingKey::ActiveProfile, QStringLiteral("prod-ha")).ok());
    s.removeProfile(QStringLiteral("prod-ha"));
    QVERIFY(s.profiles().isEmpty());
    QVERIFY(!s.profile(QStringLiteral("prod-ha")).has_value());
    QCOMPARE(s.get<QString>(SettingKey::ActiveProfile), QStringLiteral("embedded"));
    QVERIFY(s.activeProfile().isEmbedded());

    // An ActiveProfile naming a profile that does not exist falls back to the embedded one.
    QVERIFY(s.set(SettingKey::ActiveProfile, QStringLiteral("gone")).ok());
    QVERIFY(s.activeProfile().isEmbedded());
}

void TestSettings::uniqueProfileId()
{
    Settings s(path());
    QCOMPARE(s.uniqueProfileId(QStringLiteral("Serveur Laval")), QStringLiteral("serveur-laval"));
    ConnectionProfile p = serverProfile();
    p.id = QStringLiteral("serveur-laval");
    QVERIFY(s.saveProfile(p).ok());
    QCOMPARE(s.uniqueProfileId(QStringLiteral("Serveur Laval")), QStringLiteral("serveur-laval-2"));
    QCOMPARE(s.uniqueProfileId(QStringLiteral("embedded")), QStringLiteral("embedded-2"));
    QVERIFY(Settings::isValidProfileId(s.uniqueProfileId(QStringLiteral("////"))));
}

void TestSettings::uiStateIsSeparate()
{
    Settings s(path());
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    s.setUiState(QStringLiteral("MainWindow/geometry"), geometry);
    QVERIFY(s.set(SettingKey::Language, QStringLiteral("fr")).ok());
    QVERIFY(s.saveProfile(serverProfile()).ok());
    QVERIFY(s.sync().ok());

    s.resetPreferences();
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("system"));
    QCOMPARE(s.uiState(QStringLiteral("MainWindow/geometry")).toByteArray(), geometry);
    QCOMPARE(s.profiles().size(), 1);

    QVERIFY(s.sync().ok());
    QVERIFY(fileBytes().contains("[UiState]"));

    s.clearUiState();
    QVERIFY(s.uiState(QStringLiteral("MainWindow/geometry")).isNull());
    QCOMPARE(s.profiles().size(), 1);
}

void TestSettings::migrateFromVersion0()
{
    // A prototype-era file: flat keys, no version, and a password in a profile (must be scrubbed).
    writeFile("[General]\nlanguage=fr\nsearch_limit=25\nlog_level=warn\nactive_profile=prod\n\n"
              "[DbProfile]\nprod\\name=Production\nprod\\mode=server\nprod\\hosts=db1.targo.ca\n"
              "prod\\user=dispatch\nprod\\password=hunter2\nprod\\token=tok-123\n");
    {
        Settings s(path());
        QCOMPARE(s.version(), 0);
        QCOMPARE(s.migrate(), 0);
        QCOMPARE(s.version(), Settings::kCurrentVersion);
        QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("fr"));
        QCOMPARE(s.get<int>(SettingKey::SearchLimit), 25);
        QCOMPARE(s.get<QString>(SettingKey::LogLevel), QStringLiteral("warn"));
        QCOMPARE(s.get<QString>(SettingKey::ActiveProfile), QStringLiteral("prod"));
        QVERIFY(s.sync().ok());
    }
    const QByteArray ini = fileBytes();
    QVERIFY2(!ini.contains("hunter2"), ini.constData());
    QVERIFY2(!ini.contains("tok-123"), ini.constData());
    QVERIFY2(!ini.contains("language="), ini.constData());
    QVERIFY2(!ini.contains("search_limit"), ini.constData());

    Settings s(path());
    QCOMPARE(s.version(), Settings::kCurrentVersion);
    const auto prod = s.profile(QStringLiteral("prod"));
    QVERIFY(prod.has_value());
    QCOMPARE(prod->name, QStringLiteral("Production"));
    QCOMPARE(prod->hosts, QStringLiteral("db1.targo.ca"));
    QCOMPARE(prod->user, QStringLiteral("dispatch"));
    QCOMPARE(s.activeProfile().id, QStringLiteral("prod"));
}

void TestSettings::migrateIsIdempotent()
{
    writeFile("[General]\nlanguage=en\nsearch_limit=nonsense\n");
    Settings s(path());
    QCOMPARE(s.migrate(), 0);
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("en"));
    QVERIFY(!s.contains(SettingKey::SearchLimit)); // invalid legacy value dropped, default applies
    QCOMPARE(s.get<int>(SettingKey::SearchLimit), 50);
    QVERIFY(s.sync().ok());
    const QByteArray once = fileBytes();

    QCOMPARE(s.migrate(), Settings::kCurrentVersion);
    QVERIFY(s.sync().ok());
    QCOMPARE(fileBytes(), once);
}

void TestSettings::newerFileIsLeftAlone()
{
    writeFile("[Settings]\nVersion=99\n\n[Preferences]\nLanguage=fr\n\n[Future]\nthing=1\n");
    Settings s(path());
    QVERIFY(s.isNewerThanBinary());
    QCOMPARE(s.migrate(), 99);
    QCOMPARE(s.version(), 99);
    QVERIFY(s.sync().ok());
    QVERIFY(fileBytes().contains("thing=1"));
    QCOMPARE(s.get<QString>(SettingKey::Language), QStringLiteral("fr"));
}

void TestSettings::noSecretsWritten()
{
    const QString password = QStringLiteral("S3cr3t-pa55!");
    ConnectionProfile p = serverProfile();
    {
        Settings s(path());
        s.migrate();
        QVERIFY(s.saveProfile(p).ok());
        QVERIFY(s.set(SettingKey::ActiveProfile, p.id).ok());
        // What the connection dialog builds in memory must never reach the file.
        const QString conninfo = p.serverConninfo(password);
        QVERIFY(conninfo.contains(password));
        s.setUiState(QStringLiteral("ConnectionDialog/lastProfile"), p.id);
        QVERIFY(s.sync().ok());
    }
    const QByteArray ini = fileBytes();
    QVERIFY(!ini.isEmpty());
    QVERIFY2(!ini.contains(password.toUtf8()), ini.constData());
    QVERIFY2(!ini.toLower().contains("password"), ini.constData());
    QVERIFY2(!ini.toLower().contains("passwd"), ini.constData());
    QVERIFY2(!ini.toLower().contains("secret"), ini.constData());
    QVERIFY2(!ini.toLower().contains("token"), ini.constData());
    QVERIFY2(!ini.contains("host="), ini.constData()); // no conninfo either
    QVERIFY(ini.contains("db1.targo.ca"));
}

void TestSettings::unquotedHostList()
{
    // Hand-edited file: QSettings reads an unquoted comma list as a QStringList; the host list must survive.
    writeFile("[DbProfile]\nha\\name=HA\nha\\mode=server\nha\\hosts=db1.targo.ca, db2.targo.ca\nha\\ports=5432,5433\n");
    Settings s(path());
    const auto p = s.profile(QStringLiteral("ha"));
    QVERIFY(p.has_value());
    QCOMPARE(p->hosts, QStringLiteral("db1.targo.ca,db2.targo.ca"));
    QCOMPARE(p->ports, QStringLiteral("5432,5433"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
