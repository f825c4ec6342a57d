#pragma once

#include <QDate>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Money.h"

namespace ops::customers {

struct Customer
{
    qint64 id = 0;
    QString code;
    QString kind; // residential | business
    QString displayName;
    QString firstName;
    QString lastName;
    QString companyName;
    QString language; // fr | en
    QString email;
    QString emailAlt;
    QString phone;
    QString phoneAlt;
    QString billingStreet;
    QString billingCity;
    QString billingProvince;
    QString billingPostalCode;
    QString status; // prospect | active | suspended | terminated
    Money balance;
    qint64 legacyAccountId = 0;
    QString legacyCustomerId;
    bool ppaEnabled = false;
    QString caslConsent;
    QDateTime createdAt;
    int version = 0;
};

struct ServiceLocation
{
    qint64 id = 0;
    QString code;
    QString address; // "123 rue Principale #2, Saint-Jérôme"
    QString postalCode;
    double latitude = 0;
    double longitude = 0;
    bool hasGps = false;
    QString oltName;
    QString oltPort;
    QString status;
};

struct Subscription
{
    qint64 id = 0;
    QString code;
    qint64 locationId = 0;
    QString locationCode;
    QString planName; // in the UI language
    QString planNameFr;
    QString planNameEn;
    Money price;
    QDate startDate;
    QDate endDate;
    QString status;
    int downloadMbps = 0;
    int uploadMbps = 0;
};

struct Equipment
{
    qint64 id = 0;
    QString code;
    QString kind; // ont | router | tv_box | phone_adapter | other
    QString make;
    QString model;
    QString serial;
    QString mac; // "aa:bb:cc:dd:ee:ff" or empty
    QString firmware;
    QString status; // in_stock | installed | returned | defective | lost
    qint64 locationId = 0;
    QString locationCode;
    QDateTime createdAt;
};

struct Invoice
{
    qint64 id = 0;
    QString code;
    QDate issueDate;
    QDate dueDate;
    QDate periodStart;
    QDate periodEnd;
    Money total;
    Money balance; // total - paid
    QString status; // draft | issued | partially_paid | paid | void
};

struct Payment
{
    qint64 id = 0;
    QString code;
    QDateTime receivedAt;
    Money amount;
    QString method; // card | pad | cheque | cash | etransfer
    QString reference;
    QString status; // pending | succeeded | failed | refunded
};

struct CustomerTicket
{
    qint64 id = 0;
    QString code;
    QString subject;
    QString issueType;
    QString status; // open | in_progress | waiting | resolved | closed
    bool important = false;
    QDateTime createdAt;
    QDateTime closedAt;
    QString assignedTo; // staff display name, empty when unassigned
};

struct CustomerJob
{
    qint64 id = 0;
    QString code;
    QString jobType; // installation | repair | maintenance | removal | survey
    QString status; // unscheduled | scheduled | dispatched | en_route | on_site | completed | cancelled
    QDateTime scheduledStart;
    QDateTime windowStart;
    QDateTime windowEnd;
    int durationMinutes = 0;
    QString technicians; // "Name, Name" (lead first)
    QString locationCode;
    QString ticketCode;
};

// Sections of a customer file. Large customers (businesses) are bounded per section: the newest `limit` rows are
// read and the total is reported, so the UI can say "showing 200 newest of 1 843" and offer to show all.
enum class FileSection
{
    Locations,
    Equipment,
    Subscriptions,
    Invoices,
    Payments,
    Tickets,
    Jobs,
    Count
};

struct SectionLimits
{
    static constexpr int kDefault = 200;
    int limit[int(FileSection::Count)] = {kDefault, kDefault, kDefault, kDefault, kDefault, kDefault, kDefault};
    int of(FileSection s) const { return limit[int(s)]; }
    void set(FileSection s, int n) { limit[int(s)] = n; }
    // Law 25: record the reading in audit_log ('view'). Set for the opening of a file only, not for its live
    // refreshes or re-reads (CustomerFileWidget).
    bool recordView = true;
};

// The customer file: header and every section, read in one round trip (CustomerRepository::loadFile).
struct CustomerFile
{
    Customer customer;
    QList<ServiceLocation> locations;
    QList<Equipment> equipment;
    QList<Subscription> subscriptions;
    QList<Invoice> invoices;
    QList<Payment> payments;
    QList<CustomerTicket> tickets;
    QList<CustomerJob> jobs;
    int totals[int(FileSection::Count)] = {}; // rows in the database per section (>= the rows read)
    SectionLimits limits; // what was asked for
    // The Overview's figures, counted over every row in the database (not only the rows read).
    int openTickets = 0; // not resolved or closed
    int openInvoices = 0; // issued or partially paid
    Money balanceDue; // what is left to pay on the open invoices
    QDate oldestDue; // the earliest due date of an open invoice (invalid: none)
    quint64 roundTrips = 0;

    int total(FileSection s) const { return totals[int(s)]; }
    int shown(FileSection s) const;
    bool truncated(FileSection s) const { return shown(s) < total(s); }
};

inline int CustomerFile::shown(FileSection s) const
{
    switch (s) {
    case FileSection::Locations:
        return int(locations.size());
    case FileSection::Equipment:
        return int(equipment.size());
    case FileSection::Subscriptions:
        return int(subscriptions.size());
    case FileSection::Invoices:
        return int(invoices.size());
    case FileSection::Payments:
        return int(payments.size());
    case FileSection::Tickets:
        return int(tickets.size());
    case FileSection::Jobs:
        return int(jobs.size());
    case FileSection::Count:
        break;
    }
    return 0;
}

// One event of the customer timeline. Kinds are the keys below (also used by the SQL and the filter).
enum class TimelineKind
{
    TicketOpened,
    TicketClosed,
    TicketMessage,
    InvoiceIssued,
    PaymentReceived,
    SubscriptionStarted,
    SubscriptionEnded,
    JobScheduled,
    JobCompleted,
    EquipmentInstalled,
    Count
};

inline size_t qHash(TimelineKind k, size_t seed = 0) noexcept
{
    return ::qHash(int(k), seed);
}

const char *timelineKindKey(TimelineKind k); // "ticket_opened", ...
TimelineKind timelineKindFromKey(const QString &key); // Count when unknown

struct TimelineEvent
{
    qint64 atUs = 0; // event time, microseconds since the epoch (exact; the keyset cursor)
    QDateTime at; // same, UTC
    TimelineKind kind = TimelineKind::Count;
    qint64 id = 0; // id of the source row (ticket, message, invoice, ...)
    QString code; // TCK-00042, INV-00007, ...
    QString title; // subject, plan name, job type, make + model, ...
    QString detail; // author, total, method, technicians, serial, ...
    QString status;
    qint64 amountCents = 0; // invoices and payments
};

// Keyset position: events strictly older than (atUs, kind key, id) in newest-first order.
struct TimelineCursor
{
    bool valid = false;
    qint64 atUs = 0;
    QString kind;
    qint64 id = 0;
};

struct TimelinePage
{
    QList<TimelineEvent> events;
    TimelineCursor next;
    bool hasMore = false;
    quint64 roundTrips = 0;
};

} // namespace ops::customers

Q_DECLARE_METATYPE(ops::customers::CustomerFile)
Q_DECLARE_METATYPE(ops::customers::TimelinePage)
