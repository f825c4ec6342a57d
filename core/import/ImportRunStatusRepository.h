#pragma once

#include <optional>

#include <QStringList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::import {

// Reads (never writes) where the imports from one source stand (import_runs, migration 0034): what the GUI says after
// a cancelled or failed import, i.e. which entities stay committed and continue at the next import.
class ImportRunStatusRepository
{
public:
    explicit ImportRunStatusRepository(db::PgConnection &c);

    struct RunStatus
    {
        qint64 id = 0;
        QString status; // running | done | failed | cancelled
        QStringList doneEntities; // committed, in import order
    };
    // The newest run from this source (its conninfo masked, as import_runs.source holds it); none when there is none.
    Result<std::optional<RunStatus>> latest(const QString &maskedSource);

private:
    db::PgConnection &m_c;
};

} // namespace ops::import
