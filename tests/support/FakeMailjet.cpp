#include "tests/support/FakeMailjet.h"

#include <deque>
#include <mutex>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/support/FakeHttpServer.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::test {

struct FakeMailjet::State
{
    mutable std::mutex mutex;
    int latencyMs = 0;
    int failNext = 0;
    int failStatus = 503;
    int dropNext = 0;
    qint64 nextMessageId = 576460752303423488LL; // Mailjet's ids are 64-bit
    QHash<QString, int> received;
    QHash<QString, int> accepted;
    QList<QString> dropped;
    int batches = 0;
    int messages = 0;
    QList<std::pair<qint64, int>> arrivals; // ms, messages (batches not refused with a fault)

    FakeBehaviour answer(const ReceivedRequest &request)
    {
        const QJsonArray in = QJsonDocument::fromJson(request.body).object().value(u"Messages").toArray();
        std::lock_guard lock(mutex);
        ++batches;
        messages += int(in.size());
        QList<QString> ids;
        for (const QJsonValue &v : in) {
            const QString id = v.toObject().value(u"CustomID").toString();
            ids << id;
            ++received[id];
        }
        if (failNext > 0) {
            --failNext;
            const QJsonObject e{{u"ErrorIdentifier"_s, u"f0e0"_s}, {u"StatusCode"_s, failStatus},
                {u"ErrorMessage"_s, failStatus == 429 ? u"Too many requests"_s : u"Service unavailable"_s}};
            return FakeBehaviour::json(failStatus, QJsonDocument(e).toJson(QJsonDocument::Compact), latencyMs);
        }
        arrivals.append({request.receivedMs, int(in.size())});
        if (dropNext > 0) {
            --dropNext;
            dropped << ids;
            return FakeBehaviour::closeAfterHeaders(200, "{\"Messages\":[");
        }
        QJsonArray out;
        bool anyFailed = false;
        for (const QJsonValue &v : in) {
            const QJsonObject m = v.toObject();
            const QString id = m.value(u"CustomID").toString();
            const QString email = m.value(u"To").toArray().at(0).toObject().value(u"Email").toString();
            if (email.startsWith(u"busy") && received.value(id) == 1) {
                anyFailed = true;
                out.append(QJsonObject{{u"Status"_s, u"error"_s}, {u"CustomID"_s, id},
                    {u"Errors"_s,
                        QJsonArray{QJsonObject{{u"ErrorIdentifier"_s, u"9ff0"_s}, {u"ErrorCode"_s, u"mj-0002"_s},
                            {u"StatusCode"_s, 503}, {u"ErrorMessage"_s, u"Temporary failure, try again later."_s}}}}});
                continue;
            }
            if (email.startsWith(u"bad")) {
                anyFailed = true;
                out.append(QJsonObject{{u"Status"_s, u"error"_s}, {u"CustomID"_s, id},
                    {u"Errors"_s,
                        QJsonArray{QJsonObject{{u"ErrorIdentifier"_s, u"1ab23cd4"_s}, {u"ErrorCode"_s, u"mj-0013"_s},
                            {u"StatusCode"_s, 400},
                            {u"ErrorMessage"_s, u"\"%1\" is an invalid email address."_s.arg(email)},
                            {u"ErrorRelatedTo"_s, QJsonArray{u"To[0].Email"_s}}}}}});
                continue;
            }
            ++accepted[id];
            const qint64 messageId = nextMessageId++;
            out.append(QJsonObject{{u"Status"_s, u"success"_s}, {u"CustomID"_s, id},
                {u"To"_s,
                    QJsonArray{QJsonObject{{u"Email"_s, email}, {u"MessageUUID"_s, u"uuid-%1"_s.arg(messageId)},
                        {u"MessageID"_s, messageId},
                        {u"MessageHref"_s, u"https://api.mailjet.com/v3/REST/message/%1"_s.arg(messageId)}}}},
                {u"Cc"_s, QJsonArray()}, {u"Bcc"_s, QJsonArray()}});
        }
        return FakeBehaviour::json(anyFailed ? 400 : 200,
            QJsonDocument(QJsonObject{{u"Messages"_s, out}}).toJson(QJsonDocument::Compact), latencyMs);
    }
};

FakeMailjet::FakeMailjet()
    : m_state(std::make_shared<State>())
    , m_server(std::make_unique<FakeHttpServer>())
{
    m_server->setHandler(kPath, [state = m_state](const ReceivedRequest &r) { return state->answer(r); });
}

FakeMailjet::~FakeMailjet() = default;

bool FakeMailjet::start()
{
    return m_server->start();
}

QString FakeMailjet::error() const
{
    return m_server->error();
}

QUrl FakeMailjet::url() const
{
    return m_server->url();
}

void FakeMailjet::setLatencyMs(int ms)
{
    std::lock_guard lock(m_state->mutex);
    m_state->latencyMs = ms;
}

void FakeMailjet::failNextBatches(int count, int status)
{
    std::lock_guard lock(m_state->mutex);
    m_state->failNext = count;
    m_state->failStatus = status;
}

void FakeMailjet::dropNextBatches(int count)
{
    std::lock_guard lock(m_state->mutex);
    m_state->dropNext = count;
}

QHash<QString, int> FakeMailjet::received() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->received;
}

QHash<QString, int> FakeMailjet::accepted() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->accepted;
}

QList<QString> FakeMailjet::dropped() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->dropped;
}

int FakeMailjet::batches() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->batches;
}

int FakeMailjet::messages() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->messages;
}

int FakeMailjet::maxMessagesInAnySecond() const
{
    std::lock_guard lock(m_state->mutex);
    std::deque<std::pair<qint64, int>> window;
    int inWindow = 0;
    int best = 0;
    for (const auto &a : m_state->arrivals) {
        window.push_back(a);
        inWindow += a.second;
        while (!window.empty() && window.front().first <= a.first - 1000) {
            inWindow -= window.front().second;
            window.pop_front();
        }
        best = std::max(best, inWindow);
    }
    return best;
}

qint64 FakeMailjet::firstArrivalMs() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->arrivals.isEmpty() ? 0 : m_state->arrivals.first().first;
}

qint64 FakeMailjet::lastArrivalMs() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->arrivals.isEmpty() ? 0 : m_state->arrivals.last().first;
}

void FakeMailjet::clearRequestLog()
{
    m_server->clearRecords();
}

} // namespace ops::test
