#include "core/tickets/TicketTypes.h"

#include <QDataStream>
#include <QIODevice>

namespace ops::tickets {

namespace {
constexpr quint8 kCursorVersion = 1;
}

QStringList ticketStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
        QStringLiteral("resolved"), QStringLiteral("closed")};
}

QStringList dispatchJobTypes()
{
    return {QStringLiteral("repair"), QStringLiteral("installation"), QStringLiteral("maintenance"),
        QStringLiteral("removal"), QStringLiteral("survey")};
}

bool TicketFilter::isEmpty() const
{
    return statuses.isEmpty() && issueType.isEmpty() && assignedStaffId == 0 && !importantOnly && !createdFrom.isValid()
        && !createdTo.isValid() && text.trimmed().isEmpty() && parentId == 0;
}

QByteArray TicketCursor::toByteArray() const
{
    if (isNull())
        return {};
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kCursorVersion << keyMicros << id;
    return out;
}

TicketCursor TicketCursor::fromByteArray(const QByteArray &bytes)
{
    QDataStream s(bytes);
    quint8 version = 0;
    TicketCursor c;
    s >> version >> c.keyMicros >> c.id;
    if (s.status() != QDataStream::Ok || version != kCursorVersion || c.id <= 0)
        return {};
    return c;
}

bool TicketMessage::isDeliveryFinal(const QString &delivery)
{
    return delivery.isEmpty() || delivery == QLatin1String("sent") || delivery == QLatin1String("failed")
        || delivery == QLatin1String("cancelled");
}

} // namespace ops::tickets
