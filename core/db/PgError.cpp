#include "core/db/PgError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ops::db {

namespace {

// The object named by a "permission denied" message, as people call it (translated); empty when not one of ours.
QString objectLabel(const QString &table)
{
    struct Entry
    {
        const char *table;
        const char *label;
    };
    static const Entry entries[] = {
        {"customers", QT_TRANSLATE_NOOP("ops::db", "customers")},
        {"service_locations", QT_TRANSLATE_NOOP("ops::db", "service locations")},
        {"service_equipment", QT_TRANSLATE_NOOP("ops::db", "equipment")},
        {"subscriptions", QT_TRANSLATE_NOOP("ops::db", "subscriptions")},
        {"invoices", QT_TRANSLATE_NOOP("ops::db", "invoices")},
        {"invoice_lines", QT_TRANSLATE_NOOP("ops::db", "invoices")},
        {"payments", QT_TRANSLATE_NOOP("ops::db", "payments")},
        {"payment_allocations", QT_TRANSLATE_NOOP("ops::db", "payments")},
        {"tickets", QT_TRANSLATE_NOOP("ops::db", "tickets")},
        {"ticket_messages", QT_TRANSLATE_NOOP("ops::db", "ticket messages")},
        {"dispatch_jobs", QT_TRANSLATE_NOOP("ops::db", "dispatch jobs")},
        {"audit_log", QT_TRANSLATE_NOOP("ops::db", "the audit log")},
        {"outbox", QT_TRANSLATE_NOOP("ops::db", "the outbox")},
        {"staff", QT_TRANSLATE_NOOP("ops::db", "staff accounts")},
        {"campaigns", QT_TRANSLATE_NOOP("ops::db", "campaigns")},
    };
    for (const Entry &e : entries)
        if (table == QLatin1String(e.table))
            return QCoreApplication::translate("ops::db", e.label);
    return {};
}

} // namespace

Error forbiddenError(const QString &detail)
{
    Error e;
    e.kind = Error::Kind::Forbidden;
    e.code = QStringLiteral("42501");
    e.detail = detail;
    // "permission denied for table customers", "... for column radius_pwd of relation subscriptions",
    // "... for function ops_staff_invite", "... for sequence ...".
    static const QRegularExpression column(QStringLiteral("permission denied for column (\\S+) of relation (\\S+)"));
    static const QRegularExpression table(QStringLiteral("permission denied for (?:table|relation|view) (\\S+)"));
    QString what;
    if (const auto m = column.match(detail); m.hasMatch()) {
        if (m.captured(1) == QLatin1String("radius_pwd"))
            what = QCoreApplication::translate("ops::db", "RADIUS passwords");
        else
            what = objectLabel(m.captured(2));
    } else if (const auto t = table.match(detail); t.hasMatch()) {
        what = objectLabel(t.captured(1));
    }
    e.userMessage = what.isEmpty()
        ? QCoreApplication::translate("ops::db", "Your role does not allow this operation.")
        : QCoreApplication::translate("ops::db", "Your role does not allow this operation on %1.").arg(what);
    return e;
}

bool isRetryableSqlState(const QString &s)
{
    return s == QLatin1String("40001") || s == QLatin1String("40P01");
}

Error errorFromSqlState(const QString &s, const QString &detail)
{
    Error e;
    e.code = s;
    e.detail = detail;
    e.retryable = isRetryableSqlState(s);
    const QString cls = s.left(2);
    if (s == QLatin1String("23505")) {
        e.kind = Error::Kind::Conflict;
        e.userMessage = QCoreApplication::translate("ops::db", "This value is already used by another record.");
    } else if (s == QLatin1String("23503")) {
        e.kind = Error::Kind::Validation;
        e.userMessage = QCoreApplication::translate(
            "ops::db", "This record refers to something that does not exist, or is still referenced elsewhere.");
    } else if (s == QLatin1String("23514") || s == QLatin1String("23502") || cls == QLatin1String("22")) {
        e.kind = Error::Kind::Validation;
        e.userMessage = QCoreApplication::translate("ops::db", "A value is missing or not in the expected format.");
    } else if (e.retryable) {
        e.kind = Error::Kind::Conflict;
        e.userMessage = QCoreApplication::translate(
            "ops::db", "Another user changed the same data at the same time. Please try again.");
    } else if (s == QLatin1String("57014")) {
        e.kind = Error::Kind::Cancelled;
        e.userMessage = QCoreApplication::translate("ops::db", "The operation was cancelled.");
    } else if (cls == QLatin1String("28")) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate("ops::db", "The database refused the user name or password.");
    } else if (s == QLatin1String("42501")) {
        return forbiddenError(detail);
    } else if (s == QLatin1String("08P01")) {
        // A protocol violation (a statement given the wrong number of parameters, ...) is a bug in this program,
        // not an outage: reconnecting would not help.
        e.kind = Error::Kind::Internal;
        e.userMessage = QCoreApplication::translate("ops::db",
            "Targo Ops sent the database a request it could not understand (an internal error). It has "
            "been logged; please report it.");
    } else if (cls == QLatin1String("08") || cls == QLatin1String("57") || cls == QLatin1String("53")) {
        e.kind = Error::Kind::Unavailable;
        e.userMessage =
            QCoreApplication::translate("ops::db", "The database server is unavailable. Targo Ops will reconnect.");
        e.retryable = cls != QLatin1String("57") || s == QLatin1String("57P01");
    } else if (s == QLatin1String("42P01") || s == QLatin1String("42703") || s == QLatin1String("42883")) {
        e.kind = Error::Kind::Schema;
        e.userMessage =
            QCoreApplication::translate("ops::db", "The database schema does not match this version of Targo Ops.");
    } else {
        e.kind = Error::Kind::Database;
        e.userMessage = QCoreApplication::translate("ops::db", "The database reported an error.");
    }
    return e;
}

Error connectionError(const QString &msg)
{
    Error e;
    e.detail = msg.trimmed();
    e.code = QStringLiteral("08006");
    const QString m = msg.toLower();
    // A TLS connection that the server dropped (a crash, a failover) says "SSL" too: a lost connection first, before
    // any certificate reading.
    const bool dropped = m.contains(QLatin1String("closed the connection unexpectedly"))
        || m.contains(QLatin1String("ssl connection has been closed unexpectedly"))
        || m.contains(QLatin1String("ssl syscall error")) || m.contains(QLatin1String("connection reset"))
        || m.contains(QLatin1String("broken pipe")) || m.contains(QLatin1String("no connection to the server"))
        || m.contains(QLatin1String("terminating connection"));
    if (dropped) {
        e.kind = Error::Kind::Unavailable;
        e.retryable = true;
        e.userMessage = QCoreApplication::translate("ops::db", "The database server cannot be reached.");
    } else if (m.contains(QLatin1String("password authentication failed"))
        || m.contains(QLatin1String("no password supplied")) || m.contains(QLatin1String("authentication failed"))) {
        e.kind = Error::Kind::Auth;
        e.code = QStringLiteral("28P01");
        e.userMessage = QCoreApplication::translate("ops::db", "The database refused the user name or password.");
    } else if (m.contains(QLatin1String("does not match host name"))) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate("ops::db",
            "The database server's certificate is not valid for the server name in the connection settings. Check "
            "the name (it must be the one in the certificate).");
    } else if (m.contains(QLatin1String("certificate verify failed"))) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate("ops::db",
            "The database server's certificate is not signed by the expected certificate authority. Check the CA "
            "file in the connection settings.");
    } else if (m.contains(QLatin1String("root certificate file")) && m.contains(QLatin1String("does not exist"))) {
        e.kind = Error::Kind::Validation;
        e.userMessage = QCoreApplication::translate(
            "ops::db", "The certificate authority (CA) file named in the connection settings was not found.");
    } else if (m.contains(QLatin1String("pg_hba.conf")) && m.contains(QLatin1String("no encryption"))) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate("ops::db",
            "The database server accepts only secure (TLS) connections. Turn TLS on in the connection settings.");
    } else if (m.contains(QLatin1String("pg_hba.conf"))) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate("ops::db",
            "The database server's access rules do not allow this connection (this computer, user or database).");
    } else if (m.contains(QLatin1String("does not exist")) && m.contains(QLatin1String("database"))) {
        e.kind = Error::Kind::NotFound;
        e.code = QStringLiteral("3D000");
        e.userMessage = QCoreApplication::translate("ops::db", "The database does not exist on this server.");
    } else if (m.contains(QLatin1String("certificate")) || m.contains(QLatin1String("ssl"))) {
        e.kind = Error::Kind::Auth;
        e.userMessage = QCoreApplication::translate(
            "ops::db", "The secure (TLS) connection to the database could not be verified.");
    } else if (m.contains(QLatin1String("invalid connection option")) || m.contains(QLatin1String("missing"))
        || m.contains(QLatin1String("invalid"))) {
        e.kind = Error::Kind::Validation;
        e.userMessage = QCoreApplication::translate("ops::db", "The connection settings are not valid.");
    } else {
        e.kind = Error::Kind::Unavailable;
        e.retryable = true;
        e.userMessage = QCoreApplication::translate("ops::db", "The database server cannot be reached.");
    }
    return e;
}

} // namespace ops::db
