#include "ui/customers/FileSectionModel.h"

#include <QApplication>
#include <QPainter>

#include "ui/common/IdRowDiff.h"
#include "ui/common/StatusChip.h"

FileSectionModel::FileSectionModel(int columns, int statusColumn, QList<int> rightAligned, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
    , m_statusColumn(statusColumn)
    , m_rightAligned(std::move(rightAligned))
{}

FileSectionModel::~FileSectionModel() = default;

void FileSectionModel::resetRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void FileSectionModel::diffRows(const QList<Row> &rows)
{
    applyIdRowDiff(
        m_rows, rows, [](const Row &r) { return r.id; }, [](const Row &r) { return r.id; },
        [](const Row &r) { return r; }, [](const Row &a, const Row &b) { return a == b; },
        IdRowDiffSignals{[this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
            [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
            [this](int row) {
                emit dataChanged(index(row, 0), index(row, m_columns - 1));
            }});
}

int FileSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FileSectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant FileSectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.text.value(c);
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? r.text.value(c) : r.toolTip;
    case SortRole:
        return r.sort.value(c);
    case IdRole:
        return r.id;
    case StatusKeyRole:
        return r.statusKey;
    case ToneRole:
        return r.tone;
    case Qt::TextAlignmentRole:
        return m_rightAligned.contains(c) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant FileSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return m_rightAligned.contains(section) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

SectionStatusDelegate::SectionStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

SectionStatusDelegate::~SectionStatusDelegate() = default;

void SectionStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w); // background and selection
    if (text.isEmpty())
        return;
    painter->save();
    painter->setFont(option.font);
    StatusChip::paint(painter, option.rect.adjusted(4, 0, -4, 0), text,
        StatusChip::Tone(index.data(FileSectionModel::ToneRole).toInt()));
    painter->restore();
}

QSize SectionStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = StatusChip::sizeFor(option.fontMetrics, index.data().toString());
    return {s.width() + 8, qMax(s.height(), QStyledItemDelegate::sizeHint(option, index).height())};
}
