#include "core/db/Transaction.h"

namespace ops::db {

namespace {
const char *beginSql(Isolation iso)
{
    switch (iso) {
    case Isolation::RepeatableRead:
        return "BEGIN ISOLATION LEVEL REPEATABLE READ";
    case Isolation::Serializable:
        return "BEGIN ISOLATION LEVEL SERIALIZABLE";
    case Isolation::ReadCommitted:
        break;
    }
    return "BEGIN";
}
} // namespace

Transaction::Transaction(PgConnection &c, Isolation iso)
    : m_c(c)
    , m_begin(success())
{
    auto r = m_c.exec(beginSql(iso));
    if (r.ok())
        m_open = true;
    else
        m_begin = r.error();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::internal(QStringLiteral("commit without an open transaction"));
    m_open = false;
    auto r = m_c.exec("COMMIT");
    if (!r.ok()) {
        if (m_c.inTransaction())
            (void)m_c.exec("ROLLBACK");
        return r.error();
    }
    return success();
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_c.isOk())
        (void)m_c.exec("ROLLBACK");
}

} // namespace ops::db
