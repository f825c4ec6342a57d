#include "ui/admin/StaffListModel.h"

#include <QLocale>

#include "ui/common/IdRowDiff.h"
#include "ui/common/Theme.h"

using ops::staff::StaffMember;

namespace {
bool sameMember(const StaffMember &a, const StaffMember &b)
{
    return a.id == b.id && a.login == b.login && a.displayName == b.displayName && a.email == b.email
        && a.group == b.group && a.language == b.language && a.active == b.active && a.hasLogin == b.hasLogin
        && a.canLogin == b.canLogin && a.superuser == b.superuser && a.mustChangePassword == b.mustChangePassword
        && a.updatedAt == b.updatedAt;
}
} // namespace

StaffListModel::StaffListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StaffListModel::setMembers(const QList<StaffMember> &members)
{
    IdRowDiffSignals s;
    s.beginRemove = [this](int row) {
        beginRemoveRows({}, row, row);
    };
    s.endRemove = [this] {
        endRemoveRows();
    };
    s.beginInsert = [this](int row) {
        beginInsertRows({}, row, row);
    };
    s.endInsert = [this] {
        endInsertRows();
    };
    s.changed = [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    applyIdRowDiff(
        m_rows, members, [](const StaffMember &m) { return m.id; }, [](const StaffMember &m) { return m.id; },
        [](const StaffMember &m) { return m; }, sameMember, s);
}

const StaffMember *StaffListModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StaffListModel::rowOfLogin(const QString &login) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).login == login)
            return i;
    }
    return -1;
}

QString StaffListModel::stateText(const StaffMember &m)
{
    if (!m.active)
        return tr("Deactivated");
    if (m.superuser)
        return tr("Database administrator", "the embedded database's own superuser");
    if (!m.hasLogin)
        return tr("No login yet");
    if (!m.canLogin)
        return tr("Cannot log in");
    if (m.mustChangePassword)
        return tr("Invited (temporary password)");
    return tr("Active");
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    const StaffMember *m = memberAt(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == LoginRole)
        return m->login;
    if (role == Qt::ForegroundRole && !m->active)
        return Theme::color(Theme::Role::TextMuted);
    if (role == SortRole && index.column() == LastChange)
        return m->updatedAt;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Login:
        return m->login;
    case Name:
        return m->displayName;
    case Group:
        return ops::staff::groupDisplayName(m->group);
    case Email:
        return m->email;
    case State:
        return stateText(*m);
    case LastChange:
        return QLocale().toString(m->updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Group:
        return tr("Group");
    case Email:
        return tr("E-mail");
    case State:
        return tr("State");
    case LastChange:
        return tr("Last change");
    case ColumnCount:
        break;
    }
    return {};
}
