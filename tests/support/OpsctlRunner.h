#pragma once

#include <memory>

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace ops::db {
class PgConnection;
}

namespace ops::test {

// What one targo-opsctl run gave: its exit code (-1 when it crashed or timed out), stdout and stderr.
struct OpsctlRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const; // stdout as one JSON object
};

// The environment a run gets by default: the test's own, with LANG=C.UTF-8 and TARGO_PG_FAST=1.
QProcessEnvironment opsctlEnvironment();
// targo-opsctl (from OPS_BINARY_DIR) with exactly these arguments and environment; killed after timeoutMs.
OpsctlRun runOpsctl(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 180000);

// targo-opsctl (from OPS_BINARY_DIR) run as a script runs it, on its own embedded cluster in a temporary directory
// (TARGO_PG_FAST, LANG=C.UTF-8). init() creates and migrates the cluster; connect() reaches it directly to seed or
// check; stop() stops it (cleanupTestCase).
class OpsctlRunner
{
public:
    explicit OpsctlRunner(const QString &tempTemplate);

    bool init(QString *error = nullptr); // db init + db migrate
    OpsctlRun run(const QStringList &args, const QString &lang = QStringLiteral("en")) const;
    // The same with another environment (opsctlEnvironment() plus the test's provider variables, say).
    OpsctlRun run(
        const QStringList &args, const QProcessEnvironment &env, const QString &lang = QStringLiteral("en")) const;
    std::unique_ptr<db::PgConnection> connect() const;
    QString scalar(const QString &sql) const; // first column of the first row as text, or "<error>"
    void stop() const;
    const QString &embeddedDir() const { return m_embedded; }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QString m_embedded;
};

} // namespace ops::test
