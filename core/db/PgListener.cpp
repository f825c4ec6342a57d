#include "core/db/PgListener.h"

#include <QThread>

#include "core/db/PgConnection.h"

namespace ops::db {

PgListener::PgListener(QString conninfo, QObject *parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
{}

PgListener::~PgListener()
{
    stop();
}

void PgListener::listen(const QString &channel)
{
    QMutexLocker lock(&m_mutex);
    if (!m_channels.contains(channel)) {
        m_channels << channel;
        m_pending << channel;
    }
}

void PgListener::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("pg-listener"));
    m_thread->start();
}

void PgListener::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void PgListener::run()
{
    int backoffMs = 250;
    while (!m_stop) {
        auto opened = PgConnection::open(m_conninfo, 5);
        if (!opened.ok()) {
            if (m_connected.exchange(false))
                emit connectionLost(opened.error().detail);
            for (int waited = 0; waited < backoffMs && !m_stop; waited += 50)
                QThread::msleep(50);
            backoffMs = std::min(backoffMs * 2, 5000);
            continue;
        }
        auto conn = std::move(opened).value();
        {
            QMutexLocker lock(&m_mutex);
            m_pending = m_channels;
        }
        bool healthy = true;
        bool announced = false;
        while (!m_stop && healthy) {
            QStringList todo;
            {
                QMutexLocker lock(&m_mutex);
                todo.swap(m_pending);
            }
            for (const QString &ch : todo) {
                if (!conn->exec(QStringLiteral("LISTEN ") + quoteIdentifier(ch)).ok()) {
                    healthy = false;
                    break;
                }
            }
            if (!healthy)
                break;
            if (!announced) {
                announced = true;
                backoffMs = 250;
                m_connected = true;
                emit connected();
            }
            std::vector<Notification> batch;
            healthy = conn->waitForNotifications(100, batch);
            for (const auto &n : batch)
                emit notified(n.channel, n.payload, n.pid);
        }
        if (!healthy) {
            {
                QMutexLocker lock(&m_mutex);
                m_pending = m_channels;
            }
            if (m_connected.exchange(false))
                emit connectionLost(QStringLiteral("listener connection lost"));
        }
    }
    m_connected = false;
}

} // namespace ops::db
