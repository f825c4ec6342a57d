#pragma once

#include <optional>

#include <QList>

#include "core/common/Result.h"
#include "core/staff/StaffTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::staff {

// SQL for staff accounts: reads `staff` with the state of each login role, and calls the SECURITY DEFINER functions
// of migration 0014 (EXECUTE: ops_admin). Passwords go to the server only as SCRAM verifiers computed here.
// Synchronous; DB threads only. Refusals come back mapped by staffError().
class StaffRepository
{
public:
    explicit StaffRepository(db::PgConnection &c);

    Result<QList<StaffMember>> list();
    Result<StaffMember> find(const QString &login);
    // The connected login (session_user) with its staff row; id 0 and no group when it has none (a superuser).
    Result<StaffMember> self();

    // invite.password must be set (the service generates it). With PasswordDelivery::Email, sender is required and
    // the e-mail is enqueued in the same transaction as the account.
    Result<PasswordIssued> add(const StaffInvite &invite, const std::optional<InviteSender> &sender = std::nullopt);
    Status setGroup(const QString &login, const QString &group);
    Result<int> deactivate(const QString &login);
    Result<PasswordIssued> resetPassword(const QString &login, const QString &password, PasswordDelivery delivery,
        const std::optional<InviteSender> &sender = std::nullopt);
    // The connected login's own password (first login after an invitation or a reset).
    Status changeOwnPassword(const QString &password);

private:
    db::PgConnection &m_c;
};

} // namespace ops::staff
