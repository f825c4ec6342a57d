#include "ui/audit/AuditLogModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using ops::audit::AuditEntry;

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.texts[index.column()];
    case Qt::ToolTipRole:
        if (index.column() == Changes || index.column() == Customer)
            return r.texts[index.column()];
        return {};
    case IdRole:
        return r.entry.id;
    case ActionKeyRole:
        return r.entry.action;
    case SortRole:
        switch (index.column()) {
        case Time:
            return r.entry.atMicros;
        case EntityId:
            return r.entry.entityId;
        default:
            return r.texts[index.column()];
        }
    case Qt::TextAlignmentRole:
        if (index.column() == EntityId)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Staff:
        return tr("Staff");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case EntityId:
        return tr("Id");
    case Customer:
        return tr("Customer");
    case Changes:
        return tr("Changes");
    default:
        return {};
    }
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Created", "audit action");
    if (action == QLatin1String("update"))
        return tr("Changed", "audit action");
    if (action == QLatin1String("delete"))
        return tr("Deleted", "audit action");
    if (action == QLatin1String("view"))
        return tr("Opened", "audit action");
    if (action == QLatin1String("export"))
        return tr("Exported", "audit action");
    if (action == QLatin1String("reveal"))
        return tr("Revealed", "audit action");
    return action;
}

QString AuditLogModel::entityLabel(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return tr("Customer", "audit entity");
    if (entity == QLatin1String("service_location"))
        return tr("Service location", "audit entity");
    if (entity == QLatin1String("service_equipment"))
        return tr("Equipment", "audit entity");
    if (entity == QLatin1String("subscription"))
        return tr("Subscription", "audit entity");
    if (entity == QLatin1String("invoice"))
        return tr("Invoice", "audit entity");
    if (entity == QLatin1String("payment"))
        return tr("Payment", "audit entity");
    if (entity == QLatin1String("ticket"))
        return tr("Ticket", "audit entity");
    if (entity == QLatin1String("ticket_message"))
        return tr("Ticket message", "audit entity");
    if (entity == QLatin1String("dispatch_job"))
        return tr("Dispatch job", "audit entity");
    if (entity == QLatin1String("casl_consent"))
        return tr("Consent", "audit entity");
    if (entity == QLatin1String("staff"))
        return tr("Staff member", "audit entity");
    return entity;
}

QString AuditLogModel::changeSummary(const AuditEntry &e)
{
    if (e.action == QLatin1String("update")) {
        const QStringList fields = e.changedFields();
        return fields.isEmpty() ? tr("no field changed") : fields.join(u", "_s);
    }
    if (e.action == QLatin1String("insert"))
        return tr("created with %n field(s)", nullptr, int(e.after.size()));
    if (e.action == QLatin1String("delete"))
        return tr("deleted");
    if (e.action == QLatin1String("view"))
        return tr("file opened");
    if (e.action == QLatin1String("export"))
        return tr("data exported");
    if (e.action == QLatin1String("reveal"))
        return tr("secret revealed");
    return {};
}

AuditLogModel::Row AuditLogModel::makeRow(const AuditEntry &e)
{
    Row r;
    r.entry = e;
    const QLocale locale;
    r.texts[Time] = locale.toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    r.texts[Staff] = e.staffName.isEmpty() ? e.dbRole : e.staffName;
    r.texts[Action] = actionLabel(e.action);
    r.texts[Entity] = entityLabel(e.entity);
    r.texts[EntityId] = e.entityId ? QString::number(e.entityId) : QString();
    r.texts[Customer] = e.customerCode.isEmpty() ? QString()
        : e.customerName.isEmpty()               ? e.customerCode
                                   : tr("%1 · %2", "customer code · name").arg(e.customerCode, e.customerName);
    r.texts[Changes] = changeSummary(e);
    return r;
}

void AuditLogModel::setRows(const QList<AuditEntry> &rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const AuditEntry &e : rows)
        m_rows.append(makeRow(e));
    endResetModel();
}

void AuditLogModel::appendPage(const QList<AuditEntry> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const AuditEntry &e : rows)
        m_rows.append(makeRow(e));
    endInsertRows();
}

void AuditLogModel::clear()
{
    setRows({});
}
