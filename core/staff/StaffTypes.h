#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/Error.h"

namespace ops::staff {

// One row of `staff` with the state of its PostgreSQL login role.
struct StaffMember
{
    qint64 id = 0;
    QString login; // the PostgreSQL role (staff.pg_role)
    QString displayName;
    QString email;
    QString group; // dispatcher | billing | manager | admin | technician
    QString language; // fr | en
    bool active = true;
    bool hasLogin = false; // a role of that name exists
    bool canLogin = false; // ... and it has LOGIN
    bool superuser = false; // the embedded cluster's own user: not managed here
    bool mustChangePassword = false;
    QDateTime updatedAt; // last change of the row
    QDateTime passwordSetAt;
};

// How the temporary password of an invitation (or a reset) reaches the person.
enum class PasswordDelivery
{
    ShowOnce, // shown once to the admin (GUI dialog, or printed by targo-opsctl)
    Email, // e-mailed through the outbox (Mailjet), in the staff member's language
};

struct StaffInvite
{
    QString login;
    QString displayName;
    QString email; // required with PasswordDelivery::Email
    QString group; // dispatcher | billing | manager | admin
    QString language = QStringLiteral("fr");
    PasswordDelivery delivery = PasswordDelivery::ShowOnce;
    QString password; // empty: generated (targo-opsctl --password-stdin gives one)
};

// The outcome of an invitation or a password reset. temporaryPassword is set only for ShowOnce: show it once, keep it
// nowhere.
struct PasswordIssued
{
    QString login;
    qint64 staffId = 0;
    QString temporaryPassword;
    std::optional<qint64> outboxId; // the e-mail's outbox row (Email)
};

// Where invitation e-mails come from (the Mailjet sender of the integration settings).
struct InviteSender
{
    QString fromEmail;
    QString fromName = QStringLiteral("TARGO");
    QString appName = QStringLiteral("Targo Ops");
    QString server; // shown in the e-mail: where to connect (host name), may be empty
};

// The four groups staff can be put in (technician is reserved for the future field application).
QStringList assignableGroups();
// Translated name of a group ("Dispatch", "Billing", ...).
QString groupDisplayName(const QString &group);

// Client-side checks, the same rules as the database functions (which decide): empty when valid.
QString loginProblem(const QString &login);
QString emailProblem(const QString &email, bool required);
QString passwordProblem(const QString &password); // for a password a person chose (at least 12 characters)

// A temporary password from the system CSPRNG (QRandomGenerator::system()): `length` characters from an alphabet
// without look-alike characters, at least one lower case letter, one upper case letter and one digit.
QString generateTemporaryPassword(int length = 20);

// The translated message for a refusal of the staff functions (SQLSTATE class TS, see migration 0014), or the
// error unchanged.
Error staffError(Error e);

} // namespace ops::staff

Q_DECLARE_METATYPE(ops::staff::StaffMember)
