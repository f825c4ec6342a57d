#include "ui/customers/CustomerSectionModels.h"

#include <QLocale>

#include "core/dispatch/DispatchTypes.h"
#include "ui/common/StatusChip.h"
#include "ui/tickets/TicketListModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::CustomerJob;
using ops::customers::CustomerTicket;
using ops::customers::Equipment;
using ops::customers::Invoice;
using ops::customers::Payment;
using Tone = StatusChip::Tone;

namespace {

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString shortDateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant sortTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

template <typename T, typename Model, typename Make>
QList<typename Model::Row> buildRows(const QList<T> &items, Make make)
{
    QList<typename Model::Row> rows;
    rows.reserve(items.size());
    for (const T &x : items)
        rows.append(make(x));
    return rows;
}

} // namespace

// ---- equipment ----

EquipmentModel::EquipmentModel(QObject *parent)
    : FileSectionModel(ColumnCount, Status, {}, parent)
{}

EquipmentModel::~EquipmentModel() = default;

QString EquipmentModel::kindLabel(const QString &kind)
{
    if (kind == "ont"_L1)
        return tr("ONT");
    if (kind == "router"_L1)
        return tr("Router");
    if (kind == "tv_box"_L1)
        return tr("TV box");
    if (kind == "phone_adapter"_L1)
        return tr("Phone adapter");
    if (kind == "other"_L1)
        return tr("Other");
    return kind;
}

FileSectionModel::Row EquipmentModel::makeRow(const Equipment &e) const
{
    Row r;
    r.id = e.id;
    r.statusKey = e.status;
    r.tone = int(StatusChip::toneFor(e.status));
    const QString model = QStringList{e.make, e.model}.join(u' ').trimmed();
    r.text = {e.code, kindLabel(e.kind), model, e.serial, e.mac.toUpper(), e.locationCode,
        shortDate(e.createdAt.toLocalTime().date()), StatusChip::label(e.status)};
    r.sort = {e.code, e.kind, model, e.serial, e.mac, e.locationCode, sortTime(e.createdAt), e.status};
    if (!e.firmware.isEmpty())
        r.toolTip = tr("%1 %2 — firmware %3").arg(e.code, model, e.firmware);
    return r;
}

void EquipmentModel::setEquipment(const QList<Equipment> &items)
{
    resetRows(buildRows<Equipment, EquipmentModel>(items, [this](const Equipment &x) { return makeRow(x); }));
}

void EquipmentModel::setRows(const QList<Equipment> &items)
{
    diffRows(buildRows<Equipment, EquipmentModel>(items, [this](const Equipment &x) { return makeRow(x); }));
}

QString EquipmentModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case Model:
        return tr("Make / model");
    case Serial:
        return tr("Serial");
    case Mac:
        return tr("MAC");
    case Location:
        return tr("Location");
    case Installed:
        return tr("Added");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- invoices ----

InvoicesModel::InvoicesModel(QObject *parent)
    : FileSectionModel(ColumnCount, Status, {Total, Balance}, parent)
{}

InvoicesModel::~InvoicesModel() = default;

QString InvoicesModel::statusLabel(const QString &s)
{
    if (s == "draft"_L1)
        return tr("Draft");
    if (s == "issued"_L1)
        return tr("Issued");
    if (s == "partially_paid"_L1)
        return tr("Partially paid");
    if (s == "paid"_L1)
        return tr("Paid");
    if (s == "void"_L1)
        return tr("Void");
    return s;
}

int InvoicesModel::toneFor(const Invoice &i)
{
    if (i.status == "paid"_L1)
        return int(Tone::Good);
    if (i.status == "partially_paid"_L1)
        return int(Tone::Warning);
    if (i.status == "issued"_L1) // overdue is red
        return int(i.dueDate.isValid() && i.dueDate < QDate::currentDate() ? Tone::Bad : Tone::Info);
    return int(Tone::Neutral);
}

FileSectionModel::Row InvoicesModel::makeRow(const Invoice &i) const
{
    const QLocale locale;
    Row r;
    r.id = i.id;
    r.statusKey = i.status;
    r.tone = toneFor(i);
    const QString period = tr("%1 – %2", "invoice period").arg(shortDate(i.periodStart), shortDate(i.periodEnd));
    r.text = {i.code, shortDate(i.issueDate), period, shortDate(i.dueDate), i.total.format(locale),
        i.balance.cents() != 0 ? i.balance.format(locale) : QString(), statusLabel(i.status)};
    r.sort = {i.code, i.issueDate, i.periodStart, i.dueDate, i.total.cents(), i.balance.cents(), i.status};
    return r;
}

void InvoicesModel::setInvoices(const QList<Invoice> &items)
{
    resetRows(buildRows<Invoice, InvoicesModel>(items, [this](const Invoice &x) { return makeRow(x); }));
}

void InvoicesModel::setRows(const QList<Invoice> &items)
{
    diffRows(buildRows<Invoice, InvoicesModel>(items, [this](const Invoice &x) { return makeRow(x); }));
}

QString InvoicesModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Invoice");
    case Issued:
        return tr("Issued");
    case Period:
        return tr("Period");
    case Due:
        return tr("Due");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance due");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- payments ----

PaymentsModel::PaymentsModel(QObject *parent)
    : FileSectionModel(ColumnCount, Status, {Amount}, parent)
{}

PaymentsModel::~PaymentsModel() = default;

QString PaymentsModel::methodLabel(const QString &m)
{
    if (m == "card"_L1)
        return tr("Card");
    if (m == "pad"_L1)
        return tr("Pre-authorized debit");
    if (m == "cheque"_L1)
        return tr("Cheque");
    if (m == "cash"_L1)
        return tr("Cash");
    if (m == "etransfer"_L1)
        return tr("Interac e-Transfer");
    return m;
}

QString PaymentsModel::statusLabel(const QString &s)
{
    if (s == "pending"_L1)
        return tr("Pending");
    if (s == "succeeded"_L1)
        return tr("Received");
    if (s == "failed"_L1)
        return tr("Failed");
    if (s == "refunded"_L1)
        return tr("Refunded");
    return s;
}

FileSectionModel::Row PaymentsModel::makeRow(const Payment &p) const
{
    Row r;
    r.id = p.id;
    r.statusKey = p.status;
    r.tone = int(p.status == "succeeded"_L1 ? Tone::Good
            : p.status == "failed"_L1       ? Tone::Bad
            : p.status == "pending"_L1      ? Tone::Info
                                            : Tone::Neutral);
    r.text = {p.code, shortDateTime(p.receivedAt), methodLabel(p.method), p.reference, p.amount.format(QLocale()),
        statusLabel(p.status)};
    r.sort = {p.code, sortTime(p.receivedAt), p.method, p.reference, p.amount.cents(), p.status};
    return r;
}

void PaymentsModel::setPayments(const QList<Payment> &items)
{
    resetRows(buildRows<Payment, PaymentsModel>(items, [this](const Payment &x) { return makeRow(x); }));
}

void PaymentsModel::setRows(const QList<Payment> &items)
{
    diffRows(buildRows<Payment, PaymentsModel>(items, [this](const Payment &x) { return makeRow(x); }));
}

QString PaymentsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Payment");
    case Received:
        return tr("Received");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- tickets ----

CustomerTicketsModel::CustomerTicketsModel(QObject *parent)
    : FileSectionModel(ColumnCount, Status, {}, parent)
{}

CustomerTicketsModel::~CustomerTicketsModel() = default;

QString CustomerTicketsModel::statusLabel(const QString &s)
{
    if (s == "open"_L1)
        return tr("Open");
    if (s == "in_progress"_L1)
        return tr("In progress");
    if (s == "waiting"_L1)
        return tr("Waiting");
    if (s == "resolved"_L1)
        return tr("Resolved");
    if (s == "closed"_L1)
        return tr("Closed");
    return s;
}

FileSectionModel::Row CustomerTicketsModel::makeRow(const CustomerTicket &t) const
{
    Row r;
    r.id = t.id;
    r.statusKey = t.status;
    r.tone = int(StatusChip::toneFor(t.status));
    r.text = {t.important ? QStringLiteral("★") : QString(), t.code, t.subject, TicketListModel::typeLabel(t.issueType),
        t.assignedTo, shortDateTime(t.createdAt), shortDateTime(t.closedAt), statusLabel(t.status)};
    r.sort = {t.important, t.code, t.subject, t.issueType, t.assignedTo, sortTime(t.createdAt), sortTime(t.closedAt),
        t.status};
    if (t.important)
        r.toolTip = tr("Important: %1").arg(t.subject);
    return r;
}

void CustomerTicketsModel::setTickets(const QList<CustomerTicket> &items)
{
    resetRows(
        buildRows<CustomerTicket, CustomerTicketsModel>(items, [this](const CustomerTicket &x) { return makeRow(x); }));
}

void CustomerTicketsModel::setRows(const QList<CustomerTicket> &items)
{
    diffRows(
        buildRows<CustomerTicket, CustomerTicketsModel>(items, [this](const CustomerTicket &x) { return makeRow(x); }));
}

QString CustomerTicketsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Important:
        return tr("!", "important column");
    case Code:
        return tr("Ticket");
    case Subject:
        return tr("Subject");
    case Type:
        return tr("Type");
    case Assigned:
        return tr("Assigned to");
    case Created:
        return tr("Opened");
    case Closed:
        return tr("Closed");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- dispatch jobs ----

CustomerJobsModel::CustomerJobsModel(QObject *parent)
    : FileSectionModel(ColumnCount, Status, {Duration}, parent)
{}

CustomerJobsModel::~CustomerJobsModel() = default;

QString CustomerJobsModel::typeLabel(const QString &t)
{
    if (t == "installation"_L1)
        return tr("Installation");
    if (t == "repair"_L1)
        return tr("Repair");
    if (t == "maintenance"_L1)
        return tr("Maintenance");
    if (t == "removal"_L1)
        return tr("Removal");
    if (t == "survey"_L1)
        return tr("Site survey");
    return t;
}

QString CustomerJobsModel::statusLabel(const QString &s)
{
    if (const auto status = ops::dispatch::statusFromKey(s))
        return ops::dispatch::statusLabel(*status);
    return s;
}

FileSectionModel::Row CustomerJobsModel::makeRow(const CustomerJob &j) const
{
    const QLocale locale;
    Row r;
    r.id = j.id;
    r.statusKey = j.status;
    r.tone = int(j.status == "completed"_L1 ? Tone::Good
            : j.status == "unscheduled"_L1  ? Tone::Warning
            : j.status == "cancelled"_L1    ? Tone::Neutral
                                            : Tone::Info);
    QString when;
    if (j.scheduledStart.isValid()) {
        const QDateTime start = j.scheduledStart.toLocalTime();
        when = tr("%1 %2", "date time")
                   .arg(locale.toString(start.date(), QLocale::ShortFormat),
                       locale.toString(start.time(), QLocale::ShortFormat));
    } else if (j.windowStart.isValid() && j.windowEnd.isValid()) {
        const QDateTime a = j.windowStart.toLocalTime();
        const QDateTime b = j.windowEnd.toLocalTime();
        when =
            tr("%1 %2–%3", "date, time window")
                .arg(locale.toString(a.date(), QLocale::ShortFormat), locale.toString(a.time(), QLocale::ShortFormat),
                    locale.toString(b.time(), QLocale::ShortFormat));
    }
    const QString duration = j.durationMinutes >= 60 ? tr("%1 h %2", "hours minutes")
                                                           .arg(j.durationMinutes / 60)
                                                           .arg(j.durationMinutes % 60, 2, 10, QLatin1Char('0'))
                                                     : tr("%1 min").arg(j.durationMinutes);
    r.text = {j.code, typeLabel(j.jobType), when, duration, j.technicians, j.locationCode, j.ticketCode,
        statusLabel(j.status)};
    r.sort = {j.code, j.jobType, sortTime(j.scheduledStart.isValid() ? j.scheduledStart : j.windowStart),
        j.durationMinutes, j.technicians, j.locationCode, j.ticketCode, j.status};
    return r;
}

void CustomerJobsModel::setJobs(const QList<CustomerJob> &items)
{
    resetRows(buildRows<CustomerJob, CustomerJobsModel>(items, [this](const CustomerJob &x) { return makeRow(x); }));
}

void CustomerJobsModel::setRows(const QList<CustomerJob> &items)
{
    diffRows(buildRows<CustomerJob, CustomerJobsModel>(items, [this](const CustomerJob &x) { return makeRow(x); }));
}

QString CustomerJobsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Job");
    case Type:
        return tr("Type");
    case Scheduled:
        return tr("Scheduled");
    case Duration:
        return tr("Duration");
    case Technicians:
        return tr("Technicians");
    case Location:
        return tr("Location");
    case Ticket:
        return tr("Ticket");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
