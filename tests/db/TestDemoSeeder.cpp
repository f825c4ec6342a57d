// Demo data on a real database (scale 0.01): volumes, Quebec taxes to the cent, receivables that add up, valid
// contact data, determinism, refusal to seed twice, search documents, sequences and constraints left as found.
#include <string>
#include <type_traits>

#include <QTest>

#include "core/db/PgConnection.h"
#include "core/demo/DemoSeeder.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);

// Tables whose content must be byte-identical for the same seed and scale.
const char *const kChecksummed[] = {"customers", "service_locations", "service_equipment", "items", "subscriptions",
    "invoices", "invoice_lines", "payments", "tickets", "ticket_messages", "casl_consents", "dispatch_technicians",
    "region_rules", "technician_absences", "job_status_history", "gps_positions"};

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rowCountsScale();
    void invoicesAddUpWithQuebecTaxes();
    void receivablesAreConsistent();
    void contactDataIsValidAndQuebecTrue();
    void ticketsAndDispatch();
    void dispatchBoardOfFiftyTechnicians();
    void dispatchHistoryTriggerIsBack();
    void radiusPasswordsSealedLikeTheTrigger();
    void searchDocumentsArePopulated();
    void sameSeedGivesIdenticalData();
    void historyEndsOnToday();
    void activeInternetHasAnOnt();
    void sequencesAndConstraintsAreRestored();
    void refusesToSeedTwiceUnlessReplacing();
    void rejectsBadScale();

private:
    struct Seeded
    {
        std::unique_ptr<db::PgConnection> c;
        demo::DemoReport report;
        QList<int> percents;
        QStringList stages;
    };
    Seeded seed(double scale, quint64 seedValue, const QDate &today, int technicians = 0);
    void checkDispatchPlan(db::PgConnection &c, const QDate &today, bool busyToday);
    qint64 scalar(db::PgConnection &c, const char *sql);
    QString checksum(db::PgConnection &c, const QString &table);

    std::unique_ptr<test::TestCluster> m_cluster;
    Seeded m_a; // scale 0.01, seed 42
};

TestDemoSeeder::Seeded TestDemoSeeder::seed(double scale, quint64 seedValue, const QDate &today, int technicians)
{
    Seeded s;
    auto conninfo = m_cluster->freshDatabase(true);
    if (!conninfo.ok()) {
        qWarning("no database: %s", qPrintable(conninfo.error().detail));
        return s;
    }
    auto c = db::PgConnection::open(conninfo.value());
    if (!c.ok()) {
        qWarning("cannot connect: %s", qPrintable(c.error().detail));
        return s;
    }
    s.c = std::move(c).value();
    demo::DemoOptions o;
    o.scale = scale;
    o.seed = seedValue;
    o.technicians = technicians;
    if (today.isValid()) // else the default: the real today
        o.today = today;
    o.progress = [&s](const QString &stage, int percent) {
        s.stages << stage;
        s.percents << percent;
    };
    auto r = demo::DemoSeeder(*s.c, o).run();
    if (!r.ok()) {
        qWarning("seed failed: %s | %s", qPrintable(r.error().userMessage), qPrintable(r.error().detail));
        s.c.reset();
        return s;
    }
    s.report = r.value();
    return s;
}

qint64 TestDemoSeeder::scalar(db::PgConnection &c, const char *sql)
{
    auto r = c.exec(sql);
    if (!r.ok()) {
        qWarning("query failed: %s (%s)", sql, qPrintable(r.error().detail));
        return -1;
    }
    return r.value().int64(0, 0, -1);
}

QString TestDemoSeeder::checksum(db::PgConnection &c, const QString &table)
{
    const QString order =
        table == QLatin1String("invoice_taxes") ? QStringLiteral("invoice_id, tax") : QStringLiteral("id");
    // RADIUS passwords are sealed with a random salt (migration 0013): compared in clear, not as ciphertext.
    const QString row = table == QLatin1String("subscriptions")
        ? QStringLiteral("(to_jsonb(t) - 'radius_pwd_enc' || jsonb_build_object('pwd', CASE WHEN radius_pwd_enc IS NULL"
                         " THEN NULL ELSE pgp_sym_decrypt(radius_pwd_enc, ops_radius_key()) END))::text")
        : QStringLiteral("t::text");
    auto r = c.exec(QStringLiteral("SELECT md5(string_agg(%3, '|' ORDER BY %2)) FROM %1 t").arg(table, order, row));
    return r.ok() ? r.value().text(0, 0) : QString();
}

void TestDemoSeeder::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_a = seed(0.01, 42, kToday);
    QVERIFY(m_a.c);
}

void TestDemoSeeder::cleanupTestCase()
{
    m_a.c.reset();
    m_cluster.reset();
}

void TestDemoSeeder::rowCountsScale()
{
    db::PgConnection &c = *m_a.c;
    QCOMPARE(scalar(c, "SELECT count(*) FROM customers"), 67);
    QCOMPARE(scalar(c, "SELECT count(*) FROM service_locations"), 170);
    QCOMPARE(scalar(c, "SELECT count(*) FROM service_equipment"), 130); // an ONT at every active internet location
    QCOMPARE(scalar(c, "SELECT count(*) FROM subscriptions"), 219);
    QCOMPARE(scalar(c, "SELECT count(*) FROM invoices"), 1150);
    QCOMPARE(scalar(c, "SELECT count(*) FROM invoice_taxes"), 2300);
    QCOMPARE(scalar(c, "SELECT count(*) FROM payments"), 990);
    QCOMPARE(scalar(c, "SELECT count(*) FROM tickets"), 2420);
    QCOMPARE(scalar(c, "SELECT count(*) FROM ticket_messages"), 7840);
    QCOMPARE(scalar(c, "SELECT count(*) FROM items"), 100);
    QCOMPARE(scalar(c, "SELECT count(*) FROM dispatch_tags"), 40);
    QCOMPARE(scalar(c, "SELECT count(*) FROM staff"), 25);
    QVERIFY(scalar(c, "SELECT count(*) FROM dispatch_technicians") >= 3);
    QVERIFY(scalar(c, "SELECT count(*) FROM invoice_lines") > 1150);
    QVERIFY(scalar(c, "SELECT count(*) FROM payment_allocations") > 900);
    QVERIFY(scalar(c, "SELECT count(*) FROM casl_consents") > 0);

    // The report matches the database, and the progress ran to 100 % without going back.
    QCOMPARE(m_a.report.rowsPerTable.value(QStringLiteral("ticket_messages")), 7840);
    QCOMPARE(m_a.report.rowsPerTable.value(QStringLiteral("invoice_lines")),
        scalar(c, "SELECT count(*) FROM invoice_lines"));
    QVERIFY(!m_a.percents.isEmpty());
    QCOMPARE(m_a.percents.last(), 100);
    for (int i = 1; i < m_a.percents.size(); ++i)
        QVERIFY(m_a.percents.at(i) >= m_a.percents.at(i - 1));
    for (const QString &stage : std::as_const(m_a.stages))
        QVERIFY2(demo::DemoSeeder::stageKeys().contains(stage), qPrintable(stage));

    // Twice the scale, twice the volume.
    Seeded b = seed(0.02, 42, kToday);
    QVERIFY(b.c);
    QCOMPARE(scalar(*b.c, "SELECT count(*) FROM customers"), 133);
    QCOMPARE(scalar(*b.c, "SELECT count(*) FROM invoices"), 2300);
    QCOMPARE(scalar(*b.c, "SELECT count(*) FROM tickets"), 4840);
    QCOMPARE(scalar(*b.c, "SELECT count(*) FROM ticket_messages"), 15680);
}

void TestDemoSeeder::invoicesAddUpWithQuebecTaxes()
{
    db::PgConnection &c = *m_a.c;
    // total = subtotal + GST + QST; each tax on the pre-tax amount, integer cents, half rounded up (numeric round()).
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM invoices WHERE total_cents <> subtotal_cents + gst_cents + qst_cents"
                 " OR gst_cents <> round(subtotal_cents * 0.05)"
                 " OR qst_cents <> round(subtotal_cents * 0.09975)"),
        0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM invoices WHERE subtotal_cents <= 0"), 0);
    // The subtotal is the sum of the lines.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM invoices i WHERE subtotal_cents <>"
                 " (SELECT sum(amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id)"),
        0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM invoice_lines WHERE amount_cents <> unit_price_cents * quantity"), 0);
    // One GST and one QST row per invoice, never a combined rate, with registration numbers.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM invoice_taxes t JOIN invoices i ON i.id = t.invoice_id"
                 " WHERE t.base_cents <> i.subtotal_cents"
                 " OR (t.tax = 'GST' AND (t.rate_ppm <> 50000 OR t.amount_cents <> i.gst_cents"
                 "     OR t.registration_number !~ '^[0-9]{9} RT[0-9]{4}$'))"
                 " OR (t.tax = 'QST' AND (t.rate_ppm <> 99750 OR t.amount_cents <> i.qst_cents"
                 "     OR t.registration_number !~ '^[0-9]{10} TQ[0-9]{4}$'))"),
        0);
    QCOMPARE(
        scalar(c, "SELECT count(DISTINCT invoice_id) FROM invoice_taxes"), scalar(c, "SELECT count(*) FROM invoices"));
    // Prices look like prices: plans in the catalogue, no fractional-dollar nonsense in the totals' types.
    QVERIFY(
        scalar(c, "SELECT count(*) FROM items WHERE kind = 'internet' AND download_mbps IN (100, 1000, 1500)") >= 3);
    QVERIFY(scalar(c, "SELECT count(*) FROM items WHERE kind = 'discount' AND monthly_price_cents < 0") > 0);
}

void TestDemoSeeder::receivablesAreConsistent()
{
    db::PgConnection &c = *m_a.c;
    // Invoice paid amounts are the allocations; statuses follow.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM invoices i WHERE paid_cents <>"
                 " coalesce((SELECT sum(amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id), 0)"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM invoices WHERE paid_cents > total_cents"
                 " OR (status = 'paid') <> (paid_cents = total_cents)"
                 " OR (status = 'issued') <> (paid_cents = 0)"
                 " OR (status = 'partially_paid') <> (paid_cents > 0 AND paid_cents < total_cents)"),
        0);
    // Customer balance = invoiced - allocated.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM customers cu WHERE balance_cents <>"
                 " coalesce((SELECT sum(total_cents) FROM invoices i WHERE i.customer_id = cu.id), 0)"
                 " - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a"
                 "   JOIN invoices i ON i.id = a.invoice_id WHERE i.customer_id = cu.id), 0)"),
        0);
    // Payments: succeeded ones are fully allocated to their own customer's invoices; declined ones allocate nothing.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM payments p WHERE status = 'succeeded' AND amount_cents <>"
                 " (SELECT coalesce(sum(amount_cents), 0) FROM payment_allocations a WHERE a.payment_id = p.id)"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id"
                 " JOIN invoices i ON i.id = a.invoice_id WHERE p.status <> 'succeeded'"
                 " OR p.customer_id <> i.customer_id OR p.received_at::date < i.issue_date"),
        0);
    QCOMPARE(scalar(c, "SELECT count(DISTINCT method) FROM payments"), 5);
    // A believable picture: most invoices paid, some customers owing, nobody with a credit.
    const qint64 invoices = scalar(c, "SELECT count(*) FROM invoices");
    QVERIFY(scalar(c, "SELECT count(*) FROM invoices WHERE status = 'paid'") * 100 >= invoices * 85);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE balance_cents > 0") > 0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM customers WHERE balance_cents < 0"), 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM invoices WHERE status <> 'paid' AND due_date < '2026-11-15'") > 0);
}

void TestDemoSeeder::contactDataIsValidAndQuebecTrue()
{
    db::PgConnection &c = *m_a.c;
    const char *postal = "'^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$'";
    QCOMPARE(scalar(c,
                 QStringLiteral("SELECT count(*) FROM service_locations WHERE postal_code !~ %1")
                     .arg(QLatin1String(postal))
                     .toUtf8()
                     .constData()),
        0);
    QCOMPARE(scalar(c,
                 QStringLiteral("SELECT count(*) FROM customers WHERE billing_postal_code !~ %1")
                     .arg(QLatin1String(postal))
                     .toUtf8()
                     .constData()),
        0);
    // FSAs of the Laurentides, Lanaudière and the North Shore only (J..., G4R/G4S/G4Z/G5B/G5C/G0T).
    QCOMPARE(scalar(c, "SELECT count(*) FROM service_locations WHERE left(postal_code, 1) NOT IN ('J', 'G')"), 0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM customers WHERE phone !~ '^\\((450|514|819|418)\\) [2-9][0-9]{2}-[0-9]{4}$'"
                 " OR (phone_alt IS NOT NULL AND phone_alt !~ '^\\((450|514|819|418)\\) [2-9][0-9]{2}-[0-9]{4}$')"),
        0);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE phone LIKE '%555-%'") < 10);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM customers WHERE email !~ '^[a-z0-9._-]+@[a-z0-9.-]+\\.[a-z]{2,}$'"
                 " OR email_alt !~ '^[a-z0-9._-]+@[a-z0-9.-]+\\.[a-z]{2,}$'"),
        0);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE email IS NOT NULL") > 50);
    QCOMPARE(scalar(c, "SELECT count(*) FROM (SELECT phone FROM customers GROUP BY phone HAVING count(*) > 1) d"), 0);
    // French and English, accents and hyphens in names, apostrophes in names or streets, some businesses.
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE language = 'en'") > 3);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE language = 'fr'") > 40);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE display_name ~ '[éèêëàâçîïôûÉ]'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE display_name LIKE '%-%'") > 0);
    QVERIFY(scalar(c,
                "SELECT (SELECT count(*) FROM customers WHERE display_name LIKE '%''%')"
                " + (SELECT count(*) FROM service_locations WHERE street LIKE '%''%' OR city LIKE '%''%')")
        > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE kind = 'business' AND company_name IS NOT NULL") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM customers WHERE status = 'active'") * 100 >= 67 * 75);
    // Locations in real towns, GPS in southern Quebec / the North Shore, OLT ports and private IPs.
    QVERIFY(scalar(c, "SELECT count(DISTINCT city) FROM service_locations") >= 10);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM service_locations WHERE latitude NOT BETWEEN 45.3 AND 50.5"
                 " OR longitude NOT BETWEEN -76 AND -66"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM service_locations WHERE olt_name IS NOT NULL"
                 " AND (olt_name !~ '^OLT-[A-Z]{3}-[0-9]{2}$' OR olt_port !~ '^1/[0-9]+/[0-9]+$')"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM service_locations WHERE ip_address IS NOT NULL"
                 " AND NOT ip_address << '10.0.0.0/8'::inet"),
        0);
    // Equipment: real makes, unique serials and MACs (the unique indexes hold), GenieACS ids on managed devices.
    QVERIFY(
        scalar(c, "SELECT count(*) FROM service_equipment WHERE make = 'Nokia' AND serial ~ '^ALCL[0-9A-F]{8}$'") > 0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM service_equipment WHERE status = 'installed' AND location_id IS NULL"), 0);
}

void TestDemoSeeder::ticketsAndDispatch()
{
    db::PgConnection &c = *m_a.c;
    QVERIFY(scalar(c, "SELECT count(*) FROM tickets WHERE parent_id IS NOT NULL") > 10);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM tickets ch JOIN tickets p ON p.id = ch.parent_id"
                 " WHERE p.issue_type <> 'outage' OR ch.created_at < p.created_at"),
        0);
    QVERIFY(scalar(c, "SELECT count(*) FROM tickets WHERE legacy_ticket_id IS NOT NULL") > 1000);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM tickets t WHERE NOT EXISTS"
                 " (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id)"),
        0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM tickets WHERE status IN ('resolved', 'closed') AND closed_at IS NULL"), 0);
    // The history ends at noon on `today` (2026-11-27, 17:00 UTC); that day's tickets are spread over its morning,
    // not piled up on the noon instant (07:00 local is 12:00 UTC).
    QVERIFY(scalar(c, "SELECT count(*) FROM tickets WHERE created_at >= '2026-11-27 12:00+00'") >= 2);
    QCOMPARE(scalar(c,
                 "SELECT count(*) - count(DISTINCT created_at) FROM tickets"
                 " WHERE created_at >= '2026-11-27 12:00+00'"),
        0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM tickets WHERE created_at > '2026-11-27 17:00+00'"), 0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id"
                 " WHERE m.created_at < t.created_at"),
        0);
    // Jobs from 90 days before `today` to 14 days after, assigned within the technician's shift.
    QVERIFY(scalar(c, "SELECT count(*) FROM dispatch_jobs") > 10);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM dispatch_jobs WHERE window_start < '2026-08-28'"
                 " OR window_start > '2026-12-12'"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM dispatch_jobs j JOIN job_technicians jt ON jt.job_id = j.id"
                 " JOIN dispatch_technicians t ON t.id = jt.technician_id WHERE jt.is_lead AND"
                 " ((j.scheduled_start AT TIME ZONE 'America/Toronto')::time < t.shift_start"
                 "  OR (j.scheduled_start AT TIME ZONE 'America/Toronto')::time"
                 "     + make_interval(mins => j.duration_minutes) > t.shift_end)"),
        0);
    // Required tags are satisfiable by the lead technician.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM job_required_tags r JOIN job_technicians jt ON jt.job_id = r.job_id"
                 " AND jt.is_lead LEFT JOIN technician_tags tt ON tt.technician_id = jt.technician_id"
                 " AND tt.tag_id = r.tag_id WHERE tt.level IS NULL OR tt.level < r.min_level"),
        0);
    QCOMPARE(scalar(c, "SELECT count(DISTINCT category) FROM dispatch_tags"), 3);
    QVERIFY(scalar(c, "SELECT count(*) FROM technician_tags WHERE level BETWEEN 1 AND 5") > 10);
    checkDispatchPlan(c, kToday, false);
}

// The dispatch plan as the board and its rules see it (core/dispatch/DispatchRules.cpp), on any seed: no overlap on a
// row, every member inside shift, work days and the customer's window, away from absences, in the job's region, with
// the travel time from the previous job; the statuses of noon on `today`, each job's history ending on its status,
// regions from the rules, the working technicians' last positions.
void TestDemoSeeder::checkDispatchPlan(db::PgConnection &c, const QDate &today, bool busyToday)
{
    const QString day = today.toString(Qt::ISODate);
    const QString now = day + QStringLiteral(" 12:00");
    const auto count = [&](const auto &text) {
        QString sql;
        if constexpr (std::is_same_v<std::decay_t<decltype(text)>, std::string>)
            sql = QString::fromStdString(text);
        else
            sql = text;
        auto r = c.exec(QString(sql)
                            .replace(QLatin1String(":day"), u'\'' + day + u'\'')
                            .replace(QLatin1String(":now"),
                                QStringLiteral("('%1'::timestamp AT TIME ZONE 'America/Toronto')").arg(now)));
        if (!r.ok()) {
            qWarning("query failed: %s (%s)", qPrintable(sql), qPrintable(r.error().detail));
            return qint64(-1);
        }
        return r.value().int64(0, 0, -1);
    };
    // Every technician's row: the jobs that occupy it (as lead or crew member).
    const std::string rows = std::string(
        "WITH r AS (SELECT jt.technician_id AS t, jt.is_lead, j.id, j.status, j.location_id, j.region_tag_id,"
        " j.scheduled_start AS s, j.scheduled_start + make_interval(mins => j.duration_minutes) AS e,"
        " (j.scheduled_start AT TIME ZONE 'America/Toronto')::date AS d"
        " FROM dispatch_jobs j JOIN job_technicians jt ON jt.job_id = j.id"
        " WHERE j.status NOT IN ('unscheduled', 'cancelled')) ");
    QVERIFY(count(rows + "SELECT count(*) FROM r") > 100);
    QCOMPARE(
        count(rows + "SELECT count(*) FROM r a JOIN r b ON a.t = b.t AND a.id < b.id AND a.s < b.e AND b.s < a.e"), 0);
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM r JOIN dispatch_technicians t ON t.id = r.t"
                   " WHERE (r.s AT TIME ZONE 'America/Toronto')::time < t.shift_start"
                   " OR (r.e AT TIME ZONE 'America/Toronto')::time > t.shift_end"
                   " OR (r.e AT TIME ZONE 'America/Toronto')::date <> r.d"
                   " OR t.work_days & (1 << (extract(isodow FROM r.d)::int - 1)) = 0"),
        0);
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM r JOIN technician_absences a ON a.technician_id = r.t"
                   " AND a.starts_at < r.e AND r.s < a.ends_at"),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE scheduled_start IS NOT NULL AND"
                                  " (scheduled_start < window_start"
                                  " OR scheduled_start + make_interval(mins => duration_minutes) > window_end)")),
        0);
    // Travel from the previous job on the row, as the board estimates it (default dispatch_settings).
    QCOMPARE(count(QStringLiteral("SELECT road_factor_pct * 1000 + average_speed_kmh FROM dispatch_settings")), 130060);
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM (SELECT r.s, l.latitude AS lat, l.longitude AS lon,"
                   " lag(r.e) OVER w AS pe, lag(l.latitude) OVER w AS plat, lag(l.longitude) OVER w AS plon"
                   " FROM r JOIN service_locations l ON l.id = r.location_id"
                   " WINDOW w AS (PARTITION BY r.t, r.d ORDER BY r.s)) x WHERE pe IS NOT NULL AND pe"
                   " + make_interval(mins => ceil(2 * 6371.0072 * asin(least(1, sqrt(sin(radians(lat - plat) / 2) ^ 2"
                   " + cos(radians(plat)) * cos(radians(lat)) * sin(radians(lon - plon) / 2) ^ 2))) * 1.3)::int) > s"),
        0);
    // Regions: a rule for every town, every location and job with the region the rules give, every row member has it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_locations WHERE region_tag_id IS NULL"
                                  " OR region_tag_id IS DISTINCT FROM ops_region_for(city, postal_code)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_locations l WHERE NOT EXISTS"
                                  " (SELECT 1 FROM region_rules r WHERE r.city = l.city)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM region_rules r JOIN dispatch_tags t ON t.id = r.region_tag_id"
                                  " WHERE t.category <> 'region'")),
        0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM dispatch_jobs j JOIN service_locations l ON l.id = j.location_id"
                             " WHERE j.region_tag_id IS DISTINCT FROM l.region_tag_id")),
        0);
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM r LEFT JOIN technician_tags tt ON tt.technician_id = r.t"
                   " AND tt.tag_id = r.region_tag_id WHERE tt.level IS NULL"),
        0);
    // Statuses at noon on today: done before, on site across noon, en route to at most one job, dispatched after.
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM r WHERE r.status <> CASE WHEN r.d < :day THEN 'completed'"
                   " WHEN r.d > :day THEN 'scheduled' WHEN r.e <= :now THEN 'completed'"
                   " WHEN r.s <= :now THEN 'on_site' ELSE r.status END"
                   " OR (r.d = :day AND r.s > :now AND r.status NOT IN ('scheduled', 'dispatched', 'en_route'))"),
        0);
    if (busyToday) { // not with three technicians, two of them absent today
        for (const char *status : {"completed", "on_site", "en_route", "dispatched"}) {
            QVERIFY2(
                count(rows + "SELECT count(*) FROM r WHERE r.d = :day AND r.status = '" + status + "'") > 0, status);
        }
    }
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM (SELECT t FROM r WHERE status IN ('en_route', 'on_site') AND is_lead"
                   " GROUP BY t HAVING count(*) > 1) x"),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'cancelled'"
                                  " AND (status_reason IS NULL OR status_reason = '')")),
        0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'cancelled'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'completed'"
                                  " AND (completed_at IS NULL OR completed_at > :now)")),
        0);
    // The queue: unscheduled jobs wanted in the coming days.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'unscheduled'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'unscheduled' AND"
                                  " (scheduled_start IS NOT NULL OR window_start < :day::date - 1"
                                  " OR window_start > :day::date + 9"
                                  " OR EXISTS (SELECT 1 FROM job_technicians jt WHERE jt.job_id = id))")),
        0);
    // History: every job's changes chain from its creation to its status, made by staff, never after "now".
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dispatch_jobs j WHERE NOT EXISTS"
                                  " (SELECT 1 FROM job_status_history h WHERE h.job_id = j.id)")),
        0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM (SELECT h.*, lag(to_status) OVER w AS prev, row_number() OVER w AS n,"
                 " lead(h.id) OVER w AS next, j.status AS job_status FROM job_status_history h"
                 " JOIN dispatch_jobs j ON j.id = h.job_id WINDOW w AS (PARTITION BY h.job_id ORDER BY h.changed_at, "
                 "h.id)) x"
                 " WHERE (n = 1 AND (from_status IS NOT NULL OR to_status <> 'unscheduled'))"
                 " OR (n > 1 AND from_status IS DISTINCT FROM prev)"
                 " OR (next IS NULL AND to_status <> job_status)"
                 " OR (to_status = 'cancelled') <> (reason IS NOT NULL)"
                 " OR staff_id IS NULL OR changed_at > :now")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM job_status_history h JOIN staff s ON s.id = h.staff_id"
                                  " WHERE s.pg_role <> h.db_role")),
        0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM job_status_history WHERE to_status = 'on_site'"))
        > count(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status = 'completed'")) / 2);
    // Absences: a vacation of several days, a sick day today, a training half-day.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM technician_absences WHERE kind = 'vacation'"
                                 " AND ends_at - starts_at >= interval '3 days'"))
        > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM technician_absences WHERE kind = 'sick'"
                                 " AND starts_at <= :now AND :now < ends_at"))
        > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM technician_absences WHERE kind = 'training'"
                                 " AND ends_at - starts_at < interval '5 hours'"))
        > 0);
    // Last positions: one recent fix for each technician at work today, on site where the job is.
    const QString atWork = QStringLiteral(
        "SELECT t.id FROM dispatch_technicians t WHERE t.work_days & (1 << (extract(isodow FROM :day::date)::int - 1))"
        " <> 0 AND NOT EXISTS (SELECT 1 FROM technician_absences a WHERE a.technician_id = t.id"
        " AND a.starts_at <= :now AND :now < a.ends_at)");
    QVERIFY(count(u"SELECT count(*) FROM ("_s + atWork + u") w"_s) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT technician_id) FROM gps_positions")),
        count(u"SELECT count(*) FROM ("_s + atWork + u") w"_s));
    QCOMPARE(
        count(u"SELECT count(*) FROM gps_positions WHERE technician_id NOT IN ("_s + atWork
            + u") OR fix_time > :now OR fix_time < :now - interval '2 minutes'"
              u" OR device_id <> (SELECT traccar_device_id FROM dispatch_technicians t WHERE t.id = technician_id)"_s),
        0);
    QCOMPARE(count(rows
                 + "SELECT count(*) FROM r JOIN service_locations l ON l.id = r.location_id"
                   " JOIN gps_positions p ON p.technician_id = r.t WHERE r.status = 'on_site'"
                   " AND (abs(p.latitude - l.latitude) > 0.005 OR abs(p.longitude - l.longitude) > 0.005"
                   " OR p.speed_kmh <> 0)"),
        0);
}

void TestDemoSeeder::dispatchBoardOfFiftyTechnicians()
{
    // The board of the seed system: fifty technicians with about ten jobs each on every working day from a week
    // before to a week after today (a Thursday, when all of them work), and a queue of unscheduled jobs.
    const QDate thursday = kToday.addDays(-1);
    Seeded s = seed(0.01, 42, thursday, 50);
    QVERIFY(s.c);
    db::PgConnection &c = *s.c;
    QCOMPARE(scalar(c, "SELECT count(*) FROM dispatch_technicians"), 50);
    const auto onDay = [&](const QDate &d) {
        auto r =
            c.exec(QStringLiteral("SELECT count(*) FROM dispatch_jobs WHERE status NOT IN ('unscheduled',"
                                  " 'cancelled') AND (scheduled_start AT TIME ZONE 'America/Toronto')::date = '%1'")
                       .arg(d.toString(Qt::ISODate)));
        return r.ok() ? r.value().int64(0, 0) : -1;
    };
    const qint64 today = onDay(thursday);
    QVERIFY2(today >= 400, qPrintable(QString::number(today)));
    QVERIFY2(today <= 650, qPrintable(QString::number(today)));
    for (int k = -7; k <= 7; ++k) {
        const QDate d = thursday.addDays(k);
        if (d.dayOfWeek() <= 5) {
            QVERIFY2(onDay(d) >= 350, qPrintable(d.toString(Qt::ISODate)));
        } else { // the weekend crews
            QVERIFY2(onDay(d) >= 10 && onDay(d) < 200, qPrintable(d.toString(Qt::ISODate)));
        }
    }
    QVERIFY(onDay(thursday.addDays(-30)) < 100); // further back: the history's volume
    const qint64 queue = scalar(c, "SELECT count(*) FROM dispatch_jobs WHERE status = 'unscheduled'");
    QVERIFY2(queue >= 40 && queue <= 80, qPrintable(QString::number(queue)));
    QVERIFY(scalar(c, "SELECT count(*) FROM dispatch_jobs WHERE status = 'en_route'") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM job_technicians WHERE NOT is_lead") > 0); // crews
    // Required tags at level for the lead (the region too).
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM job_required_tags r JOIN job_technicians jt ON jt.job_id = r.job_id"
                 " AND jt.is_lead LEFT JOIN technician_tags tt ON tt.technician_id = jt.technician_id"
                 " AND tt.tag_id = r.tag_id WHERE tt.level IS NULL OR tt.level < r.min_level"),
        0);
    QCOMPARE(scalar(c, "SELECT count(DISTINCT city) FROM region_rules"), 24);
    QCOMPARE(scalar(c, "SELECT count(DISTINCT region_tag_id) FROM region_rules"), 6);
    checkDispatchPlan(c, thursday, true);
}

void TestDemoSeeder::dispatchHistoryTriggerIsBack()
{
    // The status trigger was off for the load only: a change after the seed is recorded, after the seeded rows.
    db::PgConnection &c = *m_a.c;
    QVERIFY(c.exec("BEGIN").ok()); // rolled back: the other tests compare this database with fresh seeds
    const qint64 before = scalar(c, "SELECT count(*) FROM job_status_history");
    const qint64 lastId = scalar(c, "SELECT max(id) FROM job_status_history");
    auto r = c.exec("UPDATE dispatch_jobs SET status = 'dispatched' WHERE id = (SELECT min(id) FROM dispatch_jobs"
                    " WHERE status = 'scheduled') RETURNING id");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().rows(), 1);
    const qint64 job = r.value().int64(0, 0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM job_status_history"), before + 1);
    auto h = c.exec(QStringLiteral("SELECT id, from_status, to_status FROM job_status_history WHERE job_id = %1"
                                   " ORDER BY id DESC LIMIT 1")
                        .arg(job));
    QVERIFY(h.ok());
    QVERIFY(h.value().int64(0, 0) > lastId);
    QCOMPARE(h.value().text(0, 1), QStringLiteral("scheduled"));
    QCOMPARE(h.value().text(0, 2), QStringLiteral("dispatched"));
    // New locations still take their region from the rules.
    r = c.exec("INSERT INTO service_locations (customer_id, civic_number, street, city, postal_code)"
               " VALUES (1, 12, 'rue Principale', 'Joliette', 'J6E 1A1') RETURNING region_tag_id");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().int64(0, 0), scalar(c, "SELECT region_tag_id FROM region_rules WHERE city = 'Joliette'"));
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM region_rules r JOIN dispatch_tags t ON t.id = r.region_tag_id"
                 " WHERE r.city = 'Joliette' AND t.name = 'Nord de Lanaudière'"),
        1);
    QVERIFY(c.exec("ROLLBACK").ok());
}

void TestDemoSeeder::radiusPasswordsSealedLikeTheTrigger()
{
    // The seeder seals the RADIUS passwords in bulk with the trigger off: the same OpenPGP packets as the trigger
    // makes (version, cipher AES-256, salted S2K with SHA-256, same length for the same password length), no clear
    // value left, and every one opens with the server's key.
    db::PgConnection &c = *m_a.c;
    QVERIFY(scalar(c, "SELECT count(*) FROM subscriptions WHERE radius_pwd_enc IS NOT NULL") > 100);
    QCOMPARE(scalar(c, "SELECT count(*) FROM subscriptions WHERE radius_pwd IS NOT NULL"), 0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM subscriptions WHERE radius_pwd_enc IS NOT NULL AND NOT"
                 " pgp_sym_decrypt(radius_pwd_enc, ops_radius_key()) ~ '^[a-zA-HJ-NP-Z2-9]{12}$'"),
        0);
    QCOMPARE(
        scalar(c, "SELECT count(*) FROM subscriptions WHERE (radius_user IS NULL) <> (radius_pwd_enc IS NULL)"), 0);
    QVERIFY(c.exec("BEGIN").ok());
    auto r = c.exec("INSERT INTO subscriptions (customer_id, location_id, item_id, price_cents, start_date,"
                    " radius_user, radius_pwd) SELECT customer_id, location_id, item_id, price_cents, start_date,"
                    " 'trigger.sealed', 'Ab3dEf6hJk9m' FROM subscriptions WHERE id = 1"
                    " RETURNING encode(substr(radius_pwd_enc, 1, 6), 'hex'), length(radius_pwd_enc), radius_pwd");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    const QString header = r.value().text(0, 0);
    const qint64 length = r.value().int64(0, 1);
    QVERIFY(r.value().isNull(0, 2));
    QVERIFY(c.exec("ROLLBACK").ok());
    QVERIFY(!header.isEmpty());
    auto seeded = c.exec("SELECT DISTINCT encode(substr(radius_pwd_enc, 1, 6), 'hex'), length(radius_pwd_enc)"
                         " FROM subscriptions WHERE radius_pwd_enc IS NOT NULL");
    QVERIFY(seeded.ok());
    QCOMPARE(seeded.value().rows(), 1);
    QCOMPARE(seeded.value().text(0, 0), header);
    QCOMPARE(seeded.value().int64(0, 1), length);
    // The trigger is back: a write of radius_pwd_enc without radius_pwd is refused again.
    QVERIFY(!c.exec("UPDATE subscriptions SET radius_pwd_enc = radius_pwd_enc || '\\x00'::bytea WHERE id = 1").ok());
}

void TestDemoSeeder::searchDocumentsArePopulated()
{
    db::PgConnection &c = *m_a.c;
    QCOMPARE(scalar(c, "SELECT count(*) FROM search_doc WHERE kind = 1"), 67);
    QCOMPARE(scalar(c, "SELECT count(*) FROM search_doc WHERE kind = 2"), 170);
    QCOMPARE(scalar(c, "SELECT count(*) FROM search_doc WHERE kind = 3"), 130);
    // A customer's document carries its phone digits and its subscriptions' RADIUS users.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM customers cu JOIN search_doc d ON d.kind = 1 AND d.entity_id = cu.id"
                 " WHERE NOT ops_phone_key(cu.phone) = ANY (d.keys)"),
        0);
    QVERIFY(scalar(c,
                "SELECT count(*) FROM subscriptions s JOIN search_doc d ON d.kind = 1"
                " AND d.entity_id = s.customer_id WHERE upper(s.radius_user) = ANY (d.keys)")
        > 0);
}

void TestDemoSeeder::sameSeedGivesIdenticalData()
{
    Seeded again = seed(0.01, 42, kToday);
    QVERIFY(again.c);
    for (const char *t : kChecksummed) {
        const QString table = QString::fromLatin1(t);
        const QString a = checksum(*m_a.c, table);
        QVERIFY2(!a.isEmpty(), t);
        QCOMPARE(checksum(*again.c, table), a);
    }
    for (const char *t : {"invoice_taxes", "dispatch_jobs", "search_doc"}) {
        const QString table = QString::fromLatin1(t);
        if (table == QLatin1String("search_doc")) {
            const char *sql = "SELECT md5(string_agg(t::text, '|' ORDER BY kind, entity_id)) FROM search_doc t";
            QCOMPARE(again.c->exec(sql).value().text(0, 0), m_a.c->exec(sql).value().text(0, 0));
        } else {
            QCOMPARE(checksum(*again.c, table), checksum(*m_a.c, table));
        }
    }

    Seeded other = seed(0.01, 43, kToday);
    QVERIFY(other.c);
    QVERIFY(checksum(*other.c, QStringLiteral("customers")) != checksum(*m_a.c, QStringLiteral("customers")));
}

void TestDemoSeeder::historyEndsOnToday()
{
    // The whole history moves with `today`: the newest ticket, invoice and payment are of that day or just before.
    const auto newestDays = [](db::PgConnection &c, const QDate &today) {
        const auto days = [&](const char *sql) {
            auto r = c.exec(sql);
            return r.ok() ? QDate::fromString(r.value().text(0, 0), Qt::ISODate).daysTo(today) : -1;
        };
        QCOMPARE(days("SELECT max((created_at AT TIME ZONE 'America/Toronto')::date) FROM tickets"), 0);
        QVERIFY(days("SELECT max(issue_date) FROM invoices") >= 0);
        QVERIFY(days("SELECT max(issue_date) FROM invoices") < 31);
        QVERIFY(days("SELECT max((received_at AT TIME ZONE 'America/Toronto')::date) FROM payments") >= 0);
        QVERIFY(days("SELECT max((received_at AT TIME ZONE 'America/Toronto')::date) FROM payments") < 31);
        // Jobs from 90 days before to 14 days after.
        const qint64 first = days("SELECT min((window_start AT TIME ZONE 'America/Toronto')::date) FROM dispatch_jobs");
        const qint64 last = days("SELECT max((window_start AT TIME ZONE 'America/Toronto')::date) FROM dispatch_jobs");
        QVERIFY2(first <= 90 && first >= 85, qPrintable(QString::number(first)));
        QVERIFY2(last >= -14 && last <= -10, qPrintable(QString::number(last)));
    };
    newestDays(*m_a.c, kToday);

    Seeded later = seed(0.01, 42, kToday.addDays(10));
    QVERIFY(later.c);
    newestDays(*later.c, kToday.addDays(10));
    QVERIFY(checksum(*later.c, QStringLiteral("tickets")) != checksum(*m_a.c, QStringLiteral("tickets")));
    QVERIFY(checksum(*later.c, QStringLiteral("dispatch_jobs")) != checksum(*m_a.c, QStringLiteral("dispatch_jobs")));

    // Without --today the data is anchored on the real today (a fresh demo database looks current).
    Seeded now = seed(0.01, 42, QDate());
    QVERIFY(now.c);
    newestDays(*now.c, QDate::currentDate());
}

void TestDemoSeeder::activeInternetHasAnOnt()
{
    // Every location with an active internet subscription has an installed ONT, at every scale tried.
    const char *missing = "SELECT count(DISTINCT s.location_id) FROM subscriptions s JOIN items i ON i.id = s.item_id"
                          " WHERE s.status = 'active' AND i.kind = 'internet' AND NOT EXISTS (SELECT 1"
                          "  FROM service_equipment e WHERE e.location_id = s.location_id AND e.kind = 'ont'"
                          "  AND e.status = 'installed')";
    const char *served = "SELECT count(DISTINCT s.location_id) FROM subscriptions s JOIN items i ON i.id = s.item_id"
                         " WHERE s.status = 'active' AND i.kind = 'internet'";
    QVERIFY(scalar(*m_a.c, served) > 20);
    QCOMPARE(scalar(*m_a.c, missing), 0);
    Seeded other = seed(0.02, 43, kToday);
    QVERIFY(other.c);
    QVERIFY(scalar(*other.c, served) > 40);
    QCOMPARE(scalar(*other.c, missing), 0);
    // Hence no customer with an active internet service shows an empty equipment list.
    QCOMPARE(scalar(*other.c,
                 "SELECT count(*) FROM customers cu WHERE EXISTS (SELECT 1 FROM subscriptions s JOIN items i"
                 " ON i.id = s.item_id WHERE s.customer_id = cu.id AND s.status = 'active' AND i.kind = 'internet')"
                 " AND NOT EXISTS (SELECT 1 FROM service_equipment e JOIN service_locations l ON l.id = e.location_id"
                 " WHERE l.customer_id = cu.id)"),
        0);
}

void TestDemoSeeder::sequencesAndConstraintsAreRestored()
{
    Seeded s = seed(0.01, 7, kToday);
    QVERIFY(s.c);
    db::PgConnection &c = *s.c;
    // New rows continue after the demo ids and codes.
    auto r = c.exec("INSERT INTO customers (display_name) VALUES ('Nouveau client') RETURNING id, code");
    QVERIFY(r.ok());
    QCOMPARE(r.value().int64(0, 0), 68);
    QCOMPARE(r.value().text(0, 1), QStringLiteral("CUST-00068"));
    r = c.exec("INSERT INTO tickets (subject, issue_type) VALUES ('Test', 'general') RETURNING id, code");
    QVERIFY(r.ok());
    QCOMPARE(r.value().int64(0, 0), 2421);
    QCOMPARE(r.value().text(0, 1), QStringLiteral("TCK-02421"));
    QCOMPARE(scalar(c, "SELECT nextval('seq_invoice_code')"), 1151);
    QCOMPARE(scalar(c, "SELECT nextval(pg_get_serial_sequence('ticket_messages', 'id'))"), 7841);
    QCOMPARE(scalar(c, "SELECT nextval('seq_job_code')"), scalar(c, "SELECT max(id) + 1 FROM dispatch_jobs"));

    // The foreign keys dropped for the bulk load are all back and validated, exactly as the migrations made them.
    auto fresh = m_cluster->freshDatabase(true);
    QVERIFY(fresh.ok());
    auto f = db::PgConnection::open(fresh.value());
    QVERIFY(f.ok());
    const char *fkList = "SELECT string_agg(d, E'\\n' ORDER BY d) FROM (SELECT conrelid::regclass::text || ' ' || "
                         "conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated::text AS d "
                         "FROM pg_constraint WHERE contype = 'f') s";
    const QString expected = f.value()->exec(fkList).value().text(0, 0);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(c.exec(fkList).value().text(0, 0), expected);
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'") >= 30);
    // So are the indexes dropped for the load (the trigram ones too), and the triggers are enabled again.
    const char *indexList = "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes"
                            " WHERE schemaname = 'public'";
    const QString indexes = f.value()->exec(indexList).value().text(0, 0);
    QVERIFY(indexes.contains(QLatin1String("ticket_messages_body_trgm_idx")));
    QCOMPARE(c.exec(indexList).value().text(0, 0), indexes);
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'"), 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ticket_messages_body_trgm_idx'") == 1);
}

void TestDemoSeeder::refusesToSeedTwiceUnlessReplacing()
{
    db::PgConnection &c = *m_a.c;
    const QString before = checksum(c, QStringLiteral("customers"));
    demo::DemoOptions o;
    o.scale = 0.01;
    o.today = kToday;
    auto r = demo::DemoSeeder(c, o).run();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QVERIFY(!r.error().userMessage.isEmpty());
    QCOMPARE(scalar(c, "SELECT count(*) FROM customers"), 67);
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'") >= 30, true);

    // Replacing gives the same data again (and the other seed's data when asked for it).
    o.replace = true;
    r = demo::DemoSeeder(c, o).run();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(checksum(c, QStringLiteral("customers")), before);
    QCOMPARE(scalar(c, "SELECT count(*) FROM ticket_messages"), 7840);
    QCOMPARE(scalar(c, "SELECT count(*) FROM staff"), 25);
    QCOMPARE(scalar(c, "SELECT count(*) FROM search_doc WHERE kind = 1"), 67);
}

void TestDemoSeeder::rejectsBadScale()
{
    demo::DemoOptions o;
    o.scale = 0;
    auto r = demo::DemoSeeder(*m_a.c, o).run();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Validation);
    o.scale = -1;
    QVERIFY(!demo::DemoSeeder(*m_a.c, o).run().ok());
    QCOMPARE(scalar(*m_a.c, "SELECT count(*) FROM customers"), 67);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
