#pragma once

#include <vector>

#include <QByteArray>
#include <QtGlobal>

#include "core/demo/DemoCalendar.h"

// The in-memory plan of the demo data. Planning is pure computation (no database); the writers then stream the plan
// through COPY in foreign-key order. Indices are 0-based positions in these vectors; database ids are index + 1.
namespace ops::demo {

constexpr int kNever = 1 << 30;

enum CustomerStatus : quint8
{
    CustActive,
    CustSuspended,
    CustTerminated
};
enum PayMethod : quint8
{
    PayCard,
    PayPad,
    PayCheque,
    PayCash,
    PayEtransfer
};
enum LocStatus : quint8
{
    LocActive,
    LocPlanned,
    LocInactive
};
enum SubStatus : quint8
{
    SubPending,
    SubActive,
    SubSuspended,
    SubCancelled
};
enum InvStatus : quint8
{
    InvIssued,
    InvPartial,
    InvPaid
};
enum EqpKind : quint8
{
    EqpOnt,
    EqpRouter,
    EqpTvBox,
    EqpAta
};
enum EqpStatus : quint8
{
    EqpInStock,
    EqpInstalled,
    EqpReturned,
    EqpDefective,
    EqpLost
};

struct Volumes
{
    qint64 customers = 0;
    qint64 locations = 0;
    qint64 equipment = 0;
    qint64 subscriptions = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 tickets = 0;
    qint64 messages = 0;
    qint64 technicians = 0;
    double jobScale = 1.0; // jobs per day = base rate * scale
};

struct Customer
{
    QByteArray firstName, lastName, companyName, displayName;
    QByteArray email, emailAlt, phone, phoneAlt;
    QByteArray stripeId, legacyCustomerId, notes;
    int town = 0;
    int firstLocation = 0, locationCount = 0;
    int startMonth = 0, endMonth = 0; // invoiced months, inclusive
    Day created = 0;
    qint64 legacyAccountId = 0;
    qint64 balance = 0;
    quint8 status = CustActive;
    quint8 casl = 0; // 0 none, 1 implied, 2 express
    quint8 method = PayCard;
    bool business = false;
    bool english = false;
    bool ppa = false;
    int unpaidFrom = kNever; // first invoice month left unpaid (arrears, suspension, collections)
};

struct Location
{
    int customer = 0;
    int town = 0;
    int civic = 1;
    int street = 0; // index into the town's street list (specific first, then generic)
    int unit = 0; // 0: none
    char postal[8] = {};
    qint64 lat = 0, lon = 0; // millionths of a degree
    int olt = -1, slot = 0, port = 0, vlan = 0;
    quint32 ip = 0; // 0: none
    int serviceStart = -1, serviceEnd = -1; // months with service, -1: none
    int note = -1;
    Day created = 0;
    quint8 status = LocActive;
};

struct Equipment
{
    int location = -1;
    int model = 0;
    Day installed = 0;
    quint8 kind = EqpOnt;
    quint8 status = EqpInstalled;
};

struct Subscription
{
    int customer = 0, location = 0, item = 0;
    qint64 price = 0;
    int quantity = 1;
    int startMonth = 0, endMonth = 0; // billed months (endMonth < startMonth: never billed)
    Day start = 0, end = -1; // end -1: open
    quint8 status = SubActive;
};

struct InvoiceLine
{
    int item = 0;
    int subscription = -1;
    int quantity = 1;
    qint64 unitPrice = 0;
};

struct Invoice
{
    int customer = 0;
    int month = 0;
    int firstLine = 0, lineCount = 0;
    qint64 subtotal = 0, gst = 0, qst = 0, total = 0, paid = 0;
    Ts lastPaid = 0; // time of the last allocation, 0 when unpaid
    quint8 status = InvIssued;
};

struct Allocation
{
    int invoice = 0;
    qint64 amount = 0;
};

struct Payment
{
    int customer = 0;
    Ts at = 0;
    qint64 amount = 0;
    int firstAlloc = 0, allocCount = 0;
    quint8 method = PayCard;
    bool failed = false;
};

struct Ticket
{
    Ts created = 0, closed = 0;
    int customer = -1, location = -1, equipment = -1, parent = -1, staff = -1;
    qint64 legacyId = 0;
    quint8 type = 0, status = 0, messages = 1;
    bool important = false;
    bool english = false;
};

struct StaffMember
{
    qint64 id = 0; // database id (staff rows are upserted, not copied)
    const char *name = nullptr;
    const char *role = nullptr;
    bool english = false;
};

struct World
{
    quint64 seed = 42;
    Volumes volumes;
    Day anchor = 0; // history ends here (DemoOptions::today)
    Day today = 0; // dispatch jobs are around this day
    Day cutover = 0; // migration from ERPNext: records created before it carry legacy ids
    int firstMonth = 0, lastMonth = 0; // invoiced months

    std::vector<StaffMember> staff;
    std::vector<Customer> customers;
    std::vector<Location> locations;
    std::vector<Equipment> equipment;
    std::vector<Subscription> subscriptions;
    std::vector<Invoice> invoices;
    std::vector<InvoiceLine> lines;
    std::vector<Payment> payments;
    std::vector<Allocation> allocations;
    std::vector<Ticket> tickets;
    std::vector<int> lastTicketOfCustomer; // index of each customer's latest ticket, -1 when none
    std::vector<int> equipmentByLocation; // first equipment index per location, -1 when none (ONT preferred)
};

} // namespace ops::demo
