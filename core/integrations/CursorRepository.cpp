#include "core/integrations/CursorRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

namespace ops::integrations {

CursorRepository::CursorRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<QString> CursorRepository::get(const QString &name)
{
    auto r = m_c.exec("SELECT value FROM integration_cursors WHERE name = $1", db::SqlParams().add(name));
    if (!r.ok())
        return r.error();
    return r.value().rows() == 0 ? QString() : r.value().text(0, 0);
}

Status CursorRepository::advance(const QString &name, const QString &expected, const QString &value)
{
    // Insert when none is expected; otherwise move it only from the expected value.
    auto r = expected.isEmpty()
        ? m_c.exec("INSERT INTO integration_cursors (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
            db::SqlParams().add(name).add(value))
        : m_c.exec("UPDATE integration_cursors SET value = $2, updated_at = now() WHERE name = $1 AND value = $3",
            db::SqlParams().add(name).add(value).add(expected));
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() != 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::integrations",
                "Another reader moved the position of %1 meanwhile: read again to continue from there.")
                .arg(name),
            QStringLiteral("cursor %1 not at %2").arg(name, expected.isEmpty() ? QStringLiteral("(none)") : expected));
    return success();
}

} // namespace ops::integrations
