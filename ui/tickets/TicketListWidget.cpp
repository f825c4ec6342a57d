#include "ui/tickets/TicketListWidget.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/export/ExportService.h"
#include "core/settings/Settings.h"
#include "core/tickets/TicketApi.h"
#include "core/tickets/TicketExport.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChipDelegate.h"
#include "ui/tickets/TicketListModel.h"
#include "ui/tickets/TicketView.h"

using namespace Qt::Literals::StringLiterals;
using ops::tickets::TicketFilter;
using ops::tickets::TicketSort;

namespace {
const auto kHeaderKey = u"TicketList/header"_s;
const auto kSavedKey = QString::fromLatin1(TicketListWidget::kSavedFiltersKey);
constexpr int kDebounceMs = 300;
} // namespace

TicketListWidget::TicketListWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"TicketListWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(6);
    v->addWidget(buildFilterBar());
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    m_model = new TicketListModel(this);
    // QTreeView pulls one more page at every layout (and a page insert causes a layout), which would load the whole
    // table; this widget asks for pages itself when the scroll position nears the end (maybeFetchMore).
    m_model->setFetchEnabled(false);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"ticketList"_s);
    m_view->setModel(m_model);
    // The tree decoration sits in the ticket code column (the first one is the narrow "important" icon); only
    // outage parents have an arrow. Right/Left and +/- expand and collapse (QTreeView's own keys).
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    m_view->setTreePosition(TicketListModel::Code);
    m_view->setIndentation(16);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(
        TicketListModel::Status, new StatusChipDelegate(TicketListModel::StatusKeyRole, m_view));
    m_view->setAccessibleName(tr("Tickets"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->resizeSection(TicketListModel::Important, 28);
    header->resizeSection(TicketListModel::Code, 124);
    header->resizeSection(TicketListModel::Subject, 300);
    header->resizeSection(TicketListModel::Customer, 220);
    header->resizeSection(TicketListModel::Type, 110);
    header->resizeSection(TicketListModel::Status, 110);
    header->resizeSection(TicketListModel::Assigned, 140);
    header->resizeSection(TicketListModel::Created, 140);
    header->resizeSection(TicketListModel::Updated, 140);
    // Restores the saved header (UiState/TicketList/header) and adds the column chooser and CSV export.
    m_grid = GridTools::attach(m_view, m_settings, kHeaderKey, u"tickets"_s);
    m_grid->setBanner(m_banner);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(u"ticketSplit"_s);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    v->addWidget(m_split, 1);

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"ticketSummary"_s);
    bottom->addWidget(m_summary, 1);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"ticketExport"_s);
    exportButton->setDefaultAction(m_grid->exportAction());
    bottom->addWidget(exportButton);
    v->addLayout(bottom);

    connect(m_view, &QTreeView::activated, this, &TicketListWidget::onActivated);
    connect(m_model, &TicketListModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_model, &TicketListModel::loadingChanged, this, &TicketListWidget::updateSummary);
    connect(m_model, &TicketListModel::pageLoaded, this, &TicketListWidget::updateSummary);
    connect(m_model, &TicketListModel::pageLoaded, this,
        [this] { QTimer::singleShot(0, this, &TicketListWidget::maybeFetchMore); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TicketListWidget::maybeFetchMore);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TicketListWidget::maybeFetchMore);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketListWidget::updateSummary);

    // Rows inserted or removed above the visible ones (live) must not move what the user is reading.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &under, int first, int) { captureAnchor(under, first); });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &under, int first, int) { captureAnchor(under, first); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TicketListWidget::onRowsInsertedAbove);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TicketListWidget::restoreAnchor);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_anchor.reset();
        m_newAbove = 0;
        updatePill();
    });
    m_newPill = new QToolButton(m_view);
    m_newPill->setObjectName(u"ticketNewPill"_s);
    m_newPill->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newPill->setCursor(Qt::PointingHandCursor);
    m_newPill->setStyleSheet(u"QToolButton { border-radius: 11px; padding: 3px 12px; background: palette(highlight);"
                             " color: palette(highlighted-text); font-weight: 600; }"_s);
    m_newPill->hide();
    connect(m_newPill, &QToolButton::clicked, this, [this] {
        m_view->scrollToTop();
        m_view->setFocus(Qt::OtherFocusReason);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, TicketListModel::Subject));
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value <= m_view->verticalScrollBar()->minimum() && m_newAbove > 0) {
            m_newAbove = 0;
            updatePill();
        }
    });
    m_view->installEventFilter(this);

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    loadSavedFilters();
    if (const ops::tickets::SavedTicketFilter *d = m_saved.defaultFilter()) {
        m_activeSaved = d->name;
        setCriteria(*d); // before any service: the first query is the default one
    }
    rebuildSavedMenu();
    updateSummary();
}

TicketListWidget::~TicketListWidget() = default;

QWidget *TicketListWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    // Two rows: the text and the order on top, the criteria below (fits the 960 px minimum window).
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto *top = new QHBoxLayout;
    auto *h = new QHBoxLayout;
    h->setSpacing(6);
    rows->addLayout(top);
    rows->addLayout(h);

    m_text = new QLineEdit(bar);
    m_text->setObjectName(u"ticketTextFilter"_s);
    m_text->setPlaceholderText(tr("Text in subject or messages (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    top->addWidget(m_text, 1);

    m_status = new QComboBox(bar);
    m_status->setObjectName(u"ticketStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QStringList());
    m_status->addItem(
        tr("Not closed (open, in progress, waiting)"), QStringList{u"open"_s, u"in_progress"_s, u"waiting"_s});
    for (const QString &s : ops::tickets::ticketStatuses())
        m_status->addItem(TicketListModel::statusLabel(s), QStringList{s});
    h->addWidget(m_status);

    m_type = new QComboBox(bar);
    m_type->setObjectName(u"ticketTypeFilter"_s);
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("All types"), QString());
    h->addWidget(m_type);

    m_assigned = new QComboBox(bar);
    m_assigned->setObjectName(u"ticketAssignedFilter"_s);
    m_assigned->setAccessibleName(tr("Assigned to"));
    m_assigned->addItem(tr("Anyone"), qint64(0));
    m_assigned->addItem(tr("Unassigned"), TicketFilter::kUnassigned);
    h->addWidget(m_assigned);

    m_important = new QCheckBox(tr("&Important only"), bar);
    m_important->setObjectName(u"ticketImportantFilter"_s);
    h->addWidget(m_important);

    m_dateRange = new QCheckBox(tr("Created &between"), bar);
    m_dateRange->setObjectName(u"ticketDateFilter"_s);
    h->addWidget(m_dateRange);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), bar);
    m_to = new QDateEdit(today, bar);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
        h->addWidget(e);
    }
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created until"));

    m_sort = new QComboBox(bar);
    m_sort->setObjectName(u"ticketSort"_s);
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Newest first"), int(TicketSort::CreatedDesc));
    m_sort->addItem(tr("Oldest first"), int(TicketSort::CreatedAsc));
    m_sort->addItem(tr("Recently updated"), int(TicketSort::UpdatedDesc));
    top->addWidget(m_sort);

    m_savedButton = new QToolButton(bar);
    m_savedButton->setObjectName(u"ticketSavedFilters"_s);
    m_savedButton->setText(tr("&Saved filters"));
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setFocusPolicy(Qt::StrongFocus);
    m_savedButton->setAccessibleName(tr("Saved filters"));
    m_savedMenu = new QMenu(m_savedButton);
    m_savedMenu->setObjectName(u"ticketSavedFiltersMenu"_s);
    m_savedButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &TicketListWidget::rebuildSavedMenu);
    m_savedButton->setMinimumWidth(m_savedButton->sizeHint().width() + 14); // room for the menu arrow
    top->addWidget(m_savedButton);
    h->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TicketListWidget::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &TicketListWidget::applyFilter);
    for (QComboBox *c : {m_status, m_type, m_assigned, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &TicketListWidget::applyFilter);
    connect(m_important, &QCheckBox::toggled, this, &TicketListWidget::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    return bar;
}

void TicketListWidget::setTicketService(ops::tickets::TicketApi *service)
{
    m_service = service;
    m_banner->dismiss();
    m_model->setService(nullptr); // empties the list; the query below reloads it
    if (m_ticketView) {
        closeTicketView();
        m_ticketView->setTicketService(service);
    }
    enableFullExport();
    if (!service)
        return;
    loadFilterOptions();
    m_model->setService(service);
    applyFilter();
}

void TicketListWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

void TicketListWidget::enableFullExport()
{
    // "All matching tickets" when the service can stream an export; otherwise the shown rows only.
    m_grid->setAllRowsProvider({});
    if (!m_service || !m_service->canExport())
        return;
    m_grid->setAllRowsProvider([this](const QString &path, const ops::csv::CsvOptions &csv) {
        ops::tickets::TicketExportOptions o;
        o.filter = currentFilter();
        o.sort = currentSort();
        o.csv = csv;
        for (const QString &s : ops::tickets::ticketStatuses())
            o.statusLabels.insert(s, TicketListModel::statusLabel(s));
        for (int i = 1; i < m_type->count(); ++i)
            o.typeLabels.insert(m_type->itemData(i).toString(), m_type->itemText(i));
        auto *exporter = m_service->newExporter(this);
        auto future = exporter->start(path, o);
        ops::runThen(future, exporter, [exporter](const auto &) { exporter->deleteLater(); });
        const QPointer<ops::tickets::TicketExporter> guard(exporter);
        GridExportJob job;
        job.rows = future.then([](const ops::Result<ops::tickets::TicketExportResult> &r) -> ops::Result<qint64> {
            if (!r.ok())
                return r.error();
            return r.value().rows;
        });
        job.cancel = [guard] {
            if (guard)
                guard->cancel();
        };
        job.rowsSoFar = [guard] {
            return guard ? guard->rowsWritten() : 0;
        };
        job.estimatedTotal = [guard] {
            return guard ? guard->estimatedTotal() : -1;
        };
        return job;
    });
}

void TicketListWidget::loadFilterOptions()
{
    ops::runThen(m_service->filterOptions(), this, [this](const ops::Result<ops::tickets::TicketFilterOptions> &r) {
        if (!r.ok())
            return m_banner->showError(r.error().userMessage);
        const QSignalBlocker typeBlocker(m_type);
        const QSignalBlocker assignedBlocker(m_assigned);
        const QString type = m_type->currentData().toString();
        const qint64 assigned = m_assigned->currentData().toLongLong();
        while (m_type->count() > 1)
            m_type->removeItem(1);
        while (m_assigned->count() > 2)
            m_assigned->removeItem(2);
        for (const QString &t : r.value().issueTypes)
            m_type->addItem(TicketListModel::typeLabel(t), t);
        for (const auto &s : r.value().staff)
            m_assigned->addItem(s.name, s.id);
        // A saved filter may name a type or a person that is no longer offered: keep it (the query uses it).
        if (!type.isEmpty() && m_type->findData(type) < 0)
            m_type->addItem(TicketListModel::typeLabel(type), type);
        if (assigned > 0 && m_assigned->findData(assigned) < 0)
            m_assigned->addItem(tr("Staff #%1").arg(assigned), assigned);
        m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
        m_assigned->setCurrentIndex(qMax(0, m_assigned->findData(assigned)));
        applyFilter(); // nothing when the criteria are unchanged
    });
}

TicketFilter TicketListWidget::currentFilter() const
{
    TicketFilter f;
    f.statuses = m_status->currentData().toStringList();
    f.issueType = m_type->currentData().toString();
    f.assignedStaffId = m_assigned->currentData().toLongLong();
    f.importantOnly = m_important->isChecked();
    if (m_dateRange->isChecked()) {
        // Local calendar days, the end day included.
        f.createdFrom = m_from->date().startOfDay().toUTC();
        f.createdTo = m_to->date().addDays(1).startOfDay().toUTC();
    }
    f.text = m_text->text().trimmed();
    f.parentId = m_parentId;
    return f;
}

TicketSort TicketListWidget::currentSort() const
{
    return TicketSort(m_sort->currentData().toInt());
}

void TicketListWidget::applyFilter()
{
    m_debounce->stop();
    const TicketFilter f = currentFilter();
    if (f == m_model->filter() && currentSort() == m_model->sortOrder()
        && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    if (m_parentId == 0)
        m_banner->dismiss();
    m_model->setQuery(f, currentSort());
}

void TicketListWidget::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ops::tickets::TicketRow &t = m_model->ticket(index);
    if (m_service)
        return openTicket(t.id);
    if (t.customerId > 0)
        return emit customerRequested(t.customerId, t.customerCode);
    if (t.childCount > 0) // an outage parent: its tickets, one per affected customer
        return showChildrenOf(t.id, t.code);
    m_banner->showInfo(tr("Ticket %1 has no customer.").arg(t.code));
}

void TicketListWidget::showChildrenOf(qint64 parentId, const QString &code)
{
    m_parentId = parentId;
    applyFilter();
    m_banner->clearActions();
    if (parentId == 0)
        return m_banner->dismiss();
    QAbstractButton *all = m_banner->addAction(tr("All tickets"));
    connect(all, &QAbstractButton::clicked, this, [this] { showChildrenOf(0, {}); });
    m_banner->showInfo(tr("Tickets grouped under %1.").arg(code));
}

void TicketListWidget::updateSummary()
{
    const int n = m_model->rowCount();
    const QString count = tr("%n ticket(s) shown", nullptr, n);
    if (m_model->isLoading())
        m_summary->setText(tr("%1 · loading…").arg(count));
    else if (m_model->hasMore())
        m_summary->setText(tr("%1 · more as you scroll").arg(count));
    else
        m_summary->setText(count);
}

void TicketListWidget::saveHeader() const
{
    if (m_settings)
        m_settings->setUiState(kHeaderKey, m_view->header()->saveState());
}

void TicketListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pages that arrived while hidden may not fill the screen: check once the view is laid out.
    QTimer::singleShot(0, this, &TicketListWidget::maybeFetchMore);
}

void TicketListWidget::maybeFetchMore()
{
    if (!isVisible() || !m_model->hasMore() || m_model->isLoading())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep())
        m_model->fetchMore({});
}

void TicketListWidget::hideEvent(QHideEvent *event)
{
    saveHeader();
    QWidget::hideEvent(event);
}

void TicketListWidget::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    if (m_ticketView)
        m_ticketView->setCapabilities(caps);
}

void TicketListWidget::openTicket(qint64 ticketId)
{
    if (!m_service)
        return;
    if (!m_ticketView) {
        m_ticketView = new TicketView(m_split);
        m_split->addWidget(m_ticketView);
        m_split->setStretchFactor(0, 2);
        m_split->setStretchFactor(1, 3);
        connect(m_ticketView, &TicketView::customerRequested, this, &TicketListWidget::customerRequested);
        connect(m_ticketView, &TicketView::ticketRequested, this, &TicketListWidget::openTicket);
        connect(m_ticketView, &TicketView::childrenRequested, this, &TicketListWidget::showChildrenOf);
        connect(m_ticketView, &TicketView::closeRequested, this, &TicketListWidget::closeTicketView);
    }
    m_ticketView->setTicketService(m_service);
    m_ticketView->setChangeFeed(m_model->changeFeed());
    m_ticketView->setCapabilities(m_caps);
    m_ticketView->show();
    m_ticketView->openTicket(ticketId);
    m_ticketView->composer()->setFocus(Qt::OtherFocusReason);
}

void TicketListWidget::closeTicketView()
{
    if (!m_ticketView || m_ticketView->isHidden())
        return;
    m_ticketView->hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

// ---- keeping the visible rows in place ----

qint64 TicketListWidget::firstVisibleTicketId() const
{
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    return top.isValid() ? top.data(TicketListModel::IdRole).toLongLong() : 0;
}

void TicketListWidget::captureAnchor(const QModelIndex &parent, int first)
{
    m_anchor.reset();
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() <= bar->minimum() || m_model->rowCount() == 0)
        return; // at the very top: new rows simply appear
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    // Only changes above (or at) the first visible row move it.
    const QModelIndex topLevel = top.parent().isValid() ? top.parent() : top;
    const int changedTopRow = parent.isValid() ? parent.row() : first;
    if (changedTopRow > topLevel.row())
        return;
    m_anchor = std::make_unique<QPersistentModelIndex>(top);
    m_anchorTop = m_view->visualRect(top).top();
    m_anchorHScroll = m_view->horizontalScrollBar()->value();
}

void TicketListWidget::restoreAnchor()
{
    if (!m_anchor)
        return;
    const QPersistentModelIndex anchor = *m_anchor;
    m_anchor.reset();
    if (!anchor.isValid())
        return; // the row we were on is gone: nothing sensible to keep
    // scrollTo() lays the view out first (the scroll range includes the new rows), then puts the anchor on top.
    m_view->scrollTo(anchor, QAbstractItemView::PositionAtTop);
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel) {
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() + (m_view->visualRect(anchor).top() - m_anchorTop));
    }
    m_view->horizontalScrollBar()->setValue(m_anchorHScroll);
}

void TicketListWidget::onRowsInsertedAbove(const QModelIndex &parent, int first, int last)
{
    const bool kept = m_anchor != nullptr;
    restoreAnchor();
    // Live rows at the top of the list while the user reads further down: say so.
    if (kept && !parent.isValid() && first == 0 && m_model->rowCount() > last + 1) {
        m_newAbove += last - first + 1;
        updatePill();
    }
}

void TicketListWidget::updatePill()
{
    if (m_newAbove <= 0) {
        m_newPill->hide();
        return;
    }
    // Sorted by last update, rows reach the top because they changed, not only because they are new.
    if (m_model->sortOrder() == TicketSort::UpdatedDesc) {
        m_newPill->setText(tr("%n updated ticket(s) ↑", "shown over the list; click to scroll up", m_newAbove));
        m_newPill->setToolTip(tr("Tickets were updated and moved to the top of the list. Click to see them."));
    } else {
        m_newPill->setText(tr("%n new ticket(s) ↑", "shown over the list; click to scroll up", m_newAbove));
        m_newPill->setToolTip(tr("New tickets arrived at the top of the list. Click to see them."));
    }
    m_newPill->adjustSize();
    placePill();
    m_newPill->show();
    m_newPill->raise();
}

void TicketListWidget::placePill()
{
    const QRect vp = m_view->viewport()->geometry();
    m_newPill->move(vp.left() + (vp.width() - m_newPill->width()) / 2, vp.top() + 6);
}

bool TicketListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_newPill->isVisible())
        placePill();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // + and - expand and collapse the current row whatever its column (QTreeView's own handling misses a row
        // whose current cell is not in column 0 while a layout is pending, e.g. just after a live update). - on a
        // child collapses its parent.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        const bool plus = key->key() == Qt::Key_Plus;
        if ((plus || key->key() == Qt::Key_Minus) && current.isValid()) {
            const QModelIndex row = current.siblingAtColumn(0);
            if (plus) {
                if (m_model->hasChildren(row))
                    m_view->expand(row);
            } else if (row.parent().isValid()) {
                m_view->collapse(row.parent());
                m_view->setCurrentIndex(row.parent().siblingAtColumn(current.column()));
            } else {
                m_view->collapse(row);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- saved filters ----
