#include "core/db/PgConnection.h"

#include <cerrno>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>
#ifdef _WIN32
#include <winsock2.h> // WSAPoll: the same pollfd and POLLIN on a libpq socket
#else
#include <poll.h>
#endif

#include "core/db/PgError.h"

namespace {

// poll() on one socket; false on an error other than an interrupted call (WSAPoll reports through WSAGetLastError,
// never errno). rc: what poll returned when it did not fail.
bool pollOne(pollfd &pfd, int timeoutMs, int *rc)
{
#ifdef _WIN32
    *rc = ::WSAPoll(&pfd, 1, timeoutMs);
    return *rc >= 0 || ::WSAGetLastError() == WSAEINTR;
#else
    *rc = ::poll(&pfd, 1, timeoutMs);
    return *rc >= 0 || errno == EINTR;
#endif
}

} // namespace

namespace ops::db {

PgConnection::PgConnection(pg_conn *c)
    : m_conn(c)
    , m_cancel(PQgetCancel(c))
{}

PgConnection::~PgConnection()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo, int connectTimeoutSec)
{
    // Later keywords override earlier ones, and the expanded dbname (the caller's conninfo, passed through
    // unchanged) comes last among those it sets: our defaults apply only where the caller said nothing.
    const QByteArray timeout = QByteArray::number(connectTimeoutSec);
    const QByteArray info = conninfo.toUtf8();
    const char *keys[] = {
        "connect_timeout", "options", "fallback_application_name", "client_encoding", "dbname", nullptr};
    const char *values[] = {timeout.constData(), "-c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=iso_8601",
        "targo-ops", "UTF8", info.constData(), nullptr};
    pg_conn *c = PQconnectdbParams(keys, values, 1);
    if (!c)
        return Error::make(Error::Kind::Internal, QStringLiteral("out of memory"));
    if (PQstatus(c) != CONNECTION_OK) {
        const QString msg = QString::fromUtf8(PQerrorMessage(c));
        PQfinish(c);
        return connectionError(msg);
    }
    return std::unique_ptr<PgConnection>(new PgConnection(c));
}

Result<std::unique_ptr<PgConnection>> PgConnection::openSibling() const
{
    PQconninfoOption *options = PQconninfo(m_conn);
    if (!options)
        return Error::make(Error::Kind::Internal, QStringLiteral("out of memory"));
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val) {
            keys.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn *c = PQconnectdbParams(keys.data(), values.data(), 0);
    PQconninfoFree(options);
    if (!c)
        return Error::make(Error::Kind::Internal, QStringLiteral("out of memory"));
    if (PQstatus(c) != CONNECTION_OK) {
        const QString msg = QString::fromUtf8(PQerrorMessage(c));
        PQfinish(c);
        return connectionError(msg);
    }
    return std::unique_ptr<PgConnection>(new PgConnection(c));
}

Error PgConnection::lastConnectionError() const
{
    return connectionError(QString::fromUtf8(PQerrorMessage(m_conn)));
}

Result<PgResult> PgConnection::checked(pg_result *r)
{
    ++m_roundTrips;
    PgResult owned(r);
    if (!r) {
        Error e = lastConnectionError();
        m_lastSqlState = e.code;
        return e;
    }
    const ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_COPY_IN || st == PGRES_EMPTY_QUERY)
        return owned;
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const QString detail = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    if (!state) {
        if (PQstatus(m_conn) != CONNECTION_OK) {
            Error e = lastConnectionError();
            m_lastSqlState = e.code;
            return e;
        }
        m_lastSqlState = QStringLiteral("XX000");
        return Error::make(Error::Kind::Database, QStringLiteral("database error"), detail);
    }
    m_lastSqlState = QString::fromLatin1(state);
    return errorFromSqlState(m_lastSqlState, detail);
}

Result<PgResult> PgConnection::exec(const char *sql, const SqlParams &params)
{
    const auto ptrs = params.pointers();
    return checked(PQexecParams(m_conn, sql, params.size(), nullptr, ptrs.data(), nullptr, nullptr, 0));
}

Result<PgResult> PgConnection::exec(const QString &sql, const SqlParams &params)
{
    const QByteArray s = sql.toUtf8();
    return exec(s.constData(), params);
}

Result<QByteArray> PgConnection::scramVerifier(const QString &password, const QString &role)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray user = role.toUtf8();
    char *v = PQencryptPasswordConn(m_conn, pw.constData(), user.constData(), "scram-sha-256");
    if (!v)
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::db", "The password could not be prepared for the database."),
            QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    QByteArray out(v);
    PQfreemem(v);
    return out;
}

Status PgConnection::execScript(const QString &sql)
{
    const QByteArray s = sql.toUtf8();
    auto r = checked(PQexec(m_conn, s.constData()));
    if (!r.ok())
        return r.error();
    return success();
}

Result<qint64> PgConnection::copyIn(const QString &copySql, const std::function<bool(QByteArray &)> &producer)
{
    const QByteArray s = copySql.toUtf8();
    auto start = checked(PQexec(m_conn, s.constData()));
    if (!start.ok())
        return start.error();
    QByteArray chunk;
    bool more = true;
    QString failure;
    while (more) {
        chunk.clear();
        more = producer(chunk);
        if (!chunk.isEmpty() && PQputCopyData(m_conn, chunk.constData(), static_cast<int>(chunk.size())) != 1) {
            failure = QString::fromUtf8(PQerrorMessage(m_conn));
            break;
        }
    }
    if (PQputCopyEnd(m_conn, failure.isEmpty() ? nullptr : "client failed") != 1)
        return lastConnectionError();
    qint64 rows = 0;
    std::optional<Error> err;
    while (pg_result *r = PQgetResult(m_conn)) {
        auto res = checked(r);
        if (!res.ok()) {
            if (!err)
                err = res.error();
        } else {
            rows += res.value().affectedRows();
        }
    }
    if (err)
        return *err;
    if (!failure.isEmpty())
        return connectionError(failure);
    return rows;
}

bool PgConnection::waitForNotifications(int timeoutMs, std::vector<Notification> &out)
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    auto drain = [&] {
        while (PGnotify *n = PQnotifies(m_conn)) {
            out.push_back({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
            PQfreemem(n);
        }
    };
    drain();
    if (!out.empty())
        return true;
    const int sock = PQsocket(m_conn);
    if (sock < 0)
        return false;
    pollfd pfd{};
    pfd.fd = static_cast<decltype(pfd.fd)>(sock); // SOCKET (unsigned) on Windows
    pfd.events = POLLIN;
    int rc = 0;
    if (!pollOne(pfd, timeoutMs, &rc))
        return false;
    if (rc <= 0) // nothing yet, or interrupted
        return true;
    if (!PQconsumeInput(m_conn))
        return false;
    drain();
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::isAlive()
{
    if (!isOk())
        return false;
    // An idle connection has nothing to read unless the server spoke first: a FATAL notice before it went away, then
    // the end of the stream. A couple of reads reach the end when it is there.
    for (int i = 0; i < 3; ++i) {
        const int sock = PQsocket(m_conn);
        if (sock < 0)
            return false;
        pollfd pfd{};
        pfd.fd = static_cast<decltype(pfd.fd)>(sock); // SOCKET (unsigned) on Windows
        pfd.events = POLLIN;
        int rc = 0;
        if (!pollOne(pfd, 0, &rc))
            return false;
        if (rc <= 0) // nothing to read, or interrupted
            return true;
        if (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)) {
            (void)PQconsumeInput(m_conn);
            return false;
        }
        if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
            return false;
        while (PGnotify *n = PQnotifies(m_conn))
            PQfreemem(n);
    }
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::ping()
{
    if (!isOk())
        return false;
    auto r = exec("SELECT 1");
    return r.ok() && r.value().rows() == 1;
}

bool PgConnection::reset()
{
    PQreset(m_conn);
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_cancel = PQgetCancel(m_conn);
    return isOk();
}

void PgConnection::requestCancel()
{
    if (!m_cancel)
        return;
    char buf[256];
    PQcancel(m_cancel, buf, sizeof buf);
}

bool PgConnection::inTransaction() const
{
    const auto s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::host() const
{
    return QString::fromUtf8(PQhost(m_conn));
}

QString PgConnection::port() const
{
    return QString::fromUtf8(PQport(m_conn));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

QString maskConninfo(const QString &conninfo)
{
    QString s = conninfo;
    if (s.startsWith(QLatin1String("postgres://")) || s.startsWith(QLatin1String("postgresql://"))) {
        static const QRegularExpression userPass(QStringLiteral("(://[^:/@,]*):[^@/]*@"));
        s.replace(userPass, QStringLiteral("\\1:*****@"));
        static const QRegularExpression param(
            QStringLiteral("([?&]password=)[^&]*"), QRegularExpression::CaseInsensitiveOption);
        s.replace(param, QStringLiteral("\\1*****"));
        return s;
    }
    static const QRegularExpression kw(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S+)"), QRegularExpression::CaseInsensitiveOption);
    s.replace(kw, QStringLiteral("\\1*****"));
    return s;
}

QString quoteConninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString quoteIdentifier(const QString &ident)
{
    QString v = ident;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace ops::db
