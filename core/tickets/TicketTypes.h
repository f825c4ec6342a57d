#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::tickets {

// The ticket statuses of the schema, in workflow order.
QStringList ticketStatuses();

// What the ticket list shows. Empty members do not filter.
struct TicketFilter
{
    QStringList statuses; // keys from ticketStatuses(); empty: all
    QString issueType; // exact key ("no_internet"); empty: all
    qint64 assignedStaffId = 0; // 0: anyone; kUnassigned: nobody
    bool importantOnly = false;
    QDateTime createdFrom; // inclusive; invalid: open
    QDateTime createdTo; // exclusive; invalid: open
    QString text; // literal, case-insensitive, in the subject or any message (% and _ are not wildcards)
    qint64 parentId = 0; // > 0: the children of this ticket only (the parent/child tree)

    static constexpr qint64 kUnassigned = -1;
    bool isEmpty() const;
    bool operator==(const TicketFilter &) const = default;
};

enum class TicketSort
{
    CreatedDesc, // default: newest first
    CreatedAsc,
    UpdatedDesc,
};

// Keyset position after the last row of a page: the sort key (microseconds since the epoch, exact) and the id.
struct TicketCursor
{
    qint64 keyMicros = 0;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
    QByteArray toByteArray() const; // opaque, for callers that keep it as bytes
    static TicketCursor fromByteArray(const QByteArray &bytes); // null when malformed
    bool operator==(const TicketCursor &) const = default;
};

struct TicketRow
{
    qint64 id = 0;
    QString code;
    QString subject;
    qint64 customerId = 0; // 0: no customer (an outage parent)
    QString customerName;
    QString customerCode;
    QString issueType;
    QString status;
    bool important = false;
    qint64 assignedStaffId = 0;
    QString assignedStaffName;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    qint64 parentId = 0;
    QString parentCode;
    int childCount = 0;
    qint64 sortKeyMicros = 0; // the sort column of the query that produced this row, exact
};

struct TicketPage
{
    QList<TicketRow> rows;
    TicketCursor nextCursor; // null when !hasMore
    bool hasMore = false;
    quint64 roundTrips = 0; // database round trips spent on this page (1)
};

struct StaffOption
{
    qint64 id = 0;
    QString name;
};

// What the filter bar offers.
struct TicketFilterOptions
{
    QList<StaffOption> staff;
    QStringList issueTypes;
};

} // namespace ops::tickets

Q_DECLARE_METATYPE(ops::tickets::TicketFilter)
Q_DECLARE_METATYPE(ops::tickets::TicketRow)
Q_DECLARE_METATYPE(ops::tickets::TicketPage)
