#include "core/dispatch/Presence.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "core/concurrency/Async.h"
#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/DispatchRepository.h"

namespace ops::dispatch {

std::optional<PresenceTracker::Announcement> PresenceTracker::parse(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.at(2).size() != 1 || parts.at(3).isEmpty() || parts.at(3).size() > 64)
        return std::nullopt;
    bool okJob = false, okStaff = false;
    Announcement a;
    a.jobId = parts.at(0).toLongLong(&okJob);
    a.staffId = parts.at(1).toLongLong(&okStaff);
    const QChar m = parts.at(2).at(0);
    if (!okJob || !okStaff || a.jobId < 0 || a.staffId < 0)
        return std::nullopt;
    if (m == QLatin1Char('v'))
        a.mode = Mode::Viewing;
    else if (m == QLatin1Char('e'))
        a.mode = Mode::Editing;
    else if (m == QLatin1Char('n'))
        a.mode = Mode::None;
    else
        return std::nullopt;
    a.session = parts.at(3);
    return a;
}

QString PresenceTracker::payload(qint64 jobId, Mode mode, const QString &session)
{
    return QStringLiteral("%1:%2:%3").arg(jobId).arg(QLatin1Char(char(mode))).arg(session);
}

PresenceTracker::PresenceTracker(DbExecutor *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_myJob)
            send(m_myJob, m_myMode);
    });
    m_expiry = new QTimer(this);
    m_expiry->setInterval(kRefreshMs / 2);
    connect(m_expiry, &QTimer::timeout, this, &PresenceTracker::expire);
    m_expiry->start();
}

PresenceTracker::~PresenceTracker()
{
    if (m_myJob && m_db)
        send(m_myJob, Mode::None); // fire and forget: the others drop us at once
}

void PresenceTracker::announce(qint64 jobId, Mode mode)
{
    if (jobId == m_myJob && mode == m_myMode)
        return;
    if (m_myJob && m_myJob != jobId)
        send(m_myJob, Mode::None);
    m_myJob = mode == Mode::None ? 0 : jobId;
    m_myMode = mode;
    if (m_myJob)
        send(m_myJob, mode);
    if (m_myJob)
        m_refresh->start();
    else
        m_refresh->stop();
}

void PresenceTracker::send(qint64 jobId, Mode mode)
{
    if (!m_db)
        return;
    const QString text = payload(jobId, mode, m_session);
    (void)m_db->run([text](db::PgConnection &c) { return DispatchRepository(c).announcePresence(text); });
}

void PresenceTracker::onNotification(const QString &channel, const QString &text, int)
{
    if (channel != QLatin1String(kChannel))
        return;
    const auto a = parse(text);
    if (!a || a->session == m_session)
        return;
    const auto old = m_others.value(a->session);
    if (a->mode == Mode::None)
        m_others.remove(a->session);
    else
        m_others.insert(a->session, Seen{a->jobId, a->staffId, a->mode, now()});
    if (a->staffId && !m_names.contains(a->staffId))
        resolveName(a->staffId);
    if (old.jobId && old.jobId != a->jobId)
        publish(old.jobId);
    if (a->jobId)
        publish(a->jobId);
}

void PresenceTracker::expire()
{
    const QDateTime limit = now().addMSecs(-kExpiryMs);
    QSet<qint64> touched;
    for (auto it = m_others.begin(); it != m_others.end();) {
        if (it->at < limit) {
            touched.insert(it->jobId);
            it = m_others.erase(it);
        } else {
            ++it;
        }
    }
    for (qint64 job : std::as_const(touched))
        publish(job);
}

QString PresenceTracker::nameOf(qint64 staffId) const
{
    const QString name = m_names.value(staffId);
    if (!name.isEmpty())
        return name;
    return staffId ? QCoreApplication::translate("ops::dispatch", "Staff #%1").arg(staffId)
                   : QCoreApplication::translate("ops::dispatch", "Another workstation");
}

QStringList PresenceTracker::viewing(qint64 jobId) const
{
    QStringList out;
    for (const Seen &s : m_others) {
        if (s.jobId == jobId && s.mode == Mode::Viewing && !out.contains(nameOf(s.staffId)))
            out << nameOf(s.staffId);
    }
    out.sort();
    return out;
}

QStringList PresenceTracker::editing(qint64 jobId) const
{
    QStringList out;
    for (const Seen &s : m_others) {
        if (s.jobId == jobId && s.mode == Mode::Editing && !out.contains(nameOf(s.staffId)))
            out << nameOf(s.staffId);
    }
    out.sort();
    return out;
}

void PresenceTracker::publish(qint64 jobId)
{
    emit othersChanged(jobId, viewing(jobId), editing(jobId));
}

void PresenceTracker::resolveName(qint64 staffId)
{
    if (!m_db)
        return;
    m_names.insert(staffId, QString()); // asked once
    runThen(m_db->run([staffId](db::PgConnection &c) { return DispatchRepository(c).staffName(staffId); }), this,
        [this, staffId](const Result<QString> &r) {
            if (!r.ok() || r.value().isEmpty())
                return;
            m_names.insert(staffId, r.value());
            QSet<qint64> jobs;
            for (const Seen &s : std::as_const(m_others)) {
                if (s.staffId == staffId)
                    jobs.insert(s.jobId);
            }
            for (qint64 job : std::as_const(jobs))
                publish(job);
        });
}

} // namespace ops::dispatch
