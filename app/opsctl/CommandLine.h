#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QStringList>
#include <QTextStream>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops {

// What every targo-opsctl command receives: the common options, output streams, and a way to reach the database.
struct CommandContext
{
    bool json = false; // --json: data on stdout as JSON
    QString dbConninfo; // --db CONNINFO (keyword form or URI, passed to libpq unchanged)
    QString embeddedDir; // --embedded DIR (default: the app's own embedded cluster)
    QTextStream &out;
    QTextStream &err;
    // Opens a connection: --db as given, else the embedded cluster (started if needed). When migrate is true an
    // embedded database is brought up to date; a shared server with pending migrations is refused with a message.
    std::function<Result<std::unique_ptr<db::PgConnection>>(bool migrate)> connect;
    // Conninfo of the same database (for commands that need several connections).
    std::function<Result<QString>()> conninfo;
};

// Takes "--name value" (or "--name=value") out of args; returns fallback when absent.
QString takeOption(QStringList &args, const QString &name, const QString &fallback = {});
bool takeFlag(QStringList &args, const QString &name);
// One-line error on stderr, exit code 1 (or 2 for usage errors).
int fail(CommandContext &ctx, const Error &e);
int usageError(CommandContext &ctx, const QString &message);
// A UTF-8 text file given on the command line (a BOM dropped, CRLF read as LF), at most maxBytes; an error message
// (translated, names the file) in *error otherwise.
std::optional<QString> readTextFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace ops
