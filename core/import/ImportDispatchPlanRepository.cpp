// The ERPNext import's transforms of staff, dispatch tags, technicians and jobs (issue 16; the Builder and the other
// entities: ImportPlanRepository). Field by field: docs/import-erpnext.md "Staff" and "Dispatch".
#include "core/import/ImportPlanRepository.h"

namespace ops::import::transform {

namespace {

const char *kEmailRe = "'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'";
// A login that ops_staff_add accepts (migration 0014) and that is no group role.
const char *kLoginRe = "'^[a-z][a-z0-9_.-]{1,49}$'";

// A tag or crew line's level: 1 to 5 (from ERPNext's number), else NULL.
QString levelOrNull(const char *col)
{
    return QStringLiteral("CASE WHEN btrim(%1) ~ '^[1-5](\\.0*)?$' THEN btrim(%1)::numeric::int END")
        .arg(QString::fromUtf8(col));
}

Plan staff()
{
    Builder b(QStringLiteral("staff"), QStringLiteral("imp_staff"));
    b.prepare(QStringLiteral("staff"),
        QStringLiteral(
            "nullif(lower(btrim(coalesce(nullif(btrim(s.email), ''), s.name))), '') AS email_raw, "
            "left(coalesce(nullif(btrim(s.full_name), ''), nullif(concat_ws(' ', nullif(btrim(s.first_name), ''), "
            "nullif(btrim(s.last_name), '')), ''), btrim(s.name)), 200) AS display_name, "
            "CASE WHEN lower(s.language) LIKE 'en%' THEN 'en' ELSE 'fr' END AS language, "
            "coalesce(s.enabled, '1') IN ('1', 'true') AS active, left(regexp_replace(lower(split_part(coalesce("
            "nullif(btrim(s.email), ''), s.name), '@', 1)), '[^a-z0-9_.-]', '', 'g'), 50) AS login"));
    b.sql(QStringLiteral("ALTER TABLE {p} ADD COLUMN email text"));
    b.sql(QStringLiteral("UPDATE {p} SET email = CASE WHEN email_raw ~ %1 THEN email_raw END")
              .arg(QString::fromUtf8(kEmailRe)));
    b.changed("email", "bad_email", "p.email_raw IS NOT NULL AND p.email IS NULL");
    b.unique("email", "email", "duplicate_value", QStringLiteral("false"), true);
    // A staff member of ours with the same e-mail that no import made (an account made in Targo Ops) is adopted.
    b.sql(
        "UPDATE {p} p SET our_id = st.id, state = 'changed' FROM staff st WHERE p.state = 'new' AND p.refused IS NULL "
        "AND lower(st.email) = p.email AND NOT EXISTS (SELECT 1 FROM import_keys k WHERE k.entity = 'staff' "
        "AND k.our_id = st.id)");
    // The new ones' login (staff.pg_role): the e-mail's local part, made unique with the id; no role is created.
    b.sql(QStringLiteral("UPDATE {p} SET login = 'staff' || our_id WHERE state = 'new' AND (login !~ %1 OR login ~ "
                         "'^(pg_|ops_)')")
              .arg(QString::fromUtf8(kLoginRe)));
    b.sql(
        "UPDATE {p} p SET login = p.login || '.' || p.our_id WHERE p.state = 'new' AND (EXISTS (SELECT 1 FROM staff t "
        "WHERE t.pg_role = p.login) OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p.login) OR EXISTS "
        "(SELECT 1 FROM {p} q WHERE q.state = 'new' AND q.login = p.login AND q.name < p.name))");
    // The writes go through ops_import_staff_write (migration 0035: an admin may not write staff directly). A staff
    // member who has a database role (a login made in the Admin section, or an adopted account) is the Admin
    // section's: matched and keyed, never written. The others follow ERPNext.
    b.sql("SELECT ops_import_staff_write(coalesce(jsonb_agg(jsonb_build_object('id', our_id, 'login', login, "
          "'display_name', display_name, 'email', email, 'language', language, 'active', active, 'is_new', "
          "state = 'new')), '[]')) FROM {p} WHERE refused IS NULL");
    return b.plan();
}

Plan tags()
{
    Builder b(QStringLiteral("tag"), QStringLiteral("imp_tag"));
    b.prepare(QStringLiteral("dispatch_tags"),
        QStringLiteral("left(btrim(coalesce(nullif(btrim(s.tag_name), ''), s.name)), 100) AS tag, CASE WHEN s.category "
                       "~* '^(r[ée]gion|zone|territ|secteur)' THEN 'region' WHEN s.category ~* '^service' THEN "
                       "'service' ELSE 'skill' END AS category"));
    // A tag of ours with the same name that no import made is adopted (the board's tags and regions stay one list).
    b.sql("UPDATE {p} p SET our_id = t.id, state = 'changed' FROM dispatch_tags t WHERE p.state = 'new' "
          "AND t.name = p.tag AND NOT EXISTS (SELECT 1 FROM import_keys k WHERE k.entity = 'tag' AND k.our_id = t.id)");
    b.unique("tag", "tag_name", "duplicate_value",
        QStringLiteral("EXISTS (SELECT 1 FROM dispatch_tags t WHERE t.name = p.tag AND t.id <> p.our_id)"), true);
    b.sql("UPDATE dispatch_tags t SET name = p.tag, category = p.category FROM {p} p WHERE p.state = 'changed' "
          "AND p.refused IS NULL AND t.id = p.our_id");
    b.sql("INSERT INTO dispatch_tags (id, name, category) SELECT our_id, tag, category FROM {p} WHERE state = 'new' "
          "AND refused IS NULL");
    return b.plan();
}

Plan technicians(const QStringList &skipped)
{
    const bool tagsSkipped = skipped.contains(QStringLiteral("tag"));
    Builder b(QStringLiteral("technician"), QStringLiteral("imp_technician"));
    b.prepare(QStringLiteral("dispatch_technicians"),
        QStringLiteral("left(btrim(coalesce(nullif(btrim(s.technician_name), ''), s.name)), 200) AS tech_name, "
                       "nullif(btrim(s.user_id), '') AS staff_raw, %1 AS staff_id, nullif(btrim(s.phone), '') AS "
                       "phone_raw, ops_import_phone(s.phone) AS phone, coalesce(s.status, '') !~* "
                       "'^(inactive|inactif|disabled|d[ée]sactiv|left|parti)' AS active")
            .arg(Builder::key("staff", QStringLiteral("btrim(s.user_id)"))));
    b.changed("user_id", "orphan_link", optionalLinkReport("staff", false));
    b.changed("phone", "phone_not_normalisable", "p.phone_raw IS NOT NULL AND p.phone IS NULL");
    // The tags child table: a line whose tag was not imported is dropped (reported), a level outside 1..5 is 3.
    b.sql(QStringLiteral("CREATE TEMP TABLE {p}_tags ON COMMIT DROP AS SELECT p.name, p.our_id, %1 AS tag_id, "
                         "%2 AS level, nullif(btrim(x.level), '') AS level_raw FROM imp_technician_tag x JOIN {p} p "
                         "ON p.name = x.parent WHERE nullif(btrim(x.tag), '') IS NOT NULL")
              .arg(Builder::key("tag", QStringLiteral("btrim(x.tag)")), levelOrNull("x.level")));
    b.sql("CREATE INDEX ON {p}_tags (name)");
    if (!tagsSkipped) {
        b.changed(
            "tags", "orphan_link", "EXISTS (SELECT 1 FROM {p}_tags t WHERE t.name = p.name AND t.tag_id IS NULL)");
    }
    b.changed("level", "invalid_value",
        "EXISTS (SELECT 1 FROM {p}_tags t WHERE t.name = p.name AND t.tag_id IS NOT NULL AND t.level_raw IS NOT NULL "
        "AND t.level IS NULL)");
    b.sql("UPDATE dispatch_technicians t SET staff_id = p.staff_id, name = p.tech_name, phone = p.phone, "
          "active = p.active, updated_at = now(), version = t.version + 1 FROM {p} p WHERE p.state = 'changed' "
          "AND p.refused IS NULL AND t.id = p.our_id");
    b.sql("INSERT INTO dispatch_technicians (id, staff_id, name, phone, active) SELECT our_id, staff_id, tech_name, "
          "phone, active FROM {p} WHERE state = 'new' AND refused IS NULL");
    b.sql("DELETE FROM technician_tags WHERE technician_id IN (SELECT our_id FROM {p} WHERE state = 'changed' "
          "AND refused IS NULL)");
    b.sql("INSERT INTO technician_tags (technician_id, tag_id, level) SELECT t.our_id, t.tag_id, "
          "max(coalesce(t.level, 3)) FROM {p}_tags t JOIN {p} p ON p.name = t.name WHERE p.refused IS NULL "
          "AND t.tag_id IS NOT NULL GROUP BY t.our_id, t.tag_id");
    // A technician's user without a login of their own yet is in the technician group (the Admin section's choice
    // once a login is made).
    b.sql("SELECT ops_import_staff_technicians(array_agg(DISTINCT staff_id)) FROM {p} WHERE refused IS NULL "
          "AND staff_id IS NOT NULL");
    return b.plan();
}

Plan jobs(const QStringList &skipped)
{
    const bool locationsSkipped = skipped.contains(QStringLiteral("location"));
    const bool techniciansSkipped = skipped.contains(QStringLiteral("technician"));
    const bool tagsSkipped = skipped.contains(QStringLiteral("tag"));
    Builder b(QStringLiteral("job"), QStringLiteral("imp_job"));
    b.sql("CREATE INDEX ON imp_job_technician (parent)").sql("CREATE INDEX ON imp_job_tag (parent)");
    const char *time = "'^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$'";
    b.prepare(QStringLiteral("dispatch_jobs"),
        QStringLiteral(
            "nullif(btrim(s.customer), '') AS customer_raw, %1 AS customer_id, nullif(btrim(s.service_location), '') "
            "AS location_raw, %2 AS location_id, nullif(btrim(s.issue), '') AS ticket_raw, %3 AS ticket_id, "
            "CASE WHEN s.job_type ~* '^(install|raccord|branchement|connexion)' THEN 'installation' WHEN s.job_type "
            "~* '^(maint|entretien|prevent|prévent)' THEN 'maintenance' WHEN s.job_type ~* '^(remov|retrait|"
            "d[ée]sinstall|d[ée]branch|r[ée]cup)' THEN 'removal' WHEN s.job_type ~* '^(survey|visite|inspect|"
            "[ée]tude|relev)' THEN 'survey' WHEN s.job_type IS NULL AND s.subject ~* '^install' THEN 'installation' "
            "ELSE 'repair' END AS job_type, "
            "CASE WHEN s.docstatus = '2' OR s.status ~* '^(cancel|annul)' THEN 'cancelled' WHEN s.status ~* "
            "'^(complet|termin|done|closed|ferm)' THEN 'completed' WHEN s.status ~* '^(on.?site|in.?progress|sur "
            "place|en cours|started)' THEN 'on_site' WHEN s.status ~* '^en.?route' THEN 'en_route' WHEN s.status ~* "
            "'^(dispatch|assign|r[ée]parti)' THEN 'dispatched' WHEN s.status ~* '^(schedul|planifi|confirm)' THEN "
            "'scheduled' ELSE 'unscheduled' END AS status, "
            "CASE WHEN btrim(s.priority) ~ '^[1-5]$' THEN btrim(s.priority)::int WHEN s.priority ~* '^(urgent|"
            "critic|critique)' THEN 1 WHEN s.priority ~* '^(high|haute|[ée]lev)' THEN 2 WHEN s.priority ~* '^(low|"
            "basse|faible)' THEN 4 ELSE 3 END AS priority, "
            "CASE WHEN s.scheduled_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN s.scheduled_date END AS day, "
            "nullif(btrim(s.scheduled_date), '') AS day_raw, CASE WHEN btrim(s.start_time) ~ %4 THEN "
            "btrim(s.start_time) END AS t_start, CASE WHEN btrim(s.end_time) ~ %4 THEN btrim(s.end_time) END AS t_end, "
            "CASE WHEN btrim(s.duration) ~ '^[0-9]{1,9}(\\.[0-9]+)?$' THEN round(btrim(s.duration)::numeric)::int END "
            "AS duration_raw, nullif(btrim(s.duration), '') AS duration_text, nullif(concat_ws(E'\\n\\n', "
            "nullif(btrim(ops_import_text(s.subject)), ''), nullif(btrim(ops_import_text(s.description)), '')), '') "
            "AS notes, ops_import_ts(s.modified) AS modified_at, nullif(btrim(s.technician), '') AS technician_raw")
            .arg(Builder::key("customer", QStringLiteral("btrim(s.customer)")),
                Builder::key("location", QStringLiteral("btrim(s.service_location)")),
                Builder::key("ticket", QStringLiteral("btrim(s.issue)")), QString::fromUtf8(time)));
    b.refuse("customer", "orphan_link", "p.customer_raw IS NOT NULL AND p.customer_id IS NULL");
    if (!locationsSkipped)
        b.refuse("service_location", "orphan_link", "p.location_raw IS NOT NULL AND p.location_id IS NULL");
    b.refuse("issue", "orphan_link", "p.ticket_raw IS NOT NULL AND p.ticket_id IS NULL");
    // The crew: the job's technician (lead) and its technicians child table; the required tags child table.
    b.sql(QStringLiteral("CREATE TEMP TABLE {p}_crew ON COMMIT DROP AS SELECT p.name, p.our_id, c.lead, %1 AS "
                         "technician_id FROM {p} p CROSS JOIN LATERAL (SELECT p.technician_raw AS raw, true AS lead "
                         "WHERE p.technician_raw IS NOT NULL UNION ALL SELECT btrim(x.technician), false FROM "
                         "imp_job_technician x WHERE x.parent = "
                         "p.name AND nullif(btrim(x.technician), '') IS NOT NULL) c")
              .arg(Builder::key("technician", QStringLiteral("c.raw"))));
    b.sql("CREATE INDEX ON {p}_crew (name)");
    b.sql(QStringLiteral("CREATE TEMP TABLE {p}_needs ON COMMIT DROP AS SELECT p.name, p.our_id, %1 AS tag_id, "
                         "%2 AS level FROM imp_job_tag x JOIN {p} p ON p.name = x.parent "
                         "WHERE nullif(btrim(x.tag), '') IS NOT NULL")
              .arg(Builder::key("tag", QStringLiteral("btrim(x.tag)")), levelOrNull("x.min_level")));
    b.sql("CREATE INDEX ON {p}_needs (name)");
    if (!techniciansSkipped) {
        b.refuse("technician", "orphan_link",
            "EXISTS (SELECT 1 FROM {p}_crew c WHERE c.name = p.name AND c.technician_id IS NULL)");
    }
    if (!tagsSkipped) {
        b.refuse("required_tags", "orphan_link",
            "EXISTS (SELECT 1 FROM {p}_needs t WHERE t.name = p.name AND t.tag_id IS NULL)");
    }
    // The slot in the site's time zone: the date at the start time (8:00 without one); the window from the start to
    // the end time. An end at or before the start is dropped (cleaned, reported); a job past "unscheduled" without a
    // date is imported unscheduled (reported); one still "open" upstream with a date is scheduled.
    b.sql("ALTER TABLE {p} ADD COLUMN window_start timestamptz, ADD COLUMN window_end timestamptz, "
          "ADD COLUMN scheduled_start timestamptz, ADD COLUMN minutes int");
    b.sql("UPDATE {p} SET window_start = CASE WHEN t_start IS NOT NULL THEN ops_import_ts(day || ' ' || t_start) END, "
          "window_end = CASE WHEN t_end IS NOT NULL THEN ops_import_ts(day || ' ' || t_end) END WHERE day IS NOT NULL");
    b.changed("end_time", "invalid_value", "p.window_end <= p.window_start");
    b.sql("UPDATE {p} SET window_end = NULL WHERE window_end <= window_start OR window_start IS NULL");
    b.changed("scheduled_date", "invalid_value", "p.day_raw IS NOT NULL AND p.day IS NULL");
    b.changed("scheduled_date", "missing_value", "p.day IS NULL AND p.status NOT IN ('unscheduled', 'cancelled')");
    b.sql("UPDATE {p} SET status = 'unscheduled' WHERE day IS NULL AND status NOT IN ('unscheduled', 'cancelled')");
    b.sql("UPDATE {p} SET status = 'scheduled' WHERE day IS NOT NULL AND status = 'unscheduled'");
    b.sql("UPDATE {p} SET scheduled_start = coalesce(window_start, ops_import_ts(day || ' 08:00')) "
          "WHERE day IS NOT NULL");
    // Minutes; above a day, Frappe's Duration fieldtype (seconds); else the window's length, else an hour.
    b.sql("UPDATE {p} SET minutes = CASE WHEN duration_raw > 1440 THEN duration_raw / 60 ELSE duration_raw END");
    b.changed("duration", "invalid_value",
        "(p.duration_text IS NOT NULL AND p.minutes IS NULL) OR p.minutes NOT BETWEEN 5 AND 1440");
    b.sql("UPDATE {p} SET minutes = coalesce(CASE WHEN minutes BETWEEN 5 AND 1440 THEN minutes END, "
          "CASE WHEN extract(epoch FROM window_end - window_start) / 60 BETWEEN 5 AND 1440 THEN "
          "(extract(epoch FROM window_end - window_start) / 60)::int END, 60)");
    const char *values = "p.customer_id, p.location_id, p.ticket_id, p.job_type, p.status, CASE WHEN p.status = "
                         "'cancelled' THEN 'ERPNext: cancelled' END, p.priority, p.window_start, p.window_end, "
                         "p.scheduled_start, p.minutes, p.notes";
    b.sql(QStringLiteral("UPDATE dispatch_jobs j SET (customer_id, location_id, ticket_id, job_type, status, "
                         "status_reason, priority, window_start, window_end, scheduled_start, duration_minutes, notes, "
                         "completed_at, updated_at, version) = (%1, CASE WHEN p.status = 'completed' THEN "
                         "coalesce(j.completed_at, p.modified_at) END, now(), j.version + 1) FROM {p} p "
                         "WHERE p.state = 'changed' AND p.refused IS NULL AND j.id = p.our_id")
              .arg(QString::fromUtf8(values)));
    b.sql(QStringLiteral("INSERT INTO dispatch_jobs (id, customer_id, location_id, ticket_id, job_type, status, "
                         "status_reason, priority, window_start, window_end, scheduled_start, duration_minutes, notes, "
                         "completed_at) SELECT p.our_id, %1, CASE WHEN p.status = 'completed' THEN p.modified_at END "
                         "FROM {p} p WHERE p.state = 'new' AND p.refused IS NULL")
              .arg(QString::fromUtf8(values)));
    for (const char *child : {"job_technicians", "job_required_tags"}) {
        b.sql(QStringLiteral("DELETE FROM %1 WHERE job_id IN (SELECT our_id FROM {p} WHERE state = 'changed' "
                             "AND refused IS NULL)")
                  .arg(QString::fromUtf8(child)));
    }
    b.sql("INSERT INTO job_technicians (job_id, technician_id, is_lead) SELECT c.our_id, c.technician_id, "
          "bool_or(c.lead) FROM {p}_crew c JOIN {p} p ON p.name = c.name WHERE p.refused IS NULL "
          "AND c.technician_id IS NOT NULL GROUP BY c.our_id, c.technician_id");
    b.sql("INSERT INTO job_required_tags (job_id, tag_id, min_level) SELECT t.our_id, t.tag_id, "
          "max(coalesce(t.level, 1)) FROM {p}_needs t JOIN {p} p ON p.name = t.name WHERE p.refused IS NULL "
          "AND t.tag_id IS NOT NULL GROUP BY t.our_id, t.tag_id");
    return b.plan();
}

} // namespace

Plan dispatchPlan(const QString &entity, const QStringList &skipped)
{
    if (entity == QLatin1String("staff"))
        return staff();
    if (entity == QLatin1String("tag"))
        return tags();
    if (entity == QLatin1String("technician"))
        return technicians(skipped);
    if (entity == QLatin1String("job"))
        return jobs(skipped);
    return {};
}

} // namespace ops::import::transform
