#include "ui/billing/InvoiceListModel.h"

#include <QLocale>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"

using namespace Qt::Literals::StringLiterals;

InvoiceListModel::InvoiceListModel(QObject *parent)
    : QAbstractTableModel(parent)
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

void InvoiceListModel::reload()
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

void InvoiceListModel::request()
{
    if (!m_api || m_loading)
        return;
    m_loading = true;
    m_started = true;
    const quint64 seq = m_seq;
    ops::runThen(m_api->listInvoices(m_filter, m_next, m_pageSize), this,
        [this, seq](const ops::Result<ops::billing::InvoicePage> &r) {
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

InvoiceListModel::Row InvoiceListModel::makeRow(const ops::billing::InvoiceListRow &r)
{
    const QLocale locale;
    Row row;
    row.row = r;
    QString status = statusLabel(r.status);
    if (r.overdue)
        status = tr("%1, overdue", "invoice status").arg(status);
    QString code = r.code;
    if (r.creditNote)
        code = tr("%1 (credit note)").arg(r.code);
    row.text = {code, u"%1 · %2"_s.arg(r.customerCode, r.customerName), locale.toString(r.periodStart, u"yyyy-MM"_s),
        locale.toString(r.issueDate, QLocale::ShortFormat), locale.toString(r.dueDate, QLocale::ShortFormat), status,
        ops::Money::fromCents(r.totalCents).format(locale), ops::Money::fromCents(r.paidCents).format(locale)};
    return row;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text.at(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Paid)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.row.id;
    case StatusKeyRole:
        return row.row.status;
    case CustomerIdRole:
        return row.row.customerId;
    case OverdueRole:
        return row.row.overdue;
    case SortRole:
        switch (index.column()) {
        case Code:
            return row.row.code;
        case Customer:
            return row.row.customerCode;
        case Period:
            return row.row.periodStart;
        case Issued:
            return row.row.issueDate;
        case Due:
            return row.row.dueDate;
        case Status:
            return row.row.status;
        case Total:
            return row.row.totalCents;
        case Paid:
            return row.row.paidCents;
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

bool InvoiceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetchEnabled && m_api && m_started && !m_loading && !m_next.isNull();
}

void InvoiceListModel::loadMore()
{
    if (m_api && m_started && !m_loading && !m_next.isNull())
        request();
}

void InvoiceListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}
