#include "core/dispatch/LivePositions.h"

#include <QPointer>

#include "core/concurrency/DbExecutor.h"
#include "core/dispatch/OnMyWayRepository.h"
#include "core/integrations/PositionRecorder.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/TraccarClient.h"
#include "core/integrations/TraccarLive.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"

namespace ops::dispatch {

LivePositions::LivePositions(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

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
    m_db.run([](db::PgConnection &c) { return OnMyWayRepository(c).technicianDevices(); })
        .then(this, [self](const Result<QHash<qint64, qint64>> &r) {
            if (!self)
                return;
            if (!r.ok()) {
                log::get("gps")->warn("technicians' Traccar devices not read: {}", r.error().detail);
                return;
            }
            self->m_technicianOfDevice = r.value();
            emit self->devicesLoaded();
        });
}

void LivePositions::ingest(const QList<integrations::TraccarPosition> &positions)
{
    for (const integrations::TraccarPosition &t : positions) {
        if (!t.valid || !t.fixTime.isValid())
            continue;
        const auto known = m_byDevice.constFind(t.deviceId);
        if (known != m_byDevice.cend() && known->at >= t.fixTime)
            continue;
        Position p;
        p.point = GeoPoint{t.latitude, t.longitude};
        p.at = t.fixTime.toUTC();
        p.speedKmh = t.speedKmh();
        m_byDevice.insert(t.deviceId, p);
        emit positionChanged(m_technicianOfDevice.value(t.deviceId, 0), t.deviceId, p);
    }
}

QHash<qint64, Position> LivePositions::snapshot() const
{
    QHash<qint64, Position> out;
    out.reserve(m_byDevice.size());
    for (auto it = m_byDevice.cbegin(); it != m_byDevice.cend(); ++it) {
        const qint64 technician = m_technicianOfDevice.value(it.key(), 0);
        if (technician != 0)
            out.insert(technician, it.value());
    }
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
