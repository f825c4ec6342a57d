#include "ui/dispatch/OptimizerDialog.h"

#include <algorithm>
#include <cmath>

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/dispatch/DispatchTypes.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

constexpr int kTickMs = 100;

QString hhmm(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const int m = localMinutes(utc);
    return u"%1:%2"_s.arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// Driving time as a dispatcher reads it: "45 min", "7 h 05".
static QString drive(int minutes)
{
    if (minutes < 60)
        return OptimizerDialog::tr("%1 min").arg(minutes);
    return OptimizerDialog::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

static QString km(double value)
{
    return OptimizerDialog::tr("%1 km").arg(QLocale().toString(value, 'f', 1));
}

static QString signedMinutes(int delta)
{
    if (delta == 0)
        return OptimizerDialog::tr("±0 min");
    return delta < 0 ? OptimizerDialog::tr("−%1").arg(drive(-delta)) : OptimizerDialog::tr("+%1").arg(drive(delta));
}

OptimizerDialog::OptimizerDialog(OptimizerApi *api, const QDate &day, bool restOfToday, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_day(day)
    , m_restOfToday(restOfToday)
{
    setObjectName(u"optimizerDialog"_s);
    setModal(false);
    setWindowTitle(restOfToday ? tr("Optimize the rest of today")
                               : tr("Optimize %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
    resize(840, 560);
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"optimizerBanner"_s);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Planning: what is being planned, the time budget running, Cancel.
    auto *planning = new QWidget(m_pages);
    auto *pv = new QVBoxLayout(planning);
    pv->addStretch(1);
    m_planning = new QLabel(planning);
    m_planning->setObjectName(u"optimizerPlanning"_s);
    m_planning->setTextFormat(Qt::PlainText);
    m_planning->setAlignment(Qt::AlignCenter);
    m_planning->setWordWrap(true);
    QFont big = m_planning->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_planning->setFont(big);
    pv->addWidget(m_planning);
    m_progress = new QProgressBar(planning);
    m_progress->setObjectName(u"optimizerProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMinimumWidth(380);
    pv->addWidget(m_progress, 0, Qt::AlignHCenter);
    auto *hint = new QLabel(
        tr("Pinned jobs and jobs under way stay where they are. Nothing is written before you apply."), planning);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(Theme::styled(u"color: @TextMuted;"));
    pv->addWidget(hint);
    auto *pb = new QHBoxLayout;
    pb->addStretch(1);
    m_stop = new QPushButton(tr("Show the plan so far"), planning);
    m_stop->setObjectName(u"optimizerStop"_s);
    m_stop->setToolTip(tr("Stop searching and show the best plan found until now"));
    m_cancel = new QPushButton(tr("Cancel"), planning);
    m_cancel->setObjectName(u"optimizerCancel"_s);
    pb->addWidget(m_stop);
    pb->addWidget(m_cancel);
    pb->addStretch(1);
    pv->addLayout(pb);
    pv->addStretch(2);
    m_pages->addWidget(planning);

    // Preview: the totals, the diff, Apply / Plan again / Discard.
    auto *preview = new QWidget(m_pages);
    auto *vv = new QVBoxLayout(preview);
    vv->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(preview);
    m_headline->setObjectName(u"optimizerHeadline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont headline = m_headline->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    headline.setBold(true);
    m_headline->setFont(headline);
    vv->addWidget(m_headline);
    m_summary = new QLabel(preview);
    m_summary->setObjectName(u"optimizerSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(Theme::styled(u"color: @TextSecondary;"));
    vv->addWidget(m_summary);
    m_tree = new QTreeWidget(preview);
    m_tree->setObjectName(u"optimizerDiff"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Technician / job"), tr("Jobs"), tr("Distance"), tr("Driving"), tr("Change")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Changes the plan makes"));
    vv->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_replan = new QPushButton(tr("Plan again"), preview);
    m_replan->setObjectName(u"optimizerReplan"_s);
    buttons->addWidget(m_replan);
    buttons->addStretch(1);
    m_discard = new QPushButton(tr("Discard"), preview);
    m_discard->setObjectName(u"optimizerDiscard"_s);
    m_apply = new QPushButton(tr("Apply"), preview);
    m_apply->setObjectName(u"optimizerApply"_s);
    m_apply->setDefault(true);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);
    vv->addLayout(buttons);
    m_pages->addWidget(preview);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &OptimizerDialog::tick);
    connect(m_stop, &QPushButton::clicked, this, &OptimizerDialog::stopEarly);
    connect(m_cancel, &QPushButton::clicked, this, &OptimizerDialog::cancel);
    connect(m_apply, &QPushButton::clicked, this, &OptimizerDialog::applyProposal);
    connect(m_replan, &QPushButton::clicked, this, [this] {
        m_banner->dismiss();
        plan();
    });
    connect(m_discard, &QPushButton::clicked, this, &OptimizerDialog::discard);
}

OptimizerDialog::~OptimizerDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true); // a solve still running for us stops soon
}

void OptimizerDialog::setState(State state)
{
    m_state = state;
    const bool planning = state == State::Planning;
    m_pages->setCurrentIndex(planning ? 0 : 1);
    m_stop->setEnabled(planning);
    m_cancel->setEnabled(planning);
    m_replan->setEnabled(state == State::Preview || state == State::Failed);
    m_discard->setEnabled(state != State::Applying);
    m_apply->setEnabled(state == State::Preview && !m_proposal.changes.isEmpty());
    if (planning) {
        m_ticker->start();
        m_cancel->setFocus();
    } else {
        m_ticker->stop();
    }
    emit stateChanged(state);
}

void OptimizerDialog::plan()
{
    if (!m_api)
        return;
    if (m_cancelFlag)
        m_cancelFlag->store(true); // an earlier solve still running is not wanted any more
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_proposal = DayProposal();
    m_planning->setText(m_restOfToday
            ? tr("Planning the rest of today: jobs under way or done stay, each technician leaves from where they are…")
            : tr("Planning %1…").arg(QLocale().toString(m_day, QLocale::LongFormat)));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_elapsed.start();
    setState(State::Planning);
    ops::runThen(m_api->proposeDay(m_day, m_restOfToday, m_seconds, m_cancelFlag), this,
        [this, generation](const ops::Result<DayProposal> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_proposal = DayProposal();
                m_tree->clear();
                m_summary->setText(tr("No plan."));
                m_banner->showError(tr("The day could not be planned: %1").arg(r.error().userMessage));
                setState(State::Failed);
                return;
            }
            showProposal(r.value());
        });
}

void OptimizerDialog::tick()
{
    if (m_state != State::Planning || m_seconds <= 0)
        return;
    const double done = double(m_elapsed.elapsed()) / (m_seconds * 1000.0);
    if (done >= 1.0) {
        m_progress->setRange(0, 0); // the time is up: the answer is on its way
        return;
    }
    m_progress->setValue(int(done * 100));
}

void OptimizerDialog::stopEarly()
{
    if (m_state != State::Planning || !m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_stop->setEnabled(false);
    m_planning->setText(tr("Stopping: the best plan so far is on its way…"));
}

void OptimizerDialog::cancel()
{
    reject();
}

void OptimizerDialog::discard()
{
    reject();
}

void OptimizerDialog::reject()
{
    // Cancel, Discard, Esc or the window's close button: a solve still running stops soon, whatever comes back is
    // dropped, nothing is written.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    ++m_generation;
    m_ticker->stop();
    QDialog::reject();
}

void OptimizerDialog::showProposal(const DayProposal &p)
{
    m_proposal = p;
    m_tree->clear();
    // The configured travel source failed: the plan stands, on straight-line travel times, and the dispatcher knows.
    if (!p.travelWarning.isEmpty())
        m_banner->showWarning(p.travelWarning);
    QHash<qint64, const JobChange *> changes;
    for (const JobChange &c : p.changes)
        changes.insert(c.jobId, &c);
    QHash<qint64, QString> names;
    for (const TechnicianDiff &t : p.technicians)
        names.insert(t.technicianId, t.name);
    const auto codeOf = [&changes](qint64 jobId) {
        const JobChange *c = changes.value(jobId);
        return c ? c->code : u"#%1"_s.arg(jobId);
    };
    const auto where = [&names](qint64 lead, const QDateTime &start) {
        return lead ? tr("%1 at %2").arg(names.value(lead, tr("another technician")), hhmm(start)) : QString();
    };
    const QColor added = Theme::color(Theme::Role::TextSuccess);
    const QColor removed = Theme::color(Theme::Role::TextDanger);
    const QColor muted = Theme::color(Theme::Role::TextMuted);
    const QColor good = Theme::color(Theme::Role::TextSuccess);
    const QColor bad = Theme::color(Theme::Role::TextWarning);
    QFont bold = m_tree->font();
    bold.setBold(true);

    // Changed rows first (in the proposal's order), then the unchanged ones, muted and folded.
    QList<const TechnicianDiff *> rows;
    for (const TechnicianDiff &t : p.technicians)
        if (!t.added.isEmpty() || !t.removed.isEmpty() || !t.moved.isEmpty())
            rows << &t;
    const qsizetype changedRows = rows.size();
    for (const TechnicianDiff &t : p.technicians)
        if (t.added.isEmpty() && t.removed.isEmpty() && t.moved.isEmpty())
            rows << &t;
    int jobsBefore = 0;
    int jobsAfter = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TechnicianDiff &t = *rows.at(i);
        jobsBefore += t.jobsBefore;
        jobsAfter += t.jobsAfter;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(What, Qt::UserRole, t.technicianId);
        item->setText(What, t.name);
        item->setText(Jobs, tr("%1 → %2").arg(t.jobsBefore).arg(t.jobsAfter));
        item->setText(Km, tr("%1 → %2").arg(km(t.kmBefore), km(t.kmAfter)));
        item->setText(Driving, tr("%1 → %2").arg(drive(t.minutesBefore), drive(t.minutesAfter)));
        const int delta = t.minutesAfter - t.minutesBefore;
        item->setText(Change, signedMinutes(delta));
        item->setForeground(Change, delta < 0 ? good : delta > 0 ? bad : muted);
        for (int c = Jobs; c < ColumnCount; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setFont(What, bold);
        if (i >= changedRows) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, muted);
            item->setToolTip(What, tr("No change for %1").arg(t.name));
        }
        const auto child = [item](qint64 jobId, const QString &kind, const QString &text, const QColor &colour) {
            auto *row = new QTreeWidgetItem(item);
            row->setData(What, Qt::UserRole, jobId);
            row->setData(What, Qt::UserRole + 1, kind);
            row->setText(What, text);
            row->setForeground(What, colour);
            row->setFirstColumnSpanned(true);
        };
        for (qint64 id : t.added) {
            const JobChange *c = changes.value(id);
            const QString from =
                c && c->fromLead ? tr("from %1").arg(where(c->fromLead, c->fromStart)) : tr("from the queue");
            child(id, u"added"_s, tr("+ %1 at %2, %3").arg(codeOf(id), c ? hhmm(c->toStart) : QString(), from), added);
        }
        for (qint64 id : t.removed) {
            const JobChange *c = changes.value(id);
            const QString to = c && c->toLead ? tr("to %1").arg(where(c->toLead, c->toStart)) : tr("back to the queue");
            child(id, u"removed"_s, tr("− %1 (was %2), %3").arg(codeOf(id), c ? hhmm(c->fromStart) : QString(), to),
                removed);
        }
        for (qint64 id : t.moved) {
            const JobChange *c = changes.value(id);
            child(id, u"moved"_s,
                tr("↔ %1 %2 → %3")
                    .arg(codeOf(id), c ? hhmm(c->fromStart) : QString(), c ? hhmm(c->toStart) : QString()),
                m_tree->palette().color(QPalette::Text));
        }
        item->setExpanded(i < changedRows);
    }
    if (!p.unassigned.isEmpty()) {
        auto *left = new QTreeWidgetItem(m_tree);
        left->setData(What, Qt::UserRole + 1, u"unassigned"_s);
        left->setText(What, tr("Left in the queue (%1)").arg(p.unassigned.size()));
        left->setFont(What, bold);
        left->setForeground(What, bad);
        left->setFirstColumnSpanned(true);
        for (const LeftOut &l : p.unassigned) {
            auto *row = new QTreeWidgetItem(left);
            row->setData(What, Qt::UserRole, l.jobId);
            row->setData(What, Qt::UserRole + 1, l.reasonCode);
            row->setText(What, tr("%1 — %2").arg(l.code, l.reason));
            row->setFirstColumnSpanned(true);
        }
        left->setExpanded(true);
    }
    auto *total = new QTreeWidgetItem(m_tree);
    total->setData(What, Qt::UserRole + 1, u"total"_s);
    total->setText(What, tr("Total"));
    total->setText(Jobs, tr("%1 → %2").arg(jobsBefore).arg(jobsAfter));
    total->setText(Km, tr("%1 → %2").arg(km(p.kmBefore), km(p.kmAfter)));
    total->setText(Driving, tr("%1 → %2").arg(drive(p.minutesBefore), drive(p.minutesAfter)));
    const int delta = p.minutesAfter - p.minutesBefore;
    total->setText(Change, signedMinutes(delta));
    total->setForeground(Change, delta < 0 ? good : delta > 0 ? bad : muted);
    for (int c = 0; c < ColumnCount; ++c) {
        total->setFont(c, bold);
        if (c != What)
            total->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }

    QStringList lines;
    if (p.changes.isEmpty()) {
        m_headline->setText(tr("Nothing to change"));
        lines << tr("The day is already as good as the optimizer can make it.");
    } else {
        const double saved = p.kmBefore - p.kmAfter;
        const int pct = p.kmBefore > 0 ? int(std::lround(100.0 * saved / p.kmBefore)) : 0;
        const int morePlaced = jobsAfter - jobsBefore;
        if (saved >= 0)
            m_headline->setText(tr("%1 less driving (%2 %), %3 less at the wheel")
                                    .arg(km(saved))
                                    .arg(pct)
                                    .arg(drive(std::max(0, p.minutesBefore - p.minutesAfter))));
        else if (morePlaced > 0)
            m_headline->setText(tr("%n more job(s) placed, for %1 more driving", "", morePlaced).arg(km(-saved)));
        else
            m_headline->setText(tr("%1 more driving, for a better balanced or more punctual day").arg(km(-saved)));
        lines << tr("%n job(s) change", "", int(p.changes.size())) + u" · "_s
                + tr("%n job(s) left in the queue", "", int(p.unassigned.size())) + u" · "_s
                + tr("planned in %1 s").arg(QLocale().toString(p.solveMs / 1000.0, 'f', 1));
    }
    if (p.cancelled)
        lines << tr("Stopped early: this is the best plan found so far.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_apply->setText(p.changes.isEmpty() ? tr("Apply") : tr("Apply %n change(s)", "", int(p.changes.size())));
    setState(State::Preview);
    if (m_apply->isEnabled())
        m_apply->setFocus();
}

void OptimizerDialog::applyProposal()
{
    if (m_state != State::Preview || !m_api || m_proposal.changes.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_apply->setText(tr("Applying…"));
    setState(State::Applying);
    ops::runThen(m_api->apply(m_proposal), this, [this, generation](const ApplyResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            emit applied(r.value());
            accept();
            return;
        }
        if (r.stale) {
            QStringList codes;
            for (qint64 id : r.staleJobs)
                for (const JobChange &c : std::as_const(m_proposal.changes))
                    if (c.jobId == id)
                        codes << c.code;
            const QString which = codes.isEmpty() ? r.error().userMessage : codes.join(u", "_s);
            m_banner->showWarning(
                tr("The board changed since this plan was made (%1): nothing was written. Planning again with the "
                   "board as it is now.")
                    .arg(which));
            plan();
            return;
        }
        m_banner->showError(tr("Not applied, nothing was written: %1").arg(r.error().userMessage));
        m_apply->setText(tr("Apply %n change(s)", "", int(m_proposal.changes.size())));
        setState(State::Preview);
    });
}
