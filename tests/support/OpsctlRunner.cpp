#include "tests/support/OpsctlRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/embedded/EmbeddedServer.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::test {

QJsonObject OpsctlRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

OpsctlRunner::OpsctlRunner(const QString &tempTemplate)
    : m_dir(tempTemplate)
    , m_embedded(m_dir.path() + u"/pg"_s)
{}

bool OpsctlRunner::init(QString *error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = u"no temporary directory"_s;
        return false;
    }
    // The cluster's owner must reach its socket directory.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup | QFile::ReadGroup
            | QFile::ReadOther);
    for (const QString &step : {u"init"_s, u"migrate"_s}) {
        const OpsctlRun r = run({u"db"_s, step});
        if (r.code != 0) {
            if (error)
                *error = u"db %1: %2"_s.arg(step, r.err);
            return false;
        }
    }
    return true;
}

QProcessEnvironment opsctlEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TARGO_PG_FAST"_s, u"1"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

OpsctlRun runOpsctl(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s, args);
    OpsctlRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

OpsctlRun OpsctlRunner::run(const QStringList &args, const QString &lang) const
{
    return run(args, opsctlEnvironment(), lang);
}

OpsctlRun OpsctlRunner::run(const QStringList &args, const QProcessEnvironment &env, const QString &lang) const
{
    return runOpsctl(QStringList{u"--lang"_s, lang, u"--embedded"_s, m_embedded} + args, env);
}

std::unique_ptr<db::PgConnection> OpsctlRunner::connect() const
{
    EmbeddedServer server(m_embedded);
    auto st = server.start();
    if (!st.ok())
        return nullptr;
    auto c = db::PgConnection::open(st.value().conninfo);
    return c.ok() ? std::move(c.value()) : nullptr;
}

QString OpsctlRunner::scalar(const QString &sql) const
{
    auto c = connect();
    if (!c)
        return u"<no connection>"_s;
    auto r = c->exec(sql);
    return r.ok() && r.value().rows() ? r.value().text(0, 0) : u"<error>"_s;
}

void OpsctlRunner::stop() const
{
    (void)run({u"db"_s, u"stop"_s});
}

} // namespace ops::test
