#include "core/db/ConnectionProfile.h"

#include <QStringList>

#include "core/db/PgConnection.h"

namespace ops::db {

QString ConnectionProfile::serverConninfo(const QString &password) const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + quoteConninfoValue(value);
    };
    add("host", hosts);
    add("port", ports);
    add("dbname", database);
    add("user", user);
    add("password", password);
    add("sslmode", sslMode);
    add("sslrootcert", sslRootCert);
    add("target_session_attrs", targetSessionAttrs);
    add("connect_timeout", QString::number(connectTimeoutSec));
    // A server that vanished without closing the connection (a crash, a cut link) is noticed in about 10 s instead
    // of the system's two hours, so the pool reconnects to the promoted standby.
    add("keepalives_idle", QStringLiteral("5"));
    add("keepalives_interval", QStringLiteral("2"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("10000"));
    add("application_name", QStringLiteral("targo-ops"));
    return parts.join(QLatin1Char(' '));
}

} // namespace ops::db
