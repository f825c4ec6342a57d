#include "core/dispatch/LivePositions.h"

#include <algorithm>

#include <QPointer>

#include "core/concurrency/DbExecutor.h"
#include "core/integrations/PositionRecorder.h"
#include "core/integrations/PositionRepository.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/TraccarClient.h"
#include "core/integrations/TraccarLive.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"

namespace ops::dispatch {

namespace {

constexpr qsizetype kMaxEarly = 1000; // positions kept while the first windows are read
constexpr int kMaxTimerMs = 10 * 60 * 1000; // the day change (localDay: the board's zone) is checked this often

} // namespace

LivePositions::LivePositions(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_shiftTimer.setSingleShot(true);
    connect(&m_shiftTimer, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        dropEnded(now);
        if (localDay(now) != m_windowsDay)
            reloadDevices(); // a new day: its windows (re-arms the timer)
        else
            armShiftTimer();
    });
}

LivePositions::~LivePositions()
{
    stop();
}

Status LivePositions::start(const integrations::ProviderSettings &traccar)
{
    stop();
    const QStringList problems = traccar.problems();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QLatin1Char(' ')));
    auto net = std::make_unique<net::NetExecutor>(1);
    if (Status s = net->setProvider(traccar.netConfig()); !s.ok())
        return s;
    integrations::TraccarConfig config;
    config.providerId = traccar.id;
    if (traccar.account.isEmpty()) {
        config.token = traccar.secret;
    } else {
        config.user = traccar.account;
        config.password = traccar.secret;
    }
    m_net = std::move(net);
    m_live = std::make_unique<integrations::TraccarLive>(*m_net, config);
    m_recorder = std::make_unique<integrations::PositionRecorder>(m_db);
    m_recorder->attach(m_live.get());
    connect(m_live.get(), &integrations::TraccarLive::positionsReceived, this, &LivePositions::ingest);
    connect(
        m_live.get(), &integrations::TraccarLive::stateChanged, this, [this](integrations::TraccarLive::State state) {
            const bool connected = state == integrations::TraccarLive::State::Connected;
            if (connected == m_connected)
                return;
            m_connected = connected;
            emit connectedChanged(connected);
        });
    reloadDevices();
    m_live->start();
    log::get("gps")->info("following Traccar live positions in this process");
    return success();
}

void LivePositions::stop()
{
    if (!m_live)
        return;
    m_live->stop();
    m_recorder->flush(); // the write runs on the DB executor; the recorder's callback is dropped with it
    m_live.reset();
    m_recorder.reset();
    m_net->shutdown();
    m_net.reset();
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
}

void LivePositions::reloadDevices()
{
    QPointer<LivePositions> self(this);
    m_db.run([](db::PgConnection &c) { return integrations::PositionRepository(c).trackingWindows(); })
        .then(this, [self](const Result<QList<integrations::TrackingWindow>> &r) {
            if (!self)
                return;
            if (!r.ok()) {
                log::get("gps")->warn("technicians' Traccar devices and shifts not read: {}", r.error().detail);
                return;
            }
            self->applyWindows(r.value());
            emit self->devicesLoaded();
        });
}

void LivePositions::applyWindows(const QList<integrations::TrackingWindow> &windows)
{
    const QHash<qint64, qint64> before = std::exchange(m_technicianOfDevice, {});
    m_windowOfDevice.clear();
    for (const integrations::TrackingWindow &w : windows) {
        m_technicianOfDevice.insert(w.deviceId, w.technicianId);
        if (w.from.isValid())
            m_windowOfDevice.insert(w.deviceId, {w.from, w.to});
    }
    m_windowsDay = localDay(QDateTime::currentDateTimeUtc());
    // A shown position no longer inside its (new) window, or whose device changed hands, leaves the map.
    for (auto it = m_byDevice.begin(); it != m_byDevice.end();) {
        const qint64 technician = m_technicianOfDevice.value(it.key(), 0);
        const auto window = m_windowOfDevice.constFind(it.key());
        const bool keep = technician != 0 && technician == before.value(it.key(), 0)
            && window != m_windowOfDevice.cend() && it->at >= window->first && it->at <= window->second;
        if (keep) {
            ++it;
            continue;
        }
        if (const qint64 was = before.value(it.key(), 0); was != 0)
            emit positionRemoved(was);
        it = m_byDevice.erase(it);
    }
    armShiftTimer();
    if (!m_early.isEmpty())
        ingest(std::exchange(m_early, {}));
}

void LivePositions::armShiftTimer()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 ms = kMaxTimerMs;
    for (auto it = m_byDevice.cbegin(); it != m_byDevice.cend(); ++it) {
        const auto window = m_windowOfDevice.constFind(it.key());
        if (window != m_windowOfDevice.cend())
            ms = std::min(ms, now.msecsTo(window->second) + 1);
    }
    m_shiftTimer.start(int(std::clamp<qint64>(ms, 0, kMaxTimerMs)));
}

void LivePositions::dropEnded(const QDateTime &now)
{
    for (auto it = m_byDevice.begin(); it != m_byDevice.end();) {
        const auto window = m_windowOfDevice.constFind(it.key());
        if (window != m_windowOfDevice.cend() && now <= window->second) {
            ++it;
            continue;
        }
        const qint64 technician = m_technicianOfDevice.value(it.key(), 0);
        it = m_byDevice.erase(it);
        if (technician != 0)
            emit positionRemoved(technician);
    }
}

void LivePositions::ingest(const QList<integrations::TraccarPosition> &positions)
{
    if (!m_windowsDay.isValid()) { // the devices and shifts are not read yet
        m_early += positions;
        if (m_early.size() > kMaxEarly)
            m_early.remove(0, m_early.size() - kMaxEarly);
        return;
    }
    bool added = false;
    for (const integrations::TraccarPosition &t : positions) {
        if (!t.valid || !t.fixTime.isValid())
            continue;
        const qint64 technician = m_technicianOfDevice.value(t.deviceId, 0);
        const auto window = m_windowOfDevice.constFind(t.deviceId);
        const QDateTime at = t.fixTime.toUTC();
        if (technician == 0 || window == m_windowOfDevice.cend() || at < window->first || at > window->second)
            continue; // Law 25: not shown outside the technician's shift
        const auto known = m_byDevice.constFind(t.deviceId);
        if (known != m_byDevice.cend() && known->at >= at)
            continue;
        added = added || known == m_byDevice.cend();
        Position p;
        p.point = GeoPoint{t.latitude, t.longitude};
        p.at = at;
        p.speedKmh = t.speedKmh();
        m_byDevice.insert(t.deviceId, p);
        emit positionChanged(technician, t.deviceId, p);
    }
    if (added)
        armShiftTimer();
}

QFuture<Result<QList<Position>>> LivePositions::todayTrack(qint64 technicianId) const
{
    return m_db.run([technicianId](db::PgConnection &c) -> Result<QList<Position>> {
        auto rows = integrations::PositionRepository(c).todayTrack(technicianId);
        if (!rows.ok())
            return rows.error();
        QList<Position> out;
        out.reserve(rows->size());
        for (const integrations::StoredPosition &s : rows.value()) {
            Position p;
            p.point = GeoPoint{s.latitude, s.longitude};
            p.at = s.fixTime;
            p.speedKmh = s.speedKmh;
            out << p;
        }
        return out;
    });
}

QHash<qint64, Position> LivePositions::snapshot() const
{
    QHash<qint64, Position> out; // m_byDevice holds only technicians' in-window positions
    out.reserve(m_byDevice.size());
    for (auto it = m_byDevice.cbegin(); it != m_byDevice.cend(); ++it)
        out.insert(m_technicianOfDevice.value(it.key()), it.value());
    return out;
}

std::optional<Position> LivePositions::latest(qint64 technicianId) const
{
    for (auto it = m_technicianOfDevice.cbegin(); it != m_technicianOfDevice.cend(); ++it) {
        if (it.value() != technicianId)
            continue;
        const auto p = m_byDevice.constFind(it.key());
        if (p != m_byDevice.cend())
            return *p;
    }
    return std::nullopt;
}

} // namespace ops::dispatch
