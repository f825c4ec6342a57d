#pragma once

#include <QObject>

class QSocketNotifier;

namespace ops {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the thread that owns this object (self-pipe: the handler only
// writes one byte). One instance per process; a second one is refused (isActive() false).
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ops
