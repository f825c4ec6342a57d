#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace ops::live {

// One row-level change announced by ops_notify_change() (channel ops_change).
struct Change
{
    QString table;
    // 'I' insert, 'U' update, 'D' delete. A coalesced change mixing kinds keeps the strongest one: D > I > U.
    QChar op;
    QList<qint64> ids; // empty: "many rows" (the statement touched more than 500, or ids were not given)

    bool many() const { return ids.isEmpty(); }
    bool touches(qint64 id) const { return ids.isEmpty() || ids.contains(id); }
    bool touchesAny(const QSet<qint64> &set) const;
};

// Turns ops_change notifications into Change values on the GUI thread. Owns no connection: the session's PgListener
// is connected to onNotification() (queued). Bursts are coalesced per table: the first notification of a quiet table
// starts a short timer (coalesceMs), every notification for that table until it fires is merged, then one changed()
// is emitted. Malformed payloads are logged and dropped.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCoalesceMs = 30;
    static constexpr int kMaxIdsPerChange = 500; // beyond this a merged change becomes "many"

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    void setCoalesceMs(int ms) { m_coalesceMs = qMax(0, ms); }
    int coalesceMs() const { return m_coalesceMs; }

    // Parses one ops_change payload: {"t": table, "op": "I|U|D", "ids": [..] | null}. nullopt when malformed.
    static std::optional<Change> parse(const QString &payload);

    quint64 malformedCount() const { return m_malformed; }

public slots:
    void onNotification(const QString &channel, const QString &payload, int pid);
    // Emits every pending change now (tests, shutdown).
    void flush();

signals:
    void changed(const ops::live::Change &change);

private:
    void emitTable(const QString &table);

    struct Pending
    {
        Change change;
        QSet<qint64> seen;
        QTimer *timer = nullptr;
    };
    QHash<QString, Pending> m_pending;
    int m_coalesceMs = kDefaultCoalesceMs;
    quint64 m_malformed = 0;
};

} // namespace ops::live

Q_DECLARE_METATYPE(ops::live::Change)
