#pragma once

#include <functional>

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QRegion>

#include "core/dispatch/DispatchRules.h"

// The dispatch board's painted timeline: one row per technician (optionally under region group headers) over one
// day or a week, shift hours shaded, absences hatched, jobs as bars coloured by status or type (pinned marked, crew
// members' bars dashed), the now line. Jobs are dragged with the mouse (move to another row or time, resize by the
// right edge in 15-minute steps, Ctrl to add the row's technician as a crew member) and dropped from the queue
// (mime type kJobMime); every hovered slot is checked with checkSlot() on the loaded board before anything is sent,
// and the drop indicator says yes or no and why. The timeline only asks: the board widget writes.
class DispatchTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr const char *kJobMime = "application/x-ops-dispatch-jobs";
    static constexpr int kSnapMin = 15;
    static constexpr int kFirstMinute = 6 * 60; // the visible part of each day: 06:00–21:00
    static constexpr int kLastMinute = 21 * 60;

    enum class ColourBy
    {
        Status,
        Type
    };
    enum class DropKind
    {
        Move,
        Resize,
        Crew,
        FromQueue
    };
    struct Row
    {
        qint64 technicianId = 0; // 0: a group header
        QString group;
    };
    // What the drop indicator shows for the hovered slot.
    struct DropState
    {
        bool active = false;
        bool allowed = false;
        bool warning = false;
        QString text;
        QStringList codes;
        ops::dispatch::Slot slot;
        DropKind kind = DropKind::Move;
    };

    explicit DispatchTimeline(QWidget *parent = nullptr);
    ~DispatchTimeline() override;

    // Read-only: jobs can be selected and opened, never dragged, resized or moved by the keyboard.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Not owned; call boardChanged() after the board or its index changed.
    void setBoard(const ops::dispatch::Board *board, const ops::dispatch::BoardIndex *index);
    void boardChanged(); // everything is painted again
    // Only these technicians' rows are painted again (a job moved between them).
    void invalidateTechnicians(const QList<qint64> &technicianIds);
    void invalidateJob(qint64 jobId); // the rows the job is drawn on
    void invalidate();
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    void setDays(const QDate &from, int count);
    QDate firstDay() const { return m_from; }
    int dayCount() const { return m_days; }
    // Pixels per hour (zoom).
    void setPixelsPerHour(double px);
    double pixelsPerHour() const { return m_pxPerHour; }
    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return m_colourBy; }
    // The now line; invalid: the clock.
    void setNow(const QDateTime &utc);
    // Whether a global position is over the unscheduled queue (a timeline drag released there unassigns the job).
    void setQueueHitTest(std::function<bool(const QPoint &global)> test);

    void setSelection(qint64 jobId, qint64 technicianId);
    qint64 selectedJob() const { return m_selectedJob; }
    qint64 selectedTechnician() const { return m_selectedTech; }
    // Scrolls so the job (or the technician's row) is visible.
    void ensureVisible(qint64 jobId, qint64 technicianId);

    // Viewport geometry (tests, benchmark): the job's bar on a technician's row (empty when not shown), and the point
    // where a slot starts on a row (mid-height).
    QRect jobRect(qint64 jobId, qint64 technicianId) const;
    QPoint slotPoint(qint64 technicianId, const QDateTime &start) const;
    const DropState &dropState() const { return m_drop; }
    // A ghost of where a slot would go (the assistant's highlighted candidate) with the board's verdict, scrolled into
    // view; it never writes. A slot without a job clears it.
    void setPreview(const ops::dispatch::Slot &slot);
    const DropState &preview() const { return m_preview; }
    // Others on jobs (presence): a short badge drawn on the job's bars ("✎ MG", "👁 2"); empty: none.
    void setPresenceBadge(qint64 jobId, const QString &badge);
    QString presenceBadge(qint64 jobId) const { return m_badges.value(jobId); }
    // En-route jobs whose ETA slipped (past the window, or well past the announced ETA): a warning mark on the bar (the
    // reason is kept for tests and shown by the Job pane's "on my way" action). The whole set at once; empty: none.
    void setEtaFlags(const QHash<qint64, QString> &reasons);
    QString etaFlag(qint64 jobId) const { return m_etaFlags.value(jobId); }

    // The verdict for a slot as the board shows it: checkSlot(), plus "pinned jobs do not move".
    static DropState evaluate(const ops::dispatch::Board &board, const ops::dispatch::BoardIndex &index,
        const ops::dispatch::Slot &slot, DropKind kind);

signals:
    void dropRequested(const ops::dispatch::Slot &slot, DispatchTimeline::DropKind kind);
    void unassignRequested(qint64 jobId);
    void selectionChanged(qint64 jobId, qint64 technicianId);
    void jobActivated(qint64 jobId);
    // Keyboard: move the selected job by minutes and/or rows, resize it, pin it; the board validates and writes.
    void keyMoveRequested(qint64 jobId, qint64 technicianId, int minutes, int rows);
    void keyResizeRequested(qint64 jobId, int minutes);
    void pinToggleRequested(qint64 jobId);
    void contextMenuRequested(qint64 jobId, qint64 technicianId, const QPoint &globalPos);
    void dropIndicatorChanged(bool allowed, const QString &text);
    // A job is being dragged (moved, resized, or dropped from the queue) on this board, or no longer.
    void dragStateChanged(qint64 jobId, bool dragging);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit
    {
        qint64 jobId = 0;
        qint64 technicianId = 0;
        bool rightEdge = false;
    };
    enum class Mode
    {
        None,
        Pressed,
        Moving,
        Resizing
    };

    double pxPerMin() const { return m_pxPerHour / 60.0; }
    int rowTop(int row) const;
    int rowHeight(int row) const;
    int rowAt(int y) const; // -1: none
    int rowOf(qint64 technicianId) const;
    int contentHeight() const;
    int contentWidth() const;
    double xForMinute(int day, double minute) const;
    bool xForUtc(const QDateTime &utc, double *x) const;
    QDateTime timeAt(double x, bool snap) const;
    QRectF barRect(const QDateTime &start, const QDateTime &end, int row) const;
    Hit hitAt(const QPoint &pos) const;
    void updateScrollBars();
    void updateDrop(const ops::dispatch::Slot &slot, DropKind kind);
    void clearDrop();
    QColor jobColour(const ops::dispatch::Job &job) const;
    QString tooltipAt(const QPoint &pos) const;

    void paintHeader(QPainter &p);
    void paintRowBackground(QPainter &p, int row, const QRect &r);
    void paintRowJobs(QPainter &p, int row);
    void paintBar(QPainter &p, const ops::dispatch::Job &job, const QRectF &r, qint64 technicianId, bool ghost);
    void paintNames(QPainter &p, const QRect &area);
    void paintStatic(QPainter &p, const QRect &area);
    void paintGhost(QPainter &p, const DropState &ghost); // a drop being hovered, or the preview

    const ops::dispatch::Board *m_board = nullptr;
    const ops::dispatch::BoardIndex *m_index = nullptr;
    QList<Row> m_rows;
    QList<int> m_rowTops; // cumulative, content coordinates below the header
    QDate m_from;
    int m_days = 1;
    QList<QDateTime> m_midnights; // UTC of each day's local midnight, days + 1 entries
    double m_pxPerHour = 90;
    ColourBy m_colourBy = ColourBy::Status;
    QDateTime m_now;
    std::function<bool(const QPoint &)> m_overQueue;
    qint64 m_selectedJob = 0;
    qint64 m_selectedTech = 0;

    Mode m_mode = Mode::None;
    bool m_readOnly = false;
    QPoint m_pressPos;
    Hit m_press;
    qint64 m_grabOffsetSecs = 0; // from the job's start to the pressed point
    DropState m_drop;
    DropState m_preview;
    QHash<qint64, QString> m_badges;
    QHash<qint64, QString> m_etaFlags;
    qint64 m_dragAnnounced = 0; // the job dragStateChanged(true) was emitted for
    QPixmap m_static; // the cached layer
    QRegion m_dirty; // what of it must be painted again
};
