#include "core/outbox/OutboxTypes.h"

#include <array>

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace ops::outbox {

namespace {

struct StatusName
{
    OutboxStatus status;
    const char *name;
};

constexpr std::array<StatusName, 6> kStatusNames{{{OutboxStatus::Pending, "pending"},
    {OutboxStatus::Sending, "sending"}, {OutboxStatus::Sent, "sent"}, {OutboxStatus::Failed, "failed"},
    {OutboxStatus::Ambiguous, "ambiguous"}, {OutboxStatus::Cancelled, "cancelled"}}};

constexpr std::array<const char *, 6> kProviders{"twilio", "mailjet", "stripe", "traccar", "genieacs", "test"};

QJsonArray pairsToJson(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonArray a;
    for (const auto &[k, v] : pairs)
        a.append(QJsonArray{k, v});
    return a;
}

// [[k, v], ...] or {k: v, ...}.
QList<std::pair<QString, QString>> pairsFromJson(const QJsonValue &v)
{
    QList<std::pair<QString, QString>> out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            const QJsonArray kv = e.toArray();
            if (kv.size() == 2)
                out.append(
                    {kv.at(0).toString(), kv.at(1).isString() ? kv.at(1).toString() : kv.at(1).toVariant().toString()});
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append({it.key(), it->isString() ? it->toString() : it->toVariant().toString()});
    }
    return out;
}

} // namespace

QString statusName(OutboxStatus s)
{
    for (const auto &e : kStatusNames) {
        if (e.status == s)
            return QString::fromLatin1(e.name);
    }
    return QStringLiteral("pending");
}

std::optional<OutboxStatus> statusFromName(const QString &name)
{
    for (const auto &e : kStatusNames) {
        if (name == QLatin1String(e.name))
            return e.status;
    }
    return std::nullopt;
}

bool isKnownProvider(const QString &provider)
{
    for (const char *p : kProviders) {
        if (provider == QLatin1String(p))
            return true;
    }
    return false;
}

QJsonObject OutboxRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(method.toUpper())}, {QStringLiteral("path"), path}};
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), pairsToJson(headers));
    if (!form.isEmpty())
        o.insert(QStringLiteral("form"), pairsToJson(form));
    if (json)
        o.insert(QStringLiteral("json"), *json);
    if (!body.isEmpty()) {
        o.insert(QStringLiteral("body"), QString::fromUtf8(body));
        o.insert(QStringLiteral("content_type"), QString::fromLatin1(contentType));
    }
    return o;
}

std::optional<OutboxRequest> OutboxRequest::fromJson(
    const QString &provider, const QString &operation, const QJsonObject &request)
{
    OutboxRequest r;
    r.provider = provider;
    r.operation = operation;
    r.method = request.value(u"method").toString().toLatin1().toUpper();
    r.path = request.value(u"path").toString();
    if (r.method.isEmpty() || r.path.isEmpty())
        return std::nullopt;
    r.headers = pairsFromJson(request.value(u"headers"));
    r.form = pairsFromJson(request.value(u"form"));
    if (request.value(u"json").isObject())
        r.json = request.value(u"json").toObject();
    r.body = request.value(u"body").toString().toUtf8();
    r.contentType = request.value(u"content_type").toString().toLatin1();
    return r;
}

namespace {

// The reason a path may lead elsewhere than under the provider's base URL; empty when it cannot.
QString pathProblem(const QString &fullPath)
{
    const QString path = fullPath.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    if (!path.startsWith(QLatin1Char('/')))
        return QStringLiteral("does not start with '/'");
    // Every decoding a server might apply (GenieACS ids are encoded twice): none may reveal a way out.
    QString decoded = path;
    for (int depth = 0; depth < 4; ++depth) {
        if (decoded.contains(QStringLiteral("//")))
            return QStringLiteral("holds '//'");
        for (const QChar c : decoded) {
            if (c == QLatin1Char('\\'))
                return QStringLiteral("holds a backslash");
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return QStringLiteral("holds a control character");
        }
        for (const QString &segment : decoded.split(QLatin1Char('/'))) {
            if (segment == u".." || segment == u".")
                return QStringLiteral("holds a '.' or '..' segment");
        }
        const QString next = QUrl::fromPercentEncoding(decoded.toUtf8());
        if (next == decoded)
            break;
        decoded = next;
    }
    return {};
}

} // namespace

Status OutboxRequest::checkPinned() const
{
    const auto refused = [this](const QString &detail) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox",
                "The request for %1 leads outside the service's address or overrides its credentials, so it was "
                "refused and nothing was sent.")
                .arg(provider),
            detail);
    };
    if (const QString problem = pathProblem(path); !problem.isEmpty())
        return refused(QStringLiteral("outbox path '%1' %2").arg(path.left(200), problem));
    static const char *const kReserved[] = {
        "authorization", "proxy-authorization", "host", "cookie", "idempotency-key"};
    for (const auto &[name, value] : headers) {
        for (const char *reserved : kReserved) {
            if (name.trimmed().compare(QLatin1String(reserved), Qt::CaseInsensitive) == 0)
                return refused(QStringLiteral("outbox header '%1' may not be set by a row").arg(name.left(100)));
        }
    }
    return success();
}

bool OutboxItem::isIdempotent() const
{
    const QString method = request.value(u"method").toString().toUpper();
    return provider == u"stripe" || method == u"GET" || method == u"HEAD" || method == u"OPTIONS";
}

} // namespace ops::outbox
