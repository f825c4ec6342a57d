#include "core/integrations/PositionRecorder.h"

#include <QPointer>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/integrations/GpsPrivacyRepository.h"
#include "core/integrations/PositionRepository.h"
#include "core/integrations/TraccarLive.h"
#include "core/logging/Logger.h"

namespace ops::integrations {

PositionRecorder::PositionRecorder(DbExecutor &db, QObject *parent)
    : PositionRecorder(db, Options(), parent)
{}

PositionRecorder::PositionRecorder(DbExecutor &db, Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
{
    m_flushTimer.setInterval(m_options.flushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &PositionRecorder::flush);
    m_flushTimer.start();
    m_pruneTimer.setInterval(m_options.pruneMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, &PositionRecorder::prune);
    m_pruneTimer.start();
}

PositionRecorder::~PositionRecorder() = default;

void PositionRecorder::attach(TraccarLive *live)
{
    connect(live, &TraccarLive::positionsReceived, this, &PositionRecorder::record);
}

void PositionRecorder::record(const QList<TraccarPosition> &positions)
{
    m_buffer += positions;
    const qsizetype cap = qsizetype(m_options.maxBuffered) * 10;
    if (m_buffer.size() > cap) {
        log::get("gps")->warn(
            "position buffer full (database unavailable?): {} oldest positions dropped", m_buffer.size() - cap);
        m_buffer.remove(0, m_buffer.size() - cap);
    }
    if (m_buffer.size() >= m_options.maxBuffered)
        flush();
}

void PositionRecorder::flush()
{
    if (m_writing || m_buffer.isEmpty())
        return;
    m_writing = true;
    const QList<TraccarPosition> batch = std::exchange(m_buffer, {});
    QPointer<PositionRecorder> self(this);
    m_db.run([batch](db::PgConnection &c) { return PositionRepository(c).store(batch); })
        .then(this, [self, batch](const Result<StoreOutcome> &r) {
            if (!self)
                return;
            self->m_writing = false;
            if (r.ok()) {
                self->m_stored += r->inserted;
                self->m_dropped += r->outsideShift;
                if (r->outsideShift > 0)
                    log::get("gps")->debug("{} position(s) outside a technician's shift not kept", r->outsideShift);
                emit self->flushed(r->inserted);
            } else {
                ++self->m_failures;
                self->m_buffer = batch + self->m_buffer; // kept for the next flush
                log::get("gps")->warn("positions not stored ({}): {}", batch.size(), r.error().detail);
                emit self->storeFailed(r.error().userMessage);
            }
        });
}

void PositionRecorder::prune()
{
    QPointer<PositionRecorder> self(this);
    const int days = m_options.retentionDays;
    const int perDevice = m_options.maxRowsPerDevice;
    m_db.run([days, perDevice](db::PgConnection &c) -> Result<qint64> {
            int retention = days;
            if (retention == 0) { // the company setting
                auto settings = GpsPrivacyRepository(c).load();
                if (!settings.ok())
                    return settings.error();
                retention = settings->retentionDays;
            }
            return PositionRepository(c).prune(retention, perDevice);
        })
        .then(this, [self](const Result<qint64> &r) {
            if (!self)
                return;
            if (r.ok())
                self->m_pruned += r.value();
            else
                log::get("gps")->warn("position retention not applied: {}", r.error().detail);
        });
}

} // namespace ops::integrations
