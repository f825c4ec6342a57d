#pragma once

#include <QMetaType>
#include <QString>

namespace ops::db {

// Where the database is. Embedded: the app's private cluster. Server: a shared server or an HA cluster
// (hosts may be a comma-separated multi-host list; target_session_attrs=read-write picks the primary).
struct ConnectionProfile
{
    enum class Mode
    {
        Embedded,
        Server
    };

    QString id = QStringLiteral("embedded"); // settings key and keychain key part
    QString name;
    Mode mode = Mode::Embedded;
    QString embeddedDir; // empty: EmbeddedServer::defaultBaseDir()
    QString hosts; // "db1.example.net,db2.example.net"
    QString ports; // "5432" or "5432,5433"
    QString database = QStringLiteral("targo");
    QString user;
    QString sslMode = QStringLiteral("verify-full"); // disable | prefer | require | verify-ca | verify-full
    QString sslRootCert; // CA file
    QString targetSessionAttrs = QStringLiteral("read-write");
    int connectTimeoutSec = 10;

    // Keyword-form conninfo for a server profile. The password is placed only in memory, never in settings or logs.
    QString serverConninfo(const QString &password) const;
    QString keychainKey() const { return QStringLiteral("db/") + id + QStringLiteral("/password"); }
    bool isEmbedded() const { return mode == Mode::Embedded; }
};

} // namespace ops::db

Q_DECLARE_METATYPE(ops::db::ConnectionProfile)
