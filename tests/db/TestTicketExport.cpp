// TicketExport on a real database: the file, read back with a CSV parser, equals the SQL rows field by field (hostile
// subjects included); filters are respected; a cancel mid-way leaves no file; progress is monotonic; the async
// TicketExporter delivers the same result. The list (TicketRepository::page) and the export return the same tickets,
// in the same order, for every kind of filter, and the export's estimate counts what the list shows.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/tickets/TicketExport.h"
#include "core/tickets/TicketRepository.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace ops::tickets;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTickets = 3000;

// RFC 4180 reader: BOM, quoted fields with doubled quotes and embedded CR/LF, CRLF records.
QList<QStringList> parseCsv(const QByteArray &bytes, QChar sep)
{
    QString s = QString::fromUtf8(bytes);
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < s.size() && s[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

QString neutralised(const QString &s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        return u"'"_s + s;
    return s;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

class TestTicketExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportEqualsSqlFieldByField();
    void filterIsRespected();
    void labelsAndMaxRows();
    void cancelMidwayLeavesNoFile();
    void progressIsMonotonic();
    void estimate();
    void listAndExportAgree_data();
    void listAndExportAgree();
    void asyncExporter();
    void asyncCancel();

private:
    QList<QStringList> expected(const QString &where);
    QList<QStringList> readBack(const QString &path, QChar sep);
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
    QTemporaryDir m_dir;
    QThreadPool m_cpu; // the CPU pool the exports format on
};

void TestTicketExport::initTestCase()
{
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    const char *setup[] = {
        "INSERT INTO staff (id, pg_role, display_name, role_group, active) VALUES"
        " (1, 'alice', 'Alice Roy', 'dispatcher', true), (2, 'bob', 'Bob \"Bobby\" Gagnon; fils', 'dispatcher', true)",
        "INSERT INTO customers (id, code, display_name) VALUES (1, 'CUST-00001', 'Hélène Côté'),"
        " (2, 'CUST-00002', '=HYPERLINK(\"http://x\")'), (3, 'CUST-00003', ' espace, virgule ')",
        // Subjects with quotes, separators, line breaks, formulas, accents and emoji; ties on created_at.
        "INSERT INTO tickets (id, code, parent_id, customer_id, subject, issue_type, status, is_important,"
        " assigned_staff_id, created_at, updated_at)"
        " SELECT g, 'TCK-' || lpad(g::text, 5, '0'), CASE WHEN g BETWEEN 11 AND 15 THEN 10 END,"
        "  CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + g % 3 END,"
        "  (ARRAY['Sujet ' || g, 'Le modem \"brisé\"; été ' || g, E'ligne 1\\r\\nligne 2 ' || g, '=1+' || g,"
        "   '-' || g, '@cmd ' || g, 'Œuvre 😀 ' || g, ' espace ' || g || ' '])[1 + g % 8],"
        "  (ARRAY['billing', 'wifi', 'tv'])[1 + g % 3], (ARRAY['open', 'in_progress', 'waiting', 'resolved',"
        "  'closed'])[1 + g % 5], g % 7 = 0, CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + g % 2 END,"
        "  timestamptz '2024-01-01 00:00:00+00' + (g / 2) * interval '1 minute'"
        "   + (g % 3 = 2)::int * interval '123457 microseconds',"
        "  timestamptz '2024-06-01 00:00:00+00' + ((g * 37) % 1000) * interval '1 minute'"
        " FROM generate_series(1, 3000) g",
        // Messages: "routeur" on half the tickets (more than the trigram lookup's rare limit), "modem" on a few whose
        // subject does not say it.
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body)"
        " SELECT g, 'Client', 'email', 'Le routeur clignote (' || g || ')' FROM generate_series(2, 3000, 2) g",
        "INSERT INTO ticket_messages (ticket_id, author_name, channel, body)"
        " SELECT g, 'Client', 'phone', 'Changer le MODEM ' || g FROM generate_series(50, 3000, 100) g",
        "ANALYZE",
    };
    for (const char *sql : setup) {
        auto r = m_c->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
}

void TestTicketExport::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

QList<QStringList> TestTicketExport::expected(const QString &where)
{
    auto r = m_c->exec(u"SELECT t.code, t.subject, coalesce(c.code, ''), coalesce(c.display_name, ''), t.issue_type,"
                       " t.status, t.is_important, coalesce(s.display_name, ''), t.created_at, t.updated_at,"
                       " coalesce(p.code, ''), (SELECT count(*) FROM tickets k WHERE k.parent_id = t.id)"
                       " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"
                       " LEFT JOIN staff s ON s.id = t.assigned_staff_id LEFT JOIN tickets p ON p.id = t.parent_id"
                       " WHERE "_s
        + where + u" ORDER BY t.created_at DESC, t.id DESC"_s);
    if (!r.ok())
        return {};
    QList<QStringList> rows;
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i) {
        rows << QStringList{res.text(i, 0), neutralised(res.text(i, 1)), res.text(i, 2), neutralised(res.text(i, 3)),
            res.text(i, 4), res.text(i, 5), res.boolean(i, 6) ? u"1"_s : u"0"_s, res.text(i, 7),
            localTime(res.timestamp(i, 8)), localTime(res.timestamp(i, 9)), res.text(i, 10), res.text(i, 11)};
    }
    return rows;
}

QList<QStringList> TestTicketExport::readBack(const QString &path, QChar sep)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return parseCsv(bytes, sep);
}

void TestTicketExport::exportEqualsSqlFieldByField()
{
    const QString path = m_dir.filePath(u"all.csv"_s);
    TicketExportOptions o;
    o.chunkRows = 700; // several pages, the last one partial
    auto r = exportTickets(*m_c, m_cpu, path, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage + r.error().detail));
    QCOMPARE(r.value().rows, qint64(kTickets));
    QCOMPARE(r.value().bytes, QFileInfo(path).size());
    QVERIFY(!m_c->inTransaction());
    const QList<QStringList> got = readBack(path, o.csv.separator);
    QCOMPARE(got.size(), kTickets + 1);
    QCOMPARE(got.first(), ticketExportHeader());
    const QList<QStringList> want = expected(u"true"_s);
    QCOMPARE(want.size(), kTickets);
    for (int i = 0; i < kTickets; ++i) {
        QCOMPARE(got.at(i + 1).size(), want.at(i).size());
        for (int col = 0; col < want.at(i).size(); ++col) {
            if (got.at(i + 1).at(col) != want.at(i).at(col)) {
                QFAIL(qPrintable(u"row %1 column %2: got [%3] want [%4]"_s.arg(i).arg(col).arg(
                    got.at(i + 1).at(col), want.at(i).at(col))));
            }
        }
    }
}

void TestTicketExport::filterIsRespected()
{
    const QString path = m_dir.filePath(u"open.csv"_s);
    TicketExportOptions o;
    o.filter.statuses = {u"open"_s, u"waiting"_s};
    o.filter.importantOnly = true;
    o.sort = TicketSort::CreatedDesc;
    o.csv = csv::CsvOptions::forLocale(QLocale(QLocale::English, QLocale::Canada));
    auto r = exportTickets(*m_c, m_cpu, path, o);
    QVERIFY(r.ok());
    const QList<QStringList> want = expected(u"t.status IN ('open', 'waiting') AND t.is_important"_s);
    QVERIFY(want.size() > 50);
    QCOMPARE(r.value().rows, qint64(want.size()));
    const QList<QStringList> got = readBack(path, QLatin1Char(','));
    QCOMPARE(got.mid(1), want);
}

void TestTicketExport::labelsAndMaxRows()
{
    const QString path = m_dir.filePath(u"labels.csv"_s);
    TicketExportOptions o;
    o.maxRows = 25;
    o.chunkRows = 10;
    o.statusLabels = {{u"open"_s, u"Ouvert"_s}};
    o.typeLabels = {{u"wifi"_s, u"Wi-Fi"_s}};
    auto r = exportTickets(*m_c, m_cpu, path, o);
    QVERIFY(r.ok());
    QCOMPARE(r.value().rows, qint64(25));
    const QList<QStringList> got = readBack(path, o.csv.separator);
    QCOMPARE(got.size(), 26);
    QList<QStringList> want = expected(u"true"_s).mid(0, 25);
    for (QStringList &row : want) {
        if (row[5] == u"open"_s)
            row[5] = u"Ouvert"_s;
        if (row[4] == u"wifi"_s)
            row[4] = u"Wi-Fi"_s;
    }
    QCOMPARE(got.mid(1), want);
}

void TestTicketExport::cancelMidwayLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cancel.csv"_s);
    TicketExportOptions o;
    o.chunkRows = 200;
    std::atomic<bool> cancel{false};
    qint64 seen = 0;
    auto r = exportTickets(*m_c, m_cpu, path, o, &cancel, [&](qint64 rows, qint64) {
        seen = rows;
        if (rows >= 1000)
            cancel = true;
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    QCOMPARE(seen, qint64(1000));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    QVERIFY(!m_c->inTransaction());
    QVERIFY(m_c->ping());
}

void TestTicketExport::progressIsMonotonic()
{
    const QString path = m_dir.filePath(u"progress.csv"_s);
    TicketExportOptions o;
    o.chunkRows = 333;
    QList<qint64> rows;
    qint64 lastTotal = 0;
    auto r = exportTickets(*m_c, m_cpu, path, o, nullptr, [&](qint64 n, qint64 total) {
        rows << n;
        lastTotal = total;
    });
    QVERIFY(r.ok());
    QVERIFY(rows.size() >= kTickets / 333);
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i] >= rows[i - 1]);
    QCOMPARE(rows.first(), qint64(0));
    QCOMPARE(rows.last(), qint64(kTickets));
    QCOMPARE(lastTotal, qint64(kTickets)); // reltuples after ANALYZE
}

void TestTicketExport::estimate()
{
    TicketRepository repo(*m_c);
    QCOMPARE(repo.estimateCount({}).value(), qint64(kTickets));
    TicketFilter f;
    f.statuses = {u"open"_s};
    QCOMPARE(repo.estimateCount(f).value(), qint64(kTickets / 5));
    f.text = u"modem"_s;
    QCOMPARE(repo.estimateCount(f).value(), qint64(-1));
}

void TestTicketExport::listAndExportAgree_data()
{
    QTest::addColumn<TicketFilter>("filter");
    QTest::addColumn<TicketSort>("sort");
    QTest::addColumn<QString>("where"); // the same criteria written by hand, the oracle
    const QDateTime five(QDate(2024, 1, 1), QTime(5, 0), Qt::UTC);
    const QDateTime noon(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    const auto textWhere = [](const QString &pattern) {
        return u"(t.subject ILIKE '%1' OR EXISTS (SELECT 1 FROM ticket_messages m"
               " WHERE m.ticket_id = t.id AND m.body ILIKE '%1'))"_s.arg(pattern);
    };
    TicketFilter f;
    f.statuses = {u"in_progress"_s, u"resolved"_s};
    QTest::newRow("status") << f << TicketSort::CreatedDesc << u"t.status IN ('in_progress', 'resolved')"_s;
    f = {};
    f.issueType = u"wifi"_s;
    QTest::newRow("type") << f << TicketSort::UpdatedDesc << u"t.issue_type = 'wifi'"_s;
    f = {};
    f.importantOnly = true;
    QTest::newRow("important") << f << TicketSort::CreatedAsc << u"t.is_important"_s;
    f = {};
    f.createdFrom = five;
    f.createdTo = noon;
    QTest::newRow("date range") << f << TicketSort::CreatedDesc
                                << u"t.created_at >= '2024-01-01 05:00+00' AND t.created_at < '2024-01-01 12:00+00'"_s;
    f = {};
    f.assignedStaffId = TicketFilter::kUnassigned;
    QTest::newRow("unassigned") << f << TicketSort::CreatedDesc << u"t.assigned_staff_id IS NULL"_s;
    f = {};
    f.assignedStaffId = 2;
    QTest::newRow("staff") << f << TicketSort::UpdatedDesc << u"t.assigned_staff_id = 2"_s;
    f = {};
    f.parentId = 10;
    QTest::newRow("children") << f << TicketSort::CreatedAsc << u"t.parent_id = 10"_s;
    f = {};
    f.text = u"modem"_s; // subjects and messages, few: the trigram lookup
    QTest::newRow("text, rare") << f << TicketSort::CreatedDesc << textWhere(u"%modem%"_s);
    f.text = u"ROUTEUR"_s; // messages only, more than the rare limit: the walk
    QTest::newRow("text, common") << f << TicketSort::UpdatedDesc << textWhere(u"%routeur%"_s);
    f.text = u"7"_s; // no trigram: the walk only
    QTest::newRow("text, no trigram") << f << TicketSort::CreatedAsc << textWhere(u"%7%"_s);
    f = {};
    f.statuses = {u"open"_s, u"waiting"_s, u"closed"_s};
    f.issueType = u"billing"_s;
    f.importantOnly = true;
    f.createdFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    f.createdTo = QDateTime(QDate(2024, 1, 1), QTime(20, 0), Qt::UTC);
    f.text = u"sujet"_s;
    QTest::newRow("everything") << f << TicketSort::CreatedDesc
                                << QString(u"t.status IN ('open', 'waiting', 'closed') AND t.issue_type = 'billing'"
                                           " AND t.is_important AND t.created_at >= '2024-01-01 00:00+00'"
                                           " AND t.created_at < '2024-01-01 20:00+00' AND "_s
                                       + textWhere(u"%sujet%"_s));
}

void TestTicketExport::listAndExportAgree()
{
    QFETCH(TicketFilter, filter);
    QFETCH(TicketSort, sort);
    QFETCH(QString, where);

    // The list, page after page.
    TicketRepository repo(*m_c);
    QStringList listed;
    TicketCursor cursor;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < kTickets);
        auto page = repo.page(filter, sort, cursor, 97);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        for (const TicketRow &row : page.value().rows)
            listed << row.code;
        if (!page.value().hasMore)
            break;
        cursor = page.value().nextCursor;
    }

    // The export, by other page sizes.
    const QString path = m_dir.filePath(u"agree.csv"_s);
    TicketExportOptions o;
    o.filter = filter;
    o.sort = sort;
    o.chunkRows = 250;
    auto r = exportTickets(*m_c, m_cpu, path, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    const QList<QStringList> file = readBack(path, o.csv.separator);
    QVERIFY(!file.isEmpty());
    QStringList exported;
    for (const QStringList &row : file.mid(1))
        exported << row.first();
    QCOMPARE(r.value().rows, qint64(exported.size()));

    // The same tickets in the same order, and the ones the hand-written criteria select.
    QCOMPARE(exported, listed);
    QStringList want;
    for (const QStringList &row : expected(where))
        want << row.first();
    QVERIFY(!want.isEmpty());
    QVERIFY(want.size() < kTickets);
    QStringList listedSorted = listed;
    listedSorted.sort();
    want.sort();
    QCOMPARE(listedSorted, want);

    // The export's estimate counts the list's criteria (exact under the cap; a text filter has none).
    auto estimate = repo.estimateCount(filter);
    QVERIFY(estimate.ok());
    QCOMPARE(estimate.value(), filter.text.isEmpty() ? qint64(listed.size()) : qint64(-1));
}

void TestTicketExport::asyncExporter()
{
    QThreadPool cpu; // outlives the executor's threads
    DbExecutor db(m_conninfo, 2);
    TicketExporter exporter(db, cpu);
    QList<qint64> seen;
    connect(&exporter, &TicketExporter::progress, this, [&](qint64 rows, qint64) { seen << rows; });
    const QString path = m_dir.filePath(u"async.csv"_s);
    auto future = exporter.start(path, {});
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    QVERIFY(future.result().ok());
    QCOMPARE(future.result().value().rows, qint64(kTickets));
    QTRY_VERIFY(!seen.isEmpty() && seen.last() == kTickets);
    QVERIFY(!exporter.isRunning());
    QCOMPARE(readBack(path, TicketExportOptions().csv.separator).size(), kTickets + 1);
    db.shutdown();
}

void TestTicketExport::asyncCancel()
{
    QThreadPool cpu; // outlives the executor's threads
    DbExecutor db(m_conninfo, 2);
    TicketExporter exporter(db, cpu);
    const QString path = m_dir.filePath(u"async-cancel.csv"_s);
    TicketExportOptions o;
    o.chunkRows = 1;
    auto future = exporter.start(path, o);
    QTRY_VERIFY(exporter.rowsWritten() > 0);
    exporter.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    QVERIFY(!future.result().ok());
    QCOMPARE(future.result().error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(path));
    db.shutdown();
}

QTEST_GUILESS_MAIN(TestTicketExport)
#include "TestTicketExport.moc"
