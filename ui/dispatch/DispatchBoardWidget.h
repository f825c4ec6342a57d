#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/dispatch/DispatchApi.h"
#include "ui/dispatch/DispatchTimeline.h"

class MapView;
class MessageBanner;
class QAction;
class QComboBox;
class QDateEdit;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTableView;
class QTimer;
class QToolBar;
class DispatchQueueFilter;
class DispatchQueueModel;

namespace ops {
class Settings;
namespace live {
class ChangeFeed;
struct Change;
} // namespace live
} // namespace ops

// The dispatch board: a toolbar (day, day/week, zoom, colour, region and skill filters, undo), the painted timeline,
// and three detachable panes (an inner QMainWindow's docks, for a second monitor): the unscheduled queue, the map
// (the selected technician's day route, the day's jobs by status, the technicians' last positions; clustered) and the
// job detail (a placeholder the Dispatch section fills; jobSelected() tells it which job). All data comes through
// DispatchApi futures: the GUI thread never waits. A drop (or a keyboard move) is validated locally first, painted at
// once (optimistic), then written with the version it was based on; a refusal or a stale version rolls back and the
// banner says why (who moved it). Ctrl+Z sends the inverse of the last confirmed change with the job's new version.
// Live: dispatch_jobs changes re-read only the changed jobs; absence and technician changes reload the board.
class DispatchBoardWidget : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Day,
        Week
    };

    // This dispatcher on a job, for presence (who else is looking at or editing a job).
    enum class PresenceMode
    {
        None,
        Viewing, // the job is selected
        Editing // the job is being dragged
    };

    explicit DispatchBoardWidget(QWidget *parent = nullptr);
    ~DispatchBoardWidget() override;

    void setApi(ops::dispatch::DispatchApi *api); // not owned; loads the board
    void setChangeFeed(ops::live::ChangeFeed *feed); // not owned; nullptr: no live refresh
    // Where the pane layout is remembered (UiState/dispatchBoard/...); restores it at once. Not owned.
    void setSettings(ops::Settings *settings);

    void setDate(const QDate &day);
    QDate date() const { return m_day; }
    void setView(View view);
    View view() const { return m_view; }
    // The now line and the queue's ages; invalid: the clock (tests fix it).
    void setNow(const QDateTime &utc);
    // Rows under region headers (each technician under their main region), or one flat list.
    void setGroupByRegion(bool group);
    void reload();
    // A role that may read the board but not write on it (managers): nothing can be dragged, moved or changed, and an
    // attempt says why (reason).
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }

    const ops::dispatch::Board &board() const { return m_board; }
    // The clock the board uses (setNow() in tests), and the local day it falls on.
    QDateTime currentTime() const { return now(); }
    QDate today() const;
    bool loading() const { return m_loading; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    int pendingWrites() const { return m_pendingWrites; }
    void undo();
    // Places a job at a slot as a drop from the queue would (the assistant's Enter): checked on the loaded board first
    // (a refusal says why and sends nothing), then painted at once and written with the job's version through
    // DispatchApi::assign, rolled back on a refusal or a stale version; undoable. False when nothing was sent.
    bool requestAssign(const ops::dispatch::Slot &slot);
    // Presence of the other dispatchers on a job (names), as announced to the Dispatch section (e.g. by NOTIFY
    // ops_dispatch_presence with ids only); empty lists: nobody else. Shown as a badge on the job's bars, in the job
    // pane, and as a warning when this dispatcher drags a job someone else is changing.
    void setOthersOnJob(qint64 jobId, const QStringList &viewing, const QStringList &editing);
    QStringList othersEditing(qint64 jobId) const { return m_others.value(jobId).second; }

    DispatchTimeline *timeline() const { return m_timeline; }
    QTableView *queueView() const { return m_queueView; }
    DispatchQueueModel *queueModel() const { return m_queueModel; }
    DispatchQueueFilter *queueFilter() const { return m_queueFilter; }
    MapView *mapView() const { return m_map; }
    MessageBanner *banner() const { return m_banner; }
    QDockWidget *queueDock() const { return m_queueDock; }
    QDockWidget *mapDock() const { return m_mapDock; }
    QDockWidget *detailDock() const { return m_detailDock; } // the Dispatch section may put JobDetailWidget in it
    QMainWindow *panes() const { return m_panes; }
    QToolBar *toolbar() const { return m_toolbar; } // the Dispatch section adds its actions (optimize)

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void jobActivated(qint64 jobId); // Enter or double-click: open the job
    void jobSelected(qint64 jobId); // selection changed (0: none): the detail pane follows it
    void dayChanged(const QDate &day); // setDate(): the board loads another day
    void boardLoaded();
    void boardChanged(); // the loaded board changed (loaded, a write, a live change): the assistant asks again
    void writeFinished(bool ok); // a write (or undo) came back: confirmed, or rolled back
    // This dispatcher's presence changed (None for the job left); the Dispatch section announces it to the others.
    void presenceChanged(qint64 jobId, DispatchBoardWidget::PresenceMode mode);

private:
    struct UndoStep
    {
        enum class Kind
        {
            Assign, // back to slot
            Unassign,
            Pin,
            RemoveCrew,
        };
        Kind kind = Kind::Assign;
        qint64 jobId = 0;
        ops::dispatch::Slot slot;
        bool pinned = false;
        qint64 technicianId = 0;
        int afterVersion = 0; // the job's version our change produced; undone only from that version
    };

    void buildToolbar();
    void buildPanes();
    void applyBoard(ops::dispatch::Board board);
    // Index, queue, detail; repaints the given technicians' rows, or everything when empty.
    void boardEdited(const QList<qint64> &rows = {});
    static QList<qint64> rowsOf(const ops::dispatch::Job &job);
    void rebuildQueue();
    void rebuildRows();
    void rebuildFilters();
    void updateMap();
    void updateDetail();
    void onDrop(const ops::dispatch::Slot &slot, DispatchTimeline::DropKind kind);
    void onKeyMove(qint64 jobId, qint64 technicianId, int minutes, int rows);
    void onKeyResize(qint64 jobId, int minutes);
    void onContextMenu(qint64 jobId, qint64 technicianId, const QPoint &globalPos);
    void requestUnassign(qint64 jobId);
    void requestPin(qint64 jobId, bool pinned);
    void requestRemoveCrew(qint64 jobId, qint64 technicianId);
    // Optimistic local change + write; on failure the job is put back as it was.
    void place(const ops::dispatch::Slot &slot, std::optional<UndoStep> inverse);
    void send(qint64 jobId, QFuture<ops::dispatch::DispatchWriteResult> future, const ops::dispatch::Job &before,
        std::optional<UndoStep> inverse);
    void replaceJob(const ops::dispatch::Job &job);
    void removeJob(qint64 jobId);
    void onChange(const ops::live::Change &change);
    void saveLayout();
    void announce(qint64 jobId, PresenceMode mode);
    void showRefusal(const QString &text);
    QDateTime now() const;
    // Recomputes which en-route jobs' ETA slipped, from the technicians' last positions (on every board change and
    // every minute), and flags them on the timeline.
    void refreshEtaFlags();

    QPointer<ops::dispatch::DispatchApi> m_api;
    QPointer<ops::live::ChangeFeed> m_feed;
    ops::Settings *m_settings = nullptr;
    ops::dispatch::Board m_board;
    ops::dispatch::BoardIndex m_index;
    QDate m_day;
    View m_view = View::Day;
    QDateTime m_now;
    bool m_loading = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool refusedReadOnly(); // true (and says why) when the board is read-only
    quint64 m_loadGeneration = 0;
    int m_pendingWrites = 0;
    QHash<qint64, int> m_inFlight; // job id -> writes in flight (live updates wait for them)
    QList<UndoStep> m_undo;
    qint64 m_mapTech = 0; // whose route the map shows
    bool m_mapFramed = false; // the day's jobs framed once (until a route is shown or the day changes)
    QList<qint64> m_queued; // the queue's job ids, in board order
    QHash<qint64, QPair<QStringList, QStringList>> m_others; // job -> (viewing, editing) names
    qint64 m_presenceJob = 0;
    PresenceMode m_presenceMode = PresenceMode::None;

    QMainWindow *m_panes = nullptr;
    MessageBanner *m_banner = nullptr;
    DispatchTimeline *m_timeline = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_mapDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QTableView *m_queueView = nullptr;
    DispatchQueueModel *m_queueModel = nullptr;
    DispatchQueueFilter *m_queueFilter = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_detail = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_viewCombo = nullptr;
    QComboBox *m_colourCombo = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QComboBox *m_skillCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QComboBox *m_queueType = nullptr;
    QComboBox *m_queueRegion = nullptr;
    QComboBox *m_queuePriority = nullptr;
    QComboBox *m_queueAge = nullptr;
    QComboBox *m_queueSkill = nullptr;
    QAction *m_undoAction = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_clock = nullptr;
};
