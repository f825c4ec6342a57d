#include "core/staff/StaffTypes.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ops::staff {

QStringList assignableGroups()
{
    return {
        QStringLiteral("dispatcher"), QStringLiteral("billing"), QStringLiteral("manager"), QStringLiteral("admin")};
}

QString groupDisplayName(const QString &group)
{
    if (group == QLatin1String("dispatcher"))
        return QCoreApplication::translate("ops::staff", "Dispatch", "staff group");
    if (group == QLatin1String("billing"))
        return QCoreApplication::translate("ops::staff", "Billing", "staff group");
    if (group == QLatin1String("manager"))
        return QCoreApplication::translate("ops::staff", "Manager", "staff group");
    if (group == QLatin1String("admin"))
        return QCoreApplication::translate("ops::staff", "Administrator", "staff group");
    if (group == QLatin1String("technician"))
        return QCoreApplication::translate("ops::staff", "Technician", "staff group");
    return group;
}

QString loginProblem(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.-]{1,62}$"));
    if (!re.match(login).hasMatch())
        return QCoreApplication::translate("ops::staff",
            "A login has 2 to 63 characters: lower-case letters, digits, '.', '_' or '-', starting with a "
            "letter.");
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("ops_")))
        return QCoreApplication::translate(
            "ops::staff", "A login cannot start with \"pg_\" or \"ops_\" (reserved by the database).");
    return {};
}

QString emailProblem(const QString &email, bool required)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString e = email.trimmed();
    if (e.isEmpty())
        return required ? QCoreApplication::translate(
                   "ops::staff", "An e-mail address is required to e-mail the temporary password.")
                        : QString();
    if (!re.match(e).hasMatch())
        return QCoreApplication::translate("ops::staff", "This e-mail address is not valid.");
    return {};
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 12)
        return QCoreApplication::translate("ops::staff", "A password has at least 12 characters.");
    return {};
}

QString generateTemporaryPassword(int length)
{
    // No 0/O, 1/l/I: the password may be read aloud or copied by hand.
    static const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    const QString all = lower + upper + digits;
    length = qMax(length, 16);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (;;) {
        QString p;
        p.reserve(length);
        for (int i = 0; i < length; ++i)
            p.append(all.at(int(rng->bounded(quint32(all.size())))));
        const auto has = [&p](const QString &set) {
            return std::any_of(p.cbegin(), p.cend(), [&set](QChar c) { return set.contains(c); });
        };
        if (has(lower) && has(upper) && has(digits))
            return p;
    }
}

Error staffError(Error e)
{
    if (!e.code.startsWith(QLatin1String("TS")))
        return e;
    const int n = e.code.mid(2).toInt();
    e.kind = Error::Kind::Validation;
    switch (n) {
    case 1:
        e.userMessage = loginProblem(QStringLiteral("!"));
        break;
    case 2:
        e.kind = Error::Kind::Conflict;
        e.userMessage = QCoreApplication::translate(
            "ops::staff", "This login is already used by another staff member or database account.");
        break;
    case 3:
        e.userMessage =
            QCoreApplication::translate("ops::staff", "Unknown group. Choose dispatcher, billing, manager or admin.");
        break;
    case 4:
        e.userMessage = QCoreApplication::translate(
            "ops::staff", "An e-mail address is required to e-mail the temporary password.");
        break;
    case 5:
        e.userMessage = QCoreApplication::translate("ops::staff", "This e-mail address is not valid.");
        break;
    case 6:
        e.kind = Error::Kind::Conflict;
        e.userMessage = QCoreApplication::translate(
            "ops::staff", "This is the last active administrator: name another administrator first.");
        break;
    case 7:
        e.kind = Error::Kind::NotFound;
        e.userMessage = QCoreApplication::translate("ops::staff", "No staff member has this login.");
        break;
    case 8:
        e.userMessage = QCoreApplication::translate(
            "ops::staff", "This account is not managed by Targo Ops (a database superuser or a reserved role).");
        break;
    case 9:
        e.kind = Error::Kind::Internal;
        e.userMessage = QCoreApplication::translate(
            "ops::staff", "The password could not be prepared for the database (an internal error).");
        break;
    case 10:
        e.userMessage = QCoreApplication::translate("ops::staff", "This account is deactivated.");
        break;
    case 11:
        e.userMessage = QCoreApplication::translate("ops::staff", "You cannot deactivate your own account.");
        break;
    case 12:
        e.userMessage = QCoreApplication::translate("ops::staff", "A name of 1 to 200 characters is required.");
        break;
    case 13:
        e.userMessage =
            QCoreApplication::translate("ops::staff", "The password of this account cannot be changed here.");
        break;
    default:
        break;
    }
    return e;
}

} // namespace ops::staff
