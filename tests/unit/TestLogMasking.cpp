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
    void maskPersonalData_data();
    void maskPersonalData();
    void recordsAreMaskedWithoutTheCaller();
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

void TestLogMasking::maskPersonalData_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("e164") << u"sms to +15145550142 queued"_s << dots(u"sms to +1514*****42 queued"_s);
    QTest::newRow("nanp layouts") << u"call (514) 555-0112 or 450.555.0199 or 1-819-555-0123"_s
                                  << dots(u"call (514) ***-**12 or 450.***.**99 or 1-819-***-**23"_s);
    QTest::newRow("digits only") << u"phone=5145550112;"_s << dots(u"phone=514*****12;"_s);
    QTest::newRow("email") << u"sent to jean.tremblay@example.com, ok"_s << dots(u"sent to j***@example.com, ok"_s);
    QTest::newRow("email accents") << u"à éloïse.côté@vidéotron.ca"_s << dots(u"à é***@vidéotron.ca"_s);
    QTest::newRow("gps pair") << u"position 45.50171, -73.56725 at 14:02"_s << dots(u"position ***, *** at 14:02"_s);
    QTest::newRow("gps keyed json") << uR"({"latitude":45.5017,"longitude":-73.5673,"speed":12})"_s
                                    << dots(uR"({"latitude":***,"longitude":***,"speed":12})"_s);
    QTest::newRow("gps keyed") << u"lat=45.5 lon=-73.6"_s << dots(u"lat=*** lon=***"_s);
    QTest::newRow("url query")
        << u"GET https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B15145550142&PageSize=50 -> 200"_s
        << u"GET https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=***&PageSize=*** -> 200"_s;
    QTest::newRow("relative url query") << u"GET /api/positions?deviceId=7&from=2024-01-01"_s
                                        << u"GET /api/positions?deviceId=***&from=***"_s;
    QTest::newRow("sms body json") << uR"({"to":"x","body":"Votre technicien arrive"})"_s
                                   << uR"({"to":"x","body":"***"})"_s;
    QTest::newRow("mail parts") << uR"({"Subject":"Facture","TextPart":"Bonjour","HTMLPart":"<p>Bonjour</p>"})"_s
                                << uR"({"Subject":"***","TextPart":"***","HTMLPart":"***"})"_s;
    QTest::newRow("form body") << u"To=x&Body=Bonjour%20Jean&From=y"_s << u"To=x&Body=***&From=y"_s;
    QTest::newRow("already masked") << dots(u"(514) ***-**12 j***@example.com"_s)
                                    << dots(u"(514) ***-**12 j***@example.com"_s);
    QTest::newRow("ordinary numbers") << u"outbox 1152921504606846977 attempt 2 in 350 ms, 2024-12-06 15:48:00"_s
                                      << u"outbox 1152921504606846977 attempt 2 in 350 ms, 2024-12-06 15:48:00"_s;
    QTest::newRow("http status") << u"POST https://api:***@sms.example.net/send -> 201"_s
                                 << u"POST https://api:***@sms.example.net/send -> 201"_s;
}

void TestLogMasking::maskPersonalData()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString masked = ops::log::maskPersonalData(input);
    QCOMPARE(masked, expected);
    QCOMPARE(ops::log::maskPersonalData(masked), masked); // idempotent
}

void TestLogMasking::recordsAreMaskedWithoutTheCaller()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ops::log::Config config;
    config.dir = dir.path();
    config.level = QStringLiteral("debug");
    config.console = false;
    config.installQtMessageHandler = true;
    QVERIFY(ops::log::init(config).ok());
    const QString file = ops::log::logFilePath();
    // Nothing masked by the caller: the sink does it.
    ops::log::get("outbox")->info(
        "sms to {} ({}): {}", u"+14505550123"_s, u"marie@exemple.ca"_s, uR"({"body": "Votre code est 4821"})"_s);
    ops::log::net()->debug("GET {} -> 200", u"https://gps.targo.ca/api/positions?deviceId=12&token=abc"_s);
    ops::log::get("gps")->info("truck 12 at 45.50171,-73.56725");
    qWarning("customer phone 514-555-0177");
    ops::log::flush();
    ops::log::shutdown();
    const QString text = QString::fromUtf8(readAll(file));
    for (const QString &leak : {u"4505550123"_s, u"marie@exemple.ca"_s, u"Votre code"_s, u"deviceId=12"_s, u"abc"_s,
             u"45.50171"_s, u"73.56725"_s, u"555-0177"_s})
        QVERIFY2(!text.contains(leak), qPrintable(leak + u" in:\n"_s + text));
    QVERIFY2(text.contains(dots(u"+1450*****23"_s)), qPrintable(text));
    QVERIFY2(text.contains(dots(u"m***@exemple.ca"_s)), qPrintable(text));
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
