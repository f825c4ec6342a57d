#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QUrl>

#include "core/net/ProviderConfig.h"

namespace ops::test {

// A validating Prism mock (`prism mock -h 127.0.0.1 -p <free port> --errors <spec>`) for one vendor description.
// Prism comes from env OPS_PRISM, the descriptions from env OPS_SPECS_DIR (tests/specs, set by tests/CMakeLists.txt).
// start() blocks until Prism prints "Prism is listening" (at most timeoutMs, or env OPS_PRISM_START_TIMEOUT_MS when
// larger); the destructor stops it.
class PrismMock
{
public:
    explicit PrismMock(QString specFile); // "twilio.yaml", relative to OPS_SPECS_DIR (or absolute)
    ~PrismMock();
    PrismMock(const PrismMock &) = delete;
    PrismMock &operator=(const PrismMock &) = delete;

    bool start(int timeoutMs = 30000); // false: see error()
    void stop();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    // The NetExecutor provider `id` pointed at this mock (defaults otherwise), for NetExecutor::setProvider.
    net::ProviderConfig provider(const QString &id) const;
    QString output() const; // everything Prism printed so far (requests, "Violation: ...")

    static quint16 freePort();

private:
    QString m_spec;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
};

} // namespace ops::test
