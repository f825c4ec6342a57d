#include "ui/billing/PaymentListModel.h"

#include <QLocale>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"

using namespace Qt::Literals::StringLiterals;

PaymentListModel::PaymentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

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

void PaymentListModel::reload()
{
    ++m_seq;
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_loading = false;
    m_started = false;
    endResetModel();
    if (m_api)
        request();
}

void PaymentListModel::request()
{
    if (!m_api || m_loading)
        return;
    m_loading = true;
    m_started = true;
    const quint64 seq = m_seq;
    ops::runThen(m_api->listPayments(m_filter, m_next, m_pageSize), this,
        [this, seq](const ops::Result<ops::payments::PaymentPage> &r) {
            if (seq != m_seq)
                return;
            m_loading = false;
            if (!r.ok()) {
                m_next = {};
                emit loadFailed(r.error().userMessage);
                return;
            }
            const auto &page = r.value();
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                for (const auto &row : page.rows)
                    m_rows.push_back(makeRow(row));
                endInsertRows();
            }
            m_next = page.next;
            emit pageLoaded(int(page.rows.size()));
        });
}

void PaymentListModel::loadMore()
{
    if (m_api && m_started && !m_loading && !m_next.isNull())
        request();
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

PaymentListModel::Row PaymentListModel::makeRow(const ops::payments::PaymentListRow &r)
{
    const QLocale locale;
    Row row;
    row.row = r;
    row.text = {r.code, u"%1 · %2"_s.arg(r.customerCode, r.customerName),
        locale.toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat), methodLabel(r.method), r.reference,
        statusLabel(r.status), ops::Money::fromCents(r.amountCents).format(locale),
        ops::Money::fromCents(r.allocatedCents).format(locale)};
    return row;
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text.at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.row.reversalReason.isEmpty())
            return tr("Reversed: %1").arg(row.row.reversalReason);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Allocated)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.row.id;
    case StatusKeyRole:
        return row.row.status;
    case CustomerIdRole:
        return row.row.customerId;
    case SortRole:
        switch (index.column()) {
        case Code:
            return row.row.code;
        case Customer:
            return row.row.customerCode;
        case Received:
            return row.row.receivedAt;
        case Method:
            return row.row.method;
        case Reference:
            return row.row.reference;
        case Status:
            return row.row.status;
        case Amount:
            return row.row.amountCents;
        case Allocated:
            return row.row.allocatedCents;
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
