#pragma once

// The UI tests of what each role sees: a Session that acts as a database role from its first statement (the test
// cluster's superuser login with libpq's `options='-c role=…'`, SET ROLE for the whole connection), and the set-up
// statements that create those roles.
#include <initializer_list>
#include <memory>

#include <QString>

#include "core/db/PgConnection.h"
#include "core/session/Session.h"

namespace ops::test {

// conninfo acting as role (an empty role: the login itself).
inline QString asRole(const QString &conninfo, const QString &role)
{
    return role.isEmpty() ? conninfo : conninfo + QStringLiteral(" options='-c role=") + role + QLatin1Char('\'');
}

inline std::unique_ptr<Session> roleSession(const QString &conninfo, const QString &role, int dbPoolSize = 2)
{
    SessionInfo info;
    info.conninfo = asRole(conninfo, role);
    info.embedded = false;
    info.where = QStringLiteral("test");
    info.user = role.isEmpty() ? QStringLiteral("targo") : role;
    info.dbPoolSize = dbPoolSize;
    info.liveUpdates = false;
    return std::make_unique<Session>(info);
}

// Runs each statement in turn (a seed array or a braced list): the first failure's detail, or an empty string.
template <typename Statements> QString execAll(db::PgConnection &c, const Statements &statements)
{
    for (const char *sql : statements) {
        auto r = c.exec(sql);
        if (!r.ok())
            return QString::fromUtf8(sql) + QStringLiteral(": ") + r.error().detail;
    }
    return {};
}
inline QString execAll(db::PgConnection &c, std::initializer_list<const char *> statements)
{
    return execAll<std::initializer_list<const char *>>(c, statements);
}

} // namespace ops::test
