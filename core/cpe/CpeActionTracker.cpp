#include "core/cpe/CpeActionTracker.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include "core/concurrency/Async.h"
#include "core/cpe/CpeApi.h"
#include "core/integrations/GenieAcsClient.h"
#include "core/outbox/OutboxTypes.h"

using namespace Qt::StringLiterals;

namespace ops::cpe {

namespace {

QString faultText(const QJsonObject &fault)
{
    const QString code = fault.value(u"code").toString();
    const QString message = fault.value(u"message").toString();
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : u"%1: %2"_s.arg(code, message);
}

} // namespace

CpeActionTracker::CpeActionTracker(CpeApi &api, const CpeActionQueued &queued, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_queued(queued)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CpeActionTracker::poll);
}

CpeActionTracker::~CpeActionTracker() = default;

void CpeActionTracker::setIntervals(int outboxMs, int taskMs)
{
    m_outboxMs = qMax(10, outboxMs);
    m_taskMs = qMax(10, taskMs);
}

void CpeActionTracker::start()
{
    set(CpeFollowState::Phase::Queued);
    poll();
}

void CpeActionTracker::schedule(int ms)
{
    if (!m_state.finished() && m_state.phase != CpeFollowState::Phase::Fault)
        m_timer->start(ms);
}

void CpeActionTracker::set(CpeFollowState::Phase phase, const QString &text)
{
    if (m_state.phase == phase && m_state.text == text)
        return;
    m_state.phase = phase;
    m_state.text = text;
    emit changed(m_state);
}

void CpeActionTracker::poll()
{
    if (m_inFlight || m_state.finished())
        return;
    if (m_state.phase == CpeFollowState::Phase::Queued || m_state.phase == CpeFollowState::Phase::Sending)
        pollOutbox();
    else
        pollTasks();
}

void CpeActionTracker::pollOutbox()
{
    m_inFlight = true;
    runThen(m_api.outboxRow(m_queued.outboxId), this, [this](const Result<outbox::OutboxItem> &row) {
        m_inFlight = false;
        if (!row.ok()) {
            m_state.text = row.error().userMessage; // said, and read again at the next tick
            emit changed(m_state);
            schedule(m_outboxMs);
            return;
        }
        const outbox::OutboxItem &item = row.value();
        switch (item.status) {
        case outbox::OutboxStatus::Pending:
            set(CpeFollowState::Phase::Queued, item.lastError);
            break;
        case outbox::OutboxStatus::Sending:
            set(CpeFollowState::Phase::Sending);
            break;
        case outbox::OutboxStatus::Sent:
            m_state.taskId = item.providerRef;
            if (item.lastHttpStatus == 202) {
                set(CpeFollowState::Phase::WaitingDevice);
                schedule(m_taskMs);
                return;
            }
            finish();
            return;
        case outbox::OutboxStatus::Failed:
        case outbox::OutboxStatus::Ambiguous:
        case outbox::OutboxStatus::Cancelled:
            set(CpeFollowState::Phase::Failed,
                item.lastError.isEmpty()
                    ? QCoreApplication::translate("ops::cpe", "The task was not sent (outbox item %1).").arg(item.id)
                    : item.lastError);
            return;
        }
        schedule(m_outboxMs);
    });
}

void CpeActionTracker::pollTasks()
{
    m_inFlight = true;
    runThen(
        m_api.pendingTasks(m_queued.deviceId), this, [this](const Result<QList<integrations::CpePendingTask>> &tasks) {
            m_inFlight = false;
            if (!tasks.ok()) {
                m_state.text = tasks.error().userMessage;
                emit changed(m_state);
                schedule(m_taskMs);
                return;
            }
            for (const integrations::CpePendingTask &t : tasks.value()) {
                if (!m_state.taskId.isEmpty() && t.id != m_state.taskId)
                    continue;
                const QJsonObject fault = t.raw.value(u"fault").toObject();
                if (!fault.isEmpty()) {
                    set(CpeFollowState::Phase::Fault, faultText(fault));
                    return;
                }
                set(CpeFollowState::Phase::WaitingDevice);
                schedule(m_taskMs);
                return;
            }
            finish(); // the task is gone from GenieACS: it ran
        });
}

void CpeActionTracker::finish()
{
    if (m_queued.action != CpeAction::Refresh || m_queued.serial.isEmpty()) {
        set(CpeFollowState::Phase::Done);
        return;
    }
    m_inFlight = true;
    runThen(m_api.refreshStore(m_queued.serial), this, [this](const Result<CpeSyncReport> &r) {
        m_inFlight = false;
        // The task ran; a failed read of the device is said but does not undo that.
        set(CpeFollowState::Phase::Done, r.ok() ? QString() : r.error().userMessage);
    });
}

void CpeActionTracker::retry()
{
    if (m_state.phase != CpeFollowState::Phase::Fault || m_state.taskId.isEmpty() || m_inFlight)
        return;
    m_inFlight = true;
    runThen(m_api.retryTask(m_state.taskId), this, [this](const Status &s) {
        m_inFlight = false;
        if (!s.ok()) {
            m_state.text = s.error().userMessage;
            emit changed(m_state);
            return;
        }
        set(CpeFollowState::Phase::WaitingDevice);
        schedule(m_taskMs);
    });
}

void CpeActionTracker::deleteTask()
{
    if (m_state.phase != CpeFollowState::Phase::Fault || m_state.taskId.isEmpty() || m_inFlight)
        return;
    m_inFlight = true;
    runThen(m_api.deleteTask(m_state.taskId), this, [this](const Status &s) {
        m_inFlight = false;
        if (!s.ok()) {
            m_state.text = s.error().userMessage;
            emit changed(m_state);
            return;
        }
        set(CpeFollowState::Phase::Deleted);
    });
}

} // namespace ops::cpe
