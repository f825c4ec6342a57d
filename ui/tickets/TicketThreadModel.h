#pragma once

#include <QAbstractListModel>
#include <QList>

#include "core/tickets/TicketTypes.h"

// The messages of one ticket, oldest first. Older pages are prepended and live arrivals appended (by id, never
// twice), so the view keeps its selection and scroll position. Display strings are computed once per message.
class TicketThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AuthorRole,
        TimeRole, // display string, local time
        BodyRole, // plain text as stored (what the delegate paints, shortened when huge)
        InternalRole,
        ChannelRole, // translated channel label
        CreatedAtRole, // QDateTime, UTC
        DeliveryRole, // an outbound reply's delivery key (queued, sending, sent, failed, ambiguous, cancelled); else ""
        DeliveryLabelRole // translated delivery label for the chip; empty when the message did not go out
    };
    Q_ENUM(Role)

    // Bodies longer than this are shown shortened in the thread (the stored text is untouched).
    static constexpr qsizetype kMaxShownChars = 20000;

    explicit TicketThreadModel(QObject *parent = nullptr);
    ~TicketThreadModel() override;

    void setMessages(const QList<ops::tickets::TicketMessage> &messages); // a different ticket: reset
    void prependOlder(const QList<ops::tickets::TicketMessage> &messages);
    int appendNewer(const QList<ops::tickets::TicketMessage> &messages); // returns the rows added
    void clear();

    const ops::tickets::TicketMessage &message(int row) const { return m_rows.at(row).message; }
    ops::tickets::MessageCursor newestCursor() const;
    bool contains(qint64 messageId) const;

    static QString channelLabel(const QString &channel);
    static QString deliveryLabel(const QString &delivery);

    // Outbound replies whose delivery may still change (queued, sending, ambiguous), and their outbox rows.
    QList<qint64> undeliveredMessageIds() const;
    bool hasOutboxRow(const QList<qint64> &outboxIds) const; // empty list: "many rows", true when any is undelivered
    // New delivery states read back from the outbox; returns the rows changed.
    int applyDeliveries(const QList<ops::tickets::MessageDelivery> &deliveries);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ops::tickets::TicketMessage message;
        QString time;
        QString channel;
        QString shown; // the body, shortened when huge
        QString accessible;
        QString delivery; // translated label; empty when the message did not go out
        QString tip; // the delivery in words: the provider's error or message id
    };
    Row makeRow(const ops::tickets::TicketMessage &m) const;
    static void describeDelivery(Row &r);

    QList<Row> m_rows;
};
