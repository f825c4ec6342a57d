#include "core/import/ImportRunStatusRepository.h"

#include "core/db/PgConnection.h"

namespace ops::import {

ImportRunStatusRepository::ImportRunStatusRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<std::optional<ImportRunStatusRepository::RunStatus>> ImportRunStatusRepository::latest(
    const QString &maskedSource)
{
    auto r = m_c.exec("SELECT id, status, array_to_string(done_entities, ',') FROM import_runs WHERE source = $1 "
                      "ORDER BY id DESC LIMIT 1",
        db::SqlParams().add(maskedSource));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<RunStatus>();
    RunStatus s;
    s.id = r.value().int64(0, 0);
    s.status = r.value().text(0, 1);
    s.doneEntities = r.value().text(0, 2).split(u',', Qt::SkipEmptyParts);
    return std::optional<RunStatus>(s);
}

} // namespace ops::import
