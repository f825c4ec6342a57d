#pragma once

#include <atomic>
#include <memory>

#include <QDate>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include "core/dispatch/OptimizerApi.h"

class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

// "Optimize day" / "Optimize rest of today" (non-modal): plans the day with OptimizerApi::proposeDay while a progress
// bar runs (Cancel stops the solver and closes; "Show the plan so far" stops it and shows its best plan), then shows
// the proposal as a diff: per technician the jobs added, removed and moved (codes, times), the jobs, km and driving
// minutes before → after; the jobs left in the queue and why; the totals. Apply writes it all in one transaction
// (OptimizerApi::apply); when the board changed since the plan nothing is written, the dialog says so and plans
// again. Discard closes without writing.
class OptimizerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        Planning,
        Preview,
        Applying,
        Failed
    };
    // Column of the diff tree.
    enum Column
    {
        What,
        Jobs,
        Km,
        Driving,
        Change,
        ColumnCount
    };
    static constexpr double kDefaultSeconds = 3.0; // the search budget; "Show the plan so far" stops sooner

    OptimizerDialog(ops::dispatch::OptimizerApi *api, const QDate &day, bool restOfToday, QWidget *parent = nullptr);
    ~OptimizerDialog() override;

    void setSeconds(double seconds) { m_seconds = seconds; }
    void plan(); // (again): asks for a proposal
    void stopEarly(); // the solver stops soon; its best plan so far is shown
    void cancel(); // the solver stops; nothing is shown or written; the dialog closes
    void applyProposal();
    void discard(); // closes; nothing is written

    State state() const { return m_state; }
    QDate day() const { return m_day; }
    bool restOfToday() const { return m_restOfToday; }
    const ops::dispatch::DayProposal &proposal() const { return m_proposal; }
    QTreeWidget *diffTree() const { return m_tree; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *headlineLabel() const { return m_headline; } // what the plan saves
    QLabel *summaryLabel() const { return m_summary; } // jobs changed, left in the queue, stopped early
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void applied(int jobs); // the proposal was written: the board shows it (it is live; the section reloads too)
    void stateChanged(OptimizerDialog::State state);

public slots:
    void reject() override;

private:
    void setState(State state);
    void showProposal(const ops::dispatch::DayProposal &proposal);
    void tick();

    QPointer<ops::dispatch::OptimizerApi> m_api;
    QDate m_day;
    bool m_restOfToday = false;
    double m_seconds = kDefaultSeconds;
    State m_state = State::Planning;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag; // the running solve's
    ops::dispatch::DayProposal m_proposal;
    QElapsedTimer m_elapsed;

    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_planning = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_replan = nullptr;
    QPushButton *m_discard = nullptr;
    QTimer *m_ticker = nullptr;
};
