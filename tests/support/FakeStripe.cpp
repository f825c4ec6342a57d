#include "tests/support/FakeStripe.h"

#include <deque>
#include <mutex>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace ops::test {

namespace {

struct Answer
{
    int status = 200;
    QByteArray body;
    int retryAfter = 0;
    bool drop = false;
};

QMap<QString, QString> formOf(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray stripeError(const QString &type, const QString &code, const QString &message)
{
    return json(QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, type}, {u"code"_s, code}, {u"message"_s, message}}}});
}

} // namespace

struct FakeStripe::Shared
{
    mutable std::mutex mutex;
    QElapsedTimer clock;
    quint16 port = 0;
    int rateLimit = 0;
    int latencyMs = 0;
    int next429 = 0;
    int retryAfter = 1;
    int next500 = 0;
    int dropNext = 0;
    bool refuseKey = false;
    std::deque<qint64> window; // accepted arrivals in the last second
    int intentRequests = 0;
    int tooMany = 0;
    int withoutKey = 0;
    int mismatches = 0;
    QList<qint64> acceptedTimes;
    struct Keyed
    {
        QMap<QString, QString> params;
        Answer answer;
    };
    QHash<QString, Keyed> byKey;
    QHash<QString, QJsonObject> intents; // id -> PaymentIntent
    QMap<QString, QStringList> byInvoice;
    int nextIntent = 1;
    QList<QJsonObject> events; // oldest first
    int nextEvent = 1;

    // Under the lock.
    Answer createIntent(const QByteArray &key, const QByteArray &body)
    {
        const QMap<QString, QString> form = formOf(body);
        const QString k = QString::fromUtf8(key);
        const auto known = byKey.constFind(k);
        if (known != byKey.cend()) {
            if (known->params != form) {
                ++mismatches;
                return {400,
                    stripeError(u"idempotency_error"_s, QString(),
                        u"Keys for idempotent requests can only be used with the same parameters."_s)};
            }
            return known->answer;
        }
        const QString id = u"pi_fake%1"_s.arg(nextIntent++, 6, 10, QLatin1Char('0'));
        const QString pm = form.value(u"payment_method"_s);
        QJsonObject metadata;
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            if (it.key().startsWith(u"metadata["_s))
                metadata.insert(it.key().mid(9).chopped(1), it.value());
        QJsonObject pi{{u"id"_s, id}, {u"object"_s, u"payment_intent"_s},
            {u"amount"_s, form.value(u"amount"_s).toLongLong()}, {u"currency"_s, form.value(u"currency"_s)},
            {u"customer"_s, form.value(u"customer"_s)}, {u"payment_method"_s, pm}, {u"metadata"_s, metadata},
            {u"description"_s, form.value(u"description"_s)}};
        Answer a;
        if (pm.startsWith(u"pm_fail"_s)) {
            const QJsonObject err{{u"type"_s, u"card_error"_s}, {u"code"_s, u"card_declined"_s},
                {u"decline_code"_s, u"insufficient_funds"_s}, {u"message"_s, u"Your card has insufficient funds."_s}};
            pi.insert(u"status"_s, u"requires_payment_method"_s);
            pi.insert(u"amount_received"_s, 0);
            pi.insert(u"last_payment_error"_s, err);
            QJsonObject withIntent = err;
            withIntent.insert(u"payment_intent"_s, pi);
            a = {402, json(QJsonObject{{u"error"_s, withIntent}})};
        } else {
            const bool debit = pm.contains(u"acss"_s);
            pi.insert(u"status"_s, debit ? u"processing"_s : u"succeeded"_s);
            pi.insert(u"amount_received"_s, debit ? 0 : pi.value(u"amount"_s).toInteger());
            if (!debit)
                pi.insert(u"latest_charge"_s, u"ch_%1"_s.arg(id.mid(3)));
            a = {200, json(pi)};
        }
        intents.insert(id, pi);
        const QString invoice = metadata.value(u"ops_invoice_id"_s).toString();
        if (!byInvoice[invoice].contains(id))
            byInvoice[invoice].append(id);
        byKey.insert(k, Keyed{form, a});
        return a;
    }

    Answer listEvents(const QByteArray &target)
    {
        const QUrlQuery q(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
        const int limit = qBound(1, q.queryItemValue(u"limit"_s).toInt(), 100);
        const QString endingBefore = q.queryItemValue(u"ending_before"_s);
        qsizetype from = 0;
        if (!endingBefore.isEmpty()) {
            from = events.size();
            for (qsizetype i = 0; i < events.size(); ++i)
                if (events[i].value(u"id"_s).toString() == endingBefore)
                    from = i + 1;
        } else {
            from = std::max<qsizetype>(0, events.size() - limit); // the newest ones
        }
        QJsonArray data;
        const qsizetype to = std::min<qsizetype>(events.size(), from + limit);
        for (qsizetype i = to - 1; i >= from; --i)
            data.append(events[i]);
        return {200,
            json(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"url"_s, u"/v1/events"_s},
                {u"has_more"_s, to < events.size()}})};
    }
};

class FakeStripe::Worker : public QTcpServer
{
public:
    explicit Worker(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {}

    void shutdown()
    {
        close();
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            s->abort();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buf = m_buffers[socket];
        buf += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray key;
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "idempotency-key")
                    key = value;
            }
            if (buf.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buf.mid(headerEnd + 4, length);
            buf.remove(0, headerEnd + 4 + length);
            handle(socket, requestLine.value(0), requestLine.value(1), key, body);
        }
    }

    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target, const QByteArray &key,
        const QByteArray &body)
    {
        Answer a;
        int latency = 0;
        {
            std::lock_guard lock(m_shared->mutex);
            latency = m_shared->latencyMs;
            const qint64 now = m_shared->clock.elapsed();
            const bool intent = method == "POST" && target.startsWith("/v1/payment_intents");
            if (intent)
                ++m_shared->intentRequests;
            while (!m_shared->window.empty() && m_shared->window.front() <= now - 1000)
                m_shared->window.pop_front();
            if (m_shared->next429 > 0
                || (m_shared->rateLimit > 0 && static_cast<int>(m_shared->window.size()) >= m_shared->rateLimit)) {
                if (m_shared->next429 > 0)
                    --m_shared->next429;
                ++m_shared->tooMany;
                a = {429, stripeError(u"rate_limit_error"_s, u"rate_limit"_s, u"Too many requests."_s),
                    m_shared->retryAfter};
            } else {
                m_shared->window.push_back(now);
                if (intent)
                    m_shared->acceptedTimes.append(now);
                if (m_shared->refuseKey) {
                    a = {401, stripeError(u"authentication_error"_s, QString(), u"Invalid API Key provided."_s)};
                } else if (m_shared->next500 > 0) {
                    --m_shared->next500;
                    a = {500, stripeError(u"api_error"_s, QString(), u"Something went wrong."_s)};
                } else if (intent && key.isEmpty()) {
                    ++m_shared->withoutKey;
                    a = {400,
                        stripeError(u"invalid_request_error"_s, u"missing_idempotency_key"_s,
                            u"An Idempotency-Key is required."_s)};
                } else if (intent) {
                    const bool isNew = !m_shared->byKey.contains(QString::fromUtf8(key));
                    a = m_shared->createIntent(key, body);
                    if (isNew && m_shared->dropNext > 0) {
                        --m_shared->dropNext;
                        a.drop = true;
                    }
                } else if (method == "GET" && target.startsWith("/v1/events")) {
                    a = m_shared->listEvents(target);
                } else {
                    a = {404, stripeError(u"invalid_request_error"_s, u"resource_missing"_s, u"No such path."_s)};
                }
            }
        }
        QPointer<QTcpSocket> s(socket);
        const auto send = [s, a] {
            if (!s)
                return;
            if (a.drop) {
                s->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status)
                + " Status\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
            if (a.retryAfter > 0)
                out += "Retry-After: " + QByteArray::number(a.retryAfter) + "\r\n";
            out += "\r\n" + a.body;
            s->write(out);
        };
        if (latency > 0)
            QTimer::singleShot(latency, this, send);
        else
            send();
    }

    std::shared_ptr<Shared> m_shared;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

FakeStripe::FakeStripe()
    : m_shared(std::make_shared<Shared>())
{}

FakeStripe::~FakeStripe()
{
    stop();
}

bool FakeStripe::start()
{
    if (m_thread)
        return true;
    m_worker = new Worker(m_shared);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"fake-stripe"_s);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &ok] {
            m_shared->clock.start();
            ok = m_worker->listen(QHostAddress::LocalHost, 0);
            std::lock_guard lock(m_shared->mutex);
            m_shared->port = ok ? m_worker->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void FakeStripe::stop()
{
    if (!m_thread)
        return;
    Worker *worker = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

quint16 FakeStripe::port() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->port;
}

QUrl FakeStripe::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void FakeStripe::setRateLimit(int perSecond)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->rateLimit = perSecond;
}

void FakeStripe::setLatencyMs(int ms)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->latencyMs = ms;
}

void FakeStripe::failNextWith429(int count, int retryAfterSeconds)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->next429 = count;
    m_shared->retryAfter = retryAfterSeconds;
}

void FakeStripe::failNextWith500(int count)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->next500 = count;
}

void FakeStripe::dropNextAfterCreate(int count)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->dropNext = count;
}

void FakeStripe::setRefuseKey(bool refuse)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->refuseKey = refuse;
}

int FakeStripe::intentRequests() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->intentRequests;
}

int FakeStripe::intentsCreated() const
{
    std::lock_guard lock(m_shared->mutex);
    return static_cast<int>(m_shared->intents.size());
}

int FakeStripe::tooManyRequestsSent() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->tooMany;
}

int FakeStripe::requestsWithoutKey() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->withoutKey;
}

int FakeStripe::idempotencyMismatches() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->mismatches;
}

QMap<QString, QStringList> FakeStripe::intentsByInvoice() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->byInvoice;
}

QList<qint64> FakeStripe::acceptedIntentTimesMs() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->acceptedTimes;
}

int FakeStripe::maxAcceptedInAnySecond() const
{
    const QList<qint64> t = acceptedIntentTimesMs();
    int best = 0;
    qsizetype lo = 0;
    for (qsizetype hi = 0; hi < t.size(); ++hi) {
        while (t[hi] - t[lo] >= 1000)
            ++lo;
        best = std::max(best, static_cast<int>(hi - lo + 1));
    }
    return best;
}

QJsonObject FakeStripe::intent(const QString &id) const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->intents.value(id);
}

QString FakeStripe::addEvent(const QString &type, const QJsonObject &object)
{
    std::lock_guard lock(m_shared->mutex);
    const QString id = u"evt_fake%1"_s.arg(m_shared->nextEvent++, 6, 10, QLatin1Char('0'));
    m_shared->events.append(QJsonObject{{u"id"_s, id}, {u"object"_s, u"event"_s}, {u"type"_s, type},
        {u"created"_s, QDateTime::currentSecsSinceEpoch()}, {u"data"_s, QJsonObject{{u"object"_s, object}}}});
    return id;
}

QJsonObject FakeStripe::settledIntent(const QString &id, const QString &status) const
{
    QJsonObject pi = intent(id);
    pi.insert(u"status"_s, status);
    if (status == u"succeeded"_s) {
        pi.insert(u"amount_received"_s, pi.value(u"amount"_s).toInteger());
    } else {
        pi.insert(u"last_payment_error"_s,
            QJsonObject{{u"type"_s, u"card_error"_s}, {u"code"_s, u"payment_method_not_available"_s},
                {u"message"_s, u"The bank refused the pre-authorized debit."_s}});
    }
    return pi;
}

} // namespace ops::test
