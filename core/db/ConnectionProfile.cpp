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
    add("application_name", QStringLiteral("targo-ops"));
    return parts.join(QLatin1Char(' '));
}

} // namespace ops::db
