#include "app/opsctl/StaffCommands.h"

#include <cstdio>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/staff/StaffRepository.h"

namespace ops {

namespace {

using staff::PasswordDelivery;
using staff::PasswordIssued;
using staff::StaffRepository;

// One line from standard input (a password given by a script): never echoed, never logged.
Result<QString> passwordFromStdin()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (const QString problem = staff::passwordProblem(line); !problem.isEmpty())
        return Error::make(Error::Kind::Validation, problem);
    return line;
}

// The password alone on stdout (so a script can take it), the explanation on stderr; or one JSON object.
int printIssued(CommandContext &ctx, const PasswordIssued &issued, const QString &what, bool fromStdin)
{
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("login"), issued.login}, {QStringLiteral("staff_id"), issued.staffId},
            {QStringLiteral("must_change_password"), true}};
        if (!fromStdin)
            o.insert(QStringLiteral("temporary_password"), issued.temporaryPassword);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    ctx.err << what << Qt::endl;
    if (fromStdin) {
        ctx.err << QCoreApplication::translate("opsctl",
            "The password given on standard input is temporary: valid 7 days, to be changed at the first "
            "login.")
                << Qt::endl;
        return 0;
    }
    ctx.err << QCoreApplication::translate(
        "opsctl", "Temporary password (shown only now; valid 7 days, to be changed at the first login):")
            << Qt::endl;
    ctx.out << issued.temporaryPassword << Qt::endl;
    return 0;
}

int add(QStringList args, CommandContext &ctx)
{
    staff::StaffInvite invite;
    invite.group = takeOption(args, QStringLiteral("--group"));
    invite.displayName = takeOption(args, QStringLiteral("--name"));
    invite.email = takeOption(args, QStringLiteral("--email"));
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (args.size() != 1 || invite.group.isEmpty() || invite.displayName.isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl",
                "usage: staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] "
                "[--password-stdin]"));
    invite.login = args.first();
    if (fromStdin) {
        auto pw = passwordFromStdin();
        if (!pw.ok())
            return fail(ctx, pw.error());
        invite.password = pw.value();
    } else {
        invite.password = staff::generateTemporaryPassword();
    }
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto issued = StaffRepository(*c.value()).add(invite);
    if (!issued.ok())
        return fail(ctx, issued.error());
    return printIssued(ctx, issued.value(),
        QCoreApplication::translate("opsctl", "Created the login %1 (%2).")
            .arg(invite.login, staff::groupDisplayName(invite.group)),
        fromStdin);
}

int resetPassword(QStringList args, CommandContext &ctx)
{
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (args.size() != 1)
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "usage: staff reset-password LOGIN [--password-stdin]"));
    QString password = staff::generateTemporaryPassword();
    if (fromStdin) {
        auto pw = passwordFromStdin();
        if (!pw.ok())
            return fail(ctx, pw.error());
        password = pw.value();
    }
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto issued = StaffRepository(*c.value()).resetPassword(args.first(), password, PasswordDelivery::ShowOnce);
    if (!issued.ok())
        return fail(ctx, issued.error());
    return printIssued(ctx, issued.value(),
        QCoreApplication::translate("opsctl", "New password for %1.").arg(args.first()), fromStdin);
}

QJsonObject memberJson(const staff::StaffMember &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("login"), m.login},
        {QStringLiteral("name"), m.displayName}, {QStringLiteral("email"), m.email}, {QStringLiteral("group"), m.group},
        {QStringLiteral("language"), m.language}, {QStringLiteral("active"), m.active},
        {QStringLiteral("can_login"), m.canLogin}, {QStringLiteral("has_login"), m.hasLogin},
        {QStringLiteral("superuser"), m.superuser}, {QStringLiteral("must_change_password"), m.mustChangePassword},
        {QStringLiteral("updated_at"), m.updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

int list(QStringList args, CommandContext &ctx)
{
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: staff list [--json]"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto members = StaffRepository(*c.value()).list();
    if (!members.ok())
        return fail(ctx, members.error());
    if (ctx.json) {
        QJsonArray a;
        for (const auto &m : std::as_const(members.value()))
            a.append(memberJson(m));
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &m : std::as_const(members.value())) {
        QString state = !m.active  ? QCoreApplication::translate("opsctl", "deactivated")
            : m.superuser          ? QCoreApplication::translate("opsctl", "database superuser")
            : !m.hasLogin          ? QCoreApplication::translate("opsctl", "no login")
            : !m.canLogin          ? QCoreApplication::translate("opsctl", "cannot log in")
            : m.mustChangePassword ? QCoreApplication::translate("opsctl", "must change password")
                                   : QCoreApplication::translate("opsctl", "active");
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(m.login.leftJustified(20), m.group.leftJustified(10), state.leftJustified(22),
                           m.displayName, m.email)
                       .trimmed()
                << Qt::endl;
    }
    return 0;
}

int setGroup(QStringList args, CommandContext &ctx)
{
    if (args.size() != 2)
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "usage: staff set-group LOGIN dispatcher|billing|manager|admin"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    Status s = StaffRepository(*c.value()).setGroup(args.at(0), args.at(1));
    if (!s.ok())
        return fail(ctx, s.error());
    if (ctx.json)
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("login"), args.at(0)}, {QStringLiteral("group"), args.at(1)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.err << QCoreApplication::translate("opsctl", "%1 is now in the group %2.")
                       .arg(args.at(0), staff::groupDisplayName(args.at(1)))
                << Qt::endl;
    return 0;
}

int deactivate(QStringList args, CommandContext &ctx)
{
    if (args.size() != 1)
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: staff deactivate LOGIN"));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto ended = StaffRepository(*c.value()).deactivate(args.first());
    if (!ended.ok())
        return fail(ctx, ended.error());
    if (ctx.json)
        ctx.out << QJsonDocument(
            QJsonObject{{QStringLiteral("login"), args.first()}, {QStringLiteral("sessions_ended"), ended.value()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.err << QCoreApplication::translate(
            "opsctl", "%1 is deactivated (%n session(s) ended); its history is kept.", nullptr, ended.value())
                       .arg(args.first())
                << Qt::endl;
    return 0;
}

} // namespace

int runStaffCommand(QStringList args, CommandContext &ctx)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return add(args, ctx);
    if (sub == QLatin1String("list"))
        return list(args, ctx);
    if (sub == QLatin1String("set-group"))
        return setGroup(args, ctx);
    if (sub == QLatin1String("deactivate"))
        return deactivate(args, ctx);
    if (sub == QLatin1String("reset-password"))
        return resetPassword(args, ctx);
    return usageError(
        ctx, QCoreApplication::translate("opsctl", "usage: staff add|list|set-group|deactivate|reset-password ..."));
}

} // namespace ops
