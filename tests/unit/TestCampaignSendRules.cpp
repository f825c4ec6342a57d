// The campaign sender's rules without a database: the retry schedule (3 attempts, 2 s then 5 s, then failed), what a
// provider's failure means (retryable, permanent), the provider's own code and text read from an outbox error, and a
// Mailjet batch answer read per recipient (CustomID).
#include <QJsonDocument>
#include <QTest>

#include "core/campaigns/CampaignSendRules.h"

using namespace ops::campaigns;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

class TestCampaignSendRules : public QObject
{
    Q_OBJECT
private slots:
    void retrySchedule()
    {
        QCOMPARE(RetrySchedule::kMaxAttempts, 3);
        QVERIFY(RetrySchedule::retryDelay(1) == std::optional(std::chrono::milliseconds(2000)));
        QVERIFY(RetrySchedule::retryDelay(2) == std::optional(std::chrono::milliseconds(5000)));
        QVERIFY(!RetrySchedule::retryDelay(3).has_value());
        QVERIFY(!RetrySchedule::retryDelay(4).has_value());
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("no answer (timeout, refused)") << 0 << QString() << true;
        QTest::newRow("408") << 408 << QString() << true;
        QTest::newRow("429") << 429 << QString() << true;
        QTest::newRow("Twilio 20429 in a 400") << 400 << u"20429"_s << true;
        QTest::newRow("500") << 500 << QString() << true;
        QTest::newRow("503") << 503 << QString() << true;
        QTest::newRow("400 bad address") << 400 << u"mj-0013"_s << false;
        QTest::newRow("Twilio 21610 unsubscribed") << 400 << u"21610"_s << false;
        QTest::newRow("401") << 401 << QString() << false;
        QTest::newRow("404") << 404 << QString() << false;
    }

    void classification()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QCOMPARE(classifyFailure(status, code) == FailureKind::Retryable, retryable);
    }

    void providerErrorFromOutboxText()
    {
        // Twilio's answer, as the outbox keeps it (net::errorOfAnswer): the real code and text come out.
        const QString twilio = u"POST http://127.0.0.1:1/2010-04-01/Accounts/AC1/Messages.json -> HTTP 400 "
                               "[permanent; attempt 1; 12 ms]: {\"code\": 21610, \"message\": \"Attempt to send to "
                               "unsubscribed recipient\", \"more_info\": \"https://www.twilio.com/docs/errors/21610\", "
                               "\"status\": 400}"_s;
        const ProviderFailure t = failureOfOutboxError(400, twilio);
        QCOMPARE(t.code, u"21610"_s);
        QCOMPARE(t.text, u"Attempt to send to unsubscribed recipient"_s);
        QCOMPARE(t.httpStatus, 400);
        QVERIFY(t.kind == FailureKind::Permanent);

        // A cut excerpt still gives its code and text.
        const QString cut = u"POST /v3.1/send -> HTTP 503 [retryable; attempt 1; 3 ms]: {\"ErrorCode\": \"mj-0001\", "
                            "\"ErrorMessage\": \"Service unavailable\", \"Status"_s;
        const ProviderFailure m = failureOfOutboxError(503, cut);
        QCOMPARE(m.code, u"mj-0001"_s);
        QCOMPARE(m.text, u"Service unavailable"_s);
        QVERIFY(m.kind == FailureKind::Retryable);

        // No body (connection refused): the whole error is the text.
        const ProviderFailure none = failureOfOutboxError(0, u"POST /v3.1/send -> connection refused"_s);
        QCOMPARE(none.text, u"POST /v3.1/send -> connection refused"_s);
        QVERIFY(none.code.isEmpty());
        QVERIFY(none.kind == FailureKind::Retryable);
    }

    void mailjetAnswerPerRecipient()
    {
        const QByteArray body = "{\"Messages\":["
                                "{\"Status\":\"success\",\"CustomID\":\"11\",\"To\":[{\"Email\":\"a@example.ca\","
                                "\"MessageID\":576460752303423489}]},"
                                "{\"Status\":\"error\",\"CustomID\":\"12\",\"Errors\":[{\"ErrorCode\":\"mj-0013\","
                                "\"StatusCode\":400,\"ErrorMessage\":\"\\\"bad@x\\\" is an invalid email address.\"}]},"
                                "{\"Status\":\"error\",\"CustomID\":\"13\",\"Errors\":[{\"ErrorCode\":\"mj-0002\","
                                "\"StatusCode\":503,\"ErrorMessage\":\"Internal error\"}]},"
                                "{\"Status\":\"success\",\"To\":[{\"Email\":\"no-id@example.ca\",\"MessageID\":1}]}]}";
        const auto outcomes = mailjetOutcomes(QJsonDocument::fromJson(body).object());
        QCOMPARE(outcomes.size(), 3); // the message without a CustomID names no recipient
        QVERIFY(outcomes.value(u"11"_s).sent);
        QCOMPARE(outcomes.value(u"11"_s).messageId, u"576460752303423489"_s); // 64-bit id kept exactly
        QVERIFY(!outcomes.value(u"12"_s).sent);
        QCOMPARE(outcomes.value(u"12"_s).failure.code, u"mj-0013"_s);
        QCOMPARE(outcomes.value(u"12"_s).failure.text, u"\"bad@x\" is an invalid email address."_s);
        QVERIFY(outcomes.value(u"12"_s).failure.kind == FailureKind::Permanent);
        QVERIFY(outcomes.value(u"13"_s).failure.kind == FailureKind::Retryable);
        QVERIFY(mailjetOutcomes(QJsonObject()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCampaignSendRules)
#include "TestCampaignSendRules.moc"
