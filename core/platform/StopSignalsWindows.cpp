// Windows implementation of ops::StopSignals (core/concurrency/StopSignals.h): the console control handler.
#include <atomic>
#include <mutex>

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include "core/concurrency/StopSignals.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace ops {

namespace {
std::atomic<bool> s_installed{false};
std::atomic<StopSignals *> s_instance{nullptr};
std::mutex s_post; // the handler's read-and-post against the owner's destruction

// Runs on a thread Windows creates for the event: only a queued call reaches the owner's thread.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    StopSignals *target = nullptr;
    {
        // Under the lock, the object is alive while the call is posted (its destructor takes the same lock).
        std::lock_guard lock(s_post);
        target = s_instance.load();
        if (!target)
            return FALSE; // default handling: the process ends
        const int code = static_cast<int>(type);
        QMetaObject::invokeMethod(
            target, [target, code] { emit target->stopRequested(code); }, Qt::QueuedConnection);
    }
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT) {
        // Returning ends the process at once: give the owner time to stop (it destroys this object when done).
        for (int waited = 0; waited < StopSignals::kWindowsGraceMs && s_instance.load() == target; waited += 50)
            ::Sleep(50);
    }
    return TRUE;
}
} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (s_installed.exchange(true))
        return;
    s_instance = this;
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        s_instance = nullptr;
        s_installed = false;
        return;
    }
    m_active = true;
}

StopSignals::~StopSignals()
{
    if (!m_active)
        return;
    m_active = false;
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    {
        std::lock_guard lock(s_post);
        s_instance = nullptr;
    }
    s_installed = false;
}

} // namespace ops
