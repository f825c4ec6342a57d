#pragma once

#include <memory>
#include <span>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "tests/support/TestCluster.h"

namespace ops::test {

// A fresh migrated database of the cluster with the seed's statements run in it (as its owner), and a connection to
// it; conninfo receives its connection string. The error names the statement that failed.
inline Result<std::unique_ptr<db::PgConnection>> seededDatabase(
    TestCluster &cluster, std::span<const char *const> seed, QString *conninfo = nullptr)
{
    auto db = cluster.freshDatabase(true);
    if (!db.ok())
        return db.error();
    if (conninfo)
        *conninfo = db.value();
    auto c = db::PgConnection::open(db.value());
    if (!c.ok())
        return c.error();
    for (const char *sql : seed) {
        auto r = c.value()->exec(sql);
        if (!r.ok())
            return Error::make(
                r.error().kind, r.error().userMessage, QString::fromUtf8(sql) + u": " + r.error().detail);
    }
    return std::move(c.value());
}

} // namespace ops::test
