#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// Measures the time from process start to the first painted frame of the main window (--benchmark-startup).
// The process start comes from /proc/self/stat (Linux); elsewhere the clock starts at main().
class StartupClock
{
public:
    // Call as the first statement of main().
    void start();
    // Milliseconds since the process started.
    qint64 elapsedMs() const;
    qint64 beforeMainMs() const { return m_beforeMainMs; }

private:
    QElapsedTimer m_timer;
    qint64 m_beforeMainMs = 0;
};

// Watches every paint event of window's widgets; after the first complete frame it calls onFirstFrame once.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, std::function<void()> onFirstFrame, QObject *parent = nullptr);
    ~FirstPaintProbe() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<void()> m_onFirstFrame;
    bool m_seen = false;
};
