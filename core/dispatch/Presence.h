#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace ops {
class DbExecutor;
}

namespace ops::dispatch {

// Who else is looking at or editing a job, between workstations: NOTIFY on ops_dispatch_presence with ids only
// ("job:staff:mode:session", mode v viewing, e editing, n gone). Each workstation announces its own selection and
// drags (again every kRefreshMs while it lasts), hears the others through the session's listener, and forgets an
// announcement kExpiryMs after it was last heard (a crashed workstation disappears by itself). Names come from the
// staff table (read once per id, off the GUI thread).
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    enum class Mode : char
    {
        None = 'n',
        Viewing = 'v',
        Editing = 'e'
    };
    static constexpr const char *kChannel = "ops_dispatch_presence";
    static constexpr int kRefreshMs = 30000;
    static constexpr int kExpiryMs = 75000;

    struct Announcement
    {
        qint64 jobId = 0;
        qint64 staffId = 0;
        Mode mode = Mode::None;
        QString session; // the announcing process (its own announcements are ignored)
    };
    static std::optional<Announcement> parse(const QString &payload);
    static QString payload(qint64 jobId, Mode mode, const QString &session); // staff id added by the server

    // db: where NOTIFY is sent and names are read; null: nothing is sent (tests of the receiving side).
    explicit PresenceTracker(DbExecutor *db, QObject *parent = nullptr);
    ~PresenceTracker() override;

    QString sessionId() const { return m_session; }
    // This workstation is now on jobId (0: on none) in mode; the previous job is released.
    void announce(qint64 jobId, Mode mode);

    QStringList viewing(qint64 jobId) const;
    QStringList editing(qint64 jobId) const;
    // For tests: the clock used for expiry (invalid: the real one).
    void setNow(const QDateTime &utc) { m_now = utc; }
    void expireNow() { expire(); }

public slots:
    void onNotification(const QString &channel, const QString &payload, int pid);

signals:
    // The others on jobId changed (names).
    void othersChanged(qint64 jobId, const QStringList &viewing, const QStringList &editing);

private:
    struct Seen
    {
        qint64 jobId = 0;
        qint64 staffId = 0;
        Mode mode = Mode::None;
        QDateTime at;
    };
    void send(qint64 jobId, Mode mode);
    void expire();
    void publish(qint64 jobId);
    QString nameOf(qint64 staffId) const;
    void resolveName(qint64 staffId);
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    DbExecutor *m_db = nullptr;
    QString m_session;
    qint64 m_myJob = 0;
    Mode m_myMode = Mode::None;
    QHash<QString, Seen> m_others; // by announcing session
    QHash<qint64, QString> m_names;
    QTimer *m_refresh = nullptr;
    QTimer *m_expiry = nullptr;
    QDateTime m_now;
};

} // namespace ops::dispatch
