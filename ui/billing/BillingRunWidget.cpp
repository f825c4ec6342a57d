#include "ui/billing/BillingRunWidget.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/billing/BillingApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::billing::BillingSummary;

namespace {

QString money(qint64 cents)
{
    return ops::Money::fromCents(cents).format(QLocale());
}

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

BillingRunWidget::BillingRunWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"BillingRunWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QDateEdit(this);
    m_period->setObjectName(u"billingPeriod"_s);
    m_period->setDisplayFormat(u"yyyy-MM"_s);
    m_period->setCalendarPopup(false);
    m_period->setDate(firstOfMonth(QDate::currentDate()));
    m_period->setToolTip(tr("The month to bill (one calendar month)"));
    periodLabel->setBuddy(m_period);
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(u"billingPreview"_s);
    m_previewButton->setToolTip(tr("What a run of the period would create, without writing anything (Enter)"));
    m_commitButton = new QPushButton(tr("&Commit the run"), this);
    m_commitButton->setObjectName(u"billingCommit"_s);
    m_commitButton->setToolTip(tr("Create the period's invoices as previewed (Ctrl+Enter)"));
    m_cancelButton = new QPushButton(tr("Cancel the run"), this);
    m_cancelButton->setObjectName(u"billingCancel"_s);
    m_cancelButton->setToolTip(tr("Stop the run: nothing of it is kept (Esc)"));
    m_sendButton = new QPushButton(tr("&Send the invoices"), this);
    m_sendButton->setObjectName(u"billingSend"_s);
    m_sendButton->setToolTip(tr("E-mail the period's invoices, with their PDF, to the customers who have an address "
                                "(Ctrl+E)"));
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_previewButton);
    bar->addSpacing(16);
    bar->addWidget(m_commitButton);
    bar->addWidget(m_cancelButton);
    bar->addSpacing(16);
    bar->addWidget(m_sendButton);
    bar->addStretch(1);
    v->addLayout(bar);

    m_stageLabel = new QLabel(this);
    m_stageLabel->setObjectName(u"billingStage"_s);
    m_stageLabel->setWordWrap(true);
    v->addWidget(m_stageLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"billingProgress"_s);
    m_progress->setTextVisible(true);
    v->addWidget(m_progress);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"billingSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    v->addWidget(m_summary);

    auto *tables = new QHBoxLayout;
    auto *plansBox = new QVBoxLayout;
    auto *plansLabel = new QLabel(tr("By plan and item"), this);
    m_plans = new QTreeWidget(this);
    m_plans->setObjectName(u"billingPlans"_s);
    m_plans->setRootIsDecorated(false);
    m_plans->setUniformRowHeights(true);
    m_plans->setHeaderLabels({tr("Item"), tr("Lines"), tr("Amount")});
    m_plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    plansLabel->setBuddy(m_plans);
    plansBox->addWidget(plansLabel);
    plansBox->addWidget(m_plans, 1);
    auto *anomaliesBox = new QVBoxLayout;
    auto *anomaliesLabel = new QLabel(tr("Anomalies to look at"), this);
    m_anomalies = new QTreeWidget(this);
    m_anomalies->setObjectName(u"billingAnomalies"_s);
    m_anomalies->setRootIsDecorated(false);
    m_anomalies->setUniformRowHeights(true);
    m_anomalies->setHeaderLabels({tr("Anomaly"), tr("Customer"), tr("Subscription"), tr("Amount")});
    m_anomalies->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    anomaliesLabel->setBuddy(m_anomalies);
    anomaliesBox->addWidget(anomaliesLabel);
    anomaliesBox->addWidget(m_anomalies, 1);
    tables->addLayout(plansBox, 1);
    tables->addLayout(anomaliesBox, 1);
    v->addLayout(tables, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &BillingRunWidget::preview);
    connect(m_commitButton, &QPushButton::clicked, this, &BillingRunWidget::commit);
    connect(m_cancelButton, &QPushButton::clicked, this, &BillingRunWidget::cancelCommit);
    connect(m_sendButton, &QPushButton::clicked, this, &BillingRunWidget::send);
    connect(m_period, &QDateEdit::dateChanged, this, &BillingRunWidget::onPeriodChanged);
    m_period->installEventFilter(this); // Enter on the period previews
    auto *commitKey = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &BillingRunWidget::commit, Qt::WidgetWithChildrenShortcut);
    commitKey->setObjectName(u"billingCommitShortcut"_s);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &BillingRunWidget::commit, Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::Key_Escape), this, this, &BillingRunWidget::cancelCommit, Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &BillingRunWidget::send, Qt::WidgetWithChildrenShortcut);
    setFocusProxy(m_period);
    setStage(Stage::Choose);
}

BillingRunWidget::~BillingRunWidget()
{
    if (m_cancel)
        m_cancel->cancel(); // a run left behind stops; nothing of it is kept
}

bool BillingRunWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_period && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool ctrl = static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier;
        if (!ctrl && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            preview();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BillingRunWidget::setApi(ops::billing::BillingApi *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    ++m_seq;
    if (m_cancel) {
        m_cancel->cancel();
        m_cancel.reset();
    }
    if (m_api) {
        connect(m_api, &ops::billing::BillingApi::runProgress, this, [this](int done, int total) {
            if (m_stage != Stage::Committing)
                return;
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        });
        connect(m_api, &ops::billing::BillingApi::sendProgress, this, [this](int done, int total) {
            if (m_stage != Stage::Sending)
                return;
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        });
    }
    m_summary->clear();
    m_plans->clear();
    m_anomalies->clear();
    setStage(Stage::Choose);
}

void BillingRunWidget::setAllowed(bool allowed)
{
    m_allowed = allowed;
    setStage(m_stage);
}

QDate BillingRunWidget::period() const
{
    return firstOfMonth(m_period->date());
}

void BillingRunWidget::setPeriod(const QDate &anyDayOfMonth)
{
    m_period->setDate(firstOfMonth(anyDayOfMonth));
}

void BillingRunWidget::onPeriodChanged()
{
    if (m_stage == Stage::Committing || m_stage == Stage::Sending || m_stage == Stage::Previewing)
        return;
    // Another month: what was shown no longer applies.
    if (period() != m_previewedPeriod) {
        m_summary->clear();
        m_plans->clear();
        m_anomalies->clear();
        setStage(Stage::Choose);
    }
}

void BillingRunWidget::setStage(Stage stage)
{
    m_stage = stage;
    const bool connected = m_api && m_allowed;
    const bool busy = stage == Stage::Previewing || stage == Stage::Committing || stage == Stage::Sending;
    m_period->setEnabled(!busy);
    m_previewButton->setEnabled(connected && !busy);
    m_commitButton->setEnabled(connected && stage == Stage::Previewed);
    m_cancelButton->setVisible(stage == Stage::Committing);
    m_cancelButton->setEnabled(stage == Stage::Committing);
    const bool canSend = connected && m_api->canSendInvoices();
    m_sendButton->setVisible(canSend);
    m_sendButton->setEnabled(canSend && (stage == Stage::Committed || stage == Stage::Previewed));
    m_progress->setVisible(busy);
    if (!busy)
        m_progress->setRange(0, 1);
    switch (stage) {
    case Stage::Choose:
        m_stageLabel->setText(tr("Choose the month to bill, then preview the run (Enter)."));
        break;
    case Stage::Previewing:
        m_stageLabel->setText(tr("Computing the preview…"));
        m_progress->setRange(0, 0);
        break;
    case Stage::Previewed:
        m_stageLabel->setText(tr("Preview of %1: nothing is written yet. Commit the run (Ctrl+Enter) to create these "
                                 "invoices.")
                                  .arg(QLocale().toString(m_previewedPeriod, u"MMMM yyyy"_s)));
        break;
    case Stage::Committing:
        m_stageLabel->setText(tr("Creating the invoices… Esc cancels (nothing of the run is then kept)."));
        m_progress->setRange(0, 0);
        break;
    case Stage::Committed:
        m_stageLabel->setText(
            tr("The run of %1 is committed.").arg(QLocale().toString(m_previewedPeriod, u"MMMM yyyy"_s)));
        break;
    case Stage::Sending:
        m_stageLabel->setText(tr("Putting the invoice e-mails in the outbox…"));
        m_progress->setRange(0, 0);
        break;
    case Stage::Sent:
        m_stageLabel->setText(tr("The invoices of %1 are in the outbox; the Outbox section shows their delivery.")
                                  .arg(QLocale().toString(m_previewedPeriod, u"MMMM yyyy"_s)));
        break;
    }
}

void BillingRunWidget::preview()
{
    if (!m_api || !m_allowed || m_stage == Stage::Previewing || m_stage == Stage::Committing
        || m_stage == Stage::Sending)
        return;
    const QDate p = period();
    const quint64 seq = ++m_seq;
    m_banner->dismiss();
    setStage(Stage::Previewing);
    ops::runThen(m_api->preview(p), this, [this, seq, p](const ops::Result<BillingSummary> &r) {
        if (seq != m_seq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            setStage(Stage::Choose);
            return;
        }
        m_previewedPeriod = p;
        showSummary(r.value(), false);
        setStage(Stage::Previewed);
        m_commitButton->setFocus(Qt::OtherFocusReason);
    });
}

void BillingRunWidget::commit()
{
    if (!m_api || !m_allowed || m_stage != Stage::Previewed)
        return;
    const QDate p = m_previewedPeriod;
    const quint64 seq = ++m_seq;
    m_cancel = std::make_shared<ops::billing::CancelToken>();
    m_banner->dismiss();
    setStage(Stage::Committing);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
    ops::runThen(m_api->commit(p, m_cancel), this, [this, seq](const ops::Result<BillingSummary> &r) {
        if (seq != m_seq)
            return;
        m_cancel.reset();
        if (!r.ok()) {
            if (r.error().kind == ops::Error::Kind::Cancelled)
                m_banner->showWarning(tr("The run was cancelled: no invoice was created."));
            else
                m_banner->showError(r.error().userMessage);
            setStage(Stage::Previewed);
            return;
        }
        showSummary(r.value(), true);
        const BillingSummary &s = r.value();
        if (s.invoices == 0)
            m_banner->showInfo(tr("Nothing new to bill: every customer of the period already has an invoice."));
        else
            m_banner->showSuccess(tr("%Ln invoice(s) created, %1 to %2.", nullptr, s.invoices)
                                      .arg(s.firstInvoiceCode, s.lastInvoiceCode));
        setStage(Stage::Committed);
        emit invoicesChanged();
        if (m_sendButton->isVisible())
            m_sendButton->setFocus(Qt::OtherFocusReason);
    });
}

void BillingRunWidget::cancelCommit()
{
    if (m_stage != Stage::Committing || !m_cancel)
        return;
    m_cancel->cancel();
    m_cancelButton->setEnabled(false);
    m_stageLabel->setText(tr("Cancelling…"));
}

void BillingRunWidget::send()
{
    if (!m_api || !m_allowed || !m_api->canSendInvoices()
        || (m_stage != Stage::Committed && m_stage != Stage::Previewed))
        return;
    const QDate p = m_previewedPeriod;
    const quint64 seq = ++m_seq;
    const Stage before = m_stage;
    m_banner->dismiss();
    setStage(Stage::Sending);
    ops::runThen(m_api->sendPeriod(p), this, [this, seq, before](const ops::Result<ops::billing::SendSummary> &r) {
        if (seq != m_seq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            setStage(before);
            return;
        }
        const ops::billing::SendSummary &s = r.value();
        QString text = tr("%Ln e-mail(s) put in the outbox.", nullptr, s.queued);
        if (s.alreadyQueued > 0)
            text += u' ' + tr("%Ln invoice(s) had already been sent.", nullptr, s.alreadyQueued);
        if (s.withoutEmail > 0)
            text += u' ' + tr("%Ln customer(s) without an e-mail address: not sent.", nullptr, s.withoutEmail);
        if (!s.failures.isEmpty()) {
            m_banner->showWarning(text + u' ' + tr("Not sent: %1").arg(s.failures.join(u"; "_s)));
        } else {
            m_banner->showSuccess(text);
        }
        setStage(Stage::Sent);
        emit invoicesChanged();
    });
}

void BillingRunWidget::showSummary(const BillingSummary &s, bool committed)
{
    const QLocale locale;
    QString text = committed ? tr("Created: %Ln invoice(s)", nullptr, s.invoices)
                             : tr("To create: %Ln invoice(s)", nullptr, s.invoices);
    text += u"   ·   "_s
        + tr("Subtotal %1   ·   GST %2   ·   QST %3   ·   Total %4")
              .arg(money(s.subtotalCents), money(s.gstCents), money(s.qstCents), money(s.totalCents));
    if (s.skippedCustomers > 0)
        text += u"\n"_s + tr("%Ln customer(s) already invoiced for the period: skipped.", nullptr, s.skippedCustomers);
    m_summary->setText(text);

    m_plans->clear();
    const bool french = locale.language() == QLocale::French;
    for (const ops::billing::PlanTotal &p : s.plans) {
        QString name = french ? p.nameFr : p.nameEn;
        if (name.isEmpty())
            name = p.sku.isEmpty() ? tr("One-time charges and credits") : p.sku;
        auto *item = new QTreeWidgetItem(m_plans, {name, locale.toString(p.lines), money(p.amountCents)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_plans->resizeColumnToContents(1);
    m_plans->resizeColumnToContents(2);

    m_anomalies->clear();
    for (const ops::billing::Anomaly &a : s.anomalies) {
        auto *item = new QTreeWidgetItem(m_anomalies,
            {ops::billing::anomalyLabel(a.kind), a.customerCode, a.subscriptionCode,
                a.amountCents != 0 ? money(a.amountCents) : QString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    int total = 0;
    for (auto it = s.anomalyCounts.cbegin(); it != s.anomalyCounts.cend(); ++it)
        total += it.value();
    if (total > s.anomalies.size()) {
        new QTreeWidgetItem(m_anomalies,
            {tr("… and %Ln more not listed", nullptr, int(total - s.anomalies.size())), QString(), QString(),
                QString()});
    }
    if (s.anomalies.isEmpty())
        new QTreeWidgetItem(m_anomalies, {tr("No anomaly."), QString(), QString(), QString()});
    m_anomalies->resizeColumnToContents(1);
    m_anomalies->resizeColumnToContents(2);
}
