#include "ui/customers/LocationsModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include "ui/common/IdRowDiff.h"
#include "ui/common/StatusChip.h"

using ops::customers::ServiceLocation;

LocationsModel::LocationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LocationsModel::~LocationsModel() = default;

LocationsModel::Row LocationsModel::makeRow(const ServiceLocation &l) const
{
    const QLocale locale;
    Row r;
    r.location = l;
    if (!l.oltName.isEmpty())
        r.olt = l.oltPort.isEmpty() ? l.oltName : tr("%1 / %2", "OLT name / port").arg(l.oltName, l.oltPort);
    if (l.hasGps)
        r.gps = tr("%1, %2").arg(locale.toString(l.latitude, 'f', 5), locale.toString(l.longitude, 'f', 5));
    r.statusLabel = StatusChip::label(l.status);
    return r;
}

bool LocationsModel::sameRow(const Row &a, const Row &b)
{
    const ServiceLocation &x = a.location;
    const ServiceLocation &y = b.location;
    return x.id == y.id && x.code == y.code && x.address == y.address && x.postalCode == y.postalCode
        && x.status == y.status && a.olt == b.olt && a.gps == b.gps;
}

void LocationsModel::setLocations(const QList<ServiceLocation> &locations)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(locations.size());
    for (const ServiceLocation &l : locations)
        m_rows.append(makeRow(l));
    endResetModel();
}

void LocationsModel::setRows(const QList<ServiceLocation> &locations)
{
    applyIdRowDiff(
        m_rows, locations, [](const Row &r) { return r.location.id; }, [](const ServiceLocation &x) { return x.id; },
        [this](const ServiceLocation &x) { return makeRow(x); }, &LocationsModel::sameRow,
        IdRowDiffSignals{[this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
            [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
            [this](int row) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }});
}

int LocationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ServiceLocation &l = r.location;
    if (role == IdRole)
        return l.id;
    if (role == StatusKeyRole)
        return l.status;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (Column(index.column())) {
        case Code:
            return l.code;
        case Address:
            return l.address;
        case PostalCode:
            return l.postalCode;
        case Olt:
            return r.olt;
        case Gps:
            if (role == SortRole)
                return l.hasGps ? l.latitude : QVariant();
            return r.gps;
        case Status:
            return role == SortRole ? QVariant(l.status) : QVariant(r.statusLabel);
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant LocationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Address:
        return tr("Address");
    case PostalCode:
        return tr("Postal code");
    case Olt:
        return tr("OLT / port");
    case Gps:
        return tr("GPS");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
