#include "core/staff/StaffRepository.h"

#include <functional>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"
#include "core/staff/StaffInviteMail.h"

namespace ops::staff {

namespace {

constexpr const char *kSelect =
    "SELECT s.id, s.pg_role, s.display_name, coalesce(s.email, ''), s.role_group, s.language, s.active,"
    " r.rolname IS NOT NULL, coalesce(r.rolcanlogin, false), coalesce(r.rolsuper, false), s.must_change_password,"
    " s.updated_at, s.password_set_at"
    " FROM staff s LEFT JOIN pg_roles r ON r.rolname = s.pg_role";

StaffMember memberAt(const db::PgResult &r, int i)
{
    StaffMember m;
    m.id = r.int64(i, 0);
    m.login = r.text(i, 1);
    m.displayName = r.text(i, 2);
    m.email = r.text(i, 3);
    m.group = r.text(i, 4);
    m.language = r.text(i, 5);
    m.active = r.boolean(i, 6);
    m.hasLogin = r.boolean(i, 7);
    m.canLogin = r.boolean(i, 8);
    m.superuser = r.boolean(i, 9);
    m.mustChangePassword = r.boolean(i, 10);
    m.updatedAt = r.timestamp(i, 11);
    if (!r.isNull(i, 12))
        m.passwordSetAt = r.timestamp(i, 12);
    return m;
}

Error notFound()
{
    return staffError(Error{Error::Kind::NotFound, {}, {}, QStringLiteral("TS007"), false});
}

// A password the database will never see: its SCRAM verifier.
Result<QByteArray> verifierFor(db::PgConnection &c, const QString &password, const QString &login)
{
    if (password.isEmpty())
        return Error::internal(QStringLiteral("no password to set"));
    return c.scramVerifier(password, login);
}

} // namespace

StaffRepository::StaffRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<QList<StaffMember>> StaffRepository::list()
{
    auto r =
        m_c.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY s.active DESC, lower(s.display_name), s.id"));
    if (!r.ok())
        return staffError(r.error());
    QList<StaffMember> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out.append(memberAt(r.value(), i));
    return out;
}

Result<StaffMember> StaffRepository::find(const QString &login)
{
    auto r =
        m_c.exec(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE s.pg_role = $1"), db::SqlParams().add(login));
    if (!r.ok())
        return staffError(r.error());
    if (r.value().rows() == 0)
        return notFound();
    return memberAt(r.value(), 0);
}

Result<StaffMember> StaffRepository::self()
{
    // The login may have no staff row (the server's superuser, the embedded cluster's own user).
    auto r = m_c.exec("SELECT coalesce(s.id, 0), r.rolname, coalesce(s.display_name, r.rolname),"
                      " coalesce(s.email, ''), coalesce(s.role_group, ''), coalesce(s.language, 'fr'),"
                      " coalesce(s.active, true), true, r.rolcanlogin, r.rolsuper,"
                      " coalesce(s.must_change_password, false), coalesce(s.updated_at, now()), s.password_set_at"
                      " FROM pg_roles r LEFT JOIN staff s ON s.pg_role = r.rolname WHERE r.rolname = session_user");
    if (!r.ok())
        return staffError(r.error());
    if (r.value().rows() == 0)
        return notFound();
    return memberAt(r.value(), 0);
}

Result<PasswordIssued> StaffRepository::add(const StaffInvite &invite, const std::optional<InviteSender> &sender)
{
    const bool byEmail = invite.delivery == PasswordDelivery::Email;
    if (byEmail && !sender)
        return Error::internal(QStringLiteral("an e-mailed invitation needs a sender"));
    auto verifier = verifierFor(m_c, invite.password, invite.login);
    if (!verifier.ok())
        return verifier.error();
    std::function<Result<PasswordIssued>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<PasswordIssued> {
        auto id = c.exec("SELECT ops_staff_add($1, $2, $3, $4, $5, $6, $7)",
            db::SqlParams()
                .add(invite.login)
                .add(invite.group)
                .add(invite.displayName)
                .add(invite.email.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(invite.email.trimmed()))
                .add(invite.language)
                .add(verifier.value())
                .add(byEmail));
        if (!id.ok())
            return staffError(id.error());
        PasswordIssued issued;
        issued.login = invite.login;
        issued.staffId = id.value().int64(0, 0);
        if (!byEmail) {
            issued.temporaryPassword = invite.password;
            return issued;
        }
        StaffMember m;
        m.id = issued.staffId;
        m.login = invite.login;
        m.displayName = invite.displayName.trimmed();
        m.email = invite.email.trimmed();
        m.language = invite.language;
        auto request = passwordMail(m, invite.password, *sender, PasswordMailKind::Invitation);
        if (!request.ok())
            return request.error();
        auto item = outbox::enqueue(c, request.value());
        if (!item.ok())
            return item.error();
        issued.outboxId = item.value().id;
        return issued;
    };
    return db::withTransaction(m_c, fn, db::Isolation::ReadCommitted, 1);
}

Status StaffRepository::setGroup(const QString &login, const QString &group)
{
    auto r = m_c.exec("SELECT ops_staff_set_group($1, $2)", db::SqlParams().add(login).add(group));
    if (!r.ok())
        return staffError(r.error());
    return success();
}

Result<int> StaffRepository::deactivate(const QString &login)
{
    auto r = m_c.exec("SELECT ops_staff_deactivate($1)", db::SqlParams().add(login));
    if (!r.ok())
        return staffError(r.error());
    return int(r.value().int64(0, 0));
}

Result<PasswordIssued> StaffRepository::resetPassword(
    const QString &login, const QString &password, PasswordDelivery delivery, const std::optional<InviteSender> &sender)
{
    const bool byEmail = delivery == PasswordDelivery::Email;
    if (byEmail && !sender)
        return Error::internal(QStringLiteral("an e-mailed password needs a sender"));
    auto verifier = verifierFor(m_c, password, login);
    if (!verifier.ok())
        return verifier.error();
    std::function<Result<PasswordIssued>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<PasswordIssued> {
        auto r = c.exec("SELECT ops_staff_reset_password($1, $2)", db::SqlParams().add(login).add(verifier.value()));
        if (!r.ok())
            return staffError(r.error());
        auto member = find(login);
        if (!member.ok())
            return member.error();
        if (byEmail && member.value().email.isEmpty()) // rolled back with the reset
            return staffError(Error{Error::Kind::Validation, {}, {}, QStringLiteral("TS004"), false});
        PasswordIssued issued;
        issued.login = login;
        issued.staffId = member.value().id;
        if (!byEmail) {
            issued.temporaryPassword = password;
            return issued;
        }
        auto request = passwordMail(member.value(), password, *sender, PasswordMailKind::Reset);
        if (!request.ok())
            return request.error();
        auto item = outbox::enqueue(c, request.value());
        if (!item.ok())
            return item.error();
        issued.outboxId = item.value().id;
        return issued;
    };
    return db::withTransaction(m_c, fn, db::Isolation::ReadCommitted, 1);
}

Status StaffRepository::changeOwnPassword(const QString &password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error::make(Error::Kind::Validation, problem);
    auto verifier = verifierFor(m_c, password, m_c.user());
    if (!verifier.ok())
        return verifier.error();
    auto r = m_c.exec("SELECT ops_staff_change_own_password($1)", db::SqlParams().add(verifier.value()));
    if (!r.ok())
        return staffError(r.error());
    return success();
}

} // namespace ops::staff
