#include "ui/billing/AllocationModel.h"

#include <QLocale>

#include "core/common/Money.h"

using namespace Qt::Literals::StringLiterals;

AllocationModel::AllocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AllocationModel::setInvoices(const QList<ops::payments::OpenInvoice> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    m_cents = QList<qint64>(invoices.size(), 0);
    m_edited = false;
    endResetModel();
    emit allocationChanged();
}

void AllocationModel::proposeFor(qint64 amountCents)
{
    qint64 left = qMax<qint64>(0, amountCents);
    for (int i = 0; i < m_invoices.size(); ++i) {
        m_cents[i] = qMin(left, m_invoices.at(i).openCents);
        left -= m_cents[i];
    }
    m_edited = false;
    if (!m_invoices.isEmpty())
        emit dataChanged(index(0, Allocate), index(int(m_invoices.size()) - 1, Allocate));
    emit allocationChanged();
}

void AllocationModel::setAllocation(
    const QList<ops::payments::OpenInvoice> &invoices, const QList<ops::payments::AllocationInput> &current)
{
    beginResetModel();
    m_invoices = invoices;
    m_cents = QList<qint64>(invoices.size(), 0);
    for (const ops::payments::AllocationInput &a : current) {
        for (int i = 0; i < m_invoices.size(); ++i) {
            if (m_invoices.at(i).id == a.invoiceId)
                m_cents[i] = qMin(a.amountCents, m_invoices.at(i).openCents);
        }
    }
    m_edited = false;
    endResetModel();
    emit allocationChanged();
}

QList<ops::payments::AllocationInput> AllocationModel::allocations() const
{
    QList<ops::payments::AllocationInput> out;
    for (int i = 0; i < m_invoices.size(); ++i) {
        if (m_cents.at(i) > 0)
            out.push_back({m_invoices.at(i).id, m_cents.at(i)});
    }
    return out;
}

qint64 AllocationModel::allocatedCents() const
{
    qint64 sum = 0;
    for (qint64 c : m_cents)
        sum += c;
    return sum;
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_invoices.size() || index.column() >= ColumnCount)
        return {};
    const ops::payments::OpenInvoice &inv = m_invoices.at(index.row());
    const qint64 cents = m_cents.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Invoice:
            return inv.code;
        case Due:
            return locale.toString(inv.dueDate, QLocale::ShortFormat);
        case Open:
            return ops::Money::fromCents(inv.openCents).format(locale);
        case Allocate:
            return cents > 0 ? ops::Money::fromCents(cents).format(locale) : QString();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == Allocate)
            return ops::Money::fromCents(cents).toPlainString();
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Open || index.column() == Allocate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case InvoiceIdRole:
        return inv.id;
    case CentsRole:
        if (index.column() == Open)
            return inv.openCents;
        if (index.column() == Allocate)
            return cents;
        return {};
    default:
        return {};
    }
}

bool AllocationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Allocate || index.row() >= m_invoices.size())
        return false;
    qint64 cents = 0;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
        cents = value.toLongLong();
    } else {
        QString t = value.toString().trimmed();
        t.remove(u'$');
        t.remove(u' ');
        t.remove(QChar(0x00A0));
        t.remove(QChar(0x202F));
        t.replace(u',', u'.');
        if (!t.isEmpty()) {
            ops::Money m;
            if (!ops::Money::parse(t, &m))
                return false;
            cents = m.cents();
        }
    }
    if (cents < 0)
        return false;
    cents = qMin(cents, m_invoices.at(index.row()).openCents);
    m_cents[index.row()] = cents;
    m_edited = true;
    emit dataChanged(index, index);
    emit allocationChanged();
    return true;
}

Qt::ItemFlags AllocationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Allocate)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Invoice:
        return tr("Invoice");
    case Due:
        return tr("Due");
    case Open:
        return tr("Open");
    case Allocate:
        return tr("Allocate");
    default:
        return {};
    }
}
