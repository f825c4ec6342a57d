#include "tests/support/PrismMock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QTcpServer>

namespace ops::test {

PrismMock::PrismMock(QString specFile)
    : m_spec(std::move(specFile))
{}

PrismMock::~PrismMock()
{
    stop();
}

quint16 PrismMock::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

namespace {

// Node starts Prism in about a second on an idle machine, but in 30 s or more on a loaded 2-core one: CTest may raise
// the wait with OPS_PRISM_START_TIMEOUT_MS (tests/CMakeLists.txt does). Only the wait for "listening" grows.
int startTimeoutMs(int requested)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("OPS_PRISM_START_TIMEOUT_MS", &ok);
    return ok && fromEnv > requested ? fromEnv : requested;
}

} // namespace

bool PrismMock::start(int timeoutMs)
{
    const QString prism = qEnvironmentVariable("OPS_PRISM");
    const QString specsDir = qEnvironmentVariable("OPS_SPECS_DIR");
    if (prism.isEmpty() || !QFileInfo(prism).isExecutable()) {
        m_error = QStringLiteral("Prism not found (OPS_PRISM=\"%1\"): run scripts/dev.sh deps").arg(prism);
        return false;
    }
    const QString spec = QFileInfo(m_spec).isAbsolute() ? m_spec : QDir(specsDir).filePath(m_spec);
    if (!QFileInfo::exists(spec)) {
        m_error = QStringLiteral("API description not found: %1 (OPS_SPECS_DIR=\"%2\")").arg(spec, specsDir);
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        m_output.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(prism,
            {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("--errors"), spec});
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(prism, m_process->errorString());
            return false;
        }
        const QDeadlineTimer deadline(startTimeoutMs(timeoutMs));
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(200);
            m_output += m_process->readAll();
            if (m_output.contains("Prism is listening"))
                return true;
        }
        m_output += m_process->readAll();
        const bool portTaken = m_output.contains("EADDRINUSE");
        stop();
        if (!portTaken) {
            m_error = QStringLiteral("Prism did not start within %1 ms on port %2: %3")
                          .arg(startTimeoutMs(timeoutMs))
                          .arg(m_port)
                          .arg(QString::fromUtf8(m_output.right(2000)));
            return false;
        }
    }
    m_error = QStringLiteral("no free port for Prism");
    return false;
}

void PrismMock::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

net::ProviderConfig PrismMock::provider(const QString &id) const
{
    net::ProviderConfig p;
    p.id = id;
    p.baseUrl = baseUrl();
    return p;
}

QUrl PrismMock::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString PrismMock::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output);
}

} // namespace ops::test
