#pragma once

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::test {

// What the ERPNext-shaped fixture holds (issue 16). The volumes follow the ratios from `customers`
// (6,667 customers: ~17,000 locations, 7,600 devices, 21,876 subscriptions, 115,000 invoices, 99,000 payments,
// 242,000 tickets, 784,000 messages).
struct ErpnextFixtureOptions
{
    int customers = 40;
    // The custom doctypes (Service Location, Service Equipment, Service Subscription, Dispatch Job, Dispatch
    // Technician, Dispatch Tag) exist: false makes a bare ERPNext site.
    bool customDoctypes = true;
    // The hostile rows the issue lists, which the import refuses or cleans (bad postal code, phone not normalisable,
    // duplicate serial and MAC, orphan links, an invoice whose lines do not add up, a payment reference to a missing
    // invoice, a child ticket whose parent is missing). Without them the reconciliation is equal.
    bool hostile = false;
};

// The volumes of a fixture, per source table (what the reconciliation counts on ERPNext's side).
struct ErpnextFixtureCounts
{
    qint64 customers = 0;
    qint64 locations = 0;
    qint64 devices = 0;
    qint64 subscriptions = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 tickets = 0;
    qint64 messages = 0;
};
ErpnextFixtureCounts erpnextFixtureCounts(int customers);

// Creates the doctype tables of an ERPNext v16 site on PostgreSQL (Frappe's column conventions: name, creation,
// modified, modified_by, owner, docstatus, idx; parent, parentfield, parenttype on child tables; the custom
// fields) in the database c is connected to and fills them set-based (generate_series). Accents and apostrophes in
// names and streets, phones in many formats, HTML in messages, a cancelled and a draft invoice, a payment split over
// three invoices are always there.
Status createErpnextFixture(db::PgConnection &c, const ErpnextFixtureOptions &options);

} // namespace ops::test
