#include "core/payments/PaymentMethodRepository.h"

#include <functional>

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

Error noCustomer(qint64 customerId)
{
    return Error::make(Error::Kind::NotFound,
        QCoreApplication::translate("ops::payments::PaymentMethods", "There is no customer %1.").arg(customerId));
}

Error staleMethod()
{
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("ops::payments::PaymentMethods",
            "This payment method was changed or removed on another workstation. The list has been read again: "
            "check it and try again."));
}

// Locks the customer row (every write of this repository starts here: one writer per customer at a time) and
// returns whether PPA is on.
Result<bool> lockCustomer(db::PgConnection &c, qint64 customerId)
{
    auto r =
        c.exec("SELECT ppa_enabled FROM customers WHERE id = $1 FOR NO KEY UPDATE", db::SqlParams().add(customerId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return noCustomer(customerId);
    return r.value().boolean(0, 0);
}

struct LockedMethod
{
    QString stripeId;
    bool isDefault = false;
    bool detached = false;
    int version = 0;
};

Result<LockedMethod> lockMethod(db::PgConnection &c, qint64 customerId, qint64 methodId, bool forUpdate)
{
    auto r = c.exec(QString::fromLatin1("SELECT stripe_payment_method_id, is_default, detached_at IS NOT NULL, version"
                                        " FROM customer_payment_methods WHERE id = $1 AND customer_id = $2")
            + (forUpdate ? u" FOR UPDATE"_s : QString()),
        db::SqlParams().add(methodId).add(customerId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return staleMethod();
    const db::PgResult &res = r.value();
    return LockedMethod{res.text(0, 0), res.boolean(0, 1), res.boolean(0, 2), res.int32(0, 3)};
}

} // namespace

PaymentMethodRepository::PaymentMethodRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<PaymentMethodsView> PaymentMethodRepository::load(qint64 customerId)
{
    auto cust = m_c.exec("SELECT id, code, display_name, language, coalesce(email, ''), coalesce(phone, ''),"
                         " ppa_enabled FROM customers WHERE id = $1",
        db::SqlParams().add(customerId));
    if (!cust.ok())
        return cust.error();
    if (cust.value().rows() != 1)
        return noCustomer(customerId);
    PaymentMethodsView v;
    {
        const db::PgResult &c = cust.value();
        v.customerId = c.int64(0, 0);
        v.customerCode = c.text(0, 1);
        v.customerName = c.text(0, 2);
        v.language = c.text(0, 3).trimmed();
        v.email = c.text(0, 4);
        v.phone = c.text(0, 5);
        v.ppaEnabled = c.boolean(0, 6);
    }
    auto methods = m_c.exec(R"SQL(
SELECT id, type, coalesce(brand, ''), coalesce(last4, ''), coalesce(exp_month, 0), coalesce(exp_year, 0), is_default,
       created_at, version
  FROM customer_payment_methods
 WHERE customer_id = $1 AND detached_at IS NULL
 ORDER BY is_default DESC, created_at DESC, id DESC
)SQL",
        db::SqlParams().add(customerId));
    if (!methods.ok())
        return methods.error();
    const db::PgResult &m = methods.value();
    for (int i = 0; i < m.rows(); ++i)
        v.methods << SavedPaymentMethod{m.int64(i, 0), m.text(i, 1), m.text(i, 2), m.text(i, 3), m.int32(i, 4),
            m.int32(i, 5), m.boolean(i, 6), m.timestamp(i, 7), m.int32(i, 8)};
    auto pending = m_c.exec(R"SQL(
SELECT id, created_at, method_type, channel, recipient, status
  FROM stripe_setup_requests
 WHERE customer_id = $1 AND status IN ('requested', 'sent')
 ORDER BY created_at DESC, id DESC
 LIMIT 50
)SQL",
        db::SqlParams().add(customerId));
    if (!pending.ok())
        return pending.error();
    const db::PgResult &p = pending.value();
    for (int i = 0; i < p.rows(); ++i)
        v.pending << PendingSetupLink{
            p.int64(i, 0), p.timestamp(i, 1), p.text(i, 2), p.text(i, 3), p.text(i, 4), p.text(i, 5)};
    return v;
}

Status PaymentMethodRepository::makeDefault(qint64 customerId, qint64 methodId, int version)
{
    std::function<Result<bool>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<bool> {
        if (auto locked = lockCustomer(c, customerId); !locked.ok())
            return locked.error();
        auto method = lockMethod(c, customerId, methodId, true);
        if (!method.ok())
            return method.error();
        if (method.value().detached || method.value().version != version)
            return staleMethod();
        if (method.value().isDefault)
            return false; // already the default: nothing to write
        auto off = c.exec("UPDATE customer_payment_methods SET is_default = false"
                          " WHERE customer_id = $1 AND is_default AND detached_at IS NULL AND id <> $2",
            db::SqlParams().add(customerId).add(methodId));
        if (!off.ok())
            return off.error();
        auto on = c.exec(
            "UPDATE customer_payment_methods SET is_default = true WHERE id = $1", db::SqlParams().add(methodId));
        if (!on.ok())
            return on.error();
        return true;
    };
    auto r = db::withTransaction(m_c, fn);
    if (!r.ok())
        return r.error();
    return success();
}

Result<QString> PaymentMethodRepository::checkRemovable(qint64 customerId, qint64 methodId, int version)
{
    auto method = lockMethod(m_c, customerId, methodId, false);
    if (!method.ok())
        return method.error();
    if (method.value().detached || method.value().version != version)
        return staleMethod();
    return method.value().stripeId;
}

Result<RemoveMethodResult> PaymentMethodRepository::markDetached(qint64 customerId, qint64 methodId)
{
    std::function<Result<RemoveMethodResult>(db::PgConnection &)> fn =
        [&](db::PgConnection &c) -> Result<RemoveMethodResult> {
        auto ppa = lockCustomer(c, customerId);
        if (!ppa.ok())
            return ppa.error();
        auto method = lockMethod(c, customerId, methodId, true);
        if (!method.ok())
            return method.error();
        RemoveMethodResult out;
        if (method.value().detached)
            return out; // detached already (a second click, another workstation): nothing more to do
        out.wasDefault = method.value().isDefault;
        // Stripe detached it: whatever its version now, it is gone there.
        auto upd = c.exec("UPDATE customer_payment_methods SET detached_at = now(), is_default = false WHERE id = $1",
            db::SqlParams().add(methodId));
        if (!upd.ok())
            return upd.error();
        if (out.wasDefault && ppa.value()) {
            auto off =
                c.exec("UPDATE customers SET ppa_enabled = false WHERE id = $1", db::SqlParams().add(customerId));
            if (!off.ok())
                return off.error();
            out.ppaTurnedOff = true;
        }
        return out;
    };
    return db::withTransaction(m_c, fn);
}

Status PaymentMethodRepository::setPpa(qint64 customerId, bool enabled)
{
    std::function<Result<bool>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<bool> {
        auto ppa = lockCustomer(c, customerId);
        if (!ppa.ok())
            return ppa.error();
        if (ppa.value() == enabled)
            return false;
        if (enabled) {
            auto has = c.exec("SELECT ops_has_default_payment_method($1)", db::SqlParams().add(customerId));
            if (!has.ok())
                return has.error();
            if (!has.value().boolean(0, 0))
                return Error::make(Error::Kind::Validation,
                    QCoreApplication::translate("ops::payments::PaymentMethods",
                        "Pre-authorized payments need a default payment method. Send the customer a link to save a "
                        "card or a bank account, or make a saved method the default, then try again."));
        }
        auto upd =
            c.exec("UPDATE customers SET ppa_enabled = $2 WHERE id = $1", db::SqlParams().add(customerId).add(enabled));
        if (!upd.ok())
            return upd.error();
        return true;
    };
    auto r = db::withTransaction(m_c, fn);
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::payments
