#include "core/staff/StaffInviteMail.h"

#include <QCoreApplication>

#include "core/integrations/MailjetClient.h"
#include "core/integrations/OutboxMessages.h"

namespace ops::staff {

Result<outbox::OutboxRequest> passwordMail(
    const StaffMember &member, const QString &password, const InviteSender &sender, PasswordMailKind kind)
{
    if (sender.fromEmail.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::staff",
                "E-mail is not set up (Mailjet has no sender address in the integration settings). Show the "
                "password once instead."));
    if (!emailProblem(member.email, true).isEmpty())
        return Error::make(Error::Kind::Validation, emailProblem(member.email, true));
    const bool en = member.language == QLatin1String("en");
    const bool invite = kind == PasswordMailKind::Invitation;
    const QString where = sender.server.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sender.server);
    // The person's language, whatever the admin's screen shows: both texts live here, not in the .ts files.
    QString subject;
    QString text;
    if (en) {
        subject = invite ? QStringLiteral("Your %1 account").arg(sender.appName)
                         : QStringLiteral("Your new %1 password").arg(sender.appName);
        text = QStringLiteral("Hello %1,\n\n%2\n\nLogin: %3\nTemporary password: %4\n\n"
                              "This password is valid for 7 days. %5 will ask you to choose your own password the "
                              "first time you sign in%6.\n\nIf you did not expect this message, tell your "
                              "administrator.\n")
                   .arg(member.displayName,
                       invite ? QStringLiteral("An account was created for you in %1.").arg(sender.appName)
                              : QStringLiteral("Your %1 password was reset.").arg(sender.appName),
                       member.login, password, sender.appName, where);
    } else {
        subject = invite ? QStringLiteral("Votre compte %1").arg(sender.appName)
                         : QStringLiteral("Votre nouveau mot de passe %1").arg(sender.appName);
        text = QStringLiteral("Bonjour %1,\n\n%2\n\nIdentifiant : %3\nMot de passe temporaire : %4\n\n"
                              "Ce mot de passe est valide 7 jours. %5 vous demandera de choisir votre propre mot de "
                              "passe à la première connexion%6.\n\nSi vous n'attendiez pas ce message, avisez votre "
                              "administrateur.\n")
                   .arg(member.displayName,
                       invite ? QStringLiteral("Un compte a été créé pour vous dans %1.").arg(sender.appName)
                              : QStringLiteral("Votre mot de passe %1 a été réinitialisé.").arg(sender.appName),
                       member.login, password, sender.appName, where);
    }
    integrations::MailjetMessage m;
    m.to = {integrations::MailjetAddress{member.email.trimmed(), member.displayName}};
    m.subject = subject;
    m.textPart = text;
    m.customId = QStringLiteral("staff-%1").arg(member.id);
    auto request = integrations::mailOutboxRequest(sender.fromEmail, sender.fromName, m);
    if (!request.ok())
        return request.error();
    outbox::OutboxRequest r = request.value();
    // Rows of entity 'staff' are readable by admins only (migration 0014's outbox policy).
    r.businessEntity = QStringLiteral("staff");
    r.businessId = member.id;
    return r;
}

} // namespace ops::staff
