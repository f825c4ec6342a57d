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

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

constexpr int kHeaderH = 40;
constexpr int kNameW = 200;
constexpr int kRowH = 40;
constexpr int kGroupH = 22;
constexpr int kSpan = DispatchTimeline::kLastMinute - DispatchTimeline::kFirstMinute;
constexpr int kEdge = 6; // pixels of a bar's right edge that resize it

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

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

void DispatchTimeline::setPresenceBadge(qint64 jobId, const QString &badge)
{
    if (m_badges.value(jobId) == badge)
        return;
    if (badge.isEmpty())
        m_badges.remove(jobId);
    else
        m_badges.insert(jobId, badge);
    invalidateJob(jobId);
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
    double total = (x - kNameW + horizontalScrollBar()->value()) / pxPerMin();
    total = std::clamp(total, 0.0, double(m_days * kSpan - 1));
    const int day = std::clamp(int(total / kSpan), 0, m_days - 1);
    double minute = kFirstMinute + (total - day * kSpan);
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

void DispatchTimeline::clearDrop()
{
    if (!m_drop.active)
        return;
    m_drop = DropState{};
    viewport()->update();
}

QColor DispatchTimeline::jobColour(const Job &job) const
{
    if (m_colourBy == ColourBy::Type) {
        if (job.type == QLatin1String("installation"))
            return Theme::color(Theme::Role::DispatchTypeInstallation);
        if (job.type == QLatin1String("repair"))
            return Theme::color(Theme::Role::DispatchTypeRepair);
        if (job.type == QLatin1String("maintenance"))
            return Theme::color(Theme::Role::DispatchTypeMaintenance);
        if (job.type == QLatin1String("removal"))
            return Theme::color(Theme::Role::DispatchTypeRemoval);
        return Theme::color(Theme::Role::DispatchTypeSurvey);
    }
    switch (job.status) {
    case JobStatus::Unscheduled:
        return Theme::color(Theme::Role::DispatchStatusUnscheduled);
    case JobStatus::Scheduled:
        return Theme::color(Theme::Role::DispatchStatusScheduled);
    case JobStatus::Dispatched:
        return Theme::color(Theme::Role::DispatchStatusDispatched);
    case JobStatus::EnRoute:
        return Theme::color(Theme::Role::DispatchStatusEnRoute);
    case JobStatus::OnSite:
        return Theme::color(Theme::Role::DispatchStatusOnSite);
    case JobStatus::Completed:
        return Theme::color(Theme::Role::DispatchStatusCompleted);
    case JobStatus::Cancelled:
        return Theme::color(Theme::Role::DispatchStatusCancelled);
    }
    return Theme::color(Theme::Role::DispatchStatusScheduled);
}

// ---- painting ----

void DispatchTimeline::invalidate()
{
    m_dirty = QRegion(viewport()->rect());
    viewport()->update();
}

void DispatchTimeline::invalidateTechnicians(const QList<qint64> &technicianIds)
{
    for (qint64 id : technicianIds) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QRect r =
            QRect(0, kHeaderH + rowTop(row) - verticalScrollBar()->value(), viewport()->width(), rowHeight(row))
                .intersected(viewport()->rect());
        if (r.isEmpty())
            continue;
        m_dirty += r;
        viewport()->update(r);
    }
}

void DispatchTimeline::invalidateJob(qint64 jobId)
{
    const Job *job = m_board && jobId ? m_board->job(jobId) : nullptr;
    if (!job)
        return;
    QList<qint64> techs = job->crew;
    techs << job->leadTechnicianId;
    invalidateTechnicians(techs);
}

// The board is painted once into a cached layer (rows, shifts, absences, bars, names, header, now line) and only the
// invalidated rows are painted again; a drag only draws its indicator over the cached layer.
void DispatchTimeline::paintEvent(QPaintEvent *event)
{
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize pixels = viewport()->size() * dpr;
    if (m_static.size() != pixels) {
        m_static = QPixmap(pixels);
        m_static.setDevicePixelRatio(dpr);
        m_dirty = QRegion(viewport()->rect());
    }
    if (!m_dirty.isEmpty()) {
        QPainter sp(&m_static);
        sp.setClipRegion(m_dirty);
        paintStatic(sp, m_dirty.boundingRect());
        m_dirty = QRegion();
    }
    QPainter p(viewport());
    const QRect r = event->rect();
    p.drawPixmap(r, m_static, QRectF(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr));
    if (m_drop.active && m_board && m_index) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setClipRect(QRect(kNameW, kHeaderH, viewport()->width() - kNameW, viewport()->height() - kHeaderH));
        paintDrop(p);
    }
}

void DispatchTimeline::paintStatic(QPainter &p, const QRect &area)
{
    const QRect all = viewport()->rect();
    p.fillRect(area, Theme::color(Theme::Role::Base));
    const int first = std::max(0, rowAt(std::max(area.top(), kHeaderH)));
    const auto inArea = [&](int row, int y) {
        return y <= area.bottom() && y + rowHeight(row) >= area.top();
    };
    if (m_board && m_index) {
        for (int row = first; row < m_rows.size(); ++row) {
            const int y = kHeaderH + rowTop(row) - verticalScrollBar()->value();
            if (y > area.bottom())
                break;
            if (inArea(row, y))
                paintRowBackground(p, row, QRect(kNameW, y, all.width() - kNameW, rowHeight(row)));
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.save();
        p.setClipRect(QRect(kNameW, kHeaderH, all.width() - kNameW, all.height() - kHeaderH), Qt::IntersectClip);
        for (int row = first; row < m_rows.size(); ++row) {
            const int y = kHeaderH + rowTop(row) - verticalScrollBar()->value();
            if (y > area.bottom())
                break;
            if (inArea(row, y))
                paintRowJobs(p, row);
        }
        // The now line.
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        double x = 0;
        if (xForUtc(now, &x) && x >= kNameW) {
            p.setPen(QPen(Theme::color(Theme::Role::DispatchNowLine), 2));
            p.drawLine(QPointF(x, kHeaderH), QPointF(x, all.height()));
        }
        p.restore();
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    if (area.left() < kNameW)
        paintNames(p, area);
    if (area.top() < kHeaderH)
        paintHeader(p);
}

void DispatchTimeline::paintHeader(QPainter &p)
{
    const QRect all = viewport()->rect();
    p.fillRect(QRect(0, 0, all.width(), kHeaderH), Theme::color(Theme::Role::SurfaceMuted));
    p.setPen(Theme::color(Theme::Role::Border));
    p.drawLine(0, kHeaderH - 1, all.width(), kHeaderH - 1);
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1));
    p.save();
    p.setClipRect(QRect(kNameW, 0, all.width() - kNameW, kHeaderH), Qt::IntersectClip);
    const QDate today = localDay(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    const int hourStep = m_pxPerHour >= 50 ? 1 : (m_pxPerHour >= 25 ? 2 : 3);
    for (int d = 0; d < m_days; ++d) {
        const double x0 = xForMinute(d, kFirstMinute);
        const double x1 = xForMinute(d, kLastMinute);
        if (x1 < kNameW || x0 > all.width())
            continue;
        const QDate day = m_from.addDays(d);
        p.setFont(bold);
        p.setPen(day == today ? Theme::color(Theme::Role::Accent) : Theme::color(Theme::Role::Text));
        p.drawText(QRectF(std::max(x0, double(kNameW)) + 4, 2, x1 - x0, 18), Qt::AlignLeft | Qt::AlignVCenter,
            locale.toString(day, u"dddd d MMMM"_s));
        p.setFont(small);
        for (int m = kFirstMinute; m <= kLastMinute; m += 60 * hourStep) {
            const double x = xForMinute(d, m);
            p.setPen(Theme::color(Theme::Role::Border));
            p.drawLine(QPointF(x, m == kFirstMinute ? 0 : 22), QPointF(x, kHeaderH));
            p.setPen(Theme::color(Theme::Role::TextMuted));
            if (m < kLastMinute)
                p.drawText(QPointF(x + 3, kHeaderH - 5), hhmm(m));
        }
    }
    p.restore();
    p.fillRect(QRect(0, 0, kNameW, kHeaderH), Theme::color(Theme::Role::SurfaceMuted));
    p.setPen(Theme::color(Theme::Role::TextSecondary));
    p.setFont(font());
    const int techs = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.technicianId; }));
    p.drawText(QRect(8, 0, kNameW - 12, kHeaderH), Qt::AlignVCenter | Qt::AlignLeft, tr("%n technician(s)", "", techs));
    p.setPen(Theme::color(Theme::Role::Border));
    p.drawLine(kNameW - 1, 0, kNameW - 1, kHeaderH);
    p.drawLine(0, kHeaderH - 1, kNameW, kHeaderH - 1);
}

void DispatchTimeline::paintRowBackground(QPainter &p, int row, const QRect &r)
{
    const Row &info = m_rows.at(row);
    if (!info.technicianId) {
        p.fillRect(r, Theme::color(Theme::Role::DispatchGroupHeader));
        return;
    }
    p.fillRect(r, Theme::color(Theme::Role::DispatchOffShift));
    const Technician *tech = m_board->technician(info.technicianId);
    for (int d = 0; d < m_days && tech; ++d) {
        if (!tech->worksOn(m_from.addDays(d)))
            continue;
        const double x0 = xForMinute(d, std::max(kFirstMinute, tech->shiftStartMin));
        const double x1 = xForMinute(d, std::min(kLastMinute, tech->shiftEndMin));
        if (x1 > x0)
            p.fillRect(QRectF(x0, r.top(), x1 - x0, r.height()), Theme::color(Theme::Role::DispatchShift));
    }
    // Hour lines and day separators.
    const int hourStep = m_pxPerHour >= 50 ? 1 : (m_pxPerHour >= 25 ? 2 : 3);
    p.setPen(Theme::color(Theme::Role::DispatchGrid));
    for (int d = 0; d < m_days; ++d) {
        const double xd0 = xForMinute(d, kFirstMinute);
        if (xd0 > r.right() || xForMinute(d, kLastMinute) < r.left())
            continue;
        for (int m = kFirstMinute + 60 * hourStep; m < kLastMinute; m += 60 * hourStep) {
            const double x = std::floor(xForMinute(d, m)) + 0.5;
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        }
    }
    p.setPen(Theme::color(Theme::Role::Border));
    for (int d = 1; d < m_days; ++d) {
        const double x = std::floor(xForMinute(d, kFirstMinute)) + 0.5;
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    p.setPen(Theme::color(Theme::Role::DispatchGrid));
    p.drawLine(r.left(), r.bottom(), r.right(), r.bottom());
    // Absences: hatched, with their kind.
    if (m_selectedTech == info.technicianId && !m_selectedJob)
        p.fillRect(r,
            QColor(Theme::color(Theme::Role::DispatchSelection).red(),
                Theme::color(Theme::Role::DispatchSelection).green(),
                Theme::color(Theme::Role::DispatchSelection).blue(), 22));
    for (const Absence *a : m_index->absences(info.technicianId)) {
        const QRectF ar = barRect(a->start, a->end, row);
        if (!ar.isValid() || ar.width() <= 0)
            continue;
        const QRectF band(ar.left(), r.top(), ar.width(), r.height());
        p.fillRect(band, QBrush(Theme::color(Theme::Role::DispatchAbsence), Qt::BDiagPattern));
        p.setPen(Theme::color(Theme::Role::TextMuted));
        p.drawText(band.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
            absenceKindLabel(a->kind) + (a->note.isEmpty() ? QString() : u" · "_s + a->note));
    }
}

void DispatchTimeline::paintRowJobs(QPainter &p, int row)
{
    const qint64 techId = m_rows.at(row).technicianId;
    if (!techId)
        return;
    for (const BoardIndex::Placed &placed : m_index->row(techId)) {
        const Job *job = m_board->job(placed.jobId);
        if (!job)
            continue;
        const QRectF r = barRect(placed.start, placed.end, row);
        if (!r.isValid() || r.right() < kNameW || r.left() > viewport()->width())
            continue;
        paintBar(p, *job, r, techId, false);
    }
}

void DispatchTimeline::paintBar(QPainter &p, const Job &job, const QRectF &r, qint64 technicianId, bool ghost)
{
    const bool crew = job.leadTechnicianId != technicianId;
    const bool selected = job.id == m_selectedJob;
    QColor fill = jobColour(job);
    if (crew)
        fill = fill.lighter(118);
    p.setOpacity(ghost ? 0.35 : 1.0);
    const Technician *tech = m_board->technician(job.leadTechnicianId);
    QPen border(
        tech && QColor(tech->colour).isValid() ? QColor(tech->colour).darker(130) : Theme::color(Theme::Role::Border),
        1.2, crew ? Qt::DashLine : Qt::SolidLine);
    if (selected)
        border = QPen(Theme::color(Theme::Role::DispatchSelection), 2.5);
    p.setPen(border);
    p.setBrush(fill);
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    // The lead's colour as a stripe on the left.
    if (tech && QColor(tech->colour).isValid() && r.width() > 10) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(tech->colour));
        p.drawRoundedRect(QRectF(r.left() + 1.5, r.top() + 3, 3, r.height() - 6), 1.5, 1.5);
    }
    double textRight = r.right() - 4;
    if (job.pinned) {
        // A pin glyph in the top right corner.
        const QPointF c(r.right() - 8, r.top() + 8);
        p.setPen(QPen(Theme::color(Theme::Role::Text), 1.4));
        p.drawLine(c, c + QPointF(0, 7));
        p.setBrush(Theme::color(Theme::Role::DispatchNowLine));
        p.drawEllipse(c, 3.2, 3.2);
        textRight -= 12;
    }
    const QString badge = m_badges.value(job.id);
    if (!badge.isEmpty() && r.width() > 24) {
        QFont f = font();
        f.setPointSizeF(std::max(6.0, f.pointSizeF() - 2));
        p.setFont(f);
        const QFontMetrics bfm(f);
        const double w = bfm.horizontalAdvance(badge) + 8;
        const QRectF box(textRight - w, r.bottom() - bfm.height() - 3, w, bfm.height() + 1);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::color(Theme::Role::DispatchDropWarning));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Theme::color(Theme::Role::TextOnColor));
        p.drawText(box, Qt::AlignCenter, badge);
    }
    if (r.width() > 28) {
        const QFontMetrics fm(font());
        const QRectF textRect(r.left() + 8, r.top() + 1, textRight - r.left() - 8, r.height() - 2);
        QString first = job.code;
        if (crew)
            first = tr("Crew · %1").arg(job.code);
        const QString second = job.customerName.isEmpty() ? job.city : job.customerName + u" · "_s + job.city;
        p.setPen(Theme::color(Theme::Role::Text));
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(std::max(6.5, f.pointSizeF() - 1));
        p.setFont(f);
        const QFontMetrics bfm(f);
        p.drawText(QRectF(textRect.left(), textRect.top(), textRect.width(), textRect.height() / 2),
            Qt::AlignLeft | Qt::AlignVCenter, bfm.elidedText(first, Qt::ElideRight, int(textRect.width())));
        f.setBold(false);
        p.setFont(f);
        p.setPen(Theme::color(Theme::Role::TextSecondary));
        p.drawText(
            QRectF(textRect.left(), textRect.top() + textRect.height() / 2, textRect.width(), textRect.height() / 2),
            Qt::AlignLeft | Qt::AlignVCenter, bfm.elidedText(second, Qt::ElideRight, int(textRect.width())));
        (void)fm;
    }
    p.setOpacity(1.0);
}

void DispatchTimeline::paintNames(QPainter &p, const QRect &area)
{
    const QRect all = viewport()->rect();
    p.fillRect(
        QRect(0, kHeaderH, kNameW, all.height() - kHeaderH).intersected(area), Theme::color(Theme::Role::Window));
    if (!m_board)
        return;
    p.save();
    p.setClipRect(QRect(0, kHeaderH, kNameW, all.height() - kHeaderH), Qt::IntersectClip);
    const int first = std::max(0, rowAt(std::max(kHeaderH, area.top())));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    for (int row = first; row < m_rows.size(); ++row) {
        const int y = kHeaderH + rowTop(row) - verticalScrollBar()->value();
        if (y > area.bottom())
            break;
        const Row &info = m_rows.at(row);
        const QRect r(0, y, kNameW, rowHeight(row));
        if (!info.technicianId) {
            p.fillRect(QRect(0, y, all.width(), r.height()), Theme::color(Theme::Role::DispatchGroupHeader));
            p.setFont(bold);
            p.setPen(Theme::color(Theme::Role::TextSectionTitle));
            p.drawText(r.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, info.group);
            continue;
        }
        const Technician *tech = m_board->technician(info.technicianId);
        if (!tech)
            continue;
        if (tech->id == m_selectedTech)
            p.fillRect(r, Theme::color(Theme::Role::FocusBackground));
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(tech->colour).isValid() ? QColor(tech->colour) : Theme::color(Theme::Role::Accent));
        p.drawEllipse(QRectF(8, y + r.height() / 2.0 - 5, 10, 10));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(bold);
        p.setPen(Theme::color(Theme::Role::Text));
        const QFontMetrics bfm(bold);
        p.drawText(QRect(24, y + 3, kNameW - 30, r.height() / 2 - 2), Qt::AlignLeft | Qt::AlignVCenter,
            bfm.elidedText(tech->name, Qt::ElideRight, kNameW - 30));
        p.setFont(small);
        p.setPen(Theme::color(Theme::Role::TextMuted));
        QStringList skills;
        for (const TagLevel &t : tech->tags) {
            const Tag *tag = m_board->tag(t.tagId);
            if (tag && tag->category == QLatin1String("skill"))
                skills << u"%1 %2"_s.arg(tag->name).arg(t.level);
        }
        const QString second = u"%1–%2 · %3"_s.arg(
            hhmm(tech->shiftStartMin), hhmm(tech->shiftEndMin), skills.isEmpty() ? tech->code : skills.join(u", "_s));
        p.drawText(QRect(24, y + r.height() / 2, kNameW - 30, r.height() / 2 - 3), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(second, Qt::ElideRight, kNameW - 30));
        p.setPen(Theme::color(Theme::Role::DispatchGrid));
        p.drawLine(0, r.bottom(), kNameW, r.bottom());
    }
    p.restore();
    p.setPen(Theme::color(Theme::Role::Border));
    p.drawLine(kNameW - 1, kHeaderH, kNameW - 1, all.height());
}

void DispatchTimeline::paintDrop(QPainter &p)
{
    if (!m_drop.active || !m_board)
        return;
    const Job *job = m_board->job(m_drop.slot.jobId);
    const int row = rowOf(m_drop.slot.technicianId);
    if (!job || row < 0)
        return;
    const QDateTime start = m_drop.kind == DropKind::Crew ? job->start : m_drop.slot.start;
    const int duration =
        m_drop.kind != DropKind::Crew && m_drop.slot.durationMin > 0 ? m_drop.slot.durationMin : job->durationMin;
    const QRectF r = barRect(start, start.addSecs(qint64(duration) * 60), row);
    if (!r.isValid())
        return;
    const QColor c = !m_drop.allowed ? Theme::color(Theme::Role::DispatchDropRefused)
        : m_drop.warning             ? Theme::color(Theme::Role::DispatchDropWarning)
                                     : Theme::color(Theme::Role::DispatchDropOk);
    QColor fill = c;
    fill.setAlpha(60);
    p.setPen(QPen(c, 2, Qt::DashLine));
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    // The verdict bubble under (or over) the ghost.
    QFont f = font();
    f.setPointSizeF(std::max(6.5, f.pointSizeF() - 0.5));
    p.setFont(f);
    const QFontMetrics fm(f);
    const QString mark = !m_drop.allowed ? u"✗ "_s : (m_drop.warning ? u"⚠ "_s : u"✓ "_s);
    const QString text = mark + m_drop.text;
    const QRect textBox = fm.boundingRect(QRect(0, 0, 420, 400), Qt::TextWordWrap, text);
    QRectF bubble(r.left(), r.bottom() + 6, textBox.width() + 16, textBox.height() + 10);
    if (bubble.bottom() > viewport()->height())
        bubble.moveBottom(r.top() - 6);
    if (bubble.right() > viewport()->width())
        bubble.moveRight(viewport()->width() - 4);
    bubble.moveLeft(std::max(bubble.left(), double(kNameW + 2)));
    p.setPen(QPen(c, 1.5));
    p.setBrush(Theme::color(Theme::Role::MapPanel));
    p.drawRoundedRect(bubble, 5, 5);
    p.setPen(Theme::color(Theme::Role::Text));
    p.drawText(bubble.adjusted(8, 5, -8, -5), Qt::TextWordWrap, text);
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
        if (hit.jobId) {
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
    if (!decodeJobs(event->mimeData()).isEmpty())
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
