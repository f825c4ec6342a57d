#include "app/gui/StartupClock.h"

#include <ctime>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace {

// How long the process ran before main(): now (boot clock) minus the start time the kernel recorded, in ticks since
// boot. Resolution: one clock tick (10 ms). Zero when unknown.
qint64 msSinceProcessStart()
{
#if defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces and parentheses: fields are counted after the last ')'.
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // field 22 overall, the list starts at field 3
    if (fields.size() <= kStartTimeField)
        return 0;
    bool ok = false;
    const qint64 startTicks = fields.at(kStartTimeField).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return 0;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const qint64 startMs = startTicks * 1000 / ticksPerSecond;
    const qint64 before = nowMs - startMs;
    return (before >= 0 && before < 60000) ? before : 0;
#else
    return 0;
#endif
}

} // namespace

void StartupClock::start()
{
    m_timer.start();
    m_beforeMainMs = msSinceProcessStart();
}

qint64 StartupClock::elapsedMs() const
{
    return m_beforeMainMs + m_timer.elapsed();
}

FirstPaintProbe::FirstPaintProbe(QWidget *window, std::function<void()> onFirstFrame, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_onFirstFrame(std::move(onFirstFrame))
{
    QCoreApplication::instance()->installEventFilter(this);
}

FirstPaintProbe::~FirstPaintProbe()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // The rest of this frame is painted synchronously; the zero timer fires once it has been flushed.
        QTimer::singleShot(0, this, [this] { m_onFirstFrame(); });
    }
    return QObject::eventFilter(watched, event);
}
