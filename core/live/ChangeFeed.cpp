#include "core/live/ChangeFeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "core/logging/Logger.h"

namespace ops::live {

namespace {

const QString kChannel = QStringLiteral("ops_change");

int strength(QChar op)
{
    return op == u'D' ? 3 : (op == u'I' ? 2 : 1);
}

} // namespace

bool Change::touchesAny(const QSet<qint64> &set) const
{
    if (ids.isEmpty())
        return true;
    for (qint64 id : ids)
        if (set.contains(id))
            return true;
    return false;
}

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ops::live::Change>();
}

ChangeFeed::~ChangeFeed() = default;

std::optional<Change> ChangeFeed::parse(const QString &payload)
{
    // NOTIFY payloads are below 8000 bytes; anything far larger is not ours.
    if (payload.isEmpty() || payload.size() > 64 * 1024)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue t = o.value(QLatin1String("t"));
    const QJsonValue op = o.value(QLatin1String("op"));
    if (!t.isString() || t.toString().isEmpty() || !op.isString())
        return std::nullopt;
    const QString opText = op.toString();
    if (opText.size() != 1 || !QStringLiteral("IUD").contains(opText.at(0)))
        return std::nullopt;
    Change c;
    c.table = t.toString();
    c.op = opText.at(0);
    const QJsonValue ids = o.value(QLatin1String("ids"));
    if (ids.isArray()) {
        const QJsonArray a = ids.toArray();
        c.ids.reserve(a.size());
        for (const QJsonValue &v : a) {
            if (!v.isDouble())
                return std::nullopt;
            const double d = v.toDouble();
            const auto id = static_cast<qint64>(d);
            if (static_cast<double>(id) != d || id <= 0)
                return std::nullopt;
            c.ids.append(id);
        }
    } else if (!ids.isNull() && !ids.isUndefined()) {
        return std::nullopt;
    }
    return c;
}

void ChangeFeed::onNotification(const QString &channel, const QString &payload, int pid)
{
    if (channel != kChannel)
        return;
    auto parsed = parse(payload);
    if (!parsed) {
        ++m_malformed;
        ops::log::db()->warn("ignored a malformed {} payload from backend {} ({} chars)", channel, pid, payload.size());
        return;
    }
    Change &c = *parsed;
    auto it = m_pending.find(c.table);
    if (it == m_pending.end()) {
        Pending p;
        p.change = c;
        for (qint64 id : std::as_const(c.ids))
            p.seen.insert(id);
        p.timer = new QTimer(this);
        p.timer->setSingleShot(true);
        p.timer->setInterval(m_coalesceMs);
        const QString table = c.table;
        connect(p.timer, &QTimer::timeout, this, [this, table] { emitTable(table); });
        p.timer->start();
        m_pending.insert(c.table, std::move(p));
        return;
    }
    Pending &p = it.value();
    if (strength(c.op) > strength(p.change.op))
        p.change.op = c.op;
    if (p.change.many())
        return; // already "many"
    if (c.many()) {
        p.change.ids.clear();
        p.seen.clear();
        return;
    }
    for (qint64 id : std::as_const(c.ids)) {
        if (!p.seen.contains(id)) {
            p.seen.insert(id);
            p.change.ids.append(id);
        }
    }
    if (p.change.ids.size() > kMaxIdsPerChange) {
        p.change.ids.clear();
        p.seen.clear();
    }
}

void ChangeFeed::emitTable(const QString &table)
{
    auto it = m_pending.find(table);
    if (it == m_pending.end())
        return;
    Pending p = std::move(it.value());
    m_pending.erase(it);
    if (p.timer)
        p.timer->deleteLater();
    emit changed(p.change);
}

void ChangeFeed::flush()
{
    const QStringList tables = m_pending.keys();
    for (const QString &t : tables)
        emitTable(t);
}

} // namespace ops::live
