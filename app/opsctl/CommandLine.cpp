#include "app/opsctl/CommandLine.h"

#include <QCoreApplication>
#include <QFile>

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

std::optional<QString> readTextFile(const QString &path, qint64 maxBytes, QString *error)
{
    // At most maxBytes + 1 are read, so a pipe or /dev/stdin works too and a huge file is never loaded.
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    const QByteArray bytes = opened ? file.read(maxBytes + 1) : QByteArray();
    if (!opened || bytes.size() > maxBytes) {
        *error = opened
            ? QCoreApplication::translate("opsctl", "%1 is larger than %2 KB").arg(path).arg(maxBytes / 1024)
            : QCoreApplication::translate("opsctl", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark written by some editors
        text.remove(0, 1);
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

} // namespace ops
