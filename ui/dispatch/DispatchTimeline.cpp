#include "ui/dispatch/DispatchTimeline.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchTimelineGeometry.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;
using namespace ops::dispatch::timeline;

namespace {

QList<qint64> decodeJobs(const QMimeData *mime)
{
    QList<qint64> out;
    if (!mime || !mime->hasFormat(QLatin1String(DispatchTimeline::kJobMime)))
        return out;
    const QList<QByteArray> parts = mime->data(QLatin1String(DispatchTimeline::kJobMime)).split(',');
    for (const QByteArray &p : parts) {
        bool ok = false;
        const qint64 id = p.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            out << id;
    }
    return out;
}

} // namespace

DispatchTimeline::DispatchTimeline(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"DispatchTimeline"_s);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAcceptDrops(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Dispatch timeline"));
    setAccessibleDescription(tr("Arrows move the selected job by 15 minutes or to the previous or next technician; "
                                "Shift+arrows change its duration; Enter opens it; P pins it; Delete sends it back "
                                "to the queue."));
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(kRowH);
    setDays(QDate::currentDate(), 1);
}

DispatchTimeline::~DispatchTimeline() = default;

void DispatchTimeline::setBoard(const Board *board, const BoardIndex *index)
{
    m_board = board;
    m_index = index;
    boardChanged();
}

void DispatchTimeline::boardChanged()
{
    if (m_drop.active && m_board && !m_board->job(m_drop.slot.jobId))
        clearDrop();
    invalidate();
}

void DispatchTimeline::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    m_rowTops.clear();
    m_rowTops.reserve(m_rows.size() + 1);
    int y = 0;
    for (const Row &r : std::as_const(m_rows)) {
        m_rowTops << y;
        y += r.technicianId ? kRowH : kGroupH;
    }
    m_rowTops << y;
    updateScrollBars();
    invalidate();
}

void DispatchTimeline::setDays(const QDate &from, int count)
{
    m_from = from;
    m_days = std::max(1, count);
    m_midnights.clear();
    for (int d = 0; d <= m_days; ++d)
        m_midnights << localDayTime(from.addDays(d), 0);
    updateScrollBars();
    invalidate();
}

void DispatchTimeline::setPixelsPerHour(double px)
{
    px = std::clamp(px, 20.0, 480.0);
    if (qFuzzyCompare(px, m_pxPerHour))
        return;
    // Keep the time at the middle of the view where it is.
    const double midX = kNameW + (viewport()->width() - kNameW) / 2.0;
    const double minutesAtMid = (midX - kNameW + horizontalScrollBar()->value()) / pxPerMin();
    m_pxPerHour = px;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(minutesAtMid * pxPerMin() - (midX - kNameW)));
    invalidate();
}

void DispatchTimeline::setColourBy(ColourBy by)
{
    m_colourBy = by;
    invalidate();
}

void DispatchTimeline::setNow(const QDateTime &utc)
{
    m_now = utc;
    invalidate();
}

void DispatchTimeline::setQueueHitTest(std::function<bool(const QPoint &)> test)
{
    m_overQueue = std::move(test);
}

void DispatchTimeline::setSelection(qint64 jobId, qint64 technicianId)
{
    if (jobId == m_selectedJob && technicianId == m_selectedTech)
        return;
    invalidateJob(m_selectedJob);
    invalidateTechnicians({m_selectedTech});
    m_selectedJob = jobId;
    m_selectedTech = technicianId;
    invalidateJob(m_selectedJob);
    invalidateTechnicians({m_selectedTech});
    emit selectionChanged(jobId, technicianId);
}

void DispatchTimeline::ensureVisible(qint64 jobId, qint64 technicianId)
{
    const int row = rowOf(technicianId);
    if (row < 0)
        return;
    const int top = rowTop(row) - verticalScrollBar()->value();
    const int visibleH = viewport()->height() - kHeaderH;
    if (top < 0 || top + rowHeight(row) > visibleH)
        verticalScrollBar()->setValue(rowTop(row) - visibleH / 2);
    if (!m_board)
        return;
    const Job *job = m_board->job(jobId);
    double x = 0;
    if (job && job->scheduled() && xForUtc(job->start, &x)) {
        if (x < kNameW || x > viewport()->width() - 40)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(x - kNameW - 60));
    }
}

int DispatchTimeline::rowTop(int row) const
{
    return m_rowTops.value(row);
}

int DispatchTimeline::rowHeight(int row) const
{
    return m_rows.at(row).technicianId ? kRowH : kGroupH;
}

int DispatchTimeline::rowAt(int y) const
{
    const int content = y - kHeaderH + verticalScrollBar()->value();
    if (y < kHeaderH || content < 0 || m_rowTops.isEmpty() || content >= m_rowTops.last())
        return -1;
    const auto it = std::upper_bound(m_rowTops.cbegin(), m_rowTops.cend(), content);
    return int(it - m_rowTops.cbegin()) - 1;
}

int DispatchTimeline::rowOf(qint64 technicianId) const
{
    if (!technicianId)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).technicianId == technicianId)
            return i;
    return -1;
}

int DispatchTimeline::contentHeight() const
{
    return m_rowTops.isEmpty() ? 0 : m_rowTops.last();
}

int DispatchTimeline::contentWidth() const
{
    return int(std::ceil(m_days * kSpan * pxPerMin()));
}

void DispatchTimeline::updateScrollBars()
{
    const int w = std::max(0, viewport()->width() - kNameW);
    const int h = std::max(0, viewport()->height() - kHeaderH);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth() - w));
    horizontalScrollBar()->setPageStep(w);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight() - h));
    verticalScrollBar()->setPageStep(h);
}

double DispatchTimeline::xForMinute(int day, double minute) const
{
    return kNameW + (day * kSpan + (minute - kFirstMinute)) * pxPerMin() - horizontalScrollBar()->value();
}

bool DispatchTimeline::xForUtc(const QDateTime &utc, double *x) const
{
    if (!utc.isValid() || m_midnights.size() < 2 || utc < m_midnights.first() || utc >= m_midnights.last())
        return false;
    int day = 0;
    while (day + 1 < m_days && utc >= m_midnights.at(day + 1))
        ++day;
    const double minute = m_midnights.at(day).secsTo(utc) / 60.0;
    *x = xForMinute(day, std::clamp(minute, double(kFirstMinute), double(kLastMinute)));
    return true;
}

QDateTime DispatchTimeline::timeAt(double x, bool snap) const
{
    // Minutes from the left edge of the first day shown (a screen position, not a duration to keep).
    double fromStart = (x - kNameW + horizontalScrollBar()->value()) / pxPerMin();
    fromStart = std::clamp(fromStart, 0.0, double(m_days * kSpan - 1));
    const int day = std::clamp(int(fromStart / kSpan), 0, m_days - 1);
    double minute = kFirstMinute + (fromStart - day * kSpan);
    if (snap)
        minute = std::round(minute / kSnapMin) * kSnapMin;
    return m_midnights.at(day).addSecs(qint64(minute * 60));
}

QRectF DispatchTimeline::barRect(const QDateTime &start, const QDateTime &end, int row) const
{
    double x0 = 0;
    double x1 = 0;
    const bool a = xForUtc(start, &x0);
    const bool b = xForUtc(end.addSecs(-1), &x1);
    if (!a && !b)
        return {};
    if (!a)
        x0 = xForMinute(0, kFirstMinute);
    if (!b)
        x1 = xForMinute(m_days - 1, kLastMinute);
    else
        x1 += pxPerMin() / 60.0;
    const double y = kHeaderH + rowTop(row) - verticalScrollBar()->value();
    return QRectF(x0, y + 4, std::max(4.0, x1 - x0), rowHeight(row) - 8);
}

QRect DispatchTimeline::jobRect(qint64 jobId, qint64 technicianId) const
{
    const int row = rowOf(technicianId);
    const Job *job = m_board ? m_board->job(jobId) : nullptr;
    if (row < 0 || !job || !job->scheduled() || !job->hasTechnician(technicianId))
        return {};
    return barRect(job->start, job->end(), row).toAlignedRect().intersected(viewport()->rect());
}

QPoint DispatchTimeline::slotPoint(qint64 technicianId, const QDateTime &start) const
{
    const int row = rowOf(technicianId);
    double x = 0;
    if (row < 0 || !xForUtc(start, &x))
        return {-1, -1};
    const int y = kHeaderH + rowTop(row) - verticalScrollBar()->value() + rowHeight(row) / 2;
    return {int(std::lround(x)), y};
}

DispatchTimeline::Hit DispatchTimeline::hitAt(const QPoint &pos) const
{
    Hit hit;
    const int row = rowAt(pos.y());
    if (row < 0 || !m_board || !m_index)
        return hit;
    hit.technicianId = m_rows.at(row).technicianId;
    if (!hit.technicianId || pos.x() < kNameW)
        return hit;
    for (const BoardIndex::Placed &placed : m_index->row(hit.technicianId)) {
        const QRectF r = barRect(placed.start, placed.end, row);
        if (r.isValid() && r.adjusted(0, 0, 1, 0).contains(pos)) {
            hit.jobId = placed.jobId;
            hit.rightEdge = pos.x() >= r.right() - kEdge;
        }
    }
    return hit;
}

DispatchTimeline::DropState DispatchTimeline::evaluate(
    const Board &board, const BoardIndex &index, const Slot &slot, DropKind kind)
{
    DropState s;
    s.active = true;
    s.slot = slot;
    s.kind = kind;
    const Job *job = board.job(slot.jobId);
    const Technician *tech = board.technician(slot.technicianId);
    if (job && job->pinned && kind != DropKind::Crew) {
        s.allowed = false;
        s.text = tr("%1 is pinned: unpin it before moving it.").arg(job->code);
        s.codes << u"pinned"_s;
        return s;
    }
    if (job && kind == DropKind::Crew && job->hasTechnician(slot.technicianId)) {
        s.allowed = false;
        s.text = tr("%1 is already on %2.").arg(tech ? tech->name : QString(), job->code);
        s.codes << u"crew"_s;
        return s;
    }
    const Verdict v = checkSlot(board, index, slot);
    s.allowed = v.allowed();
    s.warning = v.hasWarnings();
    s.codes = v.codes();
    QString head;
    if (job && tech) {
        const int startMin = localMinutes(kind == DropKind::Crew ? job->start : slot.start);
        const int duration = slot.durationMin > 0 && kind != DropKind::Crew ? slot.durationMin : job->durationMin;
        const QString when = u"%1–%2"_s.arg(hhmm(startMin), hhmm(startMin + duration));
        if (kind == DropKind::Crew)
            head = s.allowed ? tr("Add %1 to %2's crew (%3)").arg(tech->name, job->code, when)
                             : tr("Cannot add %1 to %2's crew").arg(tech->name, job->code);
        else
            head = s.allowed ? tr("%1 to %2 at %3").arg(job->code, tech->name, when)
                             : tr("Cannot place %1 with %2 at %3").arg(job->code, tech->name, when);
    }
    s.text = v.violations.isEmpty() ? head : head + QLatin1Char('\n') + v.summary();
    return s;
}

void DispatchTimeline::updateDrop(const Slot &slot, DropKind kind)
{
    if (!m_board || !m_index)
        return;
    if (m_drop.active && m_drop.kind == kind && m_drop.slot.jobId == slot.jobId
        && m_drop.slot.technicianId == slot.technicianId && m_drop.slot.start == slot.start
        && m_drop.slot.durationMin == slot.durationMin && m_drop.slot.crew == slot.crew)
        return; // same slot: same verdict
    m_drop = evaluate(*m_board, *m_index, slot, kind);
    viewport()->update();
    emit dropIndicatorChanged(m_drop.allowed, m_drop.text);
}

void DispatchTimeline::setPreview(const Slot &slot)
{
    if (!slot.jobId || !m_board || !m_index) {
        if (m_preview.active) {
            m_preview = DropState{};
            viewport()->update();
        }
        return;
    }
    m_preview = evaluate(*m_board, *m_index, slot, DropKind::FromQueue);
    viewport()->update();
    // Into view: the row, and the slot's time.
    const int row = rowOf(slot.technicianId);
    if (row < 0)
        return;
    const int top = rowTop(row) - verticalScrollBar()->value();
    const int visibleH = viewport()->height() - kHeaderH;
    if (top < 0 || top + rowHeight(row) > visibleH)
        verticalScrollBar()->setValue(rowTop(row) - visibleH / 2);
    double x = 0;
    if (xForUtc(slot.start, &x) && (x < kNameW || x > viewport()->width() - 160))
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(x - kNameW - 60));
}

void DispatchTimeline::clearDrop()
{
    if (!m_drop.active)
        return;
    m_drop = DropState{};
    viewport()->update();
}

// ---- interaction ----

void DispatchTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DispatchTimeline::scrollContentsBy(int, int)
{
    invalidate();
}

void DispatchTimeline::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_press = hit;
        setSelection(hit.jobId, hit.technicianId);
        if (hit.jobId && !m_readOnly) {
            m_mode = Mode::Pressed;
            const Job *job = m_board->job(hit.jobId);
            m_grabOffsetSecs = job ? job->start.secsTo(timeAt(event->position().x(), false)) : 0;
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void DispatchTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_mode == Mode::None) {
        const Hit hit = hitAt(pos);
        viewport()->setCursor(hit.jobId && hit.rightEdge ? Qt::SizeHorCursor
                : hit.jobId                              ? Qt::OpenHandCursor
                                                         : Qt::ArrowCursor);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton) || !m_board || !m_index)
        return;
    const Job *job = m_board->job(m_press.jobId);
    if (!job)
        return;
    if (m_mode == Mode::Pressed) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_mode = m_press.rightEdge ? Mode::Resizing : Mode::Moving;
        m_dragAnnounced = job->id;
        emit dragStateChanged(job->id, true);
        viewport()->setCursor(m_mode == Mode::Resizing ? Qt::SizeHorCursor : Qt::ClosedHandCursor);
    }
    if (m_overQueue && m_mode == Mode::Moving && m_overQueue(viewport()->mapToGlobal(pos))) {
        clearDrop();
        const QString text = job->pinned ? tr("%1 is pinned: unpin it before moving it.").arg(job->code)
                                         : tr("Release to send %1 back to the queue.").arg(job->code);
        emit dropIndicatorChanged(!job->pinned, text);
        return;
    }
    Slot slot;
    slot.jobId = job->id;
    if (m_mode == Mode::Resizing) {
        slot.technicianId = job->leadTechnicianId;
        slot.start = job->start;
        const QDateTime end = timeAt(pos.x(), true);
        slot.durationMin = std::max(kSnapMin, int(job->start.secsTo(end) / 60));
        updateDrop(slot, DropKind::Resize);
        return;
    }
    const int row = rowAt(pos.y());
    if (row < 0 || !m_rows.at(row).technicianId || pos.x() < kNameW) {
        clearDrop();
        return;
    }
    slot.technicianId = m_rows.at(row).technicianId;
    const bool crew = event->modifiers() & Qt::ControlModifier;
    if (crew) {
        slot.crew = true;
        slot.start = job->start;
        updateDrop(slot, DropKind::Crew);
        return;
    }
    QDateTime start = timeAt(pos.x(), false).addSecs(-m_grabOffsetSecs);
    const qint64 snap = qint64(kSnapMin) * 60;
    const qint64 secs = m_midnights.first().secsTo(start);
    start = m_midnights.first().addSecs(qint64(std::llround(double(secs) / double(snap))) * snap);
    slot.start = start;
    slot.durationMin = job->durationMin;
    updateDrop(slot, DropKind::Move);
}

void DispatchTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_mode == Mode::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Mode mode = m_mode;
    m_mode = Mode::None;
    viewport()->unsetCursor();
    if (m_dragAnnounced) {
        emit dragStateChanged(std::exchange(m_dragAnnounced, 0), false);
    }
    const qint64 jobId = m_press.jobId;
    m_press = Hit{};
    if (mode == Mode::Pressed)
        return;
    const QPoint global = viewport()->mapToGlobal(event->position().toPoint());
    if (mode == Mode::Moving && m_overQueue && m_overQueue(global)) {
        clearDrop();
        emit unassignRequested(jobId);
        return;
    }
    const DropState drop = m_drop;
    clearDrop();
    if (drop.active && drop.allowed && drop.slot.jobId == jobId)
        emit dropRequested(drop.slot, drop.kind);
    else if (drop.active && !drop.allowed)
        emit dropIndicatorChanged(false, drop.text); // the board shows why nothing happened
}

void DispatchTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.jobId)
        emit jobActivated(hit.jobId);
}

void DispatchTimeline::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (m_selectedJob && plain && m_readOnly && event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_selectedJob && plain) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const int step = event->key() == Qt::Key_Left ? -kSnapMin : kSnapMin;
            if (shift)
                emit keyResizeRequested(m_selectedJob, step);
            else
                emit keyMoveRequested(m_selectedJob, m_selectedTech, step, 0);
            event->accept();
            return;
        }
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (!shift) {
                emit keyMoveRequested(m_selectedJob, m_selectedTech, 0, event->key() == Qt::Key_Up ? -1 : 1);
                event->accept();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            emit jobActivated(m_selectedJob);
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            emit unassignRequested(m_selectedJob);
            event->accept();
            return;
        case Qt::Key_P:
            emit pinToggleRequested(m_selectedJob);
            event->accept();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Escape && m_mode != Mode::None) {
        m_mode = Mode::None;
        clearDrop();
        if (m_dragAnnounced)
            emit dragStateChanged(std::exchange(m_dragAnnounced, 0), false);
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DispatchTimeline::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitAt(event->pos());
    if (hit.technicianId)
        setSelection(hit.jobId, hit.technicianId);
    emit contextMenuRequested(hit.jobId, hit.technicianId, event->globalPos());
}

void DispatchTimeline::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && !decodeJobs(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DispatchTimeline::dragMoveEvent(QDragMoveEvent *event)
{
    const QList<qint64> ids = decodeJobs(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (ids.isEmpty() || row < 0 || !m_rows.at(row).technicianId || pos.x() < kNameW || !m_board) {
        clearDrop();
        event->ignore();
        return;
    }
    const Job *job = m_board->job(ids.first());
    if (!job) {
        clearDrop();
        event->ignore();
        return;
    }
    if (m_dragAnnounced != job->id) {
        m_dragAnnounced = job->id;
        emit dragStateChanged(job->id, true);
    }
    Slot slot;
    slot.jobId = job->id;
    slot.technicianId = m_rows.at(row).technicianId;
    slot.start = timeAt(pos.x(), true);
    slot.durationMin = job->durationMin;
    updateDrop(slot, DropKind::FromQueue);
    // Accepted even when refused, so the drop shows why (nothing is written for a refused slot).
    event->acceptProposedAction();
}

void DispatchTimeline::dragLeaveEvent(QDragLeaveEvent *)
{
    clearDrop();
    if (m_dragAnnounced)
        emit dragStateChanged(std::exchange(m_dragAnnounced, 0), false);
}

void DispatchTimeline::dropEvent(QDropEvent *event)
{
    const DropState drop = m_drop;
    clearDrop();
    if (m_dragAnnounced)
        emit dragStateChanged(std::exchange(m_dragAnnounced, 0), false);
    const QList<qint64> ids = decodeJobs(event->mimeData());
    if (ids.isEmpty() || !drop.active || drop.slot.jobId != ids.first()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (drop.allowed)
        emit dropRequested(drop.slot, DropKind::FromQueue);
    else
        emit dropIndicatorChanged(false, drop.text);
}

bool DispatchTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString DispatchTimeline::tooltipAt(const QPoint &pos) const
{
    const Hit hit = hitAt(pos);
    if (!hit.jobId || !m_board)
        return {};
    const Job *job = m_board->job(hit.jobId);
    if (!job)
        return {};
    QStringList lines;
    lines << u"%1 · %2 · %3"_s.arg(job->code, jobTypeLabel(job->type), statusLabel(job->status));
    if (!job->customerName.isEmpty())
        lines << job->customerName;
    if (!job->address.isEmpty())
        lines << job->address;
    const int s = localMinutes(job->start);
    lines << tr("%1–%2 (%3 min)").arg(hhmm(s), hhmm(s + job->durationMin)).arg(job->durationMin);
    if (job->windowStart.isValid())
        lines << tr("Customer's window: %1–%2")
                     .arg(hhmm(localMinutes(job->windowStart)), hhmm(localMinutes(job->windowEnd)));
    if (job->pinned)
        lines << tr("Pinned");
    return lines.join(QLatin1Char('\n'));
}
