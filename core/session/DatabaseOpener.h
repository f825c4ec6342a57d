#pragma once

#include <functional>

#include <QString>

#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"
#include "core/db/Migrator.h"
#include "core/session/Capabilities.h"

namespace ops::db {
class PgConnection;
}

namespace ops {

// Loads demo data into an empty embedded database: the GUI injects ops::demo::seedDemoData (ops_demo), so ops_core
// never links the demo generator. Runs on the opening thread; progress gets a stage key and a percent (0-100).
using DemoSeedFn = std::function<Status(
    db::PgConnection &c, double scale, const std::function<void(const QString &stage, int percent)> &progress)>;

struct OpenOptions
{
    bool migrate = true; // apply pending migrations (the GUI asks first for a shared server)
    bool seedDemoIfEmpty = false; // embedded first start: load demo data
    double demoScale = 1.0;
    DemoSeedFn seedDemo; // without it an empty embedded database stays empty
    std::function<void(const QString &stage, int percent)> progress; // called from the opening thread
};

struct OpenedDatabase
{
    QString conninfo; // may hold a password: never log it (use db::maskConninfo)
    bool embedded = true;
    QString user;
    int serverVersion = 0; // e.g. 150018
    QString description; // "embedded (/path)" or "db1.example.net:5432/targo"
    db::SchemaState schema;
    bool seeded = false;
    Capabilities capabilities; // what the role may do; read once the schema is up to date (else not known)
};

// Blocking: starts the embedded cluster when the profile is embedded, connects, checks or applies the schema and
// seeds demo data into an empty embedded database. Call from a worker thread, never the GUI thread. `password`: the
// server profile's, or for an embedded profile in TCP + password mode the cluster's (EmbeddedServer::passwordKey).
Result<OpenedDatabase> openDatabase(
    const db::ConnectionProfile &profile, const QString &password, const OpenOptions &options);

// Blocking: apply pending migrations on an already opened database; then, when capabilities is given, read what the
// role may do on the migrated schema (same connection).
Result<db::SchemaState> migrateDatabase(const QString &conninfo, Capabilities *capabilities = nullptr);

} // namespace ops
