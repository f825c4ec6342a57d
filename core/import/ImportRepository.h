#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::import {

// Our bookkeeping of the ERPNext import (migration 0034): the run and its per-entity checkpoints, the validation
// report, the reconciliation, the advisory lock that keeps two imports apart, and the transactions around each
// entity.
class ImportRepository
{
public:
    explicit ImportRepository(db::PgConnection &c);

    // Only one import at a time (a session lock: a killed importer releases it).
    Result<bool> tryLock();
    Status unlock();
    Status begin();
    Status commit();
    Status rollback();

    struct Run
    {
        qint64 id = 0;
        bool resumed = false;
        QStringList doneEntities;
        QJsonObject counts;
    };
    // The run that an interrupted import from this source left unfinished (continued), else a new one.
    Result<Run> openRun(const QString &maskedSource);
    // An entity committed: its checkpoint and counts (in the entity's transaction).
    Status entityDone(qint64 runId, const EntityCounts &counts);
    Status reportSkipped(qint64 runId, const QString &entity, const QString &doctype);
    // status: done | failed | cancelled (its own statement, outside any entity's transaction).
    Status finishRun(qint64 runId, const QString &status, const QString &error = {});

    // Every imported customer's balance from its invoices and payments, then our side of the reconciliation next to
    // ERPNext's figures (and, per customer, its outstanding amount staged in imp_outstanding), stored with the run.
    Status reconcile(qint64 runId, const QList<ReconLine> &erpnext);

    Result<QList<ImportIssue>> issues(qint64 runId);
    Result<QList<ReconLine>> reconciliation(qint64 runId);

    static EntityCounts countsFromJson(const QString &entity, const QJsonObject &o);

private:
    Status exec(const char *sql);
    db::PgConnection &m_c;
};

} // namespace ops::import
