#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/logging/Logger.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Test expectations are written with '*' for the masking dot so they stay readable.
QString dots(QString text)
{
    return text.replace(QLatin1Char('*'), QChar(0x2022));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestLogMasking : public QObject
{
    Q_OBJECT

private slots:
    void maskSecrets_data();
    void maskSecrets();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void maskPhone_data();
    void maskPhone();
    void maskEmail_data();
    void maskEmail();
    void formatterForQt();
    void fileSinkMasksAndRoutesQtMessages();
    void levels();
};

void TestLogMasking::maskSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("conninfo keyword") << QStringLiteral("host=db1 port=5432 password=hunter2 user=ops")
                                      << QStringLiteral("host=db1 port=5432 password=*** user=ops");
    QTest::newRow("conninfo quoted") << QStringLiteral("password='p@ss w\\'rd' dbname=targo")
                                     << QStringLiteral("password='***' dbname=targo");
    QTest::newRow("spaces around =") << QStringLiteral("password = hunter2") << QStringLiteral("password = ***");
    QTest::newRow("uri") << QStringLiteral("postgresql://ops:hunter2@db1.targo.ca:5432/targo?sslmode=require")
                         << QStringLiteral("postgresql://ops:***@db1.targo.ca:5432/targo?sslmode=require");
    QTest::newRow("https uri") << QStringLiteral("GET https://api:k3y@sms.example.net/v1/send")
                               << QStringLiteral("GET https://api:***@sms.example.net/v1/send");
    QTest::newRow("authorization bearer")
        << QStringLiteral("Authorization: Bearer abc.def-ghi_jkl") << QStringLiteral("Authorization: Bearer ***");
    QTest::newRow("authorization basic") << QStringLiteral("authorization: Basic dXNlcjpwYXNz")
                                         << QStringLiteral("authorization: Basic ***");
    QTest::newRow("authorization json") << QStringLiteral(R"({"Authorization": "Bearer abcdef123456", "Host": "x"})")
                                        << QStringLiteral(R"({"Authorization": "Bearer ***", "Host": "x"})");
    QTest::newRow("bearer free text") << QStringLiteral("retrying with bearer AbC123xyz987")
                                      << QStringLiteral("retrying with bearer ***");
    QTest::newRow("json password") << QStringLiteral(R"({"user":"ops","password":"hun\"ter2","port":5432})")
                                   << QStringLiteral(R"({"user":"ops","password":"***","port":5432})");
    QTest::newRow("query token") << QStringLiteral("GET /v1/cpe?access_token=abc123&limit=5")
                                 << QStringLiteral("GET /v1/cpe?access_token=***&limit=5");
    QTest::newRow("api key header") << QStringLiteral("X-Api-Key: 0123456789abcdef")
                                    << QStringLiteral("X-Api-Key: ***");
    QTest::newRow("client secret") << QStringLiteral("client_secret=zzz; scope=all")
                                   << QStringLiteral("client_secret=***; scope=all");
    QTest::newRow("smtp password colon") << QStringLiteral("smtp password: hunter2")
                                         << QStringLiteral("smtp password: ***");
    QTest::newRow("stripe key") << QStringLiteral("using sk_live_51HabcdefGHIJ for charges")
                                << QStringLiteral("using sk_live_*** for charges");
    QTest::newRow("webhook secret") << QStringLiteral("whsec_abcdef123456") << QStringLiteral("whsec_***");
    QTest::newRow("jwt") << QStringLiteral("got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.SflKxwRJSMeKKF2QT4f ok")
                         << QStringLiteral("got *** ok");
    QTest::newRow("several") << QStringLiteral("password=a token=b Authorization: Bearer cccccccc")
                             << QStringLiteral("password=*** token=*** Authorization: Bearer ***");
    QTest::newRow("accents kept") << QStringLiteral("Éloïse: mot de passe password=é€ü")
                                  << QStringLiteral("Éloïse: mot de passe password=***");
}

void TestLogMasking::maskSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString masked = ops::log::maskSecrets(input);
    QCOMPARE(masked, expected);
    QCOMPARE(ops::log::maskSecrets(masked), masked); // idempotent
}

void TestLogMasking::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("libpq auth failure") << QStringLiteral(
        "FATAL:  password authentication failed for user \"dispatch\"");
    QTest::newRow("plain") << QStringLiteral("search \"tremblay\" took 12 ms, 37 rows");
    QTest::newRow("token word") << QStringLiteral("max_tokens reached; keyboard layout fr-CA");
    QTest::newRow("uri without password") << QStringLiteral("postgresql://ops@db1/targo");
    QTest::newRow("email") << QStringLiteral("sent to jean@example.com");
    QTest::newRow("empty") << QString();
}

void TestLogMasking::leavesOrdinaryTextAlone()
{
    QFETCH(QString, input);
    QCOMPARE(ops::log::maskSecrets(input), input);
}

void TestLogMasking::maskPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nanp parens") << QStringLiteral("(514) 555-0112") << dots(QStringLiteral("(514) ***-**12"));
    QTest::newRow("dashes") << QStringLiteral("450-555-0199") << dots(QStringLiteral("450-***-**99"));
    QTest::newRow("international") << QStringLiteral("+1 819 555 0123") << dots(QStringLiteral("+1 819 *** **23"));
    QTest::newRow("digits only") << QStringLiteral("5145550112") << dots(QStringLiteral("514*****12"));
    QTest::newRow("local") << QStringLiteral("555-0112") << dots(QStringLiteral("***-**12"));
    QTest::newRow("extension kept short")
        << QStringLiteral("(450) 555-0100 x12") << dots(QStringLiteral("(450) ***-**00 x12"));
    QTest::newRow("poste") << QStringLiteral("514 555-0100 poste 4021")
                           << dots(QStringLiteral("514 ***-**00 poste 4021"));
    QTest::newRow("too short") << QStringLiteral("911") << dots(QStringLiteral("***"));
    QTest::newRow("empty") << QString() << QString();
}

void TestLogMasking::maskPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ops::log::maskPhone(input), expected);
}

void TestLogMasking::maskEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("normal") << QStringLiteral("jean.tremblay@example.com") << dots(QStringLiteral("j***@example.com"));
    QTest::newRow("accented") << QStringLiteral("éloïse.côté@vidéotron.ca")
                              << dots(QStringLiteral("é***@vidéotron.ca"));
    QTest::newRow("one letter") << QStringLiteral("a@b.ca") << dots(QStringLiteral("***@b.ca"));
    QTest::newRow("not an email") << QStringLiteral("not-an-email") << dots(QStringLiteral("***"));
    QTest::newRow("empty") << QString() << QString();
}

void TestLogMasking::maskEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ops::log::maskEmail(input), expected);
}

void TestLogMasking::formatterForQt()
{
    QCOMPARE(QString::fromStdString(
                 fmt::format("{}|{:>6}|{}", QStringLiteral("Côté"), QStringLiteral("ab"), QByteArray("raw"))),
        QStringLiteral("Côté|    ab|raw"));
    QCOMPARE(QString::fromStdString(fmt::format("{}", QStringView(u"Saint-Jérôme"))), QStringLiteral("Saint-Jérôme"));
}

void TestLogMasking::fileSinkMasksAndRoutesQtMessages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ops::log::Config config;
    config.dir = dir.filePath(QStringLiteral("logs"));
    config.level = QStringLiteral("debug");
    config.console = false;
    config.installQtMessageHandler = true;
    const ops::Status st = ops::log::init(config);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    const QString file = ops::log::logFilePath();
    QCOMPARE(file, dir.filePath(QStringLiteral("logs/ops.log")));

    ops::log::db()->warn("connect failed: {}", QStringLiteral("host=db1 password=hunter2"));
    ops::log::net()->info("POST {} -> {}", QStringLiteral("https://api:k3y@sms.example.net/send"), 201);
    ops::log::ui()->info("customer {} {}", QStringLiteral("Éloïse Côté"), ops::log::maskPhone(u"(514) 555-0112"_s));
    qWarning("token=abc123 from Qt");
    ops::log::get("search")->debug("debug record");
    ops::log::get("search")->trace("trace record"); // below the level: dropped
    ops::log::flush();
    ops::log::shutdown(); // restores QTest's message handler

    const QString text = QString::fromUtf8(readAll(file));
    QVERIFY2(!text.contains(u"hunter2"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"k3y"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"abc123"_s), qPrintable(text));
    QVERIFY2(text.contains(u"[db] [warning] "_s), qPrintable(text));
    QVERIFY2(text.contains(u"password=***"_s), qPrintable(text));
    QVERIFY2(text.contains(u"https://api:***@sms.example.net/send -> 201"_s), qPrintable(text));
    QVERIFY2(text.contains(dots(u"Éloïse Côté (514) ***-**12"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"[qt] [warning] "_s), qPrintable(text));
    QVERIFY2(text.contains(u"token=*** from Qt"_s), qPrintable(text));
    QVERIFY2(text.contains(u"debug record"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"trace record"_s), qPrintable(text));
    QVERIFY(ops::log::logFilePath().isEmpty());
}

void TestLogMasking::levels()
{
    QVERIFY(ops::log::setLevel(QStringLiteral("warning")).ok());
    QCOMPARE(ops::log::level(), QStringLiteral("warn"));
    QVERIFY(!ops::log::db()->should_log(spdlog::level::info));
    QVERIFY(ops::log::db()->should_log(spdlog::level::err));
    QVERIFY(ops::log::get("brand-new")->should_log(spdlog::level::warn)); // new loggers get the current level
    QVERIFY(!ops::log::get("brand-new")->should_log(spdlog::level::info));

    const ops::Status bad = ops::log::setLevel(QStringLiteral("loud"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ops::Error::Kind::Validation);
    QCOMPARE(ops::log::level(), QStringLiteral("warn"));

    QVERIFY(ops::log::setLevel(QStringLiteral("trace")).ok());
    QVERIFY(ops::log::db()->should_log(spdlog::level::trace));
    QVERIFY(ops::log::setLevel(QStringLiteral("info")).ok());
}

QTEST_GUILESS_MAIN(TestLogMasking)
#include "TestLogMasking.moc"
