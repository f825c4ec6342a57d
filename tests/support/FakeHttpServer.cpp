#include "tests/support/FakeHttpServer.h"

#include <mutex>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ops::test {

namespace {

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {{200, "OK"}, {201, "Created"}, {202, "Accepted"},
        {204, "No Content"}, {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {409, "Conflict"}, {422, "Unprocessable Entity"}, {429, "Too Many Requests"}, {500, "Internal Server Error"},
        {502, "Bad Gateway"}, {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    return phrases.value(status, "Status");
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
}

QByteArray findIn(const FakeHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// ---- behaviours ----

FakeBehaviour FakeBehaviour::respond(int status, const QByteArray &body, const FakeHeaders &headers, int delayMs)
{
    FakeBehaviour b;
    b.status = status;
    b.body = body;
    b.headers = headers;
    b.delayMs = delayMs;
    return b;
}

FakeBehaviour FakeBehaviour::json(int status, const QByteArray &json, int delayMs)
{
    return respond(status, json, {{"Content-Type", "application/json"}}, delayMs);
}

FakeBehaviour FakeBehaviour::fromBody(int status, const QByteArray &body, const QByteArray &contentType)
{
    return respond(status, body, {{"Content-Type", contentType}});
}

FakeBehaviour FakeBehaviour::closeAfterHeaders(int status, const QByteArray &partialBody)
{
    FakeBehaviour b = json(status, partialBody);
    b.kind = Kind::CloseAfterHeaders;
    return b;
}

FakeBehaviour FakeBehaviour::closeImmediately()
{
    FakeBehaviour b;
    b.kind = Kind::CloseImmediately;
    return b;
}

FakeBehaviour FakeBehaviour::neverAnswer()
{
    FakeBehaviour b;
    b.kind = Kind::NeverAnswer;
    return b;
}

FakeBehaviour FakeBehaviour::tooManyRequests(int retryAfterSeconds)
{
    return respond(429, R"({"error":{"type":"rate_limit_error","message":"Too many requests"}})",
        {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(retryAfterSeconds)}});
}

FakeBehaviour FakeBehaviour::tooManyRequestsUntil(const QDateTime &when)
{
    return respond(429, R"({"error":{"type":"rate_limit_error","message":"Too many requests"}})",
        {{"Content-Type", "application/json"}, {"Retry-After", httpDate(when)}});
}

FakeBehaviour FakeBehaviour::serverError(int status, const QByteArray &body)
{
    return json(status, body);
}

FakeBehaviour FakeBehaviour::malformedJson(int status)
{
    return json(status, R"({"sid": "SM123", "status": "queued", )");
}

FakeBehaviour FakeBehaviour::twilioTooManyRequests(int status)
{
    return json(status,
        R"({"code": 20429, "message": "Too Many Requests", )"
        R"("more_info": "https://www.twilio.com/docs/errors/20429", "status": 429})");
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    return findIn(headers, name);
}

// ---- TLS files ----

TestTlsFiles TestTlsFiles::generate(const QString &dir, QString *error)
{
    const auto run = [&dir](const QStringList &args, QString *err) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *err = QStringLiteral("openssl %1 failed: %2 %3")
                       .arg(args.value(0), p.errorString(), QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    };
    TestTlsFiles f;
    QDir d(dir);
    f.caFile = d.filePath(QStringLiteral("ca.pem"));
    f.certFile = d.filePath(QStringLiteral("server.pem"));
    f.keyFile = d.filePath(QStringLiteral("server.key"));
    QFile ext(d.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return {};
    }
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature,keyAgreement\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    const QString serial = QString::number(QRandomGenerator::global()->bounded(1000000, 1000000000));
    QString err;
    const bool ok =
        run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Targo Ops Test CA"_s, u"-addext"_s,
                u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s},
            &err)
        && run({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
                   u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s},
            &err)
        && run({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                   u"-set_serial"_s, serial, u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s, u"-out"_s,
                   u"server.pem"_s},
            &err);
    if (!ok) {
        *error = err;
        return {};
    }
    return f;
}

// ---- server ----

struct FakeHttpServer::Shared
{
    mutable std::mutex mutex;
    QHash<QByteArray, QList<FakeBehaviour>> queues;
    QHash<QByteArray, FakeBehaviour> fallbacks;
    QHash<QByteArray, FakeHttpServer::Handler> handlers;
    QList<ReceivedRequest> records;
    QElapsedTimer clock;
    QString error;
    quint16 port = 0;
    bool tls = false;
    int connections = 0;
    int handshakes = 0;
    int pending = 0;
    int maxPending = 0;
    int abandoned = 0;

    FakeBehaviour take(const ReceivedRequest &request)
    {
        FakeHttpServer::Handler handler;
        {
            std::lock_guard lock(mutex);
            auto it = queues.find(request.path);
            if (it != queues.end() && !it->isEmpty())
                return it->takeFirst();
            handler = handlers.value(request.path);
            if (!handler) {
                const auto fb = fallbacks.constFind(request.path);
                if (fb != fallbacks.cend())
                    return *fb;
                return FakeBehaviour::json(404, R"({"error":"no behaviour for this path"})");
            }
        }
        return handler(request);
    }
};

class FakeHttpServer::Worker : public QTcpServer
{
public:
    Worker(std::shared_ptr<Shared> shared, QSslCertificate cert, QSslKey key)
        : m_shared(std::move(shared))
        , m_cert(std::move(cert))
        , m_key(std::move(key))
    {}

    void shutdown()
    {
        close();
        const auto sockets = m_conns.keys();
        for (QTcpSocket *s : sockets) {
            s->abort();
            finalize(s);
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Conn
    {
        QByteArray buffer;
        int id = 0;
        int pending = 0;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, ReceivedRequest request);
    void writeResponse(QTcpSocket *socket, const FakeBehaviour &b, bool closeAfter);
    void finalize(QTcpSocket *socket); // idempotent: bookkeeping of a connection that is gone
    void setPending(QTcpSocket *socket, int delta);

    std::shared_ptr<Shared> m_shared;
    QSslCertificate m_cert;
    QSslKey m_key;
    QHash<QTcpSocket *, Conn> m_conns;
    int m_nextId = 1;
};

void FakeHttpServer::Worker::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_shared->tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        ssl->setLocalCertificate(m_cert);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            std::lock_guard lock(m_shared->mutex);
            ++m_shared->handshakes;
        });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    m_conns.insert(socket, Conn{{}, m_nextId++, 0});
    {
        std::lock_guard lock(m_shared->mutex);
        ++m_shared->connections;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { finalize(socket); });
}

void FakeHttpServer::Worker::onReadyRead(QTcpSocket *socket)
{
    auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return;
    it->buffer += socket->readAll();
    for (;;) {
        it = m_conns.find(socket);
        if (it == m_conns.end())
            return;
        QByteArray &buf = it->buffer;
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        ReceivedRequest r;
        r.method = requestLine.value(0);
        r.target = requestLine.value(1);
        r.path = r.target.split('?').value(0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = findIn(r.headers, "Content-Length").toLongLong();
        if (buf.size() < headerEnd + 4 + length)
            return;
        r.body = buf.mid(headerEnd + 4, length);
        buf.remove(0, headerEnd + 4 + length);
        r.connection = it->id;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        handle(socket, std::move(r));
    }
}

void FakeHttpServer::Worker::handle(QTcpSocket *socket, ReceivedRequest request)
{
    const bool closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    {
        std::lock_guard lock(m_shared->mutex);
        request.receivedMs = m_shared->clock.elapsed();
        m_shared->records.append(request);
    }
    const FakeBehaviour b = m_shared->take(request);
    switch (b.kind) {
    case FakeBehaviour::Kind::CloseImmediately:
        socket->abort();
        finalize(socket);
        return;
    case FakeBehaviour::Kind::NeverAnswer:
        setPending(socket, +1); // until the client gives up
        return;
    case FakeBehaviour::Kind::CloseAfterHeaders: {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(b.status) + ' ' + reasonPhrase(b.status) + "\r\n";
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(b.body.size() + 1000)
            + "\r\n\r\n";
        socket->write(head + b.body);
        socket->disconnectFromHost(); // after the bytes are written
        return;
    }
    case FakeBehaviour::Kind::Respond:
        break;
    }
    if (b.delayMs <= 0) {
        writeResponse(socket, b, closeAfter);
        return;
    }
    setPending(socket, +1);
    QTimer::singleShot(b.delayMs, socket, [this, socket, b, closeAfter] {
        if (!m_conns.contains(socket))
            return;
        setPending(socket, -1);
        writeResponse(socket, b, closeAfter);
    });
}

void FakeHttpServer::Worker::writeResponse(QTcpSocket *socket, const FakeBehaviour &b, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(b.status) + ' ' + reasonPhrase(b.status) + "\r\n";
    out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "Content-Length: " + QByteArray::number(b.body.size()) + "\r\n";
    out += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &[name, value] : b.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + b.body;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

void FakeHttpServer::Worker::setPending(QTcpSocket *socket, int delta)
{
    auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return;
    it->pending += delta;
    std::lock_guard lock(m_shared->mutex);
    m_shared->pending += delta;
    m_shared->maxPending = std::max(m_shared->maxPending, m_shared->pending);
}

void FakeHttpServer::Worker::finalize(QTcpSocket *socket)
{
    const auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return;
    if (it->pending > 0) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->pending -= it->pending;
        m_shared->abandoned += it->pending;
    }
    m_conns.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

FakeHttpServer::FakeHttpServer()
    : m_shared(std::make_shared<Shared>())
{}

FakeHttpServer::FakeHttpServer(const Tls &tls)
    : FakeHttpServer()
{
    m_shared->tls = true;
    QFile certFile(tls.certFile);
    QFile keyFile(tls.keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_shared->error = QStringLiteral("cannot read %1 or %2").arg(tls.certFile, tls.keyFile);
        return;
    }
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        m_shared->error = QStringLiteral("invalid certificate or key");
        return;
    }
    m_worker = new Worker(m_shared, cert, key);
}

FakeHttpServer::~FakeHttpServer()
{
    stop();
    delete m_worker; // never started: it still belongs to this thread
}

bool FakeHttpServer::start()
{
    if (!m_shared->error.isEmpty())
        return false;
    if (m_thread)
        return true;
    if (!m_worker)
        m_worker = new Worker(m_shared, QSslCertificate(), QSslKey());
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("fake-http"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &ok] {
            m_shared->clock.start();
            ok = m_worker->listen(QHostAddress::LocalHost, 0);
            std::lock_guard lock(m_shared->mutex);
            if (ok)
                m_shared->port = m_worker->serverPort();
            else
                m_shared->error = m_worker->errorString();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void FakeHttpServer::stop()
{
    if (!m_thread)
        return;
    Worker *worker = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker; // in its own thread
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

QString FakeHttpServer::error() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->error;
}

quint16 FakeHttpServer::port() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->port;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_shared->tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

void FakeHttpServer::enqueue(const QByteArray &path, const FakeBehaviour &behaviour)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->queues[path].append(behaviour);
}

void FakeHttpServer::setHandler(const QByteArray &path, Handler handler)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->handlers.insert(path, std::move(handler));
}

void FakeHttpServer::setFallback(const QByteArray &path, const FakeBehaviour &behaviour)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->fallbacks.insert(path, behaviour);
}

QList<ReceivedRequest> FakeHttpServer::requests() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->records;
}

QList<ReceivedRequest> FakeHttpServer::requests(const QByteArray &path) const
{
    QList<ReceivedRequest> out;
    std::lock_guard lock(m_shared->mutex);
    for (const ReceivedRequest &r : m_shared->records) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

int FakeHttpServer::requestCount(const QByteArray &path) const
{
    return static_cast<int>(path.isEmpty() ? requests().size() : requests(path).size());
}

int FakeHttpServer::connectionCount() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->connections;
}

int FakeHttpServer::tlsHandshakes() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->handshakes;
}

int FakeHttpServer::maxPending() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->maxPending;
}

int FakeHttpServer::abandonedByClient() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->abandoned;
}

void FakeHttpServer::clearRecords()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->records.clear();
    m_shared->maxPending = m_shared->pending;
    m_shared->abandoned = 0;
}

} // namespace ops::test
