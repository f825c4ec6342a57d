#include "ui/dispatch/OnMyWayAction.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/dispatch/OnMyWayApi.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"

using namespace ops::dispatch;

namespace {

constexpr int kRefreshMs = 60 * 1000;

QString clock(const QDateTime &utc)
{
    return utc.toTimeZone(boardZone()).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

OnMyWayAction::OnMyWayAction(OnMyWayApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_eta(new QLabel(this))
    , m_slip(new QLabel(this))
    , m_send(new QPushButton(tr("On my way"), this))
    , m_banner(new MessageBanner(this))
    , m_timer(new QTimer(this))
{
    m_eta->setTextFormat(Qt::PlainText);
    m_eta->setWordWrap(true);
    m_slip->setTextFormat(Qt::PlainText);
    m_slip->setWordWrap(true);
    m_slip->setStyleSheet(Theme::styled(u"color: @TextWarning; font-weight: 600;"));
    m_slip->hide();
    m_banner->hide();
    m_send->setEnabled(false);
    m_send->setToolTip(tr("Sends the customer an SMS with the technician's name and arrival time."));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_eta, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_slip);
    layout->addWidget(m_banner);

    connect(m_send, &QPushButton::clicked, this, &OnMyWayAction::send);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &OnMyWayAction::refresh);
    showNoEta(tr("No job selected."));
}

OnMyWayAction::~OnMyWayAction() = default;

bool OnMyWayAction::wantsEta() const
{
    return m_job.id != 0 && m_job.leadTechnicianId != 0
        && (m_job.status == JobStatus::EnRoute || m_job.status == JobStatus::Dispatched);
}

void OnMyWayAction::setJob(const Job &job)
{
    const bool sameJob = job.id == m_job.id;
    m_job = job;
    ++m_generation;
    if (!sameJob) {
        m_banner->dismiss();
        m_banner->hide();
        setSlipped(false, {});
    }
    if (m_job.id == 0) {
        showNoEta(tr("No job selected."));
        return;
    }
    if (!wantsEta()) {
        m_timer->stop();
        showNoEta(m_job.leadTechnicianId == 0
                ? tr("No ETA: nobody is assigned to %1.").arg(m_job.code)
                : tr("The ETA and the “on my way” SMS are available once %1 is dispatched or en route.")
                      .arg(m_job.code));
        return;
    }
    m_timer->start();
    refresh();
}

void OnMyWayAction::clear()
{
    setJob(Job());
}

void OnMyWayAction::onPositionChanged(qint64 technicianId)
{
    if (technicianId != 0 && technicianId == m_job.leadTechnicianId && wantsEta())
        refresh();
}

void OnMyWayAction::refresh()
{
    if (!m_api || !wantsEta())
        return;
    const quint64 generation = m_generation;
    const qint64 jobId = m_job.id;
    ops::runThen(m_api->preview(jobId), this, [this, generation](const ops::Result<OnMyWayPreview> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            showNoEta(r.error().userMessage);
            return;
        }
        showPreview(r.value());
    });
}

void OnMyWayAction::showNoEta(const QString &why)
{
    m_eta->setText(why);
    m_canSend = false;
    m_send->setText(tr("On my way"));
    m_send->setEnabled(false);
    m_send->setToolTip(why);
}

void OnMyWayAction::showPreview(const OnMyWayPreview &p)
{
    const EtaEstimate &e = p.estimate;
    const int ageMin = int(e.positionAt.secsTo(p.context.now) / 60);
    QString text = tr("ETA %1 (%n min from %2's position of %3)", nullptr, e.minutes)
                       .arg(clock(e.at), p.context.technicianName, clock(e.positionAt));
    if (ageMin >= 30)
        text += QLatin1Char(' ') + tr("— that position is %n minute(s) old.", nullptr, ageMin);
    if (e.announced.isValid())
        text += QLatin1Char('\n') + tr("Announced to the customer: %1.").arg(clock(e.announced));
    m_eta->setText(text);
    // A version read with the ETA is newer than the board's copy (someone else sent or moved it meanwhile).
    if (p.context.version > m_job.version)
        m_job.version = p.context.version;
    if (p.context.status != m_job.status)
        m_job.status = p.context.status;
    setSlipped(e.slipped(), etaSlipText(e));
    m_canSend = p.canSend();
    m_send->setText(p.corrected ? tr("Send corrected SMS") : tr("On my way"));
    m_send->setEnabled(m_canSend && !m_busy);
    m_send->setToolTip(m_canSend ? tr("Sends the customer, in their language: “%1”").arg(p.sms) : p.blocker);
}

void OnMyWayAction::setSlipped(bool slipped, const QString &reason)
{
    const bool changed = slipped != m_slipped || (slipped && reason != m_slip->text());
    m_slipped = slipped;
    m_slip->setText(reason);
    m_slip->setVisible(slipped);
    if (changed && m_job.id != 0)
        emit slipChanged(m_job.id, slipped, slipped ? reason : QString());
}

void OnMyWayAction::send()
{
    if (!m_api || !m_canSend || m_busy || m_job.id == 0)
        return;
    m_busy = true;
    m_send->setEnabled(false);
    const quint64 generation = m_generation;
    const qint64 jobId = m_job.id;
    ops::runThen(m_api->send(jobId, m_job.version), this, [this, generation, jobId](const ops::Result<OnMyWaySent> &r) {
        m_busy = false;
        if (generation != m_generation || jobId != m_job.id) {
            m_send->setEnabled(m_canSend);
            return;
        }
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            m_banner->show();
            m_send->setEnabled(m_canSend);
            refresh(); // a stale version or a changed status: show the job as it now is
            return;
        }
        const OnMyWaySent &s = r.value();
        m_job.version = s.version;
        m_banner->showSuccess(tr("SMS to %1 queued: arrival around %2.").arg(s.to, clock(s.estimate.at)));
        m_banner->show();
        emit sent(jobId, s.version);
        refresh();
    });
}
