#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QString>

#include "core/common/Result.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"

struct pg_conn;
struct pg_cancel;

namespace ops::db {

struct Notification
{
    QString channel;
    QString payload;
    int pid = 0;
};

// Owns one PGconn. Not thread-safe: one thread at a time (the pool hands it out), except requestCancel().
class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // conninfo: libpq keyword form or URI, multi-host lists included; passed to libpq unchanged.
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo, int connectTimeoutSec = 10);
    // A second connection to the same server and database, as the same user with the same parameters (libpq's
    // PQconninfo of this one), e.g. to run a statement beside this connection's own.
    Result<std::unique_ptr<PgConnection>> openSibling() const;

    Result<PgResult> exec(const char *sql, const SqlParams &params = {});
    Result<PgResult> exec(const QString &sql, const SqlParams &params = {});
    // Simple-query protocol for trusted multi-statement scripts (migrations only). No parameters.
    Status execScript(const QString &sql);

    // COPY ... FROM STDIN. producer fills chunk (text COPY format) and returns false when done.
    Result<qint64> copyIn(const QString &copySql, const std::function<bool(QByteArray &chunk)> &producer);

    // Wait up to timeoutMs for notifications (after LISTEN). Returns false when the connection broke.
    bool waitForNotifications(int timeoutMs, std::vector<Notification> &out);

    // The SCRAM-SHA-256 verifier of password for role, computed here (PQencryptPasswordConn, as psql's \password
    // does): what ALTER ROLE ... PASSWORD receives, so the clear password never reaches the server or its log.
    Result<QByteArray> scramVerifier(const QString &password, const QString &role);

    bool isOk() const;
    // Whether an idle connection still looks usable, without a round trip: a server that shut down or died has
    // closed the socket (often after a FATAL message), which shows as readable. Reads what is there; false when the
    // connection turns out broken.
    bool isAlive();
    bool ping(); // SELECT 1
    bool reset(); // PQreset
    void requestCancel(); // thread-safe: may be called while another thread runs a query
    bool inTransaction() const;

    QString user() const;
    QString host() const;
    QString port() const;
    // The SQLSTATE of the last failed statement ("08006" for a lost connection), empty when none failed since
    // clearLastSqlState(). The pool uses it to drop connections to a read-only server (25006).
    QString lastSqlState() const { return m_lastSqlState; }
    void clearLastSqlState() { m_lastSqlState.clear(); }
    QString database() const;
    int serverVersion() const;
    int backendPid() const;
    quint64 roundTrips() const { return m_roundTrips.load(); }
    void resetRoundTrips() { m_roundTrips = 0; }

private:
    explicit PgConnection(pg_conn *c);
    Result<PgResult> checked(pg_result *r);
    Error lastConnectionError() const;

    pg_conn *m_conn = nullptr;
    pg_cancel *m_cancel = nullptr;
    std::atomic<quint64> m_roundTrips{0};
    QString m_lastSqlState;
};

// Conninfo with password= (keyword form or URI) masked, for logs and screens.
QString maskConninfo(const QString &conninfo);
// Quote a value for the keyword form ('...' with \ and ' escaped).
QString quoteConninfoValue(const QString &value);
// Quote an identifier (for the few statements that cannot take parameters: LISTEN, CREATE DATABASE).
QString quoteIdentifier(const QString &ident);

} // namespace ops::db
