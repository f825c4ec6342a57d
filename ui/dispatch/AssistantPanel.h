#pragma once

#include <QPointer>
#include <QWidget>

class CandidateModel;
class DispatchBoardWidget;
class DispatchTimeline;
class QLabel;
class QTimer;
class QToolButton;
class QTreeView;

namespace ops::dispatch {
class OptimizerApi;
}

// The scheduling assistant beside the board: for the selected job (picked on the timeline or in the queue), the five
// best (technician, start) slots from OptimizerApi::candidates on the board as loaded, with what each costs.
// Keyboard-first: Ctrl+Space (the Dispatch section's "Suggest") focuses the list on the best one, arrows choose, Enter
// (or a double-click) assigns it through the board's own write path; while the list has the focus the timeline shows a
// ghost of the highlighted one with the board's verdict (checked on the board first, optimistic, rolled
// back with the reason on a refusal or a stale version). A row can also be dragged onto the timeline like a queue row.
// Asks again when the board changes (a write, a live change, a reload). Never waits: answers arrive through the event
// loop and an answer for a job no longer shown is dropped.
class AssistantPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCandidates = 5;

    explicit AssistantPanel(DispatchBoardWidget *board, QWidget *parent = nullptr);
    ~AssistantPanel() override;

    void setApi(ops::dispatch::OptimizerApi *api); // not owned; nullptr: the panel says it is not available
    void setJob(qint64 jobId); // 0: none
    qint64 jobId() const { return m_jobId; }
    // Asks again for the shown job, then focuses the list on the best candidate (Ctrl+Space).
    void suggest();
    // Assigns the candidate of row (of the list) through the board; false when nothing was sent (the board says why).
    bool applyCandidate(int row);
    // Read-only boards: candidates are shown, not dragged (applying is refused by the board with its reason).
    void setReadOnly(bool readOnly);

    CandidateModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString statusText() const;

signals:
    void candidatesShown(qint64 jobId); // an answer (or a reason for none) is on screen

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request();
    void showStatus(const QString &text);
    // While the list has the focus, the timeline shows a ghost of the highlighted candidate (where Enter puts it).
    void updatePreview();

    DispatchBoardWidget *m_board = nullptr;
    QPointer<DispatchTimeline> m_timeline; // destroyed before this panel when the board goes
    QPointer<ops::dispatch::OptimizerApi> m_api;
    qint64 m_jobId = 0;
    quint64 m_generation = 0;
    bool m_focusWhenShown = false;
    bool m_askWhenShown = false; // a question skipped while the pane was hidden
    CandidateModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_suggest = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_refresh = nullptr;
};
