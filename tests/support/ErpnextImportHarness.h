#pragma once

// The ERPNext import tests' shared set-up (TestErpnextImport, TestErpnextImportDispatch): an ERPNext-shaped source
// database (ErpnextFixture) and a migrated one of ours on the same TestCluster, the import between them, and the
// report's lookups. Header-only: only the tests that link ops_import include it.
#include <memory>

#include <QDebug>
#include <QSet>
#include <QString>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/import/ErpnextImporter.h"
#include "tests/support/ErpnextFixture.h"
#include "tests/support/TestCluster.h"

namespace ops::test {

struct ErpnextPair
{
    QString source;
    QString ours;
    std::unique_ptr<db::PgConnection> src;
    std::unique_ptr<db::PgConnection> c; // null when the set-up failed
};

// Two fresh databases of the cluster: the site (filled by the fixture) and ours (migrated).
inline ErpnextPair erpnextPair(TestCluster &cluster, const ErpnextFixtureOptions &o)
{
    ErpnextPair p;
    auto src = cluster.freshDatabase(false);
    auto ours = cluster.freshDatabase(true);
    if (!src.ok() || !ours.ok())
        return p;
    p.source = src.value();
    p.ours = ours.value();
    auto s = db::PgConnection::open(p.source);
    auto c = db::PgConnection::open(p.ours);
    if (!s.ok() || !c.ok())
        return p;
    p.src = std::move(s.value());
    p.c = std::move(c.value());
    if (Status st = createErpnextFixture(*p.src, o); !st.ok()) {
        qWarning() << st.error().detail;
        p.c.reset();
    }
    return p;
}

// The first column of the first row as text, "<error>" when the statement fails or returns nothing.
inline QString scalar(db::PgConnection &c, const char *sql)
{
    auto r = c.exec(sql);
    return r.ok() && r.value().rows() > 0 ? r.value().text(0, 0) : QStringLiteral("<error>");
}

// twoWriters: with a second writer on our database (ImportOptions::oursConninfo).
inline Result<import::ImportReport> importErpnext(ErpnextPair &p, bool dryRun = false, const QString &mapping = {},
    bool twoWriters = false, const import::ImportProgress &progress = {})
{
    import::ImportOptions o;
    o.sourceConninfo = p.source;
    o.dryRun = dryRun;
    o.mappingFile = mapping;
    if (twoWriters)
        o.oursConninfo = p.ours;
    o.progress = progress;
    return import::runErpnextImport(*p.c, o);
}

// "entity name action reason" per report line.
inline QSet<QString> issueSet(const import::ImportReport &r)
{
    QSet<QString> out;
    for (const auto &i : r.issues)
        out.insert(i.entity + u' ' + i.erpnextName + u' ' + i.action + u' ' + i.reason);
    return out;
}

inline const import::EntityCounts *entityCounts(const import::ImportReport &r, const char *entity)
{
    for (const auto &c : r.entities) {
        if (c.entity == QLatin1String(entity))
            return &c;
    }
    return nullptr;
}

} // namespace ops::test
