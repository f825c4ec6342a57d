// The audit on a real database (migration 0012: audit_log written by triggers and ops_record_access): keyset pages
// newest first with no row missed or repeated (ties on the same microsecond, instants QDateTime cannot tell apart),
// every filter (staff, entity, customer by code or number, local days, action), "who opened this file", a change made
// with plain SQL seen in the audit, the audit CSV export (an export about a customer is itself recorded), and the
// Law 25 archive: every table present, counts equal to the database's, JSON valid, hostile text intact, RADIUS
// passwords absent, an unknown customer or an unwritable path leaving no file.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/audit/AuditExport.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/PersonalDataExport.h"
#include "core/audit/PersonalDataRepository.h"
#include "core/db/PgConnection.h"
#include "tests/support/CustomerFileSeed.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::audit;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kHostile =
    u"=HYPERLINK(\"http://evil\";\"x\") \"quoted\", comma; semi\r\nnew line \\ back\tslash 'apos' é☃"_s;

// Extra rows of customer 1 beyond the shared seed: invoice lines and taxes, allocations, consents, a campaign
// message, outbox messages (linked by row, by e-mail, by phone; one for nobody), a RADIUS password, hostile text.
const char *const kExtraSeed[] = {
    "INSERT INTO invoice_lines (invoice_id, line_no, item_id, subscription_id, description, quantity,"
    " unit_price_cents, amount_cents) VALUES (1, 1, 1, 1, 'Internet 500', 1, 6995, 6995),"
    " (2, 1, 1, 1, 'Internet 500', 1, 6995, 6995), (3, 1, NULL, NULL, 'Installation', 1, 100000, 100000),"
    " (4, 1, 1, 3, 'Other customer', 1, 6995, 6995)",
    "INSERT INTO invoice_taxes (invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number) VALUES"
    " (1, 'GST', 50000, 6995, 350, '123456789RT0001'), (1, 'QST', 99750, 6995, 698, '1234567890TQ0001'),"
    " (4, 'GST', 50000, 6995, 350, '123456789RT0001')",
    "INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (1, 1, 8043), (2, 2, 3000),"
    " (3, 4, 500)",
    // Work done at the customers' homes: customer 1's jobs (1, 2) and customer 2's job (3).
    "INSERT INTO job_materials (job_id, item_id, description, quantity) VALUES (1, NULL, 'Cable 30 m', 1),"
    " (2, NULL, 'Connector', 2), (3, NULL, 'Not ours', 1)",
    "INSERT INTO job_equipment (job_id, equipment_id) VALUES (1, 1), (3, 3)",
    "INSERT INTO job_photos (job_id, mime_type, data) VALUES (1, 'image/png', '\\x89504e470d0a1a0a'),"
    " (3, 'image/jpeg', '\\xffd8ffe0')",
    "INSERT INTO job_status_history (job_id, from_status, to_status, reason, db_role) VALUES"
    " (1, 'on_site', 'completed', NULL, 'tech'), (3, NULL, 'unscheduled', NULL, 'tech')",
    "INSERT INTO customer_charges (customer_id, description, amount_cents) VALUES (1, 'Installation', 9900),"
    " (2, 'Not ours', 500)",
    "INSERT INTO casl_consents (customer_id, channel, kind, granted_at, source) VALUES"
    " (1, 'email', 'express', '2024-01-01 10:00:00+00', 'web form'), (2, 'sms', 'implied', '2024-01-01', 'sale')",
    "UPDATE subscriptions SET radius_user = 'elise01', radius_pwd = 'S3cret-RADIUS' WHERE id = 1",
    "INSERT INTO campaigns (id, code, name, channel, classification, body_fr, body_en) VALUES"
    " (1, 'CMP-20240101-ABC123', 'Promo', 'email', 'commercial', 'Bonjour', 'Hello')",
    "INSERT INTO campaign_recipients (campaign_id, customer_id, address, status) VALUES"
    " (1, 1, 'elise@example.ca', 'sent'), (1, 2, 'other@example.ca', 'sent')",
    "INSERT INTO outbox (provider, operation, request, business_entity, business_id) VALUES"
    " ('mailjet', 'email', '{\"method\": \"POST\", \"path\": \"/v3.1/send\", \"json\": {\"Messages\": [{\"To\":"
    "  [{\"Email\": \"ELISE@example.ca\"}]}]}}', NULL, NULL),"
    " ('twilio', 'sms', '{\"method\": \"POST\", \"path\": \"/Messages.json\", \"form\": {\"To\": \"+14505550101\"}}',"
    "  NULL, NULL),"
    " ('twilio', 'sms', '{\"method\": \"POST\", \"path\": \"/Messages.json\", \"form\": {\"To\": \"+15145559999\"}}',"
    "  'ticket', 1),"
    " ('twilio', 'sms', '{\"method\": \"POST\", \"path\": \"/Messages.json\", \"form\": {\"To\": \"+18195550000\"}}',"
    "  'ticket', 4)",
};

AuditQuery query(const QString &entity, const QString &customer = {}, const QString &action = {}, qint64 staffId = 0)
{
    AuditQuery q;
    q.entity = entity;
    q.customer = customer;
    q.action = action;
    q.staffId = staffId;
    return q;
}

} // namespace

class TestAuditQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keysetPagesMissNothing();
    void filters();
    void unknownCustomerIsNotFound();
    void whoOpenedThisFile();
    void plainSqlChangeIsAudited();
    void auditCsvExportRecordsCustomerExports();
    void personalDataArchive();
    void personalDataUnknownCustomerLeavesNoFile();
    void personalDataUnwritablePathLeavesNoFile();
    void managerReadsDispatcherIsRefused();

private:
    QString scalar(const QString &sql);
    qint64 count(const QString &sql) { return scalar(sql).toLongLong(); }
    bool unzip(const QString &zip, const QString &dir);
    QList<qint64> allIds(const AuditQuery &q, int pageSize);

    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QTemporaryDir m_dir;
};

QString TestAuditQueries::scalar(const QString &sql)
{
    auto r = m_c->exec(sql);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().detail));
        return {};
    }
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

bool TestAuditQueries::unzip(const QString &zip, const QString &dir)
{
    QProcess p;
    p.start(qEnvironmentVariable("OPS_PYTHON", u"python3"_s),
        {u"-c"_s,
            u"import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
            "z.extractall(sys.argv[2])\nprint(len(z.namelist()))"_s,
            zip, dir});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("unzip: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QList<qint64> TestAuditQueries::allIds(const AuditQuery &q, int pageSize)
{
    QList<qint64> ids;
    AuditRepository repo(*m_c);
    AuditCursor cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = repo.page(q, cursor, pageSize);
        if (!page.ok()) {
            qWarning("%s", qPrintable(page.error().detail));
            return {};
        }
        for (const AuditEntry &e : page.value().rows)
            ids << e.id;
        if (!page.value().hasMore)
            break;
        cursor = page.value().next;
    }
    return ids;
}

void TestAuditQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    auto c = db::PgConnection::open(db.value());
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    for (const char *sql : test::kCustomerFileSeed) {
        // Migration 0012 may already have a staff row (the bootstrap superuser's) with the seed's staff id.
        QString statement = QString::fromUtf8(sql);
        if (statement.startsWith(u"INSERT INTO staff "_s))
            statement += u" ON CONFLICT DO NOTHING"_s;
        auto r = m_c->exec(statement);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    for (const char *sql : kExtraSeed) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    auto hostile = m_c->exec("UPDATE customers SET notes = $1 WHERE id = 1", db::SqlParams().add(kHostile));
    QVERIFY(hostile.ok());
    QVERIFY(m_c->exec("INSERT INTO ticket_messages (ticket_id, author_name, channel, body) VALUES (2, $1, 'note', $1)",
                   db::SqlParams().add(kHostile))
                .ok());
    QVERIFY(m_c->exec("INSERT INTO staff (id, pg_role, display_name, role_group) VALUES"
                      " (50, 'mgr_audit', 'Geneviève Manager', 'manager'), (51, 'disp_audit', 'Paul Dispatch',"
                      " 'dispatcher')")
                .ok());
}

void TestAuditQueries::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestAuditQueries::keysetPagesMissNothing()
{
    // 300 rows in groups that share one instant, and instants 1 µs apart (one QDateTime millisecond).
    QVERIFY(m_c->exec("INSERT INTO audit_log (at, db_role, action, entity, entity_id)"
                      " SELECT timestamptz '2026-11-01 12:00:00+00' + (g / 3) * interval '1 microsecond'"
                      "   + (g / 30) * interval '1 second', 'keyset', 'view', 'keyset_test', g"
                      " FROM generate_series(1, 300) g")
                .ok());
    AuditQuery q;
    q.entity = u"keyset_test"_s;
    const QList<qint64> expected = [this] {
        QList<qint64> ids;
        auto r = m_c->exec("SELECT id FROM audit_log WHERE entity = 'keyset_test' ORDER BY at DESC, id DESC");
        for (int i = 0; r.ok() && i < r.value().rows(); ++i)
            ids << r.value().int64(i, 0);
        return ids;
    }();
    QCOMPARE(expected.size(), 300);
    for (int pageSize : {1, 7, 40, 299, 300, 1000})
        QCOMPARE(allIds(q, pageSize), expected);
    // A page says when there is more, and not when there is not.
    auto page = AuditRepository(*m_c).page(q, {}, 300);
    QVERIFY(page.ok());
    QVERIFY(!page.value().hasMore);
    page = AuditRepository(*m_c).page(q, {}, 299);
    QVERIFY(page.value().hasMore);
}

void TestAuditQueries::filters()
{
    // Rows of known shape, with a test entity so nothing else matches; the instants around one local day's limits.
    const QDate day(2026, 12, 1);
    const QDateTime start = day.startOfDay();
    const QDateTime end = day.addDays(1).startOfDay();
    db::SqlParams p;
    p.add(start).add(end);
    auto r = m_c->exec("INSERT INTO audit_log (at, db_role, staff_id, action, entity, entity_id, customer_id) VALUES"
                       " ($1::timestamptz - interval '1 microsecond', 'mgr_audit', 50, 'update', 'filter_test', 1, 1),"
                       " ($1::timestamptz, 'mgr_audit', 50, 'view', 'filter_test', 2, 1),"
                       " ($2::timestamptz - interval '1 microsecond', 'disp_audit', 51, 'view', 'filter_test', 3, 2),"
                       " ($2::timestamptz, 'disp_audit', 51, 'export', 'filter_test', 4, 1),"
                       " ($1::timestamptz + interval '1 hour', 'nobody', NULL, 'delete', 'filter_test2', 5, NULL)"
                       " RETURNING id",
        p);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QList<qint64> id;
    for (int i = 0; i < r.value().rows(); ++i)
        id << r.value().int64(i, 0);

    AuditQuery q;
    q.entity = u"filter_test"_s;
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[3], id[2], id[1], id[0]}));
    q.staffId = 50;
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[1], id[0]}));
    q.staffId = 0;
    q.action = u"view"_s;
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[2], id[1]}));
    q.action.clear();
    q.customer = u"cust-00001"_s; // the code, any case
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[3], id[1], id[0]}));
    q.customer = u" 2 "_s; // the number
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[2]}));
    q.customer.clear();
    q.from = day;
    q.to = day; // one local day: from its first microsecond to its last
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[2], id[1]}));
    q.to = {};
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[3], id[2], id[1]}));
    q.from = {};
    q.to = day.addDays(-1);
    QCOMPARE(allIds(q, 2), (QList<qint64>{id[0]}));
    // Rows carry the staff name and the customer's code.
    auto page = AuditRepository(*m_c).page(query(u"filter_test"_s, {}, {}, 51), {}, 10);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 2);
    QCOMPARE(page.value().rows.at(0).staffName, u"Paul Dispatch"_s);
    QCOMPARE(page.value().rows.at(0).customerCode, u"CUST-00001"_s);
    QCOMPARE(page.value().rows.at(1).customerCode, u"CUST-00002"_s);
    // Staff for the filter: everyone, by name.
    auto staff = AuditRepository(*m_c).staff();
    QVERIFY(staff.ok());
    QStringList names;
    for (const StaffOption &s : staff.value())
        names << s.name;
    QVERIFY(names.contains(u"Geneviève Manager"_s));
    QVERIFY(names.indexOf(u"Geneviève Manager"_s) < names.indexOf(u"Paul Dispatch"_s));
}

void TestAuditQueries::unknownCustomerIsNotFound()
{
    for (const QString &c : {u"CUST-99999"_s, u"424242"_s, u"'; DROP TABLE audit_log; --"_s}) {
        auto page = AuditRepository(*m_c).page(query({}, c), {}, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::NotFound);
        QVERIFY(page.error().userMessage.contains(c.trimmed()));
    }
    QVERIFY(count(u"SELECT count(*) FROM audit_log"_s) > 0);
}

void TestAuditQueries::whoOpenedThisFile()
{
    AuditRepository repo(*m_c);
    QVERIFY(m_c->exec("INSERT INTO audit_log (at, db_role, staff_id, action, entity, entity_id, customer_id) VALUES"
                      " ('2026-11-20 10:00+00', 'mgr_audit', 50, 'view', 'customer', 2, 2),"
                      " ('2026-11-21 10:00+00', 'disp_audit', 51, 'view', 'customer', 2, 2),"
                      " ('2026-11-22 10:00+00', 'disp_audit', 51, 'update', 'customer', 2, 2),"
                      " ('2026-11-23 10:00+00', 'mgr_audit', 50, 'view', 'customer', 1, 1)")
                .ok());
    // Through the SECURITY DEFINER function, as the application records an opening.
    QVERIFY(repo.recordAccess(u"view"_s, u"customer"_s, 2, 2).ok());
    auto list = repo.fileAccesses(2, 50);
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 3); // views of customer 2 only, not its update
    QCOMPARE(list.value().at(0).dbRole, scalar(u"SELECT current_user"_s)); // the newest: ours, just now
    QCOMPARE(list.value().at(1).staffName, u"Paul Dispatch"_s);
    QCOMPARE(list.value().at(1).groupName, u"dispatcher"_s);
    QCOMPARE(list.value().at(2).staffName, u"Geneviève Manager"_s);
    QVERIFY(list.value().at(0).at > list.value().at(1).at);
    QCOMPARE(repo.fileAccesses(2, 1).value().size(), 1);
}

void TestAuditQueries::plainSqlChangeIsAudited()
{
    // A change made with plain SQL (no application code) is in the audit, with the changed columns only.
    QVERIFY(m_c->exec("UPDATE customers SET phone = '(450) 555-0199' WHERE id = 2").ok());
    auto page = AuditRepository(*m_c).page(query(u"customer"_s, u"CUST-00002"_s, u"update"_s), {}, 5);
    QVERIFY(page.ok());
    QVERIFY(!page.value().rows.isEmpty());
    const AuditEntry &e = page.value().rows.first();
    QCOMPARE(e.entityId, 2);
    QCOMPARE(e.customerId, 2);
    QVERIFY2(e.changedFields().contains(u"phone"_s), qPrintable(e.changedFields().join(u","_s)));
    QVERIFY(!e.changedFields().contains(u"display_name"_s));
    QCOMPARE(e.after.value(u"phone"_s).toString(), u"(450) 555-0199"_s);
}

void TestAuditQueries::auditCsvExportRecordsCustomerExports()
{
    const QString path = m_dir.filePath(u"audit-cust1.csv"_s);
    const qint64 exportsBefore = count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1"_s);
    const qint64 rowsOfCustomer = count(u"SELECT count(*) FROM audit_log WHERE customer_id = 1"_s);
    QVERIFY(rowsOfCustomer > 3);
    csv::CsvOptions o;
    auto r = exportAudit(*m_c, path, query({}, u"CUST-00001"_s), o, nullptr, nullptr, 3);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().rows, rowsOfCustomer);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1"_s), exportsBefore + 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(QByteArray(QByteArray("\xEF\xBB\xBF") + auditExportHeader().first().toUtf8()))); // BOM
    const QString text = QString::fromUtf8(bytes);
    // The header, then one line per row (before/after are compact JSON: their line breaks are escaped).
    QCOMPARE(text.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), rowsOfCustomer + 1);

    // Not about a customer: not recorded.
    const qint64 allExports = count(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s);
    auto all = exportAudit(*m_c, m_dir.filePath(u"audit-all.csv"_s), query({}, {}, u"view"_s), o);
    QVERIFY(all.ok());
    QCOMPARE(all.value().rows, count(u"SELECT count(*) FROM audit_log WHERE action = 'view'"_s));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), allExports);

    // Cancelled: no file, nothing recorded.
    std::atomic<bool> cancel{true};
    const QString cancelled = m_dir.filePath(u"cancelled.csv"_s);
    auto c = exportAudit(*m_c, cancelled, query({}, u"1"_s), o, &cancel);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1"_s), exportsBefore + 1);
}

void TestAuditQueries::personalDataArchive()
{
    const QString zip = m_dir.filePath(u"cust1.zip"_s);
    const qint64 exportsBefore = count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1"_s);
    const qint64 auditRows =
        count(u"SELECT count(*) FROM audit_log WHERE customer_id = 1 OR (entity = 'customer' AND entity_id = 1)"_s);
    // Jobs 1 and 2 are customer 1's; the status trigger may have written history rows of its own for them.
    const qint64 jobHistory = count(u"SELECT count(*) FROM job_status_history WHERE job_id IN (1, 2)"_s);
    QVERIFY(jobHistory >= 1);
    auto r = exportPersonalData(*m_c, u"cust-00001"_s, zip);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().customerCode, u"CUST-00001"_s);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1"_s), exportsBefore + 1);

    const QString out = m_dir.filePath(u"cust1"_s);
    QVERIFY(unzip(zip, out));
    QFile mf(out + u"/manifest.json"_s);
    QVERIFY(mf.open(QIODevice::ReadOnly));
    QJsonParseError err;
    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll(), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(manifest.value(u"customer"_s).toObject().value(u"code"_s).toString(), u"CUST-00001"_s);
    QVERIFY(QDateTime::fromString(manifest.value(u"exported_at"_s).toString(), Qt::ISODateWithMs).isValid());

    // Independent counts of what belongs to customer 1 (the seed: tests/support/CustomerFileSeed.h + kExtraSeed).
    const QHash<QString, qint64> expected{{u"customer"_s, 1}, {u"service_locations"_s, 2}, {u"service_equipment"_s, 3},
        {u"subscriptions"_s, 2}, {u"invoices"_s, 3}, {u"invoice_lines"_s, 3}, {u"invoice_taxes"_s, 2},
        {u"payments"_s, 2}, {u"payment_allocations"_s, 2}, {u"tickets"_s, 3}, {u"ticket_messages"_s, 3},
        {u"dispatch_jobs"_s, 2}, {u"job_status_history"_s, jobHistory}, {u"job_materials"_s, 2},
        {u"job_equipment"_s, 1}, {u"job_photos"_s, 1}, {u"customer_charges"_s, 1}, {u"casl_consents"_s, 1},
        {u"campaign_messages"_s, 1}, {u"outbox_messages"_s, 3}, {u"audit_log"_s, auditRows}};
    const QJsonArray tables = manifest.value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), expected.size());
    QCOMPARE(PersonalDataRepository::tableNames().size(), expected.size());
    for (const QJsonValue &tv : tables) {
        const QJsonObject t = tv.toObject();
        const QString name = t.value(u"name"_s).toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        QCOMPARE(t.value(u"rows"_s).toInteger(), expected.value(name));
        // The JSON file: valid, one object per row.
        QFile jf(out + u"/"_s + name + u".json"_s);
        QVERIFY2(jf.open(QIODevice::ReadOnly), qPrintable(name));
        const QJsonDocument doc = QJsonDocument::fromJson(jf.readAll(), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(name + u": "_s + err.errorString()));
        QCOMPARE(doc.array().size(), expected.value(name));
        // The CSV file: header = the exported columns.
        QFile cf(out + u"/"_s + name + u".csv"_s);
        QVERIFY2(cf.open(QIODevice::ReadOnly), qPrintable(name));
        const QString firstLine = QString::fromUtf8(cf.readLine()).trimmed().remove(QChar(0xFEFF));
        QStringList columns;
        for (const QJsonValue &c : t.value(u"columns"_s).toArray())
            columns << c.toString();
        QCOMPARE(firstLine, columns.join(u","_s));
    }

    // RADIUS passwords never leave the database; the RADIUS user does.
    QFile sf(out + u"/subscriptions.json"_s);
    QVERIFY(sf.open(QIODevice::ReadOnly));
    const QByteArray subs = sf.readAll();
    QVERIFY(!subs.contains("S3cret-RADIUS"));
    QVERIFY(subs.contains("elise01"));
    for (const QJsonValue &s : QJsonDocument::fromJson(subs).array()) {
        for (const QString &key : s.toObject().keys())
            QVERIFY2(!key.startsWith(u"radius_pwd"_s), qPrintable(key)); // neither clear nor sealed (0013)
    }
    for (const QJsonValue &tv : tables)
        if (tv.toObject().value(u"name"_s).toString() == u"subscriptions"_s)
            QVERIFY(tv.toObject().value(u"excluded_columns"_s).toArray().contains(u"radius_pwd"_s));
    QFile csvSubs(out + u"/subscriptions.csv"_s);
    QVERIFY(csvSubs.open(QIODevice::ReadOnly));
    QVERIFY(!csvSubs.readAll().contains("S3cret-RADIUS"));

    // Hostile text survives exactly in JSON; in CSV it is quoted and formula-neutralised.
    QFile cust(out + u"/customer.json"_s);
    QVERIFY(cust.open(QIODevice::ReadOnly));
    const QJsonObject row = QJsonDocument::fromJson(cust.readAll()).array().at(0).toObject();
    QCOMPARE(row.value(u"notes"_s).toString(), kHostile);
    QCOMPARE(row.value(u"code"_s).toString(), u"CUST-00001"_s);
    QCOMPARE(row.value(u"balance_cents"_s).toInteger(), 12345);
    QFile msgs(out + u"/ticket_messages.json"_s);
    QVERIFY(msgs.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QJsonValue &m : QJsonDocument::fromJson(msgs.readAll()).array())
        found = found || m.toObject().value(u"body"_s).toString() == kHostile;
    QVERIFY(found);
    QFile custCsv(out + u"/customer.csv"_s);
    QVERIFY(custCsv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(custCsv.readAll());
    QString quoted = kHostile;
    quoted.replace(u"\""_s, u"\"\""_s);
    QVERIFY2(csvText.contains(u"\"'"_s + quoted + u"\""_s), qPrintable(csvText));

    // Nothing of customer 2 in customer 1's archive.
    for (const QString &name : PersonalDataRepository::tableNames()) {
        QFile f(out + u"/"_s + name + u".json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("Boulangerie Gagnon") && !bytes.contains("other@example.ca")
                && !bytes.contains("+18195550000") && !bytes.contains("Other customer"),
            qPrintable(name));
    }
}

void TestAuditQueries::personalDataUnknownCustomerLeavesNoFile()
{
    const qint64 audits = count(u"SELECT count(*) FROM audit_log"_s);
    const QString zip = m_dir.filePath(u"nobody.zip"_s);
    auto r = exportPersonalData(*m_c, u"CUST-99999"_s, zip);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QVERIFY(r.error().userMessage.contains(u"CUST-99999"_s));
    QVERIFY(!QFile::exists(zip));
    QCOMPARE(QDir(m_dir.path()).entryList({u"nobody*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audits);

    // An existing file at the path is left as it was.
    QFile keep(zip);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("keep me");
    keep.close();
    QVERIFY(!exportPersonalData(*m_c, u"CUST-99999"_s, zip).ok());
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("keep me"));
}

void TestAuditQueries::personalDataUnwritablePathLeavesNoFile()
{
    const qint64 exports = count(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s);
    const QString missing = m_dir.filePath(u"no/such/folder/cust1.zip"_s);
    auto r = exportPersonalData(*m_c, u"CUST-00001"_s, missing);
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains(u"cust1.zip"_s));
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), exports); // nothing recorded
}

void TestAuditQueries::managerReadsDispatcherIsRefused()
{
    QVERIFY(m_c->exec("CREATE ROLE aud_manager LOGIN IN ROLE ops_manager").ok());
    QVERIFY(m_c->exec("CREATE ROLE aud_dispatcher LOGIN IN ROLE ops_dispatcher").ok());
    QVERIFY(m_c->exec("INSERT INTO staff (pg_role, display_name, role_group) VALUES"
                      " ('aud_manager', 'Manon Gestion', 'manager'), ('aud_dispatcher', 'Denis Répartition',"
                      " 'dispatcher') ON CONFLICT DO NOTHING")
                .ok());

    // A manager reads the audit and exports a customer's data; the RADIUS password column, which the role may not
    // read, is left out (and listed as excluded).
    QVERIFY(m_c->exec("SET ROLE aud_manager").ok());
    AuditRepository repo(*m_c);
    QCOMPARE(repo.canRead().value(), true);
    auto page = repo.page(query({}, u"CUST-00001"_s), {}, 50);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
    QVERIFY(!page.value().rows.isEmpty());
    QVERIFY(repo.recordAccess(u"view"_s, u"customer"_s, 1, 1).ok());
    auto seen = repo.fileAccesses(1, 1);
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().first().staffName, u"Manon Gestion"_s);
    const QString zip = m_dir.filePath(u"by-manager.zip"_s);
    auto r = exportPersonalData(*m_c, u"CUST-00001"_s, zip);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    for (const PersonalDataTable &t : r.value().tables)
        if (t.name == u"subscriptions"_s)
            QVERIFY(t.excludedColumns.contains(u"radius_pwd"_s));
    QVERIFY(QFile::exists(zip));
    QVERIFY(m_c->exec("RESET ROLE").ok());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND db_role = 'aud_manager'"_s), 1);

    // A dispatcher may not read the audit: a clear, translated refusal, and no archive.
    QVERIFY(m_c->exec("SET ROLE aud_dispatcher").ok());
    AuditRepository denied(*m_c);
    QCOMPARE(denied.canRead().value(), false);
    auto refused = denied.page(query({}), {}, 10);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(refused.error().code, u"42501"_s);
    QVERIFY(!refused.error().userMessage.isEmpty());
    QVERIFY(!refused.error().userMessage.contains(u"audit_log"_s)); // never the raw server text
    const QString none = m_dir.filePath(u"by-dispatcher.zip"_s);
    auto noZip = exportPersonalData(*m_c, u"CUST-00001"_s, none);
    QVERIFY(!noZip.ok());
    QCOMPARE(noZip.error().kind, Error::Kind::Forbidden);
    QVERIFY(!QFile::exists(none));
    QVERIFY(m_c->exec("RESET ROLE").ok());
}

QTEST_GUILESS_MAIN(TestAuditQueries)
#include "TestAuditQueries.moc"
