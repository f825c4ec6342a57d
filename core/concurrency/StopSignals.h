#pragma once

#include <QObject>

class QSocketNotifier;

namespace ops {

// Turns the system's stop requests into a Qt signal on the thread that owns this object. One instance per process; a
// second one is refused (isActive() false). Implemented per system in core/platform:
// - POSIX (StopSignalsPosix.cpp): SIGTERM, SIGINT and SIGHUP (self-pipe: the handler only writes one byte);
//   signalNumber is the signal.
// - Windows (StopSignalsWindows.cpp): SetConsoleCtrlHandler for Ctrl+C, Ctrl+Break, the console window's close,
//   logoff and shutdown; signalNumber is the CTRL_*_EVENT code. For close, logoff and shutdown Windows ends the
//   process when the handler returns, so the handler waits (at most kWindowsGraceMs) for this object to be destroyed,
//   i.e. for the owner to have stopped cleanly.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    bool isActive() const { return m_active; }
    static constexpr int kWindowsGraceMs = 4500; // Windows gives a console handler 5 s for close/logoff/shutdown

signals:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr; // POSIX
    bool m_active = false;
};

} // namespace ops
