// The ERPNext import of staff and of the dispatch doctypes (issue 16) on a real cluster: system users as staff
// without any password or database role, Dispatch Tag / Technician (+ its tags) / Job (+ its crew and required
// tags) field by field, import twice (no change), a changed job updated and a deleted one reported, the hostile rows
// (orphan technician, end before start) reported, a site without the dispatch doctypes (skipped) or with other
// names (the mapping file), and the imported jobs on the dispatch board's repository.
#include <QTemporaryFile>
#include <QTest>

#include "core/dispatch/DispatchRepository.h"
#include "core/dispatch/DispatchTypes.h"
#include "core/staff/StaffRepository.h"
#include "core/staff/StaffTypes.h"
#include "tests/support/ErpnextImportHarness.h"

using namespace Qt::StringLiterals;
using namespace ops;
using test::issueSet;
using test::scalar;

namespace {

// Our id of an imported row.
qint64 ourId(db::PgConnection &c, const QString &entity, const QString &name)
{
    auto r = c.exec("SELECT our_id FROM import_keys WHERE entity = $1 AND erpnext_name = $2",
        db::SqlParams().add(entity).add(name));
    return r.ok() && r.value().rows() == 1 ? r.value().int64(0, 0) : 0;
}

} // namespace

class TestErpnextImportDispatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCluster> m_cluster;

    test::ErpnextPair imported(const test::ErpnextFixtureOptions &o, import::ImportReport *report = nullptr)
    {
        test::ErpnextPair p = test::erpnextPair(*m_cluster, o);
        if (!p.c)
            return p;
        auto r = test::importErpnext(p);
        if (!r.ok()) {
            qWarning() << r.error().userMessage << r.error().detail;
            p.c.reset();
        } else if (report) {
            *report = r.value();
        }
        return p;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }
    void cleanupTestCase() { m_cluster.reset(); }

    // Staff: the site's system users (not Administrator, Guest or the website users), no password, no role.
    void staffFromUsersWithoutPasswords()
    {
        test::ErpnextPair p = test::erpnextPair(*m_cluster, {});
        QVERIFY(p.c);
        // A staff member of ours with agent1's e-mail (in other case) and no import key: adopted, not duplicated.
        QVERIFY(p.c->exec("INSERT INTO staff (pg_role, display_name, email, role_group) VALUES ('jcote', 'J. Côté', "
                          "'Agent1@targo.ca', 'billing')")
                    .ok());
        auto imported = test::importErpnext(p);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().userMessage));
        const import::ImportReport r = imported.value();
        QCOMPARE(test::entityCounts(r, "staff")->inserted, 3);
        QCOMPARE(test::entityCounts(r, "staff")->updated, 1);
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(concat_ws('|', s.pg_role, s.display_name, s.email, s.language, s.active, "
                     "s.role_group), ';' ORDER BY k.erpnext_name) FROM staff s JOIN import_keys k ON k.our_id = s.id "
                     "AND k.entity = 'staff'"),
            u"jcote|Julie Côté|agent1@targo.ca|fr|t|billing;agent2|Marc-André L'Écuyer|agent2@targo.ca|fr|t|"
            "dispatcher;agent3|Sophie Ng|agent3@targo.ca|fr|t|technician;ancien.tech|Gaëtan D'Aoust|"
            "ancien.tech@targo.ca|en|f|technician"_s);
        // No password anywhere, no database role made: a manager gives the login in the Admin section.
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM staff s JOIN import_keys k ON k.our_id = s.id AND k.entity = 'staff' "
                     "WHERE s.password_set_at IS NOT NULL OR s.must_change_password OR EXISTS (SELECT 1 FROM "
                     "pg_roles r WHERE r.rolname = s.pg_role)"),
            u"0"_s);
        QCOMPARE(
            scalar(*p.src, "SELECT count(*) FROM pg_roles WHERE rolname IN ('agent1', 'agent2', 'agent3')"), u"0"_s);
        // The tickets' assigned users are found now that the staff are in (ISS-0000001: agent2).
        QCOMPARE(scalar(*p.c,
                     "SELECT s.pg_role FROM tickets t JOIN import_keys k ON k.our_id = t.id AND k.entity = 'ticket' "
                     "JOIN staff s ON s.id = t.assigned_staff_id WHERE k.erpnext_name = 'ISS-0000001'"),
            u"agent2"_s);
        QCOMPARE(r.differences(), 0);
        for (const auto &i : r.issues)
            QVERIFY2(i.entity != u"staff"_s && i.entity != u"job"_s, qPrintable(i.entity + u' ' + i.erpnextName));
    }

    // An imported staff member gets a login the usual way (the Admin section's StaffRepository::add, migration
    // 0035): the imported row keeps its id (its tickets and technician), a re-import leaves the login alone.
    void importedStaffGetALoginInTheAdminSection()
    {
        test::ErpnextPair p = imported({});
        QVERIFY(p.c);
        const qint64 id = ourId(*p.c, u"staff"_s, u"agent3@targo.ca"_s);
        QVERIFY(id > 0);
        staff::StaffRepository repo(*p.c);
        staff::StaffInvite invite;
        invite.login = u"agent3"_s;
        invite.displayName = u"Sophie Ng"_s;
        invite.email = u"sophie.ng@targo.ca"_s;
        invite.group = u"dispatcher"_s;
        invite.password = u"Temporaire-2026-xK9q"_s;
        auto issued = repo.add(invite);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().userMessage + issued.error().detail));
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', s.id, s.role_group, s.email, s.must_change_password, r.rolcanlogin) FROM "
                     "staff s JOIN pg_roles r ON r.rolname = s.pg_role WHERE s.pg_role = 'agent3'"),
            QString::number(id) + u"|dispatcher|sophie.ng@targo.ca|t|t"_s);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM staff WHERE pg_role LIKE '#%' OR pg_role = 'agent3'"), u"1"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM dispatch_technicians t JOIN import_keys k ON k.our_id = t.staff_id AND "
                     "k.entity = 'staff' WHERE k.erpnext_name = 'agent3@targo.ca'"),
            u"1"_s);
        // A login that exists is still refused (TS002), as before.
        auto again = repo.add(invite);
        QVERIFY(!again.ok());
        QVERIFY(p.src
                    ->exec("UPDATE \"tabUser\" SET modified = modified + interval '1 hour', enabled = 0 "
                           "WHERE name = 'agent3@targo.ca'")
                    .ok());
        auto second = test::importErpnext(p);
        QVERIFY(second.ok());
        QCOMPARE(test::entityCounts(second.value(), "staff")->updated, 1);
        QCOMPARE(
            scalar(*p.c, "SELECT concat_ws('|', id, active, role_group, email) FROM staff WHERE pg_role = 'agent3'"),
            QString::number(id) + u"|t|dispatcher|sophie.ng@targo.ca"_s); // the Admin section's row now
        QVERIFY(p.c->exec("REVOKE ops_dispatcher FROM agent3").ok());
        QVERIFY(p.c->exec("DROP ROLE agent3").ok());
    }

    // An admin may not write staff directly; the import's staff writes go through ops_import_staff_write (migration
    // 0035), which only writes rows without a database role and gives new rows only a free, valid login.
    void staffWritesAsAnAdmin()
    {
        auto db = m_cluster->freshDatabase(true);
        QVERIFY(db.ok());
        auto opened = db::PgConnection::open(db.value());
        QVERIFY(opened.ok());
        db::PgConnection &c = *opened.value();
        QVERIFY(c.exec("SET ROLE ops_admin").ok());
        QVERIFY(!c.exec("INSERT INTO staff (pg_role, display_name, role_group) VALUES ('x1', 'X', 'billing')").ok());
        QVERIFY(c.exec("SELECT ops_import_staff_write('[{\"id\": 9001, \"login\": \"zoe.tremblay\", "
                       "\"display_name\": \"Zoé Tremblay\", \"email\": \"zoe@targo.ca\", \"language\": \"fr\", "
                       "\"active\": true, \"is_new\": true}]')")
                    .ok());
        QVERIFY(c.exec("SELECT ops_import_staff_technicians(ARRAY[9001]::bigint[])").ok());
        QCOMPARE(
            scalar(c, "SELECT concat_ws('|', pg_role, display_name, role_group, active) FROM staff WHERE id = 9001"),
            u"zoe.tremblay|Zoé Tremblay|technician|t"_s);
        // A login some role has (the superuser running the tests, ops_owner), or not a login: refused.
        for (const char *login : {"ops_owner", "Bad Login"}) {
            const QByteArray rows = QByteArray("[{\"id\": 9002, \"login\": \"") + login
                + "\", \"display_name\": \"X\", \"language\": \"fr\", \"active\": true, \"is_new\": true}]";
            QVERIFY2(
                !c.exec("SELECT ops_import_staff_write($1::jsonb)", db::SqlParams().add(QString::fromUtf8(rows))).ok(),
                login);
        }
        QCOMPARE(scalar(c, "SELECT count(*) FROM staff WHERE id = 9002"), u"0"_s);
    }

    void dispatchFieldMapping()
    {
        import::ImportReport r;
        test::ErpnextPair p = imported({}, &r);
        QVERIFY(p.c);
        QCOMPARE(test::entityCounts(r, "tag")->inserted, 3);
        QCOMPARE(test::entityCounts(r, "technician")->inserted, 3);
        QCOMPARE(test::entityCounts(r, "job")->inserted, 13);
        QCOMPARE(scalar(*p.c, "SELECT string_agg(name || ':' || category, ',' ORDER BY name) FROM dispatch_tags"),
            u"Estrie:region,Fibre:skill,Télé:service"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', t.name, t.phone, t.active, s.pg_role, (SELECT string_agg(g.name || "
                     "tt.level, ',' ORDER BY g.name) FROM technician_tags tt JOIN dispatch_tags g ON g.id = tt.tag_id "
                     "WHERE tt.technician_id = t.id)) FROM dispatch_technicians t JOIN import_keys k ON k.our_id = "
                     "t.id AND k.entity = 'technician' LEFT JOIN staff s ON s.id = t.staff_id WHERE k.erpnext_name = "
                     "'TECH-001'"),
            u"Étienne Lachapelle|(819) 555-7000|t|agent3|Estrie1,Fibre4"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', t.active, t.staff_id IS NULL) FROM dispatch_technicians t JOIN "
                     "import_keys k ON k.our_id = t.id AND k.entity = 'technician' WHERE k.erpnext_name = 'TECH-003'"),
            u"f|f"_s);
        // DJ-1: an installation on 2026-01-06 from 13:30 to 15:00 (Toronto time), 90 minutes, TECH-001 leading with
        // TECH-002, Fibre 3 required, the description as text in the notes.
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', j.job_type, j.status, j.priority, to_char(j.scheduled_start AT TIME ZONE "
                     "'America/Toronto', 'YYYY-MM-DD HH24:MI'), to_char(j.window_end AT TIME ZONE 'America/Toronto', "
                     "'HH24:MI'), j.duration_minutes, c.display_name, l.civic_number, j.notes) FROM dispatch_jobs j "
                     "JOIN import_keys k ON k.our_id = j.id AND k.entity = 'job' JOIN customers c ON c.id = "
                     "j.customer_id JOIN service_locations l ON l.id = j.location_id WHERE k.erpnext_name = 'DJ-1'"),
            u"installation|scheduled|3|2026-01-06 13:30|15:00|90|François Lévesque|2|Installation\n\n"
            "Sonner à l'arrière & attention au chien"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(t.name || ':' || jt.is_lead, ',' ORDER BY t.name) FROM job_technicians jt "
                     "JOIN dispatch_technicians t ON t.id = jt.technician_id JOIN import_keys k ON k.our_id = "
                     "jt.job_id AND k.entity = 'job' WHERE k.erpnext_name = 'DJ-1'"),
            u"Chantal O'Neil:false,Étienne Lachapelle:true"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(g.name || rt.min_level, ',') FROM job_required_tags rt JOIN dispatch_tags g ON "
                     "g.id = rt.tag_id JOIN import_keys k ON k.our_id = rt.job_id AND k.entity = 'job' WHERE "
                     "k.erpnext_name = 'DJ-1'"),
            u"Fibre3"_s);
        // The linked ticket, the priority, the statuses (open without a date: unscheduled; completed; cancelled).
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(concat_ws(':', k.erpnext_name, j.job_type, j.status, j.priority, t.subject, "
                     "j.scheduled_start IS NULL, j.completed_at IS NOT NULL, j.status_reason), ',' ORDER BY "
                     "k.erpnext_name) FROM dispatch_jobs j JOIN import_keys k ON k.our_id = j.id AND k.entity = 'job' "
                     "LEFT JOIN tickets t ON t.id = j.ticket_id WHERE k.erpnext_name IN ('DJ-2', 'DJ-3', 'DJ-11', "
                     "'DJ-12', 'DJ-13')"),
            u"DJ-11:installation:unscheduled:3:t:f,DJ-12:repair:completed:3:f:t,"
            "DJ-13:installation:cancelled:3:f:f:ERPNext: cancelled,DJ-2:repair:scheduled:3:Wi-Fi lent au sous-sol:f:f,"
            "DJ-3:installation:scheduled:1:f:f"_s);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM job_technicians"), u"13"_s); // 12 leads + DJ-1's second
        for (const char *e : {"tag", "technician", "job"}) {
            bool found = false;
            for (const auto &l : r.reconciliation) {
                if (l.entity == QLatin1String(e) && l.metric == u"count"_s) {
                    found = true;
                    QVERIFY2(l.equal(), e);
                }
            }
            QVERIFY2(found, e);
        }
    }

    void importTwiceChangesNothingThenAChangedJob()
    {
        test::ErpnextPair p = imported({});
        QVERIFY(p.c);
        const char *snapshot = "SELECT md5(string_agg(x, ';' ORDER BY x)) FROM (SELECT concat_ws('|', j.id, j.status, "
                               "j.scheduled_start, j.version, j.notes) AS x FROM dispatch_jobs j UNION ALL SELECT "
                               "concat_ws('|', job_id, technician_id, is_lead) FROM job_technicians UNION ALL SELECT "
                               "concat_ws('|', t.id, t.name, t.version) FROM dispatch_technicians t UNION ALL SELECT "
                               "concat_ws('|', technician_id, tag_id, level) FROM technician_tags UNION ALL SELECT "
                               "concat_ws('|', s.id, s.pg_role, s.version) FROM staff s) u";
        const QString before = scalar(*p.c, snapshot);
        auto second = test::importErpnext(p);
        QVERIFY(second.ok());
        for (const char *e : {"staff", "tag", "technician", "job"}) {
            const auto *c = test::entityCounts(second.value(), e);
            QVERIFY2(c && c->inserted == 0 && c->updated == 0 && c->refused == 0 && c->unchanged > 0, e);
        }
        QCOMPARE(scalar(*p.c, snapshot), before);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM dispatch_jobs"), u"13"_s);

        // Upstream: DJ-1 moves to the next day, en route, without its second technician; DJ-6 is deleted.
        QVERIFY(p.src
                    ->exec("UPDATE \"tabDispatch Job\" SET modified = modified + interval '1 hour', scheduled_date = "
                           "date '2026-01-07', status = 'En Route', duration = 5400 WHERE name = 'DJ-1'")
                    .ok());
        QVERIFY(p.src->exec("DELETE FROM \"tabDispatch Job Technician\" WHERE parent = 'DJ-1'").ok());
        QVERIFY(p.src->exec("DELETE FROM \"tabDispatch Job\" WHERE name = 'DJ-6'").ok());
        auto third = test::importErpnext(p);
        QVERIFY(third.ok());
        const auto *jobs = test::entityCounts(third.value(), "job");
        QCOMPARE(jobs->updated, 1);
        QCOMPARE(jobs->inserted, 0);
        QCOMPARE(jobs->deletedUpstream, 1);
        QVERIFY(issueSet(third.value()).contains(u"job DJ-6 deleted_upstream deleted_upstream"_s));
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', j.status, to_char(j.scheduled_start AT TIME ZONE 'America/Toronto', "
                     "'YYYY-MM-DD HH24:MI'), j.duration_minutes, j.version, (SELECT count(*) FROM job_technicians jt "
                     "WHERE jt.job_id = j.id)) FROM dispatch_jobs j JOIN import_keys k ON k.our_id = j.id AND "
                     "k.entity = 'job' WHERE k.erpnext_name = 'DJ-1'"),
            u"en_route|2026-01-07 13:30|90|2|1"_s); // 5,400: Frappe's Duration in seconds
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM dispatch_jobs"), u"13"_s); // DJ-6 kept
        QCOMPARE(scalar(*p.c,
                     "SELECT string_agg(coalesce(h.from_status, '-') || '>' || h.to_status, ',' ORDER BY h.id) FROM "
                     "job_status_history h WHERE h.job_id = (SELECT our_id FROM import_keys WHERE entity = 'job' "
                     "AND erpnext_name = 'DJ-1')"),
            u"->scheduled,scheduled>en_route"_s);
    }

    void hostileRowsReported()
    {
        test::ErpnextFixtureOptions o;
        o.hostile = true;
        import::ImportReport r;
        test::ErpnextPair p = imported(o, &r);
        QVERIFY(p.c);
        const QSet<QString> issues = issueSet(r);
        for (const QString &expected : {u"job DJ-4 refused orphan_link"_s, u"job DJ-5 changed invalid_value"_s,
                 u"technician TECH-002 changed orphan_link"_s}) {
            QVERIFY2(issues.contains(expected), qPrintable(expected));
        }
        // Refused: written nowhere; cleaned: the end dropped, the start kept.
        QCOMPARE(ourId(*p.c, u"job"_s, u"DJ-4"_s), 0);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM dispatch_jobs"), u"12"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT concat_ws('|', to_char(j.scheduled_start AT TIME ZONE 'America/Toronto', 'HH24:MI'), "
                     "j.window_end IS NULL, j.duration_minutes) FROM dispatch_jobs j JOIN import_keys k ON k.our_id = "
                     "j.id AND k.entity = 'job' WHERE k.erpnext_name = 'DJ-5'"),
            u"16:00|t|90"_s);
        QCOMPARE(scalar(*p.c,
                     "SELECT count(*) FROM technician_tags tt JOIN import_keys k ON k.our_id = tt.technician_id AND "
                     "k.entity = 'technician' WHERE k.erpnext_name = 'TECH-002'"),
            u"1"_s); // Télé kept, the unknown tag dropped
        QStringList differing;
        for (const auto &l : r.reconciliation) {
            if (!l.equal())
                differing << l.entity + u'/' + l.metric;
        }
        QVERIFY2(differing.contains(u"job/count"_s), qPrintable(differing.join(u", "_s)));
        QVERIFY(!differing.contains(u"technician/count"_s));
    }

    // A bare site: the dispatch doctypes are skipped with a report line, the staff still come in.
    void missingDispatchDoctypesSkipped()
    {
        test::ErpnextFixtureOptions o;
        o.customDoctypes = false;
        import::ImportReport r;
        test::ErpnextPair p = imported(o, &r);
        QVERIFY(p.c);
        for (const char *e : {"tag", "technician", "job"})
            QVERIFY2(test::entityCounts(r, e)->skipped, e);
        const QSet<QString> issues = issueSet(r);
        QVERIFY(issues.contains(u"job  skipped doctype_missing"_s));
        QVERIFY(issues.contains(u"technician  skipped doctype_missing"_s));
        QCOMPARE(test::entityCounts(r, "staff")->inserted, 4);
        QCOMPARE(scalar(*p.c, "SELECT count(*) FROM dispatch_jobs"), u"0"_s);
        QCOMPARE(r.differences(), 0);
    }

    // A site whose dispatch doctypes have no tags child tables: the entities import without those lines, each
    // missing child doctype reported once.
    void missingChildTablesLeaveTheirLinesOut()
    {
        test::ErpnextPair p = test::erpnextPair(*m_cluster, {});
        QVERIFY(p.c);
        QVERIFY(p.src->exec("DROP TABLE \"tabDispatch Job Tag\", \"tabDispatch Technician Tag\"").ok());
        auto r = test::importErpnext(p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
        QStringList skipped;
        for (const auto &i : r.value().issues) {
            if (i.action == u"skipped"_s)
                skipped << i.entity + u':' + i.field;
        }
        skipped.sort();
        QCOMPARE(skipped, (QStringList{u"job:Dispatch Job Tag"_s, u"technician:Dispatch Technician Tag"_s}));
        QCOMPARE(test::entityCounts(r.value(), "job")->inserted, 13);
        QCOMPARE(test::entityCounts(r.value(), "technician")->inserted, 3);
        QCOMPARE(scalar(*p.c,
                     "SELECT (SELECT count(*) FROM job_required_tags) || '|' || (SELECT count(*) FROM technician_tags) "
                     "|| '|' || (SELECT count(*) FROM job_technicians)"),
            u"0|0|13"_s);
        QCOMPARE(r.value().differences(), 0);
    }

    // Another site's names: a field the mapping names but the site lacks stops the import before anything is
    // written; with the site's real names in the file it imports.
    void siteNamesFromTheMappingFile()
    {
        test::ErpnextPair p = test::erpnextPair(*m_cluster, {});
        QVERIFY(p.c);
        QTemporaryFile mapping;
        QVERIFY(mapping.open());
        mapping.write(R"({"doctypes": {"Dispatch Job": "Intervention"},
                          "fields": {"Dispatch Job": {"priority": "urgence"}}})");
        mapping.flush();
        // Without a table of that name the doctype is missing: skipped.
        auto skipped = test::importErpnext(p, true, mapping.fileName());
        QVERIFY2(skipped.ok(), qPrintable(skipped.ok() ? QString() : skipped.error().userMessage));
        QVERIFY(test::entityCounts(skipped.value(), "job")->skipped);
        QVERIFY(p.src->exec("ALTER TABLE \"tabDispatch Job\" RENAME TO \"tabIntervention\"").ok());
        auto missingField = test::importErpnext(p, false, mapping.fileName());
        QVERIFY(!missingField.ok());
        QVERIFY2(missingField.error().userMessage.contains(u"urgence"_s), qPrintable(missingField.error().userMessage));
        QCOMPARE(scalar(*p.c, "SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM import_runs)"), u"0"_s);
        QVERIFY(p.src->exec("ALTER TABLE \"tabIntervention\" RENAME COLUMN priority TO urgence").ok());
        auto ok = test::importErpnext(p, false, mapping.fileName());
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().userMessage));
        QCOMPARE(test::entityCounts(ok.value(), "job")->inserted, 13);
        QCOMPARE(scalar(*p.c,
                     "SELECT j.priority FROM dispatch_jobs j JOIN import_keys k ON k.our_id = j.id AND "
                     "k.entity = 'job' WHERE k.erpnext_name = 'DJ-3'"),
            u"1"_s);
    }

    // The imported jobs on the board: the day's job with its crew, window and required tag; the queue.
    void importedJobsOpenOnTheBoard()
    {
        test::ErpnextPair p = imported({});
        QVERIFY(p.c);
        const qint64 job = ourId(*p.c, u"job"_s, u"DJ-1"_s);
        const qint64 lead = ourId(*p.c, u"technician"_s, u"TECH-001"_s);
        const qint64 helper = ourId(*p.c, u"technician"_s, u"TECH-002"_s);
        const qint64 fibre = ourId(*p.c, u"tag"_s, u"Fibre"_s);
        QVERIFY(job > 0 && lead > 0 && helper > 0 && fibre > 0);
        dispatch::DispatchRepository repo(*p.c);
        const QDate day(2026, 1, 6);
        auto board = repo.loadBoard(day, day);
        QVERIFY2(board.ok(), qPrintable(board.ok() ? QString() : board.error().detail));
        const dispatch::Job *j = board.value().job(job);
        QVERIFY(j);
        QCOMPARE(j->leadTechnicianId, lead);
        QCOMPARE(j->crew, QList<qint64>{helper});
        QCOMPARE(j->type, u"installation"_s);
        QCOMPARE(j->status, dispatch::JobStatus::Scheduled);
        QCOMPARE(j->start, dispatch::localDayTime(day, 13 * 60 + 30));
        QCOMPARE(j->windowEnd, dispatch::localDayTime(day, 15 * 60));
        QCOMPARE(j->durationMin, 90);
        QCOMPARE(j->customerName, u"François Lévesque"_s);
        QCOMPARE(j->required.size(), 1);
        QCOMPARE(j->required.first().tagId, fibre);
        QCOMPARE(j->required.first().level, 3);
        const dispatch::Technician *t = board.value().technician(lead);
        QVERIFY(t);
        QCOMPARE(t->level(fibre), 4);
        QVERIFY(!board.value().technician(ourId(*p.c, u"technician"_s, u"TECH-003"_s))); // inactive: not on the board
        QVERIFY(board.value().job(ourId(*p.c, u"job"_s, u"DJ-11"_s))); // the queue
    }
};

QTEST_GUILESS_MAIN(TestErpnextImportDispatch)
#include "TestErpnextImportDispatch.moc"
