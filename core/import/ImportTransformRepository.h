#pragma once

#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::import {

// Our side of the ERPNext import (issue 16): the set-based transforms from the staging tables (filled by
// ErpnextSourceRepository in the same transaction) into our tables. Each entity: its rows matched with import_keys
// (new, changed since the `modified` we imported, or the same), the new and changed rows cleaned and checked (a
// refused row is written nowhere, a cleaned one is reported as changed), then written in a few statements, the keys
// recorded, the rows deleted upstream reported. The run id, the site's time zone and the issue types are settings of
// the transaction (ops.import_run, ops.import_tz, ops.import_issue_types; see setContext).
class ImportTransformRepository
{
public:
    explicit ImportTransformRepository(db::PgConnection &c);

    Status setContext(qint64 runId, const QString &timeZone, const QByteArray &issueTypesJson);
    // Transforms one entity (kEntities) whose stages are loaded. skipped: entities skipped on this site (their
    // links are then dropped without a report line per row).
    Result<EntityCounts> apply(const QString &entity, const QStringList &skipped);

    // Whether the entity's keys (light: name, modified) hold a row that is new or changed since the last import.
    Result<bool> hasWork(const QString &entity, const QString &light);
    // A stage left unread: its table, empty; the main stage (fromLight set) holds the keys alone, which is all the
    // transform needs when nothing is new or changed (the unchanged and deleted counts).
    Status emptyStage(const QString &table, const QStringList &columns, const QString &fromLight);

private:
    Status run(const QStringList &statements);
    Result<EntityCounts> finish(const QString &entity, const QString &target);

    db::PgConnection &m_c;
};

} // namespace ops::import
