#include "ui/customers/SubscriptionsModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include "ui/common/IdRowDiff.h"
#include "ui/common/StatusChip.h"

using ops::customers::Subscription;

SubscriptionsModel::SubscriptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SubscriptionsModel::~SubscriptionsModel() = default;

SubscriptionsModel::Row SubscriptionsModel::makeRow(const Subscription &s) const
{
    const QLocale locale;
    const bool french = locale.language() == QLocale::French;
    Row r;
    r.subscription = s;
    const QString localized = french ? s.planNameFr : s.planNameEn;
    r.plan = !localized.isEmpty() ? localized : s.planName;
    if (s.downloadMbps > 0)
        r.speed = tr("%1 / %2 Mbit/s", "download / upload")
                      .arg(locale.toString(s.downloadMbps), locale.toString(s.uploadMbps));
    r.price = s.price.format(locale);
    r.start = s.startDate.isValid() ? locale.toString(s.startDate, QLocale::ShortFormat) : QString();
    r.end = s.endDate.isValid() ? locale.toString(s.endDate, QLocale::ShortFormat) : QString();
    r.statusLabel = StatusChip::label(s.status);
    return r;
}

bool SubscriptionsModel::sameRow(const Row &a, const Row &b)
{
    const Subscription &x = a.subscription;
    const Subscription &y = b.subscription;
    return x.id == y.id && x.code == y.code && x.locationCode == y.locationCode && x.status == y.status
        && x.price.cents() == y.price.cents() && x.startDate == y.startDate && x.endDate == y.endDate
        && a.plan == b.plan && a.speed == b.speed;
}

void SubscriptionsModel::setSubscriptions(const QList<Subscription> &subscriptions)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(subscriptions.size());
    for (const Subscription &s : subscriptions)
        m_rows.append(makeRow(s));
    endResetModel();
}

void SubscriptionsModel::setRows(const QList<Subscription> &subscriptions)
{
    applyIdRowDiff(
        m_rows, subscriptions, [](const Row &r) { return r.subscription.id; },
        [](const Subscription &x) { return x.id; }, [this](const Subscription &x) { return makeRow(x); },
        &SubscriptionsModel::sameRow,
        IdRowDiffSignals{[this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
            [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
            [this](int row) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }});
}

int SubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Subscription &s = r.subscription;
    switch (role) {
    case IdRole:
        return s.id;
    case StatusKeyRole:
        return s.status;
    case PriceCentsRole:
        return s.price.cents();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Speed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Speed:
            return s.downloadMbps;
        case Price:
            return s.price.cents();
        case Start:
            return s.startDate;
        case End:
            return s.endDate;
        case Status:
            return s.status;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Code:
            return s.code;
        case Plan:
            return r.plan;
        case Location:
            return s.locationCode;
        case Speed:
            return r.speed;
        case Price:
            return r.price;
        case Start:
            return r.start;
        case End:
            return r.end;
        case Status:
            return r.statusLabel;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Plan:
        return tr("Plan");
    case Location:
        return tr("Location");
    case Speed:
        return tr("Speed");
    case Price:
        return tr("Monthly price");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
