#include "core/live/LiveBenchRepository.h"

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"

namespace ops::live {

LiveBenchRepository::LiveBenchRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<std::optional<LiveBenchRepository::Probe>> LiveBenchRepository::middleCustomer()
{
    auto r = m_c.exec("SELECT id, phone_alt FROM customers ORDER BY id OFFSET (SELECT count(*) / 2 FROM customers) "
                      "LIMIT 1");
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<Probe>();
    Probe p;
    p.customerId = r.value().text(0, 0).toLongLong();
    if (!r.value().isNull(0, 1))
        p.phoneAlt = r.value().text(0, 1);
    return std::optional<Probe>(p);
}

Status LiveBenchRepository::setPhoneAlt(qint64 customerId, const std::optional<QString> &phoneAlt)
{
    db::SqlParams params;
    if (phoneAlt)
        params.add(*phoneAlt);
    else
        params.addNull();
    auto r = m_c.exec("UPDATE customers SET phone_alt = $1 WHERE id = $2", params.add(customerId));
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::live
