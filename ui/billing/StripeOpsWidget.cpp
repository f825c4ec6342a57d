#include "ui/billing/StripeOpsWidget.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "core/payments/StripeOpsApi.h"
#include "ui/billing/ReceivablesWidget.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::payments::StripeOverview;

namespace {

QString money(qint64 cents)
{
    return ops::Money::fromCents(cents).format(QLocale());
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString statusText(const QString &s)
{
    if (s == u"running"_s)
        return StripeOpsWidget::tr("running");
    if (s == u"finished"_s)
        return StripeOpsWidget::tr("finished");
    if (s == u"interrupted"_s)
        return StripeOpsWidget::tr("interrupted");
    if (s == u"sending"_s)
        return StripeOpsWidget::tr("sending");
    if (s == u"processing"_s)
        return StripeOpsWidget::tr("processing");
    if (s == u"succeeded"_s)
        return StripeOpsWidget::tr("succeeded");
    if (s == u"failed"_s)
        return StripeOpsWidget::tr("failed");
    if (s == u"canceled"_s)
        return StripeOpsWidget::tr("canceled");
    if (s == u"requested"_s)
        return StripeOpsWidget::tr("requested");
    if (s == u"pending"_s)
        return StripeOpsWidget::tr("pending");
    if (s == u"sent"_s)
        return StripeOpsWidget::tr("sent");
    if (s == u"applied"_s)
        return StripeOpsWidget::tr("applied");
    if (s == u"ignored"_s)
        return StripeOpsWidget::tr("ignored");
    if (s == u"unmatched"_s)
        return StripeOpsWidget::tr("unmatched");
    if (s == u"card"_s)
        return StripeOpsWidget::tr("card");
    if (s == u"acss_debit"_s)
        return StripeOpsWidget::tr("pre-authorized debit");
    if (s == u"email"_s)
        return StripeOpsWidget::tr("e-mail");
    if (s == u"sms"_s)
        return StripeOpsWidget::tr("SMS");
    return s; // Stripe's own words (dispute statuses and reasons)
}

} // namespace

StripeOpsWidget::StripeOpsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"StripeOpsWidget"_s);
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Pre-authorized payments and Stripe reconciliation"), this);
    bar->addWidget(title);
    bar->addStretch(1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(u"stripeRefresh"_s);
    m_refresh->setToolTip(tr("Read everything again (F5)"));
    m_runPpa = new QPushButton(tr("Run PPA now…"), this);
    m_runPpa->setObjectName(u"stripeRunPpa"_s);
    m_runPpa->setToolTip(tr("Charge today's due invoices of the customers on pre-authorized payment"));
    m_applyEvents = new QPushButton(tr("Apply Stripe events"), this);
    m_applyEvents->setObjectName(u"stripeApplyEvents"_s);
    m_applyEvents->setToolTip(tr("Read Stripe's new events and apply them to payments"));
    m_runPpa->setVisible(false);
    m_applyEvents->setVisible(false);
    bar->addWidget(m_runPpa);
    bar->addWidget(m_applyEvents);
    bar->addWidget(m_refresh);
    v->addLayout(bar);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"stripeSections"_s);
    m_sections->setDocumentMode(true);

    m_runs = new TextTableModel(this);
    m_runs->setHeaders({tr("Date"), tr("Status"), tr("Invoices"), tr("Requested"), tr("Succeeded"), tr("Processing"),
                           tr("Failed"), tr("Started")},
        {2, 3, 4, 5, 6});
    m_attempts = new TextTableModel(this);
    m_attempts->setHeaders(
        {tr("Invoice"), tr("Customer"), tr("Name"), tr("Attempt"), tr("Amount"), tr("Status"), tr("Stripe error")},
        {3, 4});
    auto *split = new QSplitter(Qt::Vertical, m_sections);
    m_runsView = makeView(m_runs, u"stripeRuns"_s);
    m_attemptsView = makeView(m_attempts, u"stripeAttempts"_s);
    split->addWidget(m_runsView);
    split->addWidget(m_attemptsView);
    m_sections->addTab(split, tr("PPA &runs"));

    auto *eventsPage = new QWidget(m_sections);
    auto *ev = new QVBoxLayout(eventsPage);
    ev->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), eventsPage);
    m_outcome = new QComboBox(eventsPage);
    m_outcome->setObjectName(u"stripeOutcome"_s);
    m_outcome->addItem(tr("All"), QString());
    m_outcome->addItem(tr("Applied"), u"applied"_s);
    m_outcome->addItem(tr("Ignored"), u"ignored"_s);
    m_outcome->addItem(tr("Unmatched"), u"unmatched"_s);
    m_outcome->addItem(tr("Failed"), u"failed"_s);
    outcomeLabel->setBuddy(m_outcome);
    filterRow->addWidget(outcomeLabel);
    filterRow->addWidget(m_outcome);
    filterRow->addStretch(1);
    ev->addLayout(filterRow);
    m_events = new TextTableModel(this);
    m_events->setHeaders(
        {tr("Applied"), tr("Type"), tr("Outcome"), tr("Payment"), tr("Customer"), tr("Detail"), tr("Event")}, {});
    m_eventsView = makeView(m_events, u"stripeEvents"_s);
    ev->addWidget(m_eventsView);
    m_sections->addTab(eventsPage, tr("&Events"));

    m_disputes = new TextTableModel(this);
    m_disputes->setHeaders(
        {tr("Opened"), tr("Dispute"), tr("Payment"), tr("Customer"), tr("Amount"), tr("Reason"), tr("Status")}, {4});
    m_disputesView = makeView(m_disputes, u"stripeDisputes"_s);
    m_sections->addTab(m_disputesView, tr("&Disputes"));

    m_refunds = new TextTableModel(this);
    m_refunds->setHeaders(
        {tr("Asked"), tr("Payment"), tr("Customer"), tr("Amount"), tr("Status"), tr("Reason"), tr("Error")}, {3});
    m_refundsView = makeView(m_refunds, u"stripeRefunds"_s);
    m_sections->addTab(m_refundsView, tr("Re&funds waiting"));

    m_setups = new TextTableModel(this);
    m_setups->setHeaders(
        {tr("Asked"), tr("Customer"), tr("Name"), tr("Method"), tr("Sent by"), tr("To"), tr("Status")}, {});
    m_setupsView = makeView(m_setups, u"stripeSetups"_s);
    m_sections->addTab(m_setupsView, tr("&Setup links waiting"));
    v->addWidget(m_sections, 1);
    setFocusProxy(m_sections);

    connect(m_refresh, &QPushButton::clicked, this, &StripeOpsWidget::reload);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &StripeOpsWidget::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &StripeOpsWidget::reload);
    connect(
        m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StripeOpsWidget::loadAttempts);
    connect(m_runPpa, &QPushButton::clicked, this, &StripeOpsWidget::runPpa);
    connect(m_applyEvents, &QPushButton::clicked, this, &StripeOpsWidget::applyEvents);
}

StripeOpsWidget::~StripeOpsWidget() = default;

QTableView *StripeOpsWidget::makeView(TextTableModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void StripeOpsWidget::setApi(ops::payments::StripeOpsApi *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    m_loadedOnce = false;
    ++m_seq;
    ++m_attemptSeq;
    for (TextTableModel *m : {m_runs, m_attempts, m_events, m_disputes, m_refunds, m_setups})
        m->clear();
    m_runPpa->setVisible(api && api->canRunPpa());
    m_applyEvents->setVisible(api && api->canApplyEvents());
    if (api) {
        connect(api, &ops::payments::StripeOpsApi::stripeChanged, this, &StripeOpsWidget::reload);
        if (isVisible())
            reload();
    }
}

void StripeOpsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_api)
        reload();
}

void StripeOpsWidget::reload()
{
    if (!m_api)
        return;
    // The runners may come after the tab was attached (the Stripe key is read from the keychain).
    m_runPpa->setVisible(m_api->canRunPpa());
    m_applyEvents->setVisible(m_api->canApplyEvents());
    m_loadedOnce = true;
    const int seq = ++m_seq;
    ops::runThen(
        m_api->overview(m_outcome->currentData().toString()), this, [this, seq](const ops::Result<StripeOverview> &r) {
            if (seq != m_seq)
                return;
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_banner->dismiss();
            showOverview(r.value());
        });
}

void StripeOpsWidget::showOverview(const StripeOverview &o)
{
    const qint64 selectedRun =
        m_runsView->currentIndex().isValid() ? m_runs->row(m_runsView->currentIndex().row()).key.toLongLong() : 0;
    QList<TextTableModel::Row> runs;
    int keep = -1;
    for (const auto &r : o.runs) {
        if (r.id == selectedRun)
            keep = runs.size();
        runs.push_back({r.id,
            {QLocale().toString(r.runDate, u"yyyy-MM-dd"_s), statusText(r.status), QString::number(r.invoices),
                money(r.requestedCents), QString::number(r.succeeded), QString::number(r.processing),
                QString::number(r.failed), when(r.startedAt)}});
    }
    m_runs->setRows(runs);
    if (!runs.isEmpty())
        m_runsView->setCurrentIndex(m_runs->index(keep >= 0 ? keep : 0, 0));
    else
        m_attempts->clear();

    QList<TextTableModel::Row> events;
    for (const auto &e : o.events)
        events.push_back({e.eventId,
            {when(e.appliedAt), e.type, statusText(e.outcome), e.paymentCode, e.customerCode, e.detail, e.eventId}});
    m_events->setRows(events);
    QList<TextTableModel::Row> disputes;
    for (const auto &d : o.disputes)
        disputes.push_back({d.disputeId,
            {when(d.openedAt), d.disputeId, d.paymentCode, d.customerCode, money(d.amountCents), d.reason, d.status}});
    m_disputes->setRows(disputes);
    QList<TextTableModel::Row> refunds;
    for (const auto &f : o.pendingRefunds)
        refunds.push_back({f.id,
            {when(f.createdAt), f.paymentCode, f.customerCode, money(f.amountCents), statusText(f.status), f.reason,
                f.error}});
    m_refunds->setRows(refunds);
    QList<TextTableModel::Row> setups;
    for (const auto &s : o.waitingSetups)
        setups.push_back({s.id,
            {when(s.createdAt), s.customerCode, s.customerName, statusText(s.methodType), statusText(s.channel),
                s.recipient, statusText(s.status)}});
    m_setups->setRows(setups);
    m_sections->setTabText(2, tr("&Disputes (%1)").arg(o.disputes.size()));
    m_sections->setTabText(3, tr("Re&funds waiting (%1)").arg(o.pendingRefunds.size()));
    m_sections->setTabText(4, tr("&Setup links waiting (%1)").arg(o.waitingSetups.size()));
    for (QTableView *view : {m_runsView, m_eventsView, m_disputesView, m_refundsView, m_setupsView})
        view->resizeColumnsToContents();
}

void StripeOpsWidget::loadAttempts()
{
    const QModelIndex current = m_runsView->currentIndex();
    const int seq = ++m_attemptSeq;
    if (!m_api || !current.isValid()) {
        m_attempts->clear();
        return;
    }
    const qint64 runId = m_runs->row(current.row()).key.toLongLong();
    ops::runThen(m_api->attempts(runId), this, [this, seq](const ops::Result<QList<ops::payments::PpaAttemptRow>> &r) {
        if (seq != m_attemptSeq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        QList<TextTableModel::Row> rows;
        for (const auto &a : r.value())
            rows.push_back({a.id,
                {a.invoiceCode, a.customerCode, a.customerName, QString::number(a.attempt), money(a.amountCents),
                    statusText(a.status), a.error}});
        m_attempts->setRows(rows);
        m_attemptsView->resizeColumnsToContents();
    });
}

void StripeOpsWidget::runPpa()
{
    if (!m_api || !m_api->canRunPpa())
        return;
    const QDate today = QDate::currentDate();
    if (QMessageBox::question(this, tr("Run PPA now"),
            tr("Charge the invoices due on %1 of every customer on pre-authorized payment? A run never charges an "
               "invoice twice.")
                .arg(QLocale().toString(today, QLocale::LongFormat)))
        != QMessageBox::Yes)
        return;
    m_runPpa->setEnabled(false);
    ops::runThen(m_api->runPpa(today), this, [this](const ops::Result<qint64> &r) {
        m_runPpa->setEnabled(true);
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            m_banner->showSuccess(tr("The PPA run is done."));
        reload();
    });
}

void StripeOpsWidget::applyEvents()
{
    if (!m_api || !m_api->canApplyEvents())
        return;
    m_applyEvents->setEnabled(false);
    ops::runThen(m_api->applyEvents(), this, [this](const ops::Result<int> &r) {
        m_applyEvents->setEnabled(true);
        if (!r.ok())
            m_banner->showError(r.error().userMessage);
        else
            m_banner->showSuccess(tr("%n Stripe event(s) read.", nullptr, r.value()));
        reload();
    });
}
