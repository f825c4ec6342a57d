#include "ui/billing/InvoiceListModel.h"

#include <QLocale>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"

using namespace Qt::Literals::StringLiterals;

InvoiceListModel::InvoiceListModel(QObject *parent)
    : KeysetRows(parent)
{}

InvoiceListModel::~InvoiceListModel() = default;

void InvoiceListModel::setApi(ops::billing::BillingApi *api)
{
    m_api = api;
    reload();
}

void InvoiceListModel::setFilter(const ops::billing::InvoiceListFilter &filter)
{
    m_filter = filter;
    reload();
}

void InvoiceListModel::requestPage(quint64 seq)
{
    ops::runThen(m_api->listInvoices(m_filter, nextCursor(), pageSize()), this,
        [this, seq](const ops::Result<ops::billing::InvoicePage> &r) { deliver(seq, r); });
}

QString InvoiceListModel::statusLabel(const QString &statusKey)
{
    if (statusKey == u"draft"_s)
        return tr("Draft", "invoice status");
    if (statusKey == u"issued"_s)
        return tr("Issued", "invoice status");
    if (statusKey == u"partially_paid"_s)
        return tr("Partially paid", "invoice status");
    if (statusKey == u"paid"_s)
        return tr("Paid", "invoice status");
    if (statusKey == u"void"_s)
        return tr("Void", "invoice status");
    return statusKey;
}

QStringList InvoiceListModel::displayTexts(const ops::billing::InvoiceListRow &r) const
{
    const QLocale locale;
    QString status = statusLabel(r.status);
    if (r.overdue)
        status = tr("%1, overdue", "invoice status").arg(status);
    QString code = r.code;
    if (r.creditNote)
        code = tr("%1 (credit note)").arg(r.code);
    return {code, u"%1 · %2"_s.arg(r.customerCode, r.customerName), locale.toString(r.periodStart, u"yyyy-MM"_s),
        locale.toString(r.issueDate, QLocale::ShortFormat), locale.toString(r.dueDate, QLocale::ShortFormat), status,
        ops::Money::fromCents(r.totalCents).format(locale), ops::Money::fromCents(r.paidCents).format(locale)};
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ops::billing::InvoiceListRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return textsAt(index.row()).at(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Paid)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case StatusKeyRole:
        return row.status;
    case CustomerIdRole:
        return row.customerId;
    case OverdueRole:
        return row.overdue;
    case SortRole:
        switch (index.column()) {
        case Code:
            return row.code;
        case Customer:
            return row.customerCode;
        case Period:
            return row.periodStart;
        case Issued:
            return row.issueDate;
        case Due:
            return row.dueDate;
        case Status:
            return row.status;
        case Total:
            return row.totalCents;
        case Paid:
            return row.paidCents;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case Period:
        return tr("Period");
    case Issued:
        return tr("Issued");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    default:
        return {};
    }
}
