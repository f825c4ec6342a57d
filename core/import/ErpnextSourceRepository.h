#pragma once

#include <atomic>
#include <functional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::import {

class ImportMapping;

// The ERPNext side of the import (issue 16): what the Frappe site's database holds, read in one read-only
// REPEATABLE READ transaction (one snapshot for the whole run) through cursors, and copied into our staging tables.
// All the SQL that reads the site is here; the doctypes' column names are Frappe's, the custom ones the mapping's.
class ErpnextSourceRepository
{
public:
    ErpnextSourceRepository(db::PgConnection &source, const ImportMapping &mapping);

    // Starts the read-only snapshot; with a snapshot id (exportSnapshot() of another reader of the same site), the
    // very same snapshot, so that two readers see one state of the site.
    Status begin(const QString &snapshot = {});
    // The snapshot's id for a second reader (valid while this transaction is open).
    Result<QString> exportSnapshot();

    struct Check
    {
        QStringList problems; // translated: a mapped field or a standard table/column the database lacks
        QSet<QString> skippedEntities; // their custom doctype is not on the site
        QStringList skippedDoctypes;
        QHash<QString, QString> skippedStages; // staging table -> its custom child doctype, absent: left empty
    };
    // What the site lacks, before anything is written.
    Result<Check> check();

    // The staging tables an entity is read into (temporary tables of our transaction, every column text), in order;
    // "reconcile" names the figures' stage (ERPNext's outstanding amount per customer).
    struct Stage
    {
        QString table;
        QStringList columns;
    };
    static QList<Stage> stages(const QString &entity);
    // The custom doctype whose absence skips the entity (our name, before the mapping); empty for a standard one.
    static QString entityDoctype(const QString &entity);

    // Creates the stage's table on ours and copies the site's rows into it. tick(rows) after each batch; cancel is
    // checked between batches. Returns the rows copied.
    Result<qint64> copyStage(const QString &entity, const Stage &stage, db::PgConnection &ours,
        const std::function<void(qint64)> &tick, const std::atomic<bool> *cancel);

    // ERPNext's side of the reconciliation: counts per entity, sums of invoice totals, taxes and receipts (cents).
    Result<QList<ReconLine>> figures(const QSet<QString> &skippedEntities);

private:
    QString expand(const char *templ, QSet<QPair<QString, QString>> *used = nullptr) const;

    db::PgConnection &m_c;
    const ImportMapping &m_map;
    int m_cursor = 0;
};

} // namespace ops::import
