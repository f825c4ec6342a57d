// DispatchBoardWidget's writes: a drop, a keyboard move or a menu action applied at once (optimistic), written with
// the version it was based on, rolled back on a refusal or a stale version; undo; and the live refresh of changed
// jobs.
#include <algorithm>

#include <QAction>
#include <QMenu>
#include <QTableView>

#include "core/concurrency/Async.h"
#include "core/live/ChangeFeed.h"
#include "ui/common/MessageBanner.h"
#include "ui/dispatch/DispatchBoardWidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

bool DispatchBoardWidget::refusedReadOnly()
{
    if (!m_readOnly)
        return false;
    showRefusal(m_readOnlyReason.isEmpty() ? tr("The board is read-only for your role.") : m_readOnlyReason);
    return true;
}

void DispatchBoardWidget::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_timeline->setReadOnly(readOnly);
    m_queueView->setDragEnabled(!readOnly);
}

void DispatchBoardWidget::onDrop(const Slot &slot, DispatchTimeline::DropKind kind)
{
    const Job *job = m_board.job(slot.jobId);
    if (!job)
        return;
    UndoStep inverse;
    inverse.jobId = job->id;
    if (kind == DispatchTimeline::DropKind::Crew) {
        inverse.kind = UndoStep::Kind::RemoveCrew;
        inverse.technicianId = slot.technicianId;
    } else if (!job->scheduled() || job->status == JobStatus::Unscheduled) {
        inverse.kind = UndoStep::Kind::Unassign;
    } else {
        inverse.kind = UndoStep::Kind::Assign;
        inverse.slot = Slot{job->id, job->leadTechnicianId, job->start, job->durationMin, false};
    }
    place(slot, inverse);
}

void DispatchBoardWidget::place(const Slot &slot, std::optional<UndoStep> inverse)
{
    if (refusedReadOnly())
        return;
    if (!m_api)
        return;
    Job *job = m_board.job(slot.jobId);
    if (!job)
        return;
    const Job before = *job;
    // Optimistic: paint it where it was dropped now; the write confirms or rolls back.
    if (slot.crew) {
        if (!job->hasTechnician(slot.technicianId))
            job->crew << slot.technicianId;
    } else {
        job->crew.removeAll(slot.technicianId);
        job->leadTechnicianId = slot.technicianId;
        job->start = slot.start;
        if (slot.durationMin > 0)
            job->durationMin = slot.durationMin;
        if (job->status == JobStatus::Unscheduled)
            job->status = JobStatus::Scheduled;
    }
    boardEdited(rowsOf(before) << slot.technicianId);
    m_timeline->setSelection(slot.jobId, slot.crew ? slot.technicianId : job->leadTechnicianId);
    m_timeline->viewport()->repaint(); // the optimistic state is on screen before the write leaves
    send(slot.jobId, m_api->assign(slot, before.version), before, inverse);
}

bool DispatchBoardWidget::requestAssign(const Slot &slot)
{
    if (refusedReadOnly())
        return false;
    if (!m_api || !m_board.job(slot.jobId) || !m_board.technician(slot.technicianId))
        return false;
    const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::FromQueue);
    if (!state.allowed) {
        showRefusal(state.text);
        return false;
    }
    if (state.warning)
        m_banner->showWarning(state.text);
    onDrop(slot, DispatchTimeline::DropKind::FromQueue);
    m_timeline->ensureVisible(slot.jobId, slot.technicianId);
    return true;
}

void DispatchBoardWidget::requestUnassign(qint64 jobId)
{
    if (refusedReadOnly())
        return;
    Job *job = m_board.job(jobId);
    if (!job || !m_api || !job->scheduled())
        return;
    if (job->pinned) {
        showRefusal(tr("%1 is pinned: unpin it before sending it back to the queue.").arg(job->code));
        return;
    }
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Assign;
    inverse.jobId = jobId;
    inverse.slot = Slot{jobId, before.leadTechnicianId, before.start, before.durationMin, false};
    job->leadTechnicianId = 0;
    job->crew.clear();
    job->start = QDateTime();
    job->status = JobStatus::Unscheduled;
    m_timeline->setSelection(jobId, 0);
    boardEdited(rowsOf(before));
    send(jobId, m_api->unassign(jobId, before.version), before, inverse);
}

void DispatchBoardWidget::requestPin(qint64 jobId, bool pinned)
{
    if (refusedReadOnly())
        return;
    Job *job = m_board.job(jobId);
    if (!job || !m_api || job->pinned == pinned)
        return;
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Pin;
    inverse.jobId = jobId;
    inverse.pinned = before.pinned;
    job->pinned = pinned;
    boardEdited(rowsOf(before));
    send(jobId, m_api->setPinned(jobId, pinned, before.version), before, inverse);
}

void DispatchBoardWidget::requestRemoveCrew(qint64 jobId, qint64 technicianId)
{
    if (refusedReadOnly())
        return;
    Job *job = m_board.job(jobId);
    if (!job || !m_api || !job->crew.contains(technicianId))
        return;
    const Job before = *job;
    UndoStep inverse;
    inverse.kind = UndoStep::Kind::Assign;
    inverse.jobId = jobId;
    inverse.slot = Slot{jobId, technicianId, before.start, 0, true};
    job->crew.removeAll(technicianId);
    boardEdited(rowsOf(before));
    send(jobId, m_api->removeCrewMember(jobId, technicianId, before.version), before, inverse);
}

void DispatchBoardWidget::send(
    qint64 jobId, QFuture<DispatchWriteResult> future, const Job &before, std::optional<UndoStep> inverse)
{
    ++m_pendingWrites;
    ++m_inFlight[jobId];
    ops::runThen(future, this, [this, jobId, before, inverse](const DispatchWriteResult &r) {
        --m_pendingWrites;
        if (--m_inFlight[jobId] <= 0)
            m_inFlight.remove(jobId);
        if (r.ok()) {
            replaceJob(r.value());
            if (inverse) {
                m_undo << *inverse;
                m_undo.last().afterVersion = r.value().version;
                if (m_undo.size() > 50)
                    m_undo.removeFirst();
            }
            m_undoAction->setEnabled(!m_undo.isEmpty());
            emit writeFinished(true);
            return;
        }
        if (r.isStale()) {
            // Someone else changed it: show the job as it now is, never overwrite silently.
            replaceJob(r.current ? *r.current : before);
            m_banner->showWarning(tr("Not saved: %1.").arg(r.error().userMessage));
        } else {
            replaceJob(before);
            if (r.isRefused()) {
                QStringList lines;
                for (const Violation &v : r.violations)
                    if (v.hard)
                        lines << v.message;
                showRefusal(lines.join(QLatin1Char('\n')));
            } else {
                m_banner->showError(tr("Not saved: %1").arg(r.error().userMessage));
            }
        }
        emit writeFinished(false);
    });
}

void DispatchBoardWidget::showRefusal(const QString &text)
{
    m_banner->showError(tr("Refused: %1").arg(text));
}

void DispatchBoardWidget::undo()
{
    if (refusedReadOnly())
        return;
    if (m_undo.isEmpty() || !m_api)
        return;
    const UndoStep step = m_undo.takeLast();
    m_undoAction->setEnabled(!m_undo.isEmpty());
    Job *job = m_board.job(step.jobId);
    if (!job) {
        m_banner->showWarning(tr("The job is no longer on the board: nothing to undo."));
        return;
    }
    if (job->version != step.afterVersion) {
        // Someone changed it after us: undoing now would overwrite their change without them knowing.
        m_banner->showWarning(tr("%1 was changed by someone else since: nothing undone.").arg(job->code));
        return;
    }
    switch (step.kind) {
    case UndoStep::Kind::Assign:
        place(step.slot, std::nullopt);
        break;
    case UndoStep::Kind::Unassign: {
        const Job before = *job;
        job->leadTechnicianId = 0;
        job->crew.clear();
        job->start = QDateTime();
        job->status = JobStatus::Unscheduled;
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->unassign(step.jobId, before.version), before, std::nullopt);
        break;
    }
    case UndoStep::Kind::Pin: {
        const Job before = *job;
        job->pinned = step.pinned;
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->setPinned(step.jobId, step.pinned, before.version), before, std::nullopt);
        break;
    }
    case UndoStep::Kind::RemoveCrew: {
        const Job before = *job;
        job->crew.removeAll(step.technicianId);
        boardEdited(rowsOf(before));
        send(step.jobId, m_api->removeCrewMember(step.jobId, step.technicianId, before.version), before, std::nullopt);
        break;
    }
    }
}

void DispatchBoardWidget::onKeyMove(qint64 jobId, qint64 technicianId, int minutes, int rows)
{
    const Job *job = m_board.job(jobId);
    if (!job || !job->scheduled())
        return;
    Slot slot{jobId, job->leadTechnicianId, job->start.addSecs(qint64(minutes) * 60), job->durationMin, false};
    if (rows != 0) {
        const QList<DispatchTimeline::Row> &all = m_timeline->rows();
        qsizetype at = -1;
        const qint64 from = technicianId ? technicianId : job->leadTechnicianId;
        for (qsizetype i = 0; i < all.size(); ++i)
            if (all.at(i).technicianId == from)
                at = i;
        if (at < 0)
            return;
        qsizetype i = at + rows;
        while (i >= 0 && i < all.size() && !all.at(i).technicianId)
            i += rows > 0 ? 1 : -1;
        if (i < 0 || i >= all.size())
            return;
        slot.technicianId = all.at(i).technicianId;
    }
    const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Move);
    if (!state.allowed) {
        showRefusal(state.text);
        return;
    }
    if (state.warning)
        m_banner->showWarning(state.text);
    onDrop(slot, DispatchTimeline::DropKind::Move);
    m_timeline->ensureVisible(jobId, slot.technicianId);
}

void DispatchBoardWidget::onKeyResize(qint64 jobId, int minutes)
{
    const Job *job = m_board.job(jobId);
    if (!job || !job->scheduled())
        return;
    const int duration = job->durationMin + minutes;
    if (duration < DispatchTimeline::kSnapMin)
        return;
    const Slot slot{jobId, job->leadTechnicianId, job->start, duration, false};
    const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Resize);
    if (!state.allowed) {
        showRefusal(state.text);
        return;
    }
    onDrop(slot, DispatchTimeline::DropKind::Resize);
}

void DispatchBoardWidget::onContextMenu(qint64 jobId, qint64 technicianId, const QPoint &globalPos)
{
    const Job *job = m_board.job(jobId);
    if (!job)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(job->code), this, [this, jobId] { emit jobActivated(jobId); });
    menu.addAction(job->pinned ? tr("Unpin") : tr("Pin"), this,
        [this, jobId, pinned = job->pinned] { requestPin(jobId, !pinned); });
    if (job->scheduled() && !job->pinned)
        menu.addAction(tr("Back to the queue"), this, [this, jobId] { requestUnassign(jobId); });
    if (technicianId && job->crew.contains(technicianId)) {
        const Technician *t = m_board.technician(technicianId);
        menu.addAction(tr("Remove %1 from the crew").arg(t ? t->name : QString()), this,
            [this, jobId, technicianId] { requestRemoveCrew(jobId, technicianId); });
    }
    if (job->scheduled()) {
        QMenu *crew = menu.addMenu(tr("Add a crew member"));
        for (const DispatchTimeline::Row &row : m_timeline->rows()) {
            const Technician *t = m_board.technician(row.technicianId);
            if (!t || job->hasTechnician(t->id))
                continue;
            const Slot slot{jobId, t->id, job->start, 0, true};
            const auto state = DispatchTimeline::evaluate(m_board, m_index, slot, DispatchTimeline::DropKind::Crew);
            QAction *a =
                crew->addAction(t->name, this, [this, slot] { onDrop(slot, DispatchTimeline::DropKind::Crew); });
            a->setEnabled(state.allowed);
            if (!state.allowed)
                a->setToolTip(state.text);
        }
        crew->setToolTipsVisible(true);
    }
    menu.exec(globalPos);
}

void DispatchBoardWidget::replaceJob(const Job &job)
{
    Job *mine = m_board.job(job.id);
    QList<qint64> rows = rowsOf(job);
    if (mine)
        rows << rowsOf(*mine);
    rows << 0; // never empty: only these rows are painted again
    if (job.status == JobStatus::Unscheduled || (mine && mine->status == JobStatus::Unscheduled))
        m_queued.clear(); // a queue row changed: rebuild the queue
    const bool belongs = !job.scheduled() ? job.status == JobStatus::Unscheduled
                                          : localDay(job.start) >= m_board.from && localDay(job.start) <= m_board.to;
    if (mine && belongs) {
        *mine = job;
    } else if (mine) {
        removeJob(job.id);
        return;
    } else if (belongs) {
        m_board.jobs << job;
        m_board.reindex();
    }
    boardEdited(rows);
}

void DispatchBoardWidget::removeJob(qint64 jobId)
{
    const auto it =
        std::find_if(m_board.jobs.begin(), m_board.jobs.end(), [jobId](const Job &j) { return j.id == jobId; });
    if (it == m_board.jobs.end())
        return;
    QList<qint64> rows = rowsOf(*it);
    rows << 0;
    m_board.jobs.erase(it);
    m_board.reindex();
    if (m_timeline->selectedJob() == jobId)
        m_timeline->setSelection(0, m_timeline->selectedTechnician());
    boardEdited(rows);
}

void DispatchBoardWidget::onChange(const ops::live::Change &change)
{
    if (!m_api)
        return;
    if (change.table == QLatin1String("technician_absences") || change.table == QLatin1String("dispatch_technicians")
        || change.table == QLatin1String("technician_tags") || change.table == QLatin1String("dispatch_settings")) {
        reload();
        return;
    }
    if (change.table != QLatin1String("dispatch_jobs") && change.table != QLatin1String("job_technicians"))
        return;
    if (change.many() || change.table != QLatin1String("dispatch_jobs")) {
        reload();
        return;
    }
    const QList<qint64> ids = change.ids;
    ops::runThen(m_api->jobs(ids), this, [this, ids](const ops::Result<QList<Job>> &r) {
        if (!r.ok())
            return; // the next change or reload brings them
        QSet<qint64> seen;
        for (const Job &j : r.value()) {
            seen.insert(j.id);
            if (m_inFlight.contains(j.id))
                continue; // our own write brings it back
            const Job *mine = m_board.job(j.id);
            if (mine && mine->version > j.version)
                continue; // older than what we have
            replaceJob(j);
        }
        for (qint64 id : ids)
            if (!seen.contains(id) && !m_inFlight.contains(id))
                removeJob(id);
        updateMap();
    });
}
