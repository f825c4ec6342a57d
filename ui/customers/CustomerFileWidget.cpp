#include "ui/customers/CustomerFileWidget.h"

#include <optional>

#include <QAbstractButton>
#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/billing/CustomerDocumentsApi.h"
#include "core/concurrency/Async.h"
#include "core/customers/CustomerApi.h"
#include "core/export/ExportService.h"
#include "core/live/ChangeFeed.h"
#include "core/map/TileSource.h"
#include "core/settings/Settings.h"
#include "ui/billing/CustomerDocumentDialogs.h"
#include "ui/campaigns/CustomerCampaignsPanel.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/common/StatusChipDelegate.h"
#include "ui/common/Theme.h"
#include "ui/cpe/CpePanel.h"
#include "ui/customers/CustomerAccessPanel.h"
#include "ui/customers/CustomerEditActions.h"
#include "ui/customers/CustomerOverviewPage.h"
#include "ui/customers/CustomerSectionModels.h"
#include "ui/customers/CustomerSummary.h"
#include "ui/customers/CustomerTimelineWidget.h"
#include "ui/customers/LocationMapPanel.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/PaymentMethodsPanel.h"
#include "ui/customers/SubscriptionsModel.h"
#include "ui/customers/TimelineModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::Customer;
using ops::customers::CustomerFile;
using ops::customers::FileSection;

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    l->setObjectName(u"FieldValue"_s);
    return l;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(sep);
}

} // namespace

namespace {

// Which file section a tab shows (Overview and Timeline have none).
std::optional<FileSection> fileSectionOf(int tab)
{
    switch (tab) {
    case CustomerFileWidget::LocationsTab:
        return FileSection::Locations;
    case CustomerFileWidget::EquipmentTab:
        return FileSection::Equipment;
    case CustomerFileWidget::SubscriptionsTab:
        return FileSection::Subscriptions;
    case CustomerFileWidget::InvoicesTab:
        return FileSection::Invoices;
    case CustomerFileWidget::PaymentsTab:
        return FileSection::Payments;
    case CustomerFileWidget::TicketsTab:
        return FileSection::Tickets;
    case CustomerFileWidget::JobsTab:
        return FileSection::Jobs;
    default:
        return std::nullopt;
    }
}

} // namespace

CustomerFileWidget::CustomerFileWidget(ops::customers::CustomerApi *service, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_locations(new LocationsModel(this))
    , m_subscriptions(new SubscriptionsModel(this))
    , m_equipment(new EquipmentModel(this))
    , m_invoices(new InvoicesModel(this))
    , m_payments(new PaymentsModel(this))
    , m_tickets(new CustomerTicketsModel(this))
    , m_jobs(new CustomerJobsModel(this))
{
    setObjectName(u"CustomerFileWidget"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new MessageBanner(this);
    auto *bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(12, 8, 12, 0);
    bannerBox->addWidget(m_banner);
    layout->addLayout(bannerBox);
    QAbstractButton *retry = m_banner->addAction(tr("Retry"));
    connect(retry, &QAbstractButton::clicked, this, &CustomerFileWidget::reload);

    layout->addWidget(buildHeader());

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"CustomerSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->setUsesScrollButtons(true);

    m_locationsView = buildTable(m_locations, LocationsModel::SortRole, LocationsModel::Status,
        new StatusChipDelegate(LocationsModel::StatusKeyRole, this));
    m_locationsView->setAccessibleName(tr("Service locations"));
    m_locationsView->horizontalHeader()->setSectionResizeMode(LocationsModel::Address, QHeaderView::Stretch);
    m_subscriptionsView = buildTable(m_subscriptions, SubscriptionsModel::SortRole, SubscriptionsModel::Status,
        new StatusChipDelegate(SubscriptionsModel::StatusKeyRole, this));
    m_subscriptionsView->sortByColumn(-1, Qt::AscendingOrder); // the database order: active first, newest first
    m_subscriptionsView->setAccessibleName(tr("Subscriptions"));
    m_subscriptionsView->horizontalHeader()->setSectionResizeMode(SubscriptionsModel::Plan, QHeaderView::Stretch);
    auto sectionTable = [this](FileSectionModel *model, int sortColumn, int stretch, const QString &name) {
        QTableView *v = buildTable(model, FileSectionModel::SortRole, model->statusColumn(),
            new SectionStatusDelegate(this), sortColumn, sortColumn < 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
        v->setAccessibleName(name);
        v->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        return v;
    };
    QTableView *equipmentView = sectionTable(m_equipment, -1, EquipmentModel::Model, tr("Equipment"));
    QTableView *invoicesView = sectionTable(m_invoices, InvoicesModel::Issued, InvoicesModel::Period, tr("Invoices"));
    QTableView *paymentsView =
        sectionTable(m_payments, PaymentsModel::Received, PaymentsModel::Reference, tr("Payments"));
    QTableView *ticketsView =
        sectionTable(m_tickets, CustomerTicketsModel::Created, CustomerTicketsModel::Subject, tr("Tickets"));
    ticketsView->horizontalHeader()->setSectionResizeMode(CustomerTicketsModel::Important, QHeaderView::Fixed);
    ticketsView->horizontalHeader()->resizeSection(CustomerTicketsModel::Important, 26);
    QTableView *jobsView =
        sectionTable(m_jobs, CustomerJobsModel::Scheduled, CustomerJobsModel::Technicians, tr("Dispatch jobs"));

    m_timeline = new CustomerTimelineWidget(service, customerId, this);
    auto *timelinePage = new QWidget(this);
    auto *tl = new QVBoxLayout(timelinePage);
    tl->setContentsMargins(12, 8, 12, 12);
    tl->addWidget(m_timeline);

    m_overview = new CustomerOverviewPage(this);
    m_sections->addTab(m_overview, QString());
    m_sections->addTab(sectionPage(LocationsTab, m_locationsView), QString());
    m_locationMap = LocationMapPanel::install(m_locations, m_locationsView); // the mini-map beside the grid
    m_sections->addTab(sectionPage(EquipmentTab, equipmentView), QString());
    m_cpe = CpePanel::install(equipmentView, FileSectionModel::IdRole); // the selected device's CPE panel
    m_sections->addTab(sectionPage(SubscriptionsTab, m_subscriptionsView), QString());
    m_sections->addTab(sectionPage(InvoicesTab, invoicesView), QString());
    m_sections->addTab(sectionPage(PaymentsTab, paymentsView), QString());
    m_sections->addTab(sectionPage(TicketsTab, ticketsView), QString());
    m_sections->addTab(sectionPage(JobsTab, jobsView), QString());
    m_sections->addTab(timelinePage, QString());
    m_views[LocationsTab] = m_locationsView;
    m_views[EquipmentTab] = equipmentView;
    m_views[SubscriptionsTab] = m_subscriptionsView;
    m_views[InvoicesTab] = invoicesView;
    m_views[PaymentsTab] = paymentsView;
    m_views[TicketsTab] = ticketsView;
    m_views[JobsTab] = jobsView;
    updateSectionTitles();
    layout->addWidget(m_sections, 1);

    // Alt+1…Alt+9 jump to a section; Ctrl+PgUp/PgDn step through them (Ctrl+Tab cycles the open files).
    for (int i = 0; i < SectionCount; ++i) {
        new QShortcut(
            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this, this, [this, i] { showSection(Section(i)); },
            Qt::WidgetWithChildrenShortcut);
    }
    auto step = [this](int d) {
        const int n = m_sections->count(); // the sections, and the access log when shown
        m_sections->setCurrentIndex((m_sections->currentIndex() + d + n) % n);
    };
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, this, [step] { step(1); }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, this, [step] { step(-1); }, Qt::WidgetWithChildrenShortcut);

    // Print / PDF of the summary, from the header's "Print" button or Ctrl+P.
    auto *print = new QAction(tr("Print…"), this);
    print->setObjectName(u"PrintSummaryAction"_s);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QAction::triggered, this, &CustomerFileWidget::printSummary);
    auto *pdf = new QAction(tr("Export PDF…"), this);
    pdf->setObjectName(u"ExportSummaryPdfAction"_s);
    connect(pdf, &QAction::triggered, this, &CustomerFileWidget::exportSummaryPdf);
    addAction(print);
    m_printButton->addAction(print);
    m_printButton->addAction(pdf);

    setStyleSheet(Theme::styled(
        u"QFrame#CustomerHeader { background: palette(base); border-bottom: 1px solid @Divider; }"
        "QLabel#CustomerName { font-size: 17pt; font-weight: 600; color: @Text; }"
        "QLabel#CustomerCode { color: @TextMuted; font-family: monospace; font-size: 10.5pt; }"
        "QLabel#FieldCaption { color: @TextCaption; font-size: 8.5pt; }"
        "QLabel#BalanceValue { font-size: 13pt; font-weight: 600; }"
        "QLabel#SectionNote { color: @TextMuted; }"
        "QFrame#OverviewCard { background: palette(base); border: 1px solid @Divider; border-radius: 6px; }"
        "QLabel#CardCaption { color: @TextCaption; font-size: 8.5pt; font-weight: 600; }"
        "QLabel#CardValue { font-size: 14pt; font-weight: 600; color: @Text; }"
        "QLabel#CardDetail { color: @TextSecondary; }"
        "QLabel#RecentCode { color: @TextMuted; font-family: monospace; }"_s));

    // The edit bar (edit customer, new location/equipment/subscription, F2 on the selected row) under the header.
    m_editActions = new CustomerEditActions(service, this);
    layout->insertWidget(2, m_editActions);

    m_busy = new BusyOverlay(this);
    reload();
}

void CustomerFileWidget::setCapabilities(const ops::Capabilities &caps)
{
    m_editActions->setCapabilities(caps);
    m_cpe->setCapabilities(caps);
}

QWidget *CustomerFileWidget::sectionPage(Section section, QTableView *view)
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 8, 12, 12);
    v->setSpacing(6);
    auto *noteRow = new QHBoxLayout;
    m_notes[section] = new QLabel(page);
    m_notes[section]->setObjectName(u"SectionNote"_s);
    m_notes[section]->setTextFormat(Qt::PlainText);
    m_notes[section]->hide();
    m_showAll[section] = new QPushButton(tr("Show all"), page);
    m_showAll[section]->setObjectName(u"ShowAllButton"_s);
    m_showAll[section]->hide();
    connect(m_showAll[section], &QPushButton::clicked, this, [this, section] { showAll(section); });
    noteRow->addWidget(m_notes[section]);
    noteRow->addWidget(m_showAll[section]);
    noteRow->addStretch(1);
    v->addLayout(noteRow);
    v->addWidget(view, 1);
    return page;
}

void CustomerFileWidget::showSection(Section section)
{
    if (section >= 0 && section < SectionCount)
        m_sections->setCurrentIndex(section);
}

QString CustomerFileWidget::truncationNote(Section section) const
{
    return m_notes[section] && !m_notes[section]->isHidden() ? m_notes[section]->text() : QString();
}

void CustomerFileWidget::showAll(Section section)
{
    const auto fs = fileSectionOf(section);
    if (!fs)
        return;
    m_limits.set(*fs, 0);
    reload();
}

void CustomerFileWidget::updateSectionTitles()
{
    const QLocale locale;
    auto count = [&](FileSection s) {
        return m_loaded ? locale.toString(m_file.total(s)) : QString();
    };
    const QString titles[SectionCount] = {
        tr("Overview"),
        tr("Locations"),
        tr("Equipment"),
        tr("Subscriptions"),
        tr("Invoices"),
        tr("Payments"),
        tr("Tickets"),
        tr("Jobs"),
        tr("Timeline"),
    };
    for (int i = 0; i < SectionCount; ++i) {
        const auto fs = fileSectionOf(i);
        const QString n = fs ? count(*fs) : QString();
        m_sections->setTabText(i, n.isEmpty() ? titles[i] : tr("%1 (%2)", "section (count)").arg(titles[i], n));
        m_sections->setTabToolTip(
            i, tr("%1 — Alt+%2 · Ctrl+PgUp/PgDn: previous/next section").arg(titles[i]).arg(i + 1));
        if (!fs || !m_notes[i])
            continue;
        const bool cut = m_loaded && m_file.truncated(*fs);
        m_notes[i]->setVisible(cut);
        m_showAll[i]->setVisible(cut);
        if (cut)
            m_notes[i]->setText(tr("Showing the %1 newest of %2.")
                                    .arg(locale.toString(m_file.shown(*fs)), locale.toString(m_file.total(*fs))));
    }
}

CustomerFileWidget::~CustomerFileWidget() = default;

QWidget *CustomerFileWidget::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"CustomerHeader"_s);
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(16, 12, 16, 12);
    v->setSpacing(10);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    m_name = valueLabel(header);
    m_name->setObjectName(u"CustomerName"_s);
    m_name->setText(tr("Loading…"));
    m_code = valueLabel(header);
    m_code->setObjectName(u"CustomerCode"_s);
    m_status = new StatusChipLabel(header);
    m_kind = valueLabel(header);
    m_kind->setObjectName(u"FieldCaption"_s);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_status, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_code, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_kind, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    m_printButton = new QToolButton(header);
    m_printButton->setObjectName(u"PrintButton"_s);
    m_printButton->setText(tr("Print"));
    m_printButton->setPopupMode(QToolButton::InstantPopup);
    m_printButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_printButton->setEnabled(false);
    titleRow->addWidget(m_printButton, 0, Qt::AlignVCenter);
    v->addLayout(titleRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(2);
    int column = 0;
    auto field = [&](const QString &caption, QLabel *&value, int row) {
        auto *c = new QLabel(caption, header);
        c->setObjectName(u"FieldCaption"_s);
        value = valueLabel(header);
        grid->addWidget(c, row * 2, column);
        grid->addWidget(value, row * 2 + 1, column);
    };
    field(tr("Balance"), m_balance, 0);
    m_balance->setObjectName(u"BalanceValue"_s);
    field(tr("Pre-authorized payments"), m_ppa, 1);
    ++column;
    field(tr("Language"), m_language, 0);
    field(tr("Customer since"), m_since, 1);
    ++column;
    field(tr("E-mail"), m_email, 0);
    field(tr("Phone"), m_phone, 1);
    ++column;
    field(tr("Billing address"), m_address, 0);
    field(tr("Legacy account / customer ids"), m_legacy, 1);
    grid->setColumnStretch(column, 1);
    grid->setRowMinimumHeight(2, 6);
    v->addLayout(grid);
    return header;
}

QTableView *CustomerFileWidget::buildTable(QAbstractItemModel *model, int sortRole, int statusColumn,
    QAbstractItemDelegate *delegate, int sortColumn, Qt::SortOrder order)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setItemDelegateForColumn(statusColumn, delegate);
    delegate->setParent(view);
    return view;
}

bool CustomerFileWidget::isLoading() const
{
    return m_busy->isBusy();
}

QString CustomerFileWidget::tabTitle() const
{
    if (!m_loaded)
        return tr("Customer…");
    const Customer &c = m_file.customer;
    return c.displayName.size() > 24 ? c.code : tr("%1 · %2").arg(c.code, c.displayName);
}

void CustomerFileWidget::reload()
{
    m_banner->dismiss();
    if (!m_service) {
        m_banner->showError(tr("The database is not connected."));
        return;
    }
    m_busy->start(tr("Loading the customer file…"));
    const quint64 seq = ++m_loadSeq;
    auto limits = m_limits;
    limits.recordView = !m_loaded; // Law 25: the opening is recorded, not the re-reads (save, "show all")
    ops::runThen(m_service->loadFile(m_customerId, limits), this, [this, seq](const ops::Result<CustomerFile> &r) {
        if (seq == m_loadSeq)
            onLoaded(r);
    });
}

void CustomerFileWidget::onLoaded(const ops::Result<CustomerFile> &result)
{
    m_busy->stop();
    if (!result.ok()) {
        m_banner->showError(result.error().userMessage.isEmpty() ? tr("The customer file could not be loaded.")
                                                                 : result.error().userMessage);
        if (!m_loaded)
            m_name->setText(tr("Customer file unavailable"));
        return;
    }
    m_file = result.value();
    m_loaded = true;
    m_printButton->setEnabled(true);
    if (m_access)
        m_access->setCustomerCode(m_file.customer.code);
    showHeader(m_file.customer);
    showModels(false);
    emit titleChanged(tabTitle());
    emit loaded(m_customerId);
}

void CustomerFileWidget::showModels(bool live)
{
    if (live) {
        m_locations->setRows(m_file.locations);
        m_subscriptions->setRows(m_file.subscriptions);
        m_equipment->setRows(m_file.equipment);
        m_invoices->setRows(m_file.invoices);
        m_payments->setRows(m_file.payments);
        m_tickets->setRows(m_file.tickets);
        m_jobs->setRows(m_file.jobs);
    } else {
        m_locations->setLocations(m_file.locations);
        m_subscriptions->setSubscriptions(m_file.subscriptions);
        m_equipment->setEquipment(m_file.equipment);
        m_invoices->setInvoices(m_file.invoices);
        m_payments->setPayments(m_file.payments);
        m_tickets->setTickets(m_file.tickets);
        m_jobs->setJobs(m_file.jobs);
    }
    m_overview->showFile(m_file);
    updateSectionTitles();
}

void CustomerFileWidget::showHeader(const Customer &c)
{
    const QLocale locale;
    m_name->setText(c.displayName);
    m_code->setText(c.code);
    m_status->setStatus(c.status);
    m_kind->setText(c.kind == "business"_L1 ? tr("Business") : tr("Residential"));
    m_balance->setText(c.balance.format(locale));
    const Theme::Role balanceRole = c.balance.cents() > 0
        ? Theme::Role::TextDanger
        : (c.balance.cents() < 0 ? Theme::Role::TextSuccess : Theme::Role::Text);
    m_balance->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::css(balanceRole)));
    m_balance->setToolTip(c.balance.cents() > 0
            ? tr("Amount owed by the customer")
            : (c.balance.cents() < 0 ? tr("Credit in the customer's favour") : QString()));
    m_language->setText(c.language == "en"_L1 ? tr("English") : tr("French"));
    m_ppa->setText(c.ppaEnabled ? tr("Enabled") : tr("Not enrolled"));
    m_since->setText(c.createdAt.isValid() ? locale.toString(c.createdAt.toLocalTime().date(), QLocale::LongFormat)
                                           : QStringLiteral("—"));
    m_email->setText(orDash(joinNonEmpty({c.email, c.emailAlt}, u"\n"_s)));
    m_phone->setText(orDash(joinNonEmpty({c.phone, c.phoneAlt}, u"\n"_s)));
    const QString cityLine = joinNonEmpty({c.billingCity, c.billingProvince, c.billingPostalCode}, u" "_s);
    m_address->setText(orDash(joinNonEmpty({c.billingStreet, cityLine}, u"\n"_s)));
    m_legacy->setText(orDash(joinNonEmpty(
        {c.legacyAccountId ? QString::number(c.legacyAccountId) : QString(), c.legacyCustomerId}, u" / "_s)));
}

void CustomerFileWidget::setChangeFeed(ops::live::ChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &ops::live::ChangeFeed::changed, this, &CustomerFileWidget::onChange);
    if (m_paymentMethods)
        m_paymentMethods->setChangeFeed(feed);
    if (m_campaigns)
        m_campaigns->setChangeFeed(feed);
    m_cpe->setChangeFeed(feed);
}

bool CustomerFileWidget::concerns(const ops::live::Change &change) const
{
    if (change.table == "customers"_L1)
        return change.touches(m_customerId);
    // Section payloads carry their own ids, not the customer's: a change to a row we show, or any insert (it may be
    // ours; one cheap re-read tells).
    auto shows = [&change](const auto &rows) {
        if (change.op == u'I' || change.many())
            return true;
        for (const auto &row : rows)
            if (change.ids.contains(row.id))
                return true;
        return false;
    };
    if (change.table == "service_locations"_L1)
        return shows(m_file.locations);
    if (change.table == "subscriptions"_L1)
        return shows(m_file.subscriptions);
    if (change.table == "service_equipment"_L1)
        return shows(m_file.equipment);
    if (change.table == "invoices"_L1)
        return shows(m_file.invoices);
    if (change.table == "payments"_L1)
        return shows(m_file.payments);
    if (change.table == "tickets"_L1)
        return shows(m_file.tickets);
    if (change.table == "dispatch_jobs"_L1)
        return shows(m_file.jobs);
    return false;
}

void CustomerFileWidget::onChange(const ops::live::Change &change)
{
    if (!m_loaded || !concerns(change))
        return;
    refreshLive();
}

void CustomerFileWidget::refreshLive()
{
    if (!m_service)
        return;
    if (m_refreshInFlight) {
        m_refreshAgain = true; // one more re-read once the current one is back
        return;
    }
    m_refreshInFlight = true;
    const quint64 seq = m_loadSeq; // a full reload started meanwhile wins
    auto limits = m_limits;
    limits.recordView = false; // a live refresh is not a new opening (Law 25 view audit)
    ops::runThen(m_service->loadFile(m_customerId, limits), this, [this, seq](const ops::Result<CustomerFile> &r) {
        m_refreshInFlight = false;
        if (seq == m_loadSeq)
            onRefreshed(r);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refreshLive();
        }
    });
}

void CustomerFileWidget::onRefreshed(const ops::Result<CustomerFile> &result)
{
    if (!result.ok()) // a failed background refresh keeps what is shown; the next change retries
        return;
    const QString oldTitle = tabTitle();
    m_file = result.value();
    showHeader(m_file.customer);
    showModels(true);
    m_timeline->refreshHead();
    if (tabTitle() != oldTitle)
        emit titleChanged(tabTitle());
    ++m_liveRefreshes;
    emit liveRefreshed(m_customerId);
}

void CustomerFileWidget::setSettings(ops::Settings *settings)
{
    if (!settings || m_gridToolsAttached)
        return;
    m_gridToolsAttached = true;
    static const char *const kKeys[SectionCount] = {
        nullptr, "locations", "equipment", "subscriptions", "invoices", "payments", "tickets", "jobs", nullptr};
    for (int s = 0; s < SectionCount; ++s) {
        if (!m_views[s] || !kKeys[s])
            continue;
        const QString key = QLatin1String(kKeys[s]);
        m_grids[s] = GridTools::attach(m_views[s], settings, u"CustomerFile/"_s + key, key);
        m_grids[s]->setBanner(m_banner);
        m_grids[s]->setExportService(m_exports);
    }
    // Integrations/map/tile_cache_mb: the disk cache limit (default 256 MiB).
    const qint64 cacheMb = settings->integrationValue(u"map"_s, u"tile_cache_mb"_s).toLongLong();
    m_locationMap->setTileSource(
        ops::map::TileSource::shared(settings->integrationValue(u"map"_s, u"tile_url"_s).toString().trimmed(),
            ops::map::TileSource::defaultCacheDir(),
            cacheMb > 0 ? cacheMb * 1024 * 1024 : ops::map::TileSource::kDefaultDiskMaxBytes));
}

void CustomerFileWidget::setExportService(ops::csv::ExportService *exports)
{
    m_exports = exports;
    for (GridTools *grid : m_grids)
        if (grid)
            grid->setExportService(exports);
}

void CustomerFileWidget::printSummary()
{
    if (m_loaded)
        CustomerSummary::printInteractive(this, m_file);
}

void CustomerFileWidget::exportSummaryPdf()
{
    if (m_loaded)
        CustomerSummary::exportPdfInteractive(this, m_file, m_banner);
}

void CustomerFileWidget::setDocumentsApi(ops::billing::CustomerDocumentsApi *documents)
{
    m_documents = documents;
    if (m_statementAction) {
        m_printButton->removeAction(m_statementAction);
        delete std::exchange(m_statementAction, nullptr);
    }
    if (!documents)
        return;
    m_statementAction = new QAction(tr("Statement…"), this);
    m_statementAction->setObjectName(u"StatementAction"_s);
    m_statementAction->setToolTip(tr("The customer's statement for a date range: preview, print, save, e-mail"));
    connect(m_statementAction, &QAction::triggered, this, &CustomerFileWidget::openStatement);
    m_printButton->addAction(m_statementAction);
}

void CustomerFileWidget::openStatement()
{
    if (m_documents && m_loaded)
        ::openStatement(m_documents, m_customerId, m_file.customer.code, m_file.customer.displayName, this);
}

void CustomerFileWidget::setAuditApi(ops::audit::AuditApi *audit)
{
    delete std::exchange(m_accessShortcut, nullptr);
    if (m_access) {
        m_sections->removeTab(m_sections->indexOf(m_access));
        delete std::exchange(m_access, nullptr);
    }
    if (m_personalDataAction) {
        m_printButton->removeAction(m_personalDataAction);
        delete m_personalDataAction;
        m_personalDataAction = nullptr;
    }
    if (!audit)
        return;
    m_access = new CustomerAccessPanel(audit, m_customerId, this);
    if (m_loaded)
        m_access->setCustomerCode(m_file.customer.code);
    const int tab = m_sections->addTab(m_access, tr("Who opened this file"));
    m_sections->setTabToolTip(tab, tr("Every opening of this file, by whom and when (Law 25) — Alt+0"));
    m_accessShortcut = new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_0), this, this,
        [this] {
            if (m_access)
                m_sections->setCurrentWidget(m_access);
        },
        Qt::WidgetWithChildrenShortcut);
    m_personalDataAction = new QAction(tr("Export personal data (Law 25)…"), this);
    m_personalDataAction->setObjectName(u"ExportPersonalDataAction"_s);
    connect(m_personalDataAction, &QAction::triggered, m_access, &CustomerAccessPanel::exportPersonalData);
    m_printButton->addAction(m_personalDataAction);
}

void CustomerFileWidget::setPaymentMethodsApi(ops::payments::PaymentMethodsApi *api)
{
    delete std::exchange(m_paymentMethodsShortcut, nullptr);
    if (m_paymentMethods) {
        m_sections->removeTab(m_sections->indexOf(m_paymentMethods));
        delete std::exchange(m_paymentMethods, nullptr);
    }
    if (!api)
        return;
    m_paymentMethods = new PaymentMethodsPanel(api, m_customerId, this);
    m_paymentMethods->setChangeFeed(m_feed);
    const int tab = m_sections->addTab(m_paymentMethods, tr("Payment methods"));
    m_sections->setTabToolTip(tab,
        tr("Cards and bank accounts saved at Stripe, the default method and pre-authorized payments — Alt+Shift+P"));
    m_paymentMethodsShortcut = new QShortcut(
        QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_P), this, this,
        [this] {
            if (m_paymentMethods)
                m_sections->setCurrentWidget(m_paymentMethods);
        },
        Qt::WidgetWithChildrenShortcut);
}

void CustomerFileWidget::setCpeApi(ops::cpe::CpeApi *api)
{
    m_cpe->setApi(api);
}

void CustomerFileWidget::setCampaignsApi(ops::campaigns::CampaignApi *api)
{
    if (m_campaigns) {
        m_sections->removeTab(m_sections->indexOf(m_campaigns));
        delete std::exchange(m_campaigns, nullptr);
    }
    if (!api)
        return;
    m_campaigns = new CustomerCampaignsPanel(api, m_customerId, this);
    m_campaigns->setObjectName(u"customerCampaignsPanel"_s);
    m_campaigns->setChangeFeed(m_feed);
    const int tab = m_sections->addTab(m_campaigns, tr("Campaigns"));
    m_sections->setTabToolTip(tab, tr("The e-mail and SMS campaigns this customer received, with their status"));
}
