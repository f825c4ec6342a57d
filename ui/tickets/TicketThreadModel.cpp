#include "ui/tickets/TicketThreadModel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using ops::tickets::TicketMessage;

TicketThreadModel::TicketThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{}

TicketThreadModel::~TicketThreadModel() = default;

QString TicketThreadModel::channelLabel(const QString &channel)
{
    if (channel == "email"_L1)
        return tr("E-mail", "message channel");
    if (channel == "phone"_L1)
        return tr("Phone", "message channel");
    if (channel == "sms"_L1)
        return tr("SMS", "message channel");
    if (channel == "note"_L1)
        return tr("Note", "message channel");
    if (channel == "portal"_L1)
        return tr("Reply", "message channel");
    return channel;
}

QString TicketThreadModel::deliveryLabel(const QString &delivery)
{
    if (delivery == "queued"_L1)
        return tr("Queued", "delivery");
    if (delivery == "sending"_L1)
        return tr("Sending", "delivery");
    if (delivery == "sent"_L1)
        return tr("Sent", "delivery");
    if (delivery == "failed"_L1)
        return tr("Failed", "delivery");
    if (delivery == "ambiguous"_L1)
        return tr("Unconfirmed", "delivery: the provider's answer was lost");
    if (delivery == "cancelled"_L1)
        return tr("Cancelled", "delivery");
    return delivery;
}

TicketThreadModel::Row TicketThreadModel::makeRow(const TicketMessage &m) const
{
    Row r;
    r.message = m;
    r.time = QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
    r.channel = m.sentTo.isEmpty() ? channelLabel(m.channel)
                                   : tr("%1 to %2", "channel to address").arg(channelLabel(m.channel), m.sentTo);
    if (m.body.size() > kMaxShownChars)
        r.shown = tr("%1\n… (%2 more characters not shown)")
                      .arg(m.body.left(kMaxShownChars), QLocale().toString(m.body.size() - kMaxShownChars));
    else
        r.shown = m.body;
    // Line breaks for QTextLayout (the delegate lays the text out itself).
    r.shown.remove(QLatin1Char('\r'));
    r.shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    r.accessible = m.internal ? tr("Internal note by %1, %2").arg(m.authorName, r.time)
                              : tr("Message by %1, %2").arg(m.authorName, r.time);
    describeDelivery(r);
    return r;
}

void TicketThreadModel::describeDelivery(Row &r)
{
    const TicketMessage &m = r.message;
    r.delivery = deliveryLabel(m.delivery);
    if (m.delivery == "failed"_L1 || m.delivery == "ambiguous"_L1)
        r.tip = m.deliveryError.isEmpty() ? r.delivery : tr("%1: %2").arg(r.delivery, m.deliveryError);
    else if (m.delivery == "sent"_L1 && !m.deliveryRef.isEmpty())
        r.tip = tr("Sent (provider's id %1)").arg(m.deliveryRef);
    else
        r.tip = r.delivery;
}

QList<qint64> TicketThreadModel::undeliveredMessageIds() const
{
    QList<qint64> ids;
    for (const Row &r : m_rows) {
        if (r.message.isOutbound() && !r.message.deliveryFinal())
            ids << r.message.id;
    }
    return ids;
}

bool TicketThreadModel::hasOutboxRow(const QList<qint64> &outboxIds) const
{
    for (const Row &r : m_rows) {
        if (r.message.isOutbound() && !r.message.deliveryFinal()
            && (outboxIds.isEmpty() || outboxIds.contains(r.message.outboxId)))
            return true;
    }
    return false;
}

int TicketThreadModel::applyDeliveries(const QList<ops::tickets::MessageDelivery> &deliveries)
{
    int changed = 0;
    for (const ops::tickets::MessageDelivery &d : deliveries) {
        for (int row = 0; row < m_rows.size(); ++row) {
            Row &r = m_rows[row];
            if (r.message.id != d.messageId)
                continue;
            if (r.message.delivery != d.delivery || r.message.deliveryRef != d.deliveryRef
                || r.message.deliveryError != d.deliveryError) {
                r.message.delivery = d.delivery;
                r.message.deliveryRef = d.deliveryRef;
                r.message.deliveryError = d.deliveryError;
                describeDelivery(r);
                emit dataChanged(index(row), index(row), {DeliveryRole, DeliveryLabelRole, Qt::ToolTipRole});
                ++changed;
            }
            break;
        }
    }
    return changed;
}

void TicketThreadModel::setMessages(const QList<TicketMessage> &messages)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(messages.size());
    for (const TicketMessage &m : messages)
        m_rows.append(makeRow(m));
    endResetModel();
}

void TicketThreadModel::prependOlder(const QList<TicketMessage> &messages)
{
    QList<Row> fresh;
    for (const TicketMessage &m : messages) {
        if (!contains(m.id))
            fresh.append(makeRow(m));
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
}

int TicketThreadModel::appendNewer(const QList<TicketMessage> &messages)
{
    QList<Row> fresh;
    QSet<qint64> seen;
    for (const TicketMessage &m : messages) {
        if (!contains(m.id) && !seen.contains(m.id)) {
            seen.insert(m.id);
            fresh.append(makeRow(m));
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void TicketThreadModel::clear()
{
    setMessages({});
}

ops::tickets::MessageCursor TicketThreadModel::newestCursor() const
{
    // Rows are in thread order except when a message sent here arrived before older live ones: take the maximum.
    ops::tickets::MessageCursor c;
    for (const Row &r : m_rows) {
        const TicketMessage &m = r.message;
        if (c.isNull() || m.createdMicros > c.micros || (m.createdMicros == c.micros && m.id > c.id))
            c = {m.createdMicros, m.id};
    }
    return c;
}

bool TicketThreadModel::contains(qint64 messageId) const
{
    // Threads are short (a few messages on average, a page of 200 at most plus live arrivals): a scan is enough.
    for (const Row &r : m_rows) {
        if (r.message.id == messageId)
            return true;
    }
    return false;
}

int TicketThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return r.shown;
    case Qt::AccessibleTextRole:
        return r.accessible;
    case IdRole:
        return r.message.id;
    case AuthorRole:
        return r.message.authorName;
    case TimeRole:
        return r.time;
    case InternalRole:
        return r.message.internal;
    case ChannelRole:
        return r.channel;
    case CreatedAtRole:
        return r.message.createdAt;
    case DeliveryRole:
        return r.message.delivery;
    case DeliveryLabelRole:
        return r.delivery;
    case Qt::ToolTipRole:
        return r.tip.isEmpty() ? QVariant() : QVariant(r.tip);
    default:
        return {};
    }
}
