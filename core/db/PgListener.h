#pragma once

#include <atomic>
#include <memory>

#include <QMutex>
#include <QObject>
#include <QStringList>

class QThread;

namespace ops::db {

// LISTEN/NOTIFY on its own connection and its own thread. Signals are emitted from that thread; connect with a
// receiver context so they arrive queued on the receiver's thread. Reconnects with back-off and re-LISTENs.
class PgListener : public QObject
{
    Q_OBJECT
public:
    explicit PgListener(QString conninfo, QObject *parent = nullptr);
    ~PgListener() override;

    void listen(const QString &channel); // thread-safe; takes effect within ~100 ms
    void start();
    void stop(); // joins the thread
    bool isConnected() const { return m_connected.load(); }

signals:
    void notified(const QString &channel, const QString &payload, int pid);
    void connectionLost(const QString &detail);
    void connected();

private:
    void run();

    const QString m_conninfo;
    QMutex m_mutex;
    QStringList m_channels;
    QStringList m_pending;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
    QThread *m_thread = nullptr;
};

} // namespace ops::db
