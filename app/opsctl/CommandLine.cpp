#include "app/opsctl/CommandLine.h"

#include <QCoreApplication>

namespace ops {

QString takeOption(QStringList &args, const QString &name, const QString &fallback)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == name) {
            if (i + 1 >= args.size())
                return fallback;
            const QString v = args.at(i + 1);
            args.remove(i, 2);
            return v;
        }
        if (args.at(i).startsWith(name + QLatin1Char('='))) {
            const QString v = args.at(i).mid(name.size() + 1);
            args.removeAt(i);
            return v;
        }
    }
    return fallback;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

int fail(CommandContext &ctx, const Error &e)
{
    ctx.err << QCoreApplication::translate("opsctl", "error: %1").arg(e.userMessage);
    if (!e.detail.isEmpty() && qEnvironmentVariableIntValue("TARGO_VERBOSE") == 1)
        ctx.err << QStringLiteral(" (") << e.detail << QLatin1Char(')');
    ctx.err << Qt::endl;
    return 1;
}

int usageError(CommandContext &ctx, const QString &message)
{
    ctx.err << QCoreApplication::translate("opsctl", "error: %1").arg(message) << Qt::endl;
    return 2;
}

} // namespace ops
