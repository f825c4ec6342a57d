#include "ui/common/TextTableModel.h"

TextTableModel::TextTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TextTableModel::TextTableModel(const QStringList &headers, const QList<int> &numericColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
    , m_numeric(numericColumns)
{}

void TextTableModel::setHeaders(const QStringList &headers, const QList<int> &numericColumns)
{
    beginResetModel();
    m_headers = headers;
    m_numeric = numericColumns;
    m_rows.clear();
    endResetModel();
}

void TextTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QString cell = index.column() < r.text.size() ? r.text.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return cell;
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? cell : r.toolTip;
    case Qt::TextAlignmentRole:
        if (m_numeric.contains(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return r.key;
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::TextAlignmentRole && m_numeric.contains(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
