#include "ui/outbox/OutboxWidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/export/ExportService.h"
#include "core/integrations/ProviderSettings.h"
#include "core/outbox/OutboxService.h"
#include "core/settings/Settings.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RoleGate.h"
#include "ui/common/StatusChipDelegate.h"
#include "ui/common/Theme.h"
#include "ui/outbox/OutboxModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::outbox::OutboxItem;
using ops::outbox::OutboxStatus;

namespace {
const auto kHeaderKey = u"Outbox/header"_s;
const auto kSplitterKey = u"Outbox/splitter"_s;
constexpr int kAttentionDelayMs = 400;

bool canRetry(OutboxStatus s)
{
    return s == OutboxStatus::Failed || s == OutboxStatus::Ambiguous;
}

bool canCancel(OutboxStatus s)
{
    return s == OutboxStatus::Pending || s == OutboxStatus::Failed || s == OutboxStatus::Ambiguous;
}

QString row(const QString &label, const QString &value)
{
    return Theme::styled(u"<tr><td style='color:@TextMuted; padding-right:12px'>"_s) + label.toHtmlEscaped()
        + u"</td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

} // namespace

OutboxWidget::OutboxWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"OutboxWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(6);

    m_retry = new QAction(tr("&Retry"), this);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retry->setToolTip(tr("Send the selected failed or uncertain item again (Ctrl+R)"));
    m_retryAll = new QAction(tr("Retry all &failed…"), this);
    m_retryAll->setObjectName(u"outboxRetryAll"_s);
    m_retryAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_retryAll->setToolTip(tr("Send every failed item of the selected service again (Ctrl+Shift+R)"));
    m_cancel = new QAction(tr("&Cancel item…"), this);
    m_cancel->setObjectName(u"outboxCancel"_s);
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setToolTip(tr("Never send the selected item (Delete)"));
    for (QAction *a : {m_retry, m_retryAll, m_cancel}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_retry, &QAction::triggered, this, &OutboxWidget::retrySelected);
    connect(m_retryAll, &QAction::triggered, this, &OutboxWidget::retryAllFailed);
    connect(m_cancel, &QAction::triggered, this, &OutboxWidget::cancelSelected);

    v->addWidget(buildFilterBar());
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    m_model = new OutboxModel(this);
    m_model->setFetchEnabled(false); // pages are pulled by maybeFetchMore (see TicketListWidget)
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"outboxSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"outboxList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Outbox"));
    m_view->setItemDelegateForColumn(OutboxModel::Status, new StatusChipDelegate(OutboxModel::ToneKeyRole, m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->resizeSection(OutboxModel::Id, 60);
    header->resizeSection(OutboxModel::Created, 150);
    header->resizeSection(OutboxModel::Provider, 80);
    header->resizeSection(OutboxModel::Operation, 110);
    header->resizeSection(OutboxModel::Status, 100);
    header->resizeSection(OutboxModel::Attempts, 70);
    header->resizeSection(OutboxModel::NextAttempt, 150);
    header->resizeSection(OutboxModel::HttpStatus, 50);
    header->resizeSection(OutboxModel::LastError, 280);
    header->resizeSection(OutboxModel::ProviderRef, 150);
    header->resizeSection(OutboxModel::Business, 120);
    if (m_settings)
        header->restoreState(m_settings->uiState(kHeaderKey).toByteArray());
    // Column chooser, remembered widths and "export the visible rows" as on every grid.
    m_grid = GridTools::attach(m_view, m_settings, kHeaderKey, u"outbox"_s);
    m_grid->setBanner(m_banner);

    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"outboxDetails"_s);
    m_details->setAccessibleName(tr("Details of the selected item"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(90);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    if (m_settings)
        splitter->restoreState(m_settings->uiState(kSplitterKey).toByteArray());
    v->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"outboxSummary"_s);
    v->addWidget(m_summary);

    m_attentionTimer = new QTimer(this);
    m_attentionTimer->setSingleShot(true);
    m_attentionTimer->setInterval(kAttentionDelayMs);
    connect(m_attentionTimer, &QTimer::timeout, this, [this] {
        if (!m_service)
            return;
        ops::runThen(m_service->attentionCount(), this, [this](const ops::Result<int> &r) {
            if (!r.ok() || r.value() == m_attention)
                return;
            m_attention = r.value();
            emit attentionCountChanged(m_attention);
        });
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutboxWidget::showContextMenu);
    connect(m_model, &OutboxModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_model, &OutboxModel::loadingChanged, this, &OutboxWidget::updateSummary);
    connect(m_model, &OutboxModel::pageLoaded, this, [this] {
        updateSummary();
        scheduleAttentionCount();
        QTimer::singleShot(0, this, &OutboxWidget::maybeFetchMore);
    });
    connect(m_model, &OutboxModel::liveUpdated, this, [this] {
        updateActions();
        updateDetails();
        updateSummary();
        scheduleAttentionCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateDetails();
        updateSummary();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &OutboxWidget::maybeFetchMore);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &OutboxWidget::maybeFetchMore);
    updateActions();
    updateDetails();
    updateSummary();
}

OutboxWidget::~OutboxWidget() = default;

QWidget *OutboxWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);

    m_status = new QComboBox(bar);
    m_status->setObjectName(u"outboxStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (OutboxStatus s : {OutboxStatus::Failed, OutboxStatus::Ambiguous, OutboxStatus::Pending, OutboxStatus::Sending,
             OutboxStatus::Sent, OutboxStatus::Cancelled})
        m_status->addItem(OutboxModel::statusLabel(s), ops::outbox::statusName(s));
    h->addWidget(m_status);

    m_provider = new QComboBox(bar);
    m_provider->setObjectName(u"outboxProviderFilter"_s);
    m_provider->setAccessibleName(tr("Service"));
    m_provider->addItem(tr("All services"), QString());
    for (const QString &id : ops::integrations::ProviderSettings::providerIds()) {
        if (id != u"osrm"_s) // the routing server sends nothing through the outbox
            m_provider->addItem(ops::integrations::ProviderSettings::displayName(id), id);
    }
    h->addWidget(m_provider);
    h->addStretch(1);

    for (QAction *a : {m_retry, m_retryAll, m_cancel}) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setObjectName(a->objectName() + u"Button"_s);
        h->addWidget(b);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &OutboxWidget::applyFilter);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &OutboxWidget::applyFilter);
    return bar;
}

void OutboxWidget::setOutboxService(ops::outbox::OutboxService *service)
{
    m_service = service;
    m_banner->dismiss();
    m_attention = -1;
    m_model->setService(nullptr);
    if (!service)
        return;
    applyFilter();
    m_model->setService(service);
}

void OutboxWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

void OutboxWidget::setChangeFeed(ops::live::ChangeFeed *feed)
{
    m_model->setChangeFeed(feed);
}

void OutboxWidget::applyFilter()
{
    ops::outbox::OutboxFilter f;
    f.status = ops::outbox::statusFromName(m_status->currentData().toString());
    f.provider = m_provider->currentData().toString();
    m_model->setFilter(f); // loads nothing while disconnected
}

qint64 OutboxWidget::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(OutboxModel::IdRole).toLongLong();
}

void OutboxWidget::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    for (QAction *a : {m_retry, m_retryAll, m_cancel})
        RoleGate::explain(a, caps, ops::Capabilities::Action::ManageOutbox);
    updateActions();
}

void OutboxWidget::updateActions()
{
    const qint64 id = selectedId();
    const int r = id ? m_model->rowOf(id) : -1;
    const bool connected = m_service && m_caps.manageOutbox;
    m_retry->setEnabled(connected && r >= 0 && canRetry(m_model->item(r).status));
    m_cancel->setEnabled(connected && r >= 0 && canCancel(m_model->item(r).status));
    m_retryAll->setEnabled(connected);
}

void OutboxWidget::updateDetails()
{
    const qint64 id = selectedId();
    const int r = id ? m_model->rowOf(id) : -1;
    if (r < 0) {
        m_details->setHtml(Theme::styled(u"<p style='color:@TextMuted'>"_s)
            + tr("Select an item to see the service's full answer.").toHtmlEscaped() + u"</p>"_s);
        return;
    }
    const OutboxItem &i = m_model->item(r);
    const QLocale locale;
    QString html = u"<h3 style='margin:0'>"_s
        + tr("Item %1 · %2 · %3")
              .arg(i.id)
              .arg(ops::integrations::ProviderSettings::displayName(i.provider), OutboxModel::statusLabel(i.status))
              .toHtmlEscaped()
        + u"</h3>"_s;
    if (i.status == OutboxStatus::Ambiguous)
        html += Theme::styled(u"<p style='background:@ChipWarningBackground; color:@ChipWarningText; padding:6px'>"_s)
            + tr("This message may already have been delivered: the service's answer was lost while it was being "
                 "sent. Check with the service (or the recipient) before sending it again, otherwise it may arrive "
                 "twice. If it was delivered, cancel this item.")
                  .toHtmlEscaped()
            + u"</p>"_s;
    html += u"<table>"_s;
    html += row(tr("Operation"), OutboxModel::operationLabel(i.operation));
    html += row(tr("Created"), locale.toString(i.createdAt.toLocalTime(), QLocale::LongFormat));
    html += row(tr("Attempts"), tr("%1 of %2").arg(i.attempts).arg(i.maxAttempts));
    if (i.status == OutboxStatus::Pending)
        html += row(tr("Next attempt"), locale.toString(i.nextAttemptAt.toLocalTime(), QLocale::LongFormat));
    if (i.sentAt.isValid())
        html += row(tr("Sent"), locale.toString(i.sentAt.toLocalTime(), QLocale::LongFormat));
    if (i.lastHttpStatus > 0)
        html += row(tr("HTTP status"), QString::number(i.lastHttpStatus));
    if (!i.providerRef.isEmpty())
        html += row(tr("Provider reference"), i.providerRef);
    if (!i.businessEntity.isEmpty() && i.businessId)
        html += row(tr("Related to"), tr("%1 #%2").arg(i.businessEntity).arg(*i.businessId));
    html += u"</table>"_s;
    if (!i.lastError.isEmpty())
        html += u"<p style='margin-bottom:2px'><b>"_s + tr("Service's answer").toHtmlEscaped()
            + u"</b></p><pre style='white-space:pre-wrap'>"_s + i.lastError.toHtmlEscaped() + u"</pre>"_s;
    m_details->setHtml(html);
}

void OutboxWidget::updateSummary()
{
    const int n = m_model->rowCount();
    const QString count = tr("%n item(s) shown", nullptr, n);
    if (m_model->isLoading())
        m_summary->setText(tr("%1 · loading…").arg(count));
    else if (m_model->hasMore())
        m_summary->setText(tr("%1 · more as you scroll").arg(count));
    else
        m_summary->setText(count);
}

void OutboxWidget::maybeFetchMore()
{
    if (!isVisible() || !m_model->hasMore() || m_model->isLoading())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep())
        m_model->fetchMore({});
}

void OutboxWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // a denied action says why
    menu->addAction(m_retry);
    menu->addAction(m_cancel);
    menu->addSeparator();
    menu->addAction(m_retryAll);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void OutboxWidget::retrySelected()
{
    const qint64 id = selectedId();
    const int r = id ? m_model->rowOf(id) : -1;
    if (!m_service || !m_caps.manageOutbox || r < 0 || !canRetry(m_model->item(r).status))
        return;
    if (m_model->item(r).status != OutboxStatus::Ambiguous)
        return doRetry(id);
    // Uncertain: it may already have been delivered.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send again?"),
        tr("Item %1 may already have been delivered. Send it again anyway?").arg(id), QMessageBox::NoButton, this);
    box->setObjectName(u"outboxConfirm"_s);
    box->setInformativeText(tr("Check with the service or the recipient first: the message may arrive twice."));
    QPushButton *yes = box->addButton(tr("Send again"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(yes))
            doRetry(id);
    });
    box->open();
}

void OutboxWidget::doRetry(qint64 id)
{
    ops::runThen(m_service->retry(id), this, [this, id](const ops::Status &s) {
        if (!s.ok())
            return m_banner->showError(s.error().userMessage);
        m_banner->showSuccess(tr("Item %1 will be sent again shortly.").arg(id));
        m_model->refreshIds({id});
    });
}

void OutboxWidget::retryAllFailed()
{
    if (!m_service || !m_caps.manageOutbox)
        return;
    const QString provider = m_provider->currentData().toString();
    const QString text = provider.isEmpty()
        ? tr("Send every failed item again, for all services?")
        : tr("Send every failed %1 item again?").arg(ops::integrations::ProviderSettings::displayName(provider));
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Retry all failed items?"), text, QMessageBox::NoButton, this);
    box->setObjectName(u"outboxConfirm"_s);
    box->setInformativeText(tr("Uncertain items are not included: each needs its own decision."));
    QPushButton *yes = box->addButton(tr("Retry all failed"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, provider] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(yes) || !m_service)
            return;
        ops::runThen(m_service->retryAllFailed(provider), this, [this](const ops::Result<int> &r) {
            if (!r.ok())
                return m_banner->showError(r.error().userMessage);
            m_banner->showSuccess(tr("%n failed item(s) will be sent again shortly.", nullptr, r.value()));
            m_model->refreshAll();
        });
    });
    box->open();
}

void OutboxWidget::cancelSelected()
{
    const qint64 id = selectedId();
    const int r = id ? m_model->rowOf(id) : -1;
    if (!m_service || !m_caps.manageOutbox || r < 0 || !canCancel(m_model->item(r).status))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel this item?"),
        tr("Item %1 (%2) will never be sent. Cancel it?")
            .arg(id)
            .arg(OutboxModel::operationLabel(m_model->item(r).operation)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"outboxConfirm"_s);
    QPushButton *yes = box->addButton(tr("Cancel the item"), QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(yes))
            doCancel(id);
    });
    box->open();
}

void OutboxWidget::doCancel(qint64 id)
{
    if (!m_service)
        return;
    ops::runThen(m_service->cancel(id), this, [this, id](const ops::Status &s) {
        if (!s.ok())
            return m_banner->showError(s.error().userMessage);
        m_banner->showSuccess(tr("Item %1 is cancelled: it will not be sent.").arg(id));
        m_model->refreshIds({id});
    });
}

void OutboxWidget::scheduleAttentionCount()
{
    if (m_service)
        m_attentionTimer->start();
}

void OutboxWidget::saveUiState() const
{
    if (!m_settings)
        return;
    m_settings->setUiState(kHeaderKey, m_view->header()->saveState());
    m_settings->setUiState(kSplitterKey, m_splitter->saveState());
}

void OutboxWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &OutboxWidget::maybeFetchMore);
}

void OutboxWidget::hideEvent(QHideEvent *event)
{
    saveUiState();
    QWidget::hideEvent(event);
}
