#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace ops::test {

class FakeHttpServer;

// A fake of Mailjet's Send API v3.1 (POST /v3.1/send) on 127.0.0.1, over FakeHttpServer (its own thread). Answers a
// batch with per-message results in order, each with its CustomID: success with a MessageID, or, for an address whose
// local part starts with "bad", Mailjet's own error (400, "mj-0013", "... is an invalid email address."); a batch with
// any failed message is answered 400, as Mailjet does. An address starting with "busy" gets a temporary message
// error (503, "mj-0002") the first time it arrives, success afterwards. Faults: the next batches answered with a status
// (503, 429) and Mailjet's error body, the next batches dropped after the status line (the client cannot know what was
// sent), a latency. Records, per CustomID, how many times a message was received and how many times it was accepted
// (success), and the arrival time of every batch with its number of messages (for the "never above the limit in any 1
// s" check). Thread-safe.
class FakeMailjet
{
public:
    static constexpr const char *kPath = "/v3.1/send";

    FakeMailjet();
    ~FakeMailjet();
    FakeMailjet(const FakeMailjet &) = delete;
    FakeMailjet &operator=(const FakeMailjet &) = delete;

    bool start(); // false: see error()
    QString error() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void setLatencyMs(int ms);
    void failNextBatches(int count, int status); // whole batches: 503 / 429 / 500 with Mailjet's error body
    void dropNextBatches(int count);

    QHash<QString, int> received() const; // CustomID -> times it arrived in a batch (dropped ones included)
    QHash<QString, int> accepted() const; // CustomID -> times it was answered success
    QList<QString> dropped() const; // CustomIDs of the dropped batches
    int batches() const;
    int messages() const; // messages received, all batches
    int maxMessagesInAnySecond() const; // over the batches received (not refused with a fault status)
    qint64 firstArrivalMs() const;
    qint64 lastArrivalMs() const;
    void clearRequestLog(); // forgets the HTTP log kept by the server (its memory), not the counters above

    struct State;

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<FakeHttpServer> m_server;
};

} // namespace ops::test
