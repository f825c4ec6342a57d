#pragma once

#include <functional>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

class QThread;

namespace ops::test {

using FakeHeaders = QList<std::pair<QByteArray, QByteArray>>;

// What the fake does with one request. Build them with the static helpers.
struct FakeBehaviour
{
    enum class Kind
    {
        Respond, // status, headers, body after delayMs
        CloseAfterHeaders, // status line, headers (Content-Length larger than what follows), part of the body, close
        CloseImmediately, // read the request, close the connection without answering
        NeverAnswer, // read the request, keep the connection open, never answer
    };

    Kind kind = Kind::Respond;
    int status = 200;
    FakeHeaders headers;
    QByteArray body;
    int delayMs = 0;

    static FakeBehaviour respond(
        int status, const QByteArray &body = {}, const FakeHeaders &headers = {}, int delayMs = 0);
    static FakeBehaviour json(int status, const QByteArray &json, int delayMs = 0);
    static FakeBehaviour closeAfterHeaders(int status = 200, const QByteArray &partialBody = "{\"id\":");
    static FakeBehaviour closeImmediately();
    static FakeBehaviour neverAnswer();
    static FakeBehaviour tooManyRequests(int retryAfterSeconds); // 429, Retry-After: <seconds>
    static FakeBehaviour tooManyRequestsUntil(const QDateTime &when); // 429, Retry-After: <IMF-fixdate>
    static FakeBehaviour serverError(int status = 500, const QByteArray &body = "{\"error\":\"internal\"}");
    static FakeBehaviour malformedJson(int status = 200); // Content-Type application/json, truncated JSON
    static FakeBehaviour twilioTooManyRequests(int status = 429); // Twilio's 20429 error body
    static FakeBehaviour fromBody(int status, const QByteArray &body, const QByteArray &contentType);
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path; // without the query
    FakeHeaders headers;
    QByteArray body;
    QDateTime receivedAt; // UTC, ms precision
    qint64 receivedMs = 0; // monotonic ms since the server started
    int connection = 0; // 1, 2, ... in accept order

    QByteArray header(const QByteArray &name) const;
};

// A throwaway CA and a server certificate for 127.0.0.1 (CN and subjectAltName IP:127.0.0.1), made by the openssl
// CLI in dir. Blocks for the few hundred ms openssl takes.
struct TestTlsFiles
{
    QString caFile; // PEM CA certificate: the file to trust
    QString certFile; // PEM server certificate, signed by the CA
    QString keyFile; // PEM server key (EC P-256)

    static TestTlsFiles generate(const QString &dir, QString *error);
};

// HTTP/1.1 fault-injection server on 127.0.0.1 (port chosen by the OS), running on its own thread so that tests can
// block in code under test while it answers. Behaviours are queued per path (query ignored) and used in order; when
// a path's queue is empty its fallback is used, else 404. Every request is recorded. Thread-safe.
class FakeHttpServer
{
public:
    struct Tls
    {
        QString certFile;
        QString keyFile;
    };

    FakeHttpServer();
    explicit FakeHttpServer(const Tls &tls); // HTTPS with that certificate
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    bool start(); // false: see error()
    void stop();
    QString error() const;
    quint16 port() const;
    QUrl url(const QString &path = {}) const; // http(s)://127.0.0.1:<port><path>

    void enqueue(const QByteArray &path, const FakeBehaviour &behaviour);
    void setFallback(const QByteArray &path, const FakeBehaviour &behaviour);
    // A fake that answers from the request itself (FakeMailjet's per-message results): used for path when its queue
    // is empty, before the fallback. Called on the server's thread, outside its lock.
    using Handler = std::function<FakeBehaviour(const ReceivedRequest &)>;
    void setHandler(const QByteArray &path, Handler handler);

    QList<ReceivedRequest> requests() const;
    QList<ReceivedRequest> requests(const QByteArray &path) const;
    int requestCount(const QByteArray &path = {}) const;
    int connectionCount() const; // accepted connections (TLS: whether or not the handshake succeeded)
    int tlsHandshakes() const; // completed TLS handshakes
    int maxPending() const; // most requests read but not yet answered at the same time
    int abandonedByClient() const; // requests whose connection the client closed before the answer
    void clearRecords();

    class Worker;
    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace ops::test
