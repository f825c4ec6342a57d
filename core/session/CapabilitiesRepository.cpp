#include "core/session/CapabilitiesRepository.h"

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops {

namespace {

// has_table_privilege() with a list ("INSERT, UPDATE") is true when ANY of them is held: each needed privilege is
// asked on its own and AND-ed. Nothing here scans a catalog table: roles and functions are resolved by name through
// the caches (to_regrole, to_regproc: NULL when missing, and the privilege functions answer NULL for a NULL oid, so a
// group role or a function that does not exist reads as "no"), which keeps the read cheap on a connection whose
// caches are still cold. A superuser is a member of every role, so its group is "admin" (the first in the CASE).
// Staff management is EXECUTE on ops_staff_add (migration 0014, admins only); revealing a RADIUS password is EXECUTE
// on ops_reveal_radius_pwd (0012: billing, admin) or SELECT on the column (granted to nobody).
constexpr const char *kReadSql =
    "SELECT current_user::text, current_setting('is_superuser') = 'on',"
    "  CASE WHEN pg_has_role(current_user, to_regrole('ops_admin'), 'MEMBER') THEN 'admin'"
    "   WHEN pg_has_role(current_user, to_regrole('ops_manager'), 'MEMBER') THEN 'manager'"
    "   WHEN pg_has_role(current_user, to_regrole('ops_billing'), 'MEMBER') THEN 'billing'"
    "   WHEN pg_has_role(current_user, to_regrole('ops_dispatcher'), 'MEMBER') THEN 'dispatcher'"
    "   WHEN pg_has_role(current_user, to_regrole('ops_technician'), 'MEMBER') THEN 'technician' END,"
    "  has_table_privilege('customers', 'UPDATE'),"
    "  has_table_privilege('customers', 'INSERT'),"
    "  has_table_privilege('service_locations', 'INSERT') AND has_table_privilege('service_locations', 'UPDATE')"
    "   AND has_table_privilege('service_equipment', 'INSERT') AND has_table_privilege('service_equipment', 'UPDATE'),"
    "  has_table_privilege('subscriptions', 'INSERT') AND has_table_privilege('subscriptions', 'UPDATE'),"
    "  has_table_privilege('tickets', 'INSERT') AND has_table_privilege('tickets', 'UPDATE'),"
    "  has_table_privilege('ticket_messages', 'INSERT'),"
    "  has_table_privilege('audit_log', 'SELECT'),"
    "  coalesce(has_function_privilege(to_regproc('ops_staff_add'), 'EXECUTE'), false),"
    "  has_column_privilege('subscriptions', 'radius_pwd', 'SELECT')"
    "   OR coalesce(has_function_privilege(to_regproc('ops_reveal_radius_pwd'), 'EXECUTE'), false),"
    "  has_table_privilege('invoices', 'INSERT') AND has_table_privilege('payments', 'INSERT'),"
    "  has_table_privilege('outbox', 'INSERT'),"
    "  has_table_privilege('outbox', 'SELECT'),"
    "  has_table_privilege('outbox', 'UPDATE'),"
    "  has_table_privilege('dispatch_technicians', 'SELECT') AND has_table_privilege('dispatch_jobs', 'SELECT'),"
    "  has_table_privilege('dispatch_jobs', 'UPDATE') AND has_table_privilege('job_technicians', 'INSERT')"
    "   AND has_table_privilege('job_technicians', 'DELETE'),"
    "  has_table_privilege('region_rules', 'INSERT') AND has_table_privilege('region_rules', 'DELETE')"
    "   AND coalesce(has_function_privilege(to_regproc('ops_region_reassign'), 'EXECUTE'), false)";

} // namespace

CapabilitiesRepository::CapabilitiesRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<Capabilities> CapabilitiesRepository::read()
{
    auto r = m_c.exec(kReadSql);
    if (!r.ok())
        return r.error();
    const db::PgResult &row = r.value();
    if (row.rows() != 1)
        return Error::internal(u"capabilities: %1 rows"_s.arg(row.rows()));
    Capabilities c;
    c.role = row.text(0, 0);
    c.superuser = row.boolean(0, 1);
    c.group = row.isNull(0, 2) ? QString() : row.text(0, 2);
    if (c.superuser) {
        Capabilities all = Capabilities::unrestricted(c.role);
        all.group = c.group.isEmpty() ? u"admin"_s : c.group;
        return all;
    }
    c.known = true;
    c.editCustomers = row.boolean(0, 3);
    c.createCustomers = row.boolean(0, 4);
    c.editLocations = row.boolean(0, 5);
    c.editSubscriptions = row.boolean(0, 6);
    c.writeTickets = row.boolean(0, 7);
    c.writeMessages = row.boolean(0, 8);
    c.readAudit = row.boolean(0, 9);
    c.manageStaff = row.boolean(0, 10);
    c.revealRadius = row.boolean(0, 11);
    c.billing = row.boolean(0, 12);
    c.enqueueOutbox = row.boolean(0, 13);
    c.readOutbox = row.boolean(0, 14);
    c.manageOutbox = row.boolean(0, 15);
    c.readDispatch = row.boolean(0, 16);
    c.writeDispatch = row.boolean(0, 17);
    c.manageRegions = row.boolean(0, 18);
    c.readSecrets = c.group == "admin"_L1; // the integration secrets live outside the database: admins only
    return c;
}

} // namespace ops
