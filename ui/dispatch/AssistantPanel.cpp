#include "ui/dispatch/AssistantPanel.h"

#include <memory>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/dispatch/OptimizerApi.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/CandidateModel.h"
#include "ui/dispatch/DispatchBoardWidget.h"
#include "ui/dispatch/DispatchTimeline.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

constexpr int kRefreshDelayMs = 250; // a burst of board changes asks once

constexpr int kRowPadding = 8; // five rows read at a glance: a little air between them

// Rows a little taller than the style's dense default.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, kRowPadding);
    }
};

bool movable(JobStatus s)
{
    return s == JobStatus::Unscheduled || s == JobStatus::Scheduled || s == JobStatus::Dispatched;
}

} // namespace

AssistantPanel::AssistantPanel(DispatchBoardWidget *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
{
    setObjectName(u"dispatchAssistant"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"assistantTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    head->addWidget(m_title, 1);
    m_suggest = new QToolButton(this);
    m_suggest->setObjectName(u"assistantSuggest"_s);
    m_suggest->setText(tr("Suggest"));
    m_suggest->setToolTip(tr("Ask again and go to the best candidate (Ctrl+Space)"));
    head->addWidget(m_suggest);
    layout->addLayout(head);
    m_status = new QLabel(this);
    m_status->setObjectName(u"assistantStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(Theme::styled(u"color: @TextSecondary;"));
    layout->addWidget(m_status);

    m_model = new CandidateModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"assistantCandidates"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setAccessibleName(tr("Suggested technicians"));
    m_view->setItemDelegate(new RoomyDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateModel::Technician, QHeaderView::Stretch);
    header->setMinimumSectionSize(28);
    header->setSectionsMovable(false);
    layout->addWidget(m_view, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &AssistantPanel::request);
    connect(m_suggest, &QToolButton::clicked, this, &AssistantPanel::suggest);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            applyCandidate(index.row());
    });
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AssistantPanel::updatePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssistantPanel::updatePreview);
    if (m_board) {
        m_timeline = m_board->timeline();
        connect(m_board, &DispatchBoardWidget::boardChanged, this, [this] {
            if (m_jobId)
                m_refresh->start();
            updatePreview(); // the verdict may have changed
        });
    }
    setJob(0);
}

AssistantPanel::~AssistantPanel() = default;

void AssistantPanel::setApi(OptimizerApi *api)
{
    m_api = api;
    request();
}

void AssistantPanel::setReadOnly(bool readOnly)
{
    m_model->setDragEnabled(!readOnly);
    m_view->setDragEnabled(!readOnly);
}

void AssistantPanel::setJob(qint64 jobId)
{
    if (jobId == m_jobId && jobId)
        return;
    m_jobId = jobId;
    m_model->clear();
    request();
}

void AssistantPanel::suggest()
{
    m_focusWhenShown = true;
    m_view->setFocus(Qt::ShortcutFocusReason);
    request();
}

bool AssistantPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updatePreview();
    return QWidget::eventFilter(watched, event);
}

void AssistantPanel::updatePreview()
{
    if (!m_timeline)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!m_view->hasFocus() || !current.isValid() || !m_model->jobId()) {
        m_timeline->setPreview(Slot{});
        return;
    }
    const CandidateSlot &c = m_model->candidate(current.row());
    m_timeline->setPreview(Slot{m_model->jobId(), c.technicianId, c.start, 0, false});
}

QString AssistantPanel::statusText() const
{
    return m_status->text();
}

void AssistantPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AssistantPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_askWhenShown)
        request();
}

void AssistantPanel::request()
{
    m_refresh->stop();
    if (!isVisible() && m_jobId && m_api) {
        m_askWhenShown = true; // a closed pane (or another section) asks nothing; it asks when shown
        ++m_generation;
        return;
    }
    m_askWhenShown = false;
    const quint64 generation = ++m_generation;
    const Job *job = m_board && m_jobId ? m_board->board().job(m_jobId) : nullptr;
    m_title->setText(job ? tr("Who can take %1?").arg(job->code) : tr("Suggestions"));
    const auto nothing = [this](const QString &why) {
        m_model->clear();
        showStatus(why);
        m_focusWhenShown = false;
        emit candidatesShown(m_jobId);
    };
    if (!m_api)
        return nothing(tr("The assistant is not available in this session."));
    if (!job)
        return nothing(tr("Select a job on the board or in the queue to see who could take it."));
    if (!movable(job->status))
        return nothing(tr("%1 is %2: it stays where it is.").arg(job->code, statusLabel(job->status).toLower()));
    if (job->pinned)
        return nothing(tr("%1 is pinned: unpin it to get suggestions.").arg(job->code));
    if (m_model->rowCount() == 0)
        showStatus(tr("Looking for the best technicians…"));
    const qint64 jobId = job->id;
    const int duration = job->durationMin;
    const QString code = job->code;
    auto board = std::make_shared<const Board>(m_board->board());
    ops::runThen(m_api->candidates(std::move(board), jobId, kCandidates, m_board->currentTime()), this,
        [this, generation, jobId, duration, code](const ops::Result<QList<CandidateSlot>> &r) {
            if (generation != m_generation)
                return; // another job, or a newer question
            if (!r.ok()) {
                m_model->clear();
                showStatus(tr("No suggestions: %1").arg(r.error().userMessage));
                emit candidatesShown(jobId);
                return;
            }
            // Keep the highlighted candidate when it is still offered.
            const QModelIndex current = m_view->currentIndex();
            const qint64 tech = current.data(CandidateModel::TechnicianIdRole).toLongLong();
            const QDateTime start = current.data(CandidateModel::StartRole).toDateTime();
            m_model->setCandidates(jobId, duration, r.value());
            if (r.value().isEmpty()) {
                showStatus(tr("Nobody can take %1 on the days shown: no technician has the skills, the region and the "
                              "time for it.")
                               .arg(code));
            } else {
                showStatus(tr("Enter assigns the highlighted one · drag a row onto the board to pick the time"));
                int row = 0;
                for (int i = 0; i < m_model->rowCount(); ++i)
                    if (m_model->candidate(i).technicianId == tech && m_model->candidate(i).start == start)
                        row = i;
                m_view->setCurrentIndex(m_model->index(m_focusWhenShown ? 0 : row, 0));
            }
            if (m_focusWhenShown)
                m_view->setFocus(Qt::ShortcutFocusReason);
            m_focusWhenShown = false;
            emit candidatesShown(jobId);
        });
}

bool AssistantPanel::applyCandidate(int row)
{
    if (!m_board || row < 0 || row >= m_model->rowCount() || !m_model->jobId())
        return false;
    const CandidateSlot &c = m_model->candidate(row);
    if (!m_board->requestAssign(Slot{m_model->jobId(), c.technicianId, c.start, 0, false}))
        return false;
    // Placed (and selected there): the keyboard goes on with the job on the timeline (arrows nudge it, Ctrl+Z).
    if (m_view->hasFocus() && m_timeline)
        m_timeline->setFocus(Qt::OtherFocusReason);
    return true;
}
