#include "ui/catalogue/CatalogueModel.h"

#include <QLocale>

#include "core/common/Money.h"

using namespace Qt::Literals::StringLiterals;
using ops::Money;
using ops::catalogue::CatalogueItem;

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CatalogueModel::setItems(QList<CatalogueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const CatalogueItem *CatalogueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int CatalogueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

int CatalogueModel::pendingChanges() const
{
    int n = 0;
    for (const CatalogueItem &i : m_items)
        n += i.pendingPriceCents.has_value() ? 1 : 0;
    return n;
}

QString CatalogueModel::kindLabel(const QString &kind)
{
    if (kind == u"internet"_s)
        return tr("Internet");
    if (kind == u"tv"_s)
        return tr("Television");
    if (kind == u"phone"_s)
        return tr("Phone");
    if (kind == u"equipment"_s)
        return tr("Equipment");
    if (kind == u"fee"_s)
        return tr("Fee");
    if (kind == u"discount"_s)
        return tr("Discount");
    return kind;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueItem &i = m_items.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return i.id;
    case KindRole:
        return i.kind;
    case ActiveRole:
        return i.active;
    case SearchRole:
        return (i.sku + u' ' + i.nameFr + u' ' + i.nameEn).toLower();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == NextPrice || index.column() == Subscriptions)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextPrice && i.pendingPriceCents)
            return tr("Scheduled: billed at %1 from %2; %3 until then.")
                .arg(Money::fromCents(*i.pendingPriceCents).format(locale), i.pendingFrom.toString(Qt::ISODate),
                    Money::fromCents(i.priceCents).format(locale));
        if (index.column() == Subscriptions)
            return tr("%n subscription(s), of which %1 follow the catalogue price", nullptr, i.subscriptions)
                .arg(i.followingSubscriptions);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Sku:
        return i.sku;
    case Name:
        return locale.language() == QLocale::French ? i.nameFr : i.nameEn;
    case Kind:
        return kindLabel(i.kind);
    case Speeds:
        if (!i.downloadMbps && !i.uploadMbps)
            return QString();
        return tr("%1 / %2 Mbit/s")
            .arg(i.downloadMbps ? QString::number(*i.downloadMbps) : u"–"_s,
                i.uploadMbps ? QString::number(*i.uploadMbps) : u"–"_s);
    case OltProfile:
        return i.oltProfile;
    case Price:
        return Money::fromCents(i.priceCents).format(locale);
    case NextPrice:
        if (!i.pendingPriceCents)
            return QString();
        return tr("%1 from %2")
            .arg(Money::fromCents(*i.pendingPriceCents).format(locale), i.pendingFrom.toString(Qt::ISODate));
    case Taxable:
        return i.taxable ? tr("Taxable") : tr("Exempt");
    case Active:
        return i.active ? tr("Active") : tr("Inactive");
    case Subscriptions:
        return i.subscriptions;
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Speeds:
        return tr("Speeds (down / up)");
    case OltProfile:
        return tr("OLT profile");
    case Price:
        return tr("Price per month");
    case NextPrice:
        return tr("Next price");
    case Taxable:
        return tr("Taxes");
    case Active:
        return tr("Status");
    case Subscriptions:
        return tr("Subscriptions");
    default:
        return {};
    }
}

void CatalogueFilterModel::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void CatalogueFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CatalogueFilterModel::setActiveFilter(ActiveFilter f)
{
    m_active = f;
    invalidateFilter();
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && i.data(CatalogueModel::KindRole).toString() != m_kind)
        return false;
    const bool active = i.data(CatalogueModel::ActiveRole).toBool();
    if ((m_active == ActiveFilter::Active && !active) || (m_active == ActiveFilter::Inactive && active))
        return false;
    return m_text.isEmpty() || i.data(CatalogueModel::SearchRole).toString().contains(m_text);
}
