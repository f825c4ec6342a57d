// targo-opsctl dispatch ...: as a script runs it on the embedded database. The board as JSON, a check that lists every
// broken rule with its stable code, assign/unassign/status, and two assign processes racing for the same job: exactly
// one wins, the other is refused with "version" (exit 3) and nothing is overwritten.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/DispatchSeed.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QStringList codesOf(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : o.value(u"violations").toArray()) {
        if (v.toObject().value(u"hard").toBool())
            out << v.toObject().value(u"code").toString();
    }
    return out;
}
} // namespace

class TestDispatchCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{u"/tmp/ops-ctl-dispatch-XXXXXX"_s};
    QString m_embedded;

    QProcess *start(QStringList args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
            QStringList{u"--lang"_s, u"en"_s, u"--embedded"_s, m_embedded} + args);
        return p;
    }

    static Run finish(QProcess *p)
    {
        Run r;
        if (!p->waitForFinished(180000)) {
            p->kill();
            p->waitForFinished();
            r.err = u"timed out"_s;
        } else {
            r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            r.out = QString::fromUtf8(p->readAllStandardOutput());
            r.err = QString::fromUtf8(p->readAllStandardError());
        }
        p->deleteLater();
        return r;
    }

    Run opsctl(const QStringList &args) { return finish(start(args)); }

    std::unique_ptr<db::PgConnection> connect()
    {
        EmbeddedServer server(m_embedded);
        auto st = server.start();
        if (!st.ok())
            return nullptr;
        auto c = db::PgConnection::open(st.value().conninfo);
        return c.ok() ? std::move(c.value()) : nullptr;
    }

    QString scalar(const QString &sql)
    {
        auto c = connect();
        if (!c)
            return u"<no connection>"_s;
        auto r = c->exec(sql);
        return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup
                | QFile::ReadGroup | QFile::ReadOther);
        m_embedded = m_dir.path() + u"/pg"_s;
        QCOMPARE(opsctl({u"db"_s, u"init"_s}).code, 0);
        const Run migrate = opsctl({u"db"_s, u"migrate"_s});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        auto c = connect();
        QVERIFY(c);
        for (const char *sql : test::kDispatchSeed) {
            auto r = c->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        }
    }

    void cleanupTestCase() { (void)opsctl({u"db"_s, u"stop"_s}); }

    void boardAsJson()
    {
        const Run r =
            opsctl({u"--json"_s, u"dispatch"_s, u"board"_s, u"--date"_s, QString::fromLatin1(test::kDispatchDay)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"date").toString(), QString::fromLatin1(test::kDispatchDay));
        const QJsonArray techs = o.value(u"technicians").toArray();
        QCOMPARE(techs.size(), 2);
        const QJsonObject alice = techs.at(0).toObject();
        QCOMPARE(alice.value(u"technician").toString(), u"DT-00001"_s);
        QCOMPARE(alice.value(u"shift_start").toString(), u"08:00"_s);
        const QJsonArray jobs = alice.value(u"jobs").toArray();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).toObject().value(u"job").toString(), u"DJ-00002"_s);
        QCOMPARE(jobs.at(0).toObject().value(u"start").toString(), u"2030-03-05T09:00:00-05:00"_s);
        QCOMPARE(o.value(u"queue").toArray().size(), 2);
        // A date that is not one is a usage error (exit 2), not an empty board.
        QCOMPARE(opsctl({u"dispatch"_s, u"board"_s, u"--date"_s, u"2030-02-30"_s}).code, 2);
    }

    void checkListsEveryBrokenRule()
    {
        // DJ-00001 on Bruno at 07:30 on D-1 (Monday): not his day, Fibre 2 < 3, outside the window.
        const Run r = opsctl({u"--json"_s, u"dispatch"_s, u"check"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00002"_s,
            u"--start"_s, u"2030-03-04T07:30"_s});
        QCOMPARE(r.code, 3);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"allowed").toBool(), false);
        const QStringList codes = codesOf(o);
        QVERIFY2(codes.contains(u"shift"_s) && codes.contains(u"skill"_s) && codes.contains(u"window"_s),
            qPrintable(codes.join(u',')));
        for (const QJsonValue &v : o.value(u"violations").toArray())
            QVERIFY(!v.toObject().value(u"message").toString().isEmpty());
        // An allowed slot: exit 0, no hard violation.
        const Run ok = opsctl({u"--json"_s, u"dispatch"_s, u"check"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00001"_s,
            u"--start"_s, u"2030-03-05T10:30"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.json().value(u"allowed").toBool());
        // Text mode: the reasons, one per line, with their codes.
        const Run text = opsctl({u"dispatch"_s, u"check"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00001"_s, u"--start"_s,
            u"2030-03-05T09:30"_s});
        QCOMPARE(text.code, 3);
        QVERIFY2(text.out.contains(u"overlap: Overlaps DJ-00002"_s), qPrintable(text.out));
        // Unknown codes and bad times.
        const Run unknown = opsctl({u"dispatch"_s, u"check"_s, u"DJ-99999"_s, u"--tech"_s, u"DT-00001"_s, u"--start"_s,
            u"2030-03-05T09:30"_s});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(u"DJ-99999"_s));
        QCOMPARE(
            opsctl({u"dispatch"_s, u"check"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00001"_s, u"--start"_s, u"tomorrow"_s})
                .code,
            2);
    }

    void twoProcessesRaceForTheSameJob()
    {
        const QString before = scalar(u"SELECT version FROM dispatch_jobs WHERE id = 1"_s);
        QCOMPARE(before, u"1"_s);
        // Both based on version 1, different times: one wins, the other must not overwrite it.
        QProcess *a = start({u"--json"_s, u"dispatch"_s, u"assign"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00001"_s,
            u"--start"_s, u"2030-03-05T10:30"_s, u"--expect-version"_s, u"1"_s});
        QProcess *b = start({u"--json"_s, u"dispatch"_s, u"assign"_s, u"DJ-00001"_s, u"--tech"_s, u"DT-00001"_s,
            u"--start"_s, u"2030-03-05T11:00"_s, u"--expect-version"_s, u"1"_s});
        const Run ra = finish(a);
        const Run rb = finish(b);
        QVERIFY2((ra.code == 0) != (rb.code == 0), qPrintable(ra.err + rb.err));
        const Run &winner = ra.code == 0 ? ra : rb;
        const Run &loser = ra.code == 0 ? rb : ra;
        QCOMPARE(loser.code, 3);
        QCOMPARE(codesOf(loser.json()), QStringList{u"version"_s});
        QVERIFY2(
            loser.err.contains(u"version: Dominique Roy moved DJ-00001 to "_s) || loser.err.contains(u"version: "_s),
            qPrintable(loser.err));
        const QString winnerStart = winner.json().value(u"start").toString();
        QCOMPARE(loser.json().value(u"current").toObject().value(u"start").toString(), winnerStart);
        QCOMPARE(winner.json().value(u"version").toInt(), 2);
        QCOMPARE(scalar(u"SELECT version FROM dispatch_jobs WHERE id = 1"_s), u"2"_s);
        QCOMPARE(scalar(u"SELECT to_char(scheduled_start AT TIME ZONE 'America/Toronto', 'HH24:MI')"
                        " FROM dispatch_jobs WHERE id = 1"_s),
            winnerStart.mid(11, 5));
    }

    void refusalExitsThreeAndChangesNothing()
    {
        // DJ-00003 (Joliette) on Alice: outside her regions.
        const QString before =
            scalar(u"SELECT version || coalesce(scheduled_start::text, '-') FROM dispatch_jobs WHERE id = 3"_s);
        const Run r = opsctl({u"dispatch"_s, u"assign"_s, u"DJ-00003"_s, u"--tech"_s, u"DT-00001"_s, u"--start"_s,
            u"2030-03-05T15:00"_s, u"--duration"_s, u"30"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"region: DJ-00003 is in Lanaudière, outside Alice Tremblay's regions."_s),
            qPrintable(r.err));
        QCOMPARE(scalar(u"SELECT version || coalesce(scheduled_start::text, '-') FROM dispatch_jobs WHERE id = 3"_s),
            before);
    }

    void statusAndUnassign()
    {
        const Run noReason = opsctl({u"dispatch"_s, u"status"_s, u"DJ-00004"_s, u"cancelled"_s});
        QCOMPARE(noReason.code, 1);
        QVERIFY(noReason.err.contains(u"reason"_s));
        const Run dispatched = opsctl({u"--json"_s, u"dispatch"_s, u"status"_s, u"DJ-00004"_s, u"dispatched"_s});
        QVERIFY2(dispatched.code == 0, qPrintable(dispatched.err));
        QCOMPARE(dispatched.json().value(u"status").toString(), u"dispatched"_s);
        const Run bad = opsctl({u"dispatch"_s, u"status"_s, u"DJ-00004"_s, u"flying"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"on_site"_s));
        const Run back = opsctl({u"--json"_s, u"dispatch"_s, u"unassign"_s, u"DJ-00004"_s});
        QVERIFY2(back.code == 0, qPrintable(back.err));
        QCOMPARE(back.json().value(u"status").toString(), u"unscheduled"_s);
        QVERIFY(back.json().value(u"technician").isNull());
        // A stale --expect-version is refused with "version".
        const Run stale = opsctl({u"--json"_s, u"dispatch"_s, u"status"_s, u"DJ-00004"_s, u"cancelled"_s, u"--reason"_s,
            u"Doublon"_s, u"--expect-version"_s, u"1"_s});
        QCOMPARE(stale.code, 3);
        QCOMPARE(codesOf(stale.json()), QStringList{u"version"_s});
        QCOMPARE(scalar(u"SELECT count(*) FROM job_status_history WHERE job_id = 4"_s), u"3"_s);
    }
};

QTEST_GUILESS_MAIN(TestDispatchCommands)
#include "TestDispatchCommands.moc"
