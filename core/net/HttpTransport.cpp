#include "core/net/HttpTransport.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QTimer>

namespace ops::net {

namespace {

using Transport = AttemptResult::Transport;

// A request body Qt can send once and never rewind. Qt 6.4's HTTP/1 channel silently re-sends the current request
// when the connection closes before the status line (QHttpNetworkConnectionChannel::handleUnexpectedEOF), whatever
// the method: a lost answer would become a second POST that neither the retry policy nor the rate limiter sees.
// A re-send must rewind the body first; this one refuses, so Qt fails the reply with ContentReSendError instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool wasRead() const { return m_pos > 0; } // Qt reads the first chunk only to write it with the headers
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_pos = 0;
};

// Qt reports HTTP error statuses as NetworkErrors in these ranges; the status code is what counts then.
bool isHttpStatusError(QNetworkReply::NetworkError e)
{
    if (e == QNetworkReply::ContentReSendError)
        return false;
    const int code = static_cast<int>(e);
    return (code >= 201 && code <= 299) || (code >= 301 && code <= 399) || (code >= 401 && code <= 499);
}

Transport transportFor(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::NoError:
        return Transport::Completed;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Transport::Refused;
    case QNetworkReply::HostNotFoundError:
        return Transport::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout looks like when we did not abort
    case QNetworkReply::ProxyTimeoutError:
        return Transport::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Transport::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed early, and the one-shot body refused Qt's silent re-send
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return Transport::ConnectionLost;
    default:
        return Transport::Other;
    }
}

QNetworkRequest buildRequest(
    const HttpRequest &request, const QUrl &url, int timeoutMs, const QList<QSslCertificate> &extraCa)
{
    QNetworkRequest nr(url);
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.idempotencyKey.isEmpty())
        nr.setRawHeader(QByteArrayLiteral("Idempotency-Key"), request.idempotencyKey.toUtf8());
    nr.setTransferTimeout(timeoutMs);
    // HTTP/1.1 only: how "lost before sending" (retryable) is told apart from "lost after sending" (ambiguous), and
    // how Qt's silent re-sends are blocked (OneShotBody), was verified against Qt's HTTP/1 handler only.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect would re-send the request elsewhere; it comes back as an answer instead.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!request.isSafeMethod()) { // streamed from a OneShotBody, never buffered into something rewindable
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // never relaxed; sslErrors are never ignored
        if (!extraCa.isEmpty())
            ssl.addCaCertificates(extraCa);
        nr.setSslConfiguration(ssl);
    }
    return nr;
}

} // namespace

AttemptResult performAttempt(QNetworkAccessManager &nam, const HttpRequest &request, const QUrl &url, int timeoutMs,
    const QList<QSslCertificate> &extraCaCertificates, qint64 maxBodyBytes, const std::function<bool()> &cancelled)
{
    AttemptResult result;
    const QNetworkRequest nr = buildRequest(request, url, timeoutMs, extraCaCertificates);

    QElapsedTimer clock;
    clock.start();
    OneShotBody body(request.body); // declared before the reply, which reads it until it is destroyed
    const std::unique_ptr<QNetworkReply> reply(request.isSafeMethod()
            ? nam.sendCustomRequest(nr, request.method, request.body)
            : nam.sendCustomRequest(nr, request.method, &body));

    QEventLoop loop;
    bool abortedByUs = false;
    bool tooLarge = false;
    QByteArray received; // read as it arrives: Qt's own buffer stays small, and the cap is enforced on the way
    constexpr qint64 kReadChunk = 64 * 1024;
    reply->setReadBufferSize(kReadChunk);
    const auto overCap = [&] {
        if (tooLarge)
            return;
        tooLarge = true;
        reply->abort(); // emits finished
    };
    QStringList sslErrors;
    // Evidence that request bytes reached the connection. Qt 6.4 does not deliver requestSent (6.3 API) for HTTP/1,
    // so the reliable evidence is a non-empty OneShotBody having been read; a request whose writing cannot be
    // observed (safe methods, empty bodies) counts as possibly sent once a connection may have existed.
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, [&result] { result.requestSent = true; });
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, [&result](qint64 sent, qint64) {
        if (sent > 0)
            result.requestSent = true;
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&result, &reply, &overCap, maxBodyBytes] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            result.requestSent = true;
            result.responseStarted = true;
        }
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && announced > maxBodyBytes)
            overCap();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (tooLarge)
            return;
        if (received.size() + reply->bytesAvailable() > maxBodyBytes) {
            overCap();
            return;
        }
        received += reply->readAll();
    });
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors.append(e.errorString());
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!abortedByUs && cancelled && cancelled()) {
            abortedByUs = true;
            reply->abort(); // emits finished
        }
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    HttpResponse &r = result.response;
    r.elapsedMs = clock.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        r.status = status.toInt();
        r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        r.headers = reply->rawHeaderPairs();
        result.responseStarted = true;
        result.requestSent = true;
    }
    if (!tooLarge && reply->isOpen()) {
        received += reply->readAll();
        tooLarge = received.size() > maxBodyBytes;
    }
    if (tooLarge)
        received.clear();
    r.body = std::move(received);

    const bool observable = !request.isSafeMethod() && !request.body.isEmpty();
    result.requestSent = result.requestSent || body.wasRead() || !observable;

    const QNetworkReply::NetworkError error = reply->error();
    if (abortedByUs) {
        result.transport = Transport::Cancelled;
    } else if (tooLarge) {
        result.transport = Transport::TooLarge;
        result.transportError = QStringLiteral("response body larger than %1 bytes, aborted").arg(maxBodyBytes);
    } else if (error == QNetworkReply::NoError || (isHttpStatusError(error) && r.status > 0)) {
        result.transport = Transport::Completed;
    } else {
        result.transport = transportFor(error);
        result.transportError = reply->errorString();
        if (result.transport == Transport::Refused || result.transport == Transport::HostNotFound
            || result.transport == Transport::Tls)
            result.requestSent = false; // no connection, or no verified one: not a byte of the request left
        if (!sslErrors.isEmpty())
            result.transportError += QStringLiteral(" (") + sslErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    return result;
}

} // namespace ops::net
