// POSIX implementation of ops::StopSignals (core/concurrency/StopSignals.h).
#include <atomic>
#include <csignal>

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include "core/concurrency/StopSignals.h"

namespace ops {

namespace {
int s_fds[2] = {-1, -1};
std::atomic<bool> s_installed{false};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int sig)
{
    const char c = static_cast<char>(sig);
    [[maybe_unused]] const ssize_t n = ::write(s_fds[1], &c, 1);
}
} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (s_installed.exchange(true))
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0) {
        s_installed = false;
        return;
    }
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : kSignals)
        ::sigaction(sig, &sa, nullptr);
    m_notifier = new QSocketNotifier(s_fds[0], QSocketNotifier::Read, this);
    m_active = true;
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        if (::read(s_fds[0], &c, 1) == 1)
            emit stopRequested(static_cast<unsigned char>(c));
    });
}

StopSignals::~StopSignals()
{
    if (!m_active)
        return;
    m_active = false;
    struct sigaction sa = {};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (int sig : kSignals)
        ::sigaction(sig, &sa, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
    s_installed = false;
}

} // namespace ops
