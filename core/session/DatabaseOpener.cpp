#include "core/session/DatabaseOpener.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/session/CapabilitiesRepository.h"
#include "core/session/SessionRepository.h"

namespace ops {

namespace {} // namespace

Result<OpenedDatabase> openDatabase(
    const db::ConnectionProfile &profile, const QString &password, const OpenOptions &options)
{
    auto progress = [&options](const QString &stage, int pct) {
        if (options.progress)
            options.progress(stage, pct);
    };
    OpenedDatabase out;
    out.embedded = profile.isEmbedded();
    if (profile.isEmbedded()) {
        progress(QCoreApplication::translate("ops::DatabaseOpener", "Starting the embedded database…"), 0);
        // TCP + password mode (Windows; TARGO_PG_TCP=1): `password` is the cluster's, read from the credential store
        // by the caller (embeddedPassword()). Socket mode ignores it.
        EmbeddedOptions embedded;
        embedded.password = password;
        EmbeddedServer server(profile.embeddedDir, embedded);
        auto st = server.start();
        if (!st.ok())
            return st.error();
        out.conninfo = st.value().conninfo;
        out.description = QCoreApplication::translate("ops::DatabaseOpener", "Embedded (%1)").arg(st.value().dataDir);
    } else {
        if (profile.hosts.trimmed().isEmpty())
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::DatabaseOpener", "The server profile has no host."));
        out.conninfo = profile.serverConninfo(password);
        out.description =
            QStringLiteral("%1:%2/%3")
                .arg(profile.hosts, profile.ports.isEmpty() ? QStringLiteral("5432") : profile.ports, profile.database);
    }
    progress(QCoreApplication::translate("ops::DatabaseOpener", "Connecting…"), 5);
    auto conn = db::PgConnection::open(out.conninfo, profile.connectTimeoutSec);
    if (!conn.ok())
        return conn.error();
    db::PgConnection &c = *conn.value();
    out.user = c.user();
    out.serverVersion = c.serverVersion();
    if (c.serverVersion() < 150000) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::DatabaseOpener", "The database server runs PostgreSQL %1; Targo Ops needs version 15 or later.")
                .arg(c.serverVersion() / 10000),
            QString::number(c.serverVersion()));
    }
    db::Migrator migrator(c);
    auto state = migrator.inspect();
    if (!state.ok())
        return state.error();
    if (!state.value().upToDate() && options.migrate) {
        progress(QCoreApplication::translate("ops::DatabaseOpener", "Updating the database schema…"), 10);
        state = migrator.migrate();
        if (!state.ok())
            return state.error();
    }
    out.schema = state.value();
    if (out.embedded && options.seedDemoIfEmpty && options.seedDemo && out.schema.upToDate()) {
        auto empty = SessionRepository(c).hasNoCustomers();
        if (!empty.ok())
            return empty.error();
        if (empty.value()) {
            auto seeded = options.seedDemo(c, options.demoScale, [&progress](const QString &stage, int pct) {
                progress(QCoreApplication::translate("ops::DatabaseOpener", "Loading demo data: %1").arg(stage),
                    15 + pct * 85 / 100);
            });
            if (!seeded.ok())
                return seeded.error();
            out.seeded = true;
        }
    }
    if (out.schema.upToDate()) {
        auto caps = CapabilitiesRepository(c).read();
        if (!caps.ok())
            return caps.error();
        out.capabilities = caps.value();
    }
    progress(QCoreApplication::translate("ops::DatabaseOpener", "Ready"), 100);
    return out;
}

Result<db::SchemaState> migrateDatabase(const QString &conninfo, Capabilities *capabilities)
{
    auto conn = db::PgConnection::open(conninfo);
    if (!conn.ok())
        return conn.error();
    auto state = db::Migrator(*conn.value()).migrate();
    if (state.ok() && capabilities) {
        auto caps = CapabilitiesRepository(*conn.value()).read();
        if (!caps.ok())
            return caps.error();
        *capabilities = caps.value();
    }
    return state;
}

} // namespace ops
