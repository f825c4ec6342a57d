// The saved Stripe payment methods of the demo's PPA customers (issue 13): one default method each, a card or a
// pre-authorized debit (acss_debit) as the customer pays, with fake ids pm_demo_<customer id>, so that a PPA run
// finds something to charge (against a fake or test-mode Stripe). Customers paying by card or debit already have a
// stripe_id (DemoCustomers.cpp).
#include <QStringList>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/demo/DemoStages.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::demo {

Status writeStripeMethods(SeedContext &ctx)
{
    QStringList ids, types;
    for (size_t i = 0; i < ctx.w.customers.size(); ++i) {
        const Customer &c = ctx.w.customers[i];
        if (!c.ppa || c.stripeId.isEmpty())
            continue;
        ids << QString::number(static_cast<qint64>(i) + 1);
        types << (c.method == PayPad ? u"acss_debit"_s : u"card"_s);
    }
    // Not changes made by anyone: no audit rows, as for the rest of the load.
    auto off = ctx.c.exec("ALTER TABLE customer_payment_methods DISABLE TRIGGER customer_payment_methods_audit");
    if (!off.ok())
        return off.error();
    auto ins = ctx.c.exec(R"SQL(
INSERT INTO customer_payment_methods (customer_id, stripe_payment_method_id, type, brand, last4, exp_month, exp_year,
                                      is_default)
SELECT x.id, 'pm_demo_' || x.id, x.type,
       CASE WHEN x.type = 'card' THEN (ARRAY['visa', 'mastercard', 'amex'])[1 + x.id % 3] ELSE 'Desjardins' END,
       lpad(((x.id * 7919) % 10000)::text, 4, '0'),
       CASE WHEN x.type = 'card' THEN 1 + x.id % 12 END,
       CASE WHEN x.type = 'card' THEN 2027 + x.id % 4 END,
       true
  FROM unnest($1::bigint[], $2::text[]) AS x (id, type)
ON CONFLICT (stripe_payment_method_id) DO NOTHING
)SQL",
        db::SqlParams().add(u"{"_s + ids.join(u","_s) + u"}"_s).add(u"{"_s + types.join(u","_s) + u"}"_s));
    if (!ins.ok())
        return ins.error();
    ctx.rows[u"customer_payment_methods"_s] += ins.value().affectedRows();
    auto on = ctx.c.exec("ALTER TABLE customer_payment_methods ENABLE TRIGGER customer_payment_methods_audit");
    if (!on.ok())
        return on.error();
    return success();
}

} // namespace ops::demo
