#pragma once

#include "core/staff/StaffApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::staff {

// Staff management on PostgreSQL: every call runs StaffRepository on a DB executor thread. Temporary passwords are
// generated here (CSPRNG) and never logged.
class StaffService : public StaffApi
{
    Q_OBJECT
public:
    explicit StaffService(DbExecutor &db, QObject *parent = nullptr);

    // Where invitation e-mails come from (the Mailjet sender of the integration settings); without one, e-mailing a
    // password is refused with a message saying so.
    void setInviteSender(const InviteSender &sender) { m_sender = sender; }
    bool hasInviteSender() const { return !m_sender.fromEmail.trimmed().isEmpty(); }

    QFuture<Result<QList<StaffMember>>> list() override;
    QFuture<Result<PasswordIssued>> invite(const StaffInvite &invite) override;
    QFuture<Status> setGroup(const QString &login, const QString &group) override;
    QFuture<Result<int>> deactivate(const QString &login) override;
    QFuture<Result<PasswordIssued>> resetPassword(const QString &login, PasswordDelivery delivery) override;

    // The connected login's staff row (must it change its password?), and the change itself.
    QFuture<Result<StaffMember>> self();
    QFuture<Status> changeOwnPassword(const QString &password);

private:
    template <typename T> QFuture<T> announce(QFuture<T> f);

    DbExecutor &m_db;
    InviteSender m_sender;
};

} // namespace ops::staff
