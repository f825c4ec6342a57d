// targo-opsctl bench vrptw end to end: two Solomon instances at 0.2 s with --routes --json; the printed routes are
// re-checked against the instance files by the independent checker (tests/support/FeasibilityChecker.h: its own
// reader, distances recomputed from the coordinates, windows with service times, capacity, depot closing time, every
// customer exactly once); vehicles, distance, the gaps to bks.csv (hierarchical rows only) and the summary agree with
// the routes; the bench entries are written. Also the Markdown table, and the usage and file errors.
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/FeasibilityChecker.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString dataDir()
{
    return qEnvironmentVariable("OPS_SOURCE_DIR") + u"/tests/data/solomon/"_s;
}

} // namespace

class TestBenchVrptwCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoutesRecheckedAgainstTheFiles();
    void markdownTable();
    void gehringHombergerNames();
    void usageAndFileErrors();

private:
    Run opsctl(const QStringList &args);

    QTemporaryDir m_tmp;
    QString m_instances; // two instances and their bks.csv rows
};

Run TestBenchVrptwCommand::opsctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPS_BENCH_DIR"_s, m_tmp.filePath(u"bench"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestBenchVrptwCommand::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_instances = m_tmp.filePath(u"solomon2"_s);
    QVERIFY(QDir().mkpath(m_instances));
    for (const QString &name : {u"C201"_s, u"R101"_s})
        QVERIFY(QFile::copy(dataDir() + name + u".txt"_s, m_instances + u'/' + name + u".txt"_s));
    // The real best-known rows for both, plus a distance_trunc1 row that must be ignored.
    QFile bks(dataDir() + u"bks.csv"_s);
    QVERIFY(bks.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = bks.readAll().split('\n');
    QByteArray mine = lines.first() + '\n';
    for (const QByteArray &line : lines)
        if ((line.startsWith("C201,") || line.startsWith("R101,")) && line.contains(",hierarchical,"))
            mine += line + '\n';
    mine += "R101,20,1.0,distance_trunc1,a row for another objective\n";
    QFile out(m_instances + u"/bks.csv"_s);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(mine);
}

void TestBenchVrptwCommand::jsonRoutesRecheckedAgainstTheFiles()
{
    const Run r = opsctl(
        {u"bench"_s, u"vrptw"_s, u"--instances"_s, m_instances, u"--seconds"_s, u"0.2"_s, u"--routes"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(doc.isObject(), qPrintable(pe.errorString() + u": "_s + QString::fromUtf8(r.out)));
    const QJsonArray instances = doc[u"instances"_s].toArray();
    QCOMPARE(instances.size(), 2);

    const std::map<QString, std::pair<int, double>> bks = {{u"C201"_s, {3, 591.56}}, {u"R101"_s, {19, 1650.80}}};
    double sumExtra = 0;
    double sumGap = 0;
    int atBks = 0;
    QStringList names;
    for (const QJsonValue &v : instances) {
        const QJsonObject o = v.toObject();
        const QString name = o[u"instance"_s].toString();
        names << name;
        QVERIFY(o[u"feasible"_s].toBool());
        QVERIFY(o[u"seconds"_s].toDouble() > 0);

        ops::test::SolomonFile file;
        std::string error;
        QVERIFY2(ops::test::parseSolomonFile(QString(dataDir() + name + u".txt"_s).toStdString(), file, error),
            error.c_str());
        std::vector<std::vector<int>> routes;
        for (const QJsonValue &route : o[u"routes"_s].toArray()) {
            routes.emplace_back();
            for (const QJsonValue &c : route.toArray())
                routes.back().push_back(c.toInt(-1));
        }
        double distance = 0;
        const std::vector<std::string> violations = ops::test::checkSolomonRoutes(file, routes, &distance);
        std::string all;
        for (const std::string &s : violations)
            all += s + "\n";
        QVERIFY2(violations.empty(), (name.toStdString() + ":\n" + all).c_str());
        QCOMPARE(o[u"vehicles"_s].toInt(), static_cast<int>(routes.size()));
        QVERIFY2(std::fabs(o[u"distance"_s].toDouble() - distance) < 0.006,
            qPrintable(u"%1: printed %2, recomputed %3"_s.arg(name).arg(o[u"distance"_s].toDouble()).arg(distance)));

        const auto [bksVehicles, bksDistance] = bks.at(name);
        QCOMPARE(o[u"bks_vehicles"_s].toInt(), bksVehicles);
        QCOMPARE(o[u"bks_distance"_s].toDouble(), bksDistance);
        const int extra = static_cast<int>(routes.size()) - bksVehicles;
        QCOMPARE(o[u"extra_vehicles"_s].toInt(), extra);
        sumExtra += extra;
        if (extra == 0) {
            const double gap = 100 * (distance - bksDistance) / bksDistance;
            QVERIFY(std::fabs(o[u"gap_pct"_s].toDouble() - gap) < 0.001);
            sumGap += gap;
            ++atBks;
        } else {
            QVERIFY(o[u"gap_pct"_s].isNull()); // no distance gap across vehicle counts
        }
    }
    QCOMPARE(names, QStringList({u"C201"_s, u"R101"_s}));

    const QJsonObject summary = doc[u"summary"_s].toObject();
    QCOMPARE(summary[u"instances"_s].toInt(), 2);
    QCOMPARE(summary[u"feasible"_s].toInt(), 2);
    QCOMPARE(summary[u"with_bks"_s].toInt(), 2);
    QCOMPARE(summary[u"at_bks_vehicles"_s].toInt(), atBks);
    QVERIFY(std::fabs(summary[u"mean_extra_vehicles"_s].toDouble() - sumExtra / 2) < 0.001);
    if (atBks > 0)
        QVERIFY(std::fabs(summary[u"mean_gap_pct"_s].toDouble() - sumGap / atBks) < 0.001);
    else
        QVERIFY(summary[u"mean_gap_pct"_s].isNull());
    const QJsonObject families = summary[u"families"_s].toObject();
    QCOMPARE(families.keys(), QStringList({u"C2"_s, u"R1"_s}));
    QCOMPARE(families[u"C2"_s].toObject()[u"instances"_s].toInt(), 1);

    // The benchmark entries (report.json input).
    QFile entries(m_tmp.filePath(u"bench/vrptw_solomon2_0.2s.json"_s));
    QVERIFY2(entries.open(QIODevice::ReadOnly), qPrintable(entries.fileName()));
    const QJsonArray list = QJsonDocument::fromJson(entries.readAll()).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject()[u"name"_s].toString(), u"vrptw_solomon2_0.2s_gap_pct"_s);
    QCOMPARE(list[1].toObject()[u"name"_s].toString(), u"vrptw_solomon2_0.2s_extra_vehicles"_s);
    QVERIFY(std::fabs(list[1].toObject()[u"mean"_s].toDouble() - sumExtra / 2) < 0.001);
    QCOMPARE(list[2].toObject()[u"name"_s].toString(), u"vrptw_solomon2_0.2s_deadline_overshoot_ms"_s);
    QCOMPARE(list[2].toObject()[u"runs"_s].toInt(), 2);
    for (const char *key : {"name", "unit", "median", "p95", "target", "pass"})
        QVERIFY(list[0].toObject().contains(QLatin1String(key)));
}

void TestBenchVrptwCommand::markdownTable()
{
    const Run r =
        opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, m_instances, u"--seconds"_s, u"0.2"_s, u"--routes"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(u"| instance | vehicles | distance | feasible | seconds |"_s), qPrintable(out));
    QVERIFY(out.contains(u"\n| C201 | "_s));
    QVERIFY(out.contains(u"\n| R101 | "_s));
    QVERIFY(out.contains(u"- all: 2 instances, 2 feasible"_s));
    QVERIFY(out.contains(u"### R101\nRoute 1: "_s));
}

// Gehring–Homberger files are named like C1_2_1.TXT: upper-case suffix, family "C1_2", no bks.csv (no gap fields).
void TestBenchVrptwCommand::gehringHombergerNames()
{
    const QString dir = m_tmp.filePath(u"gh"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile in(dataDir() + u"C101.txt"_s);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("C101", "C1_2_1");
    QFile out(dir + u"/C1_2_1.TXT"_s);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Run r = opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, dir, u"--seconds"_s, u"0.1"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    const QJsonObject o = doc[u"instances"_s].toArray().at(0).toObject();
    QCOMPARE(o[u"instance"_s].toString(), u"C1_2_1"_s);
    QVERIFY(o[u"feasible"_s].toBool());
    QVERIFY(!o.contains(u"gap_pct"_s));
    QCOMPARE(doc[u"summary"_s][u"families"_s].toObject().keys(), QStringList({u"C1_2"_s}));
    QVERIFY(!doc[u"summary"_s].toObject().contains(u"mean_gap_pct"_s));
}

void TestBenchVrptwCommand::usageAndFileErrors()
{
    QCOMPARE(opsctl({u"bench"_s, u"vrptw"_s}).code, 2);
    QCOMPARE(opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, m_instances, u"--seconds"_s, u"soon"_s}).code, 2);
    QCOMPARE(opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, m_instances, u"--seconds"_s, u"0"_s}).code, 2);
    QCOMPARE(opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, m_instances, u"--fast"_s}).code, 2);

    const QString empty = m_tmp.filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    const Run none = opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, empty});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains("no instance files"), none.err.constData());

    const QString broken = m_tmp.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(broken));
    QFile f(broken + u"/X101.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("X101\n\nVEHICLE\nNUMBER CAPACITY\n 25 200\n\nCUSTOMER\n0 40 50 0 0 1236\n");
    f.close();
    const Run bad = opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, broken, u"--seconds"_s, u"0.1"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("X101.txt"), bad.err.constData());

    const QString badBks = m_tmp.filePath(u"badbks"_s);
    QVERIFY(QDir().mkpath(badBks));
    QVERIFY(QFile::copy(dataDir() + u"C101.txt"_s, badBks + u"/C101.txt"_s));
    QFile csv(badBks + u"/bks.csv"_s);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("instance,vehicles,distance,objective\nC101,ten,828.94,hierarchical\n");
    csv.close();
    const Run badCsv = opsctl({u"bench"_s, u"vrptw"_s, u"--instances"_s, badBks, u"--seconds"_s, u"0.1"_s});
    QCOMPARE(badCsv.code, 1);
    QVERIFY2(badCsv.err.contains("line 2"), badCsv.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchVrptwCommand)
#include "TestBenchVrptwCommand.moc"
