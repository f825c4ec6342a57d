// DispatchTimeline's painting: the cached layer (rows, shifts, absences, bars, names, header, now line), its
// invalidation per row, and the drop indicator drawn over it.
#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchTimeline.h"
#include "ui/dispatch/DispatchTimelineGeometry.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;
using namespace ops::dispatch::timeline;

void DispatchTimeline::setEtaFlags(const QHash<qint64, QString> &reasons)
{
    if (reasons == m_etaFlags)
        return;
    m_etaFlags = reasons;
    boardChanged();
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
    const DropState &ghost = m_drop.active ? m_drop : m_preview;
    if (ghost.active && m_board && m_index) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setClipRect(QRect(kNameW, kHeaderH, viewport()->width() - kNameW, viewport()->height() - kHeaderH));
        paintGhost(p, ghost);
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
    if (m_etaFlags.contains(job.id) && r.width() > 24) {
        // The slipped ETA: a red "!" disc in the top right corner (before the pin).
        const QPointF c(textRight - 5, r.top() + 8);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::color(Theme::Role::DispatchDropRefused));
        p.drawEllipse(c, 5.5, 5.5);
        p.setPen(QPen(Theme::color(Theme::Role::TextOnColor), 1.6));
        p.drawLine(c + QPointF(0, -3), c + QPointF(0, 1));
        p.drawPoint(c + QPointF(0, 3));
        textRight -= 13;
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

void DispatchTimeline::paintGhost(QPainter &p, const DropState &ghost)
{
    if (!ghost.active || !m_board)
        return;
    const Job *job = m_board->job(ghost.slot.jobId);
    const int row = rowOf(ghost.slot.technicianId);
    if (!job || row < 0)
        return;
    const QDateTime start = ghost.kind == DropKind::Crew ? job->start : ghost.slot.start;
    const int duration =
        ghost.kind != DropKind::Crew && ghost.slot.durationMin > 0 ? ghost.slot.durationMin : job->durationMin;
    const QRectF r = barRect(start, start.addSecs(qint64(duration) * 60), row);
    if (!r.isValid())
        return;
    const QColor c = !ghost.allowed ? Theme::color(Theme::Role::DispatchDropRefused)
        : ghost.warning             ? Theme::color(Theme::Role::DispatchDropWarning)
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
    const QString mark = !ghost.allowed ? u"✗ "_s : (ghost.warning ? u"⚠ "_s : u"✓ "_s);
    const QString text = mark + ghost.text;
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
