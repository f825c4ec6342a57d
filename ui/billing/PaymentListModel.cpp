#include "ui/billing/PaymentListModel.h"

#include <QLocale>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"

using namespace Qt::Literals::StringLiterals;

PaymentListModel::PaymentListModel(QObject *parent)
    : KeysetRows(parent)
{
    setFetchEnabled(false);
}

PaymentListModel::~PaymentListModel() = default;

void PaymentListModel::setApi(ops::payments::PaymentApi *api)
{
    m_api = api;
    reload();
}

void PaymentListModel::setFilter(const ops::payments::PaymentListFilter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentListModel::requestPage(quint64 seq)
{
    ops::runThen(m_api->listPayments(m_filter, nextCursor(), pageSize()), this,
        [this, seq](const ops::Result<ops::payments::PaymentPage> &r) { deliver(seq, r); });
}

QStringList PaymentListModel::methodKeys()
{
    return {u"cash"_s, u"cheque"_s, u"etransfer"_s, u"card"_s, u"pad"_s};
}

QStringList PaymentListModel::statusKeys()
{
    return {u"succeeded"_s, u"reversed"_s, u"pending"_s, u"failed"_s, u"refunded"_s};
}

QString PaymentListModel::methodLabel(const QString &methodKey)
{
    if (methodKey == u"cash"_s)
        return tr("Cash", "payment method");
    if (methodKey == u"cheque"_s)
        return tr("Cheque", "payment method");
    if (methodKey == u"etransfer"_s)
        return tr("Interac e-Transfer", "payment method");
    if (methodKey == u"card"_s)
        return tr("Card", "payment method");
    if (methodKey == u"pad"_s)
        return tr("Pre-authorized debit", "payment method");
    return methodKey;
}

QString PaymentListModel::statusLabel(const QString &statusKey)
{
    if (statusKey == u"succeeded"_s)
        return tr("Received", "payment status");
    if (statusKey == u"reversed"_s)
        return tr("Reversed", "payment status");
    if (statusKey == u"pending"_s)
        return tr("Pending", "payment status");
    if (statusKey == u"failed"_s)
        return tr("Failed", "payment status");
    if (statusKey == u"refunded"_s)
        return tr("Refunded", "payment status");
    return statusKey;
}

QStringList PaymentListModel::displayTexts(const ops::payments::PaymentListRow &r) const
{
    const QLocale locale;
    return {r.code, u"%1 · %2"_s.arg(r.customerCode, r.customerName),
        locale.toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat), methodLabel(r.method), r.reference,
        statusLabel(r.status), ops::Money::fromCents(r.amountCents).format(locale),
        ops::Money::fromCents(r.allocatedCents).format(locale)};
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ops::payments::PaymentListRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return textsAt(index.row()).at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.reversalReason.isEmpty())
            return tr("Reversed: %1").arg(row.reversalReason);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Allocated)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case StatusKeyRole:
        return row.status;
    case CustomerIdRole:
        return row.customerId;
    case SortRole:
        switch (index.column()) {
        case Code:
            return row.code;
        case Customer:
            return row.customerCode;
        case Received:
            return row.receivedAt;
        case Method:
            return row.method;
        case Reference:
            return row.reference;
        case Status:
            return row.status;
        case Amount:
            return row.amountCents;
        case Allocated:
            return row.allocatedCents;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Payment");
    case Customer:
        return tr("Customer");
    case Received:
        return tr("Received");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Allocated:
        return tr("Allocated");
    default:
        return {};
    }
}
