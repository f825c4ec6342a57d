#include "ui/customers/CustomerFileWidget.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/customers/CustomerService.h"
#include "core/live/ChangeFeed.h"
#include "ui/common/BusyOverlay.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StatusChip.h"
#include "ui/common/StatusChipDelegate.h"
#include "ui/customers/LocationsModel.h"
#include "ui/customers/SubscriptionsModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::customers::Customer;
using ops::customers::CustomerFile;

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

CustomerFileWidget::CustomerFileWidget(ops::customers::CustomerService *service, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_locations(new LocationsModel(this))
    , m_subscriptions(new SubscriptionsModel(this))
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

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(12, 8, 12, 12);
    bodyLayout->setSpacing(4);
    auto *splitter = new QSplitter(Qt::Vertical, body);
    splitter->setChildrenCollapsible(false);

    auto section = [splitter](QLabel *title, QTableView *view) {
        auto *box = new QWidget(splitter);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 4, 0, 4);
        v->setSpacing(4);
        title->setObjectName(u"SectionTitle"_s);
        v->addWidget(title);
        v->addWidget(view, 1);
        splitter->addWidget(box);
    };
    m_locationsTitle = new QLabel(tr("Service locations"), body);
    m_locationsView =
        buildTable(m_locations, LocationsModel::SortRole, LocationsModel::Status, LocationsModel::StatusKeyRole);
    m_locationsView->setAccessibleName(tr("Service locations"));
    m_locationsView->horizontalHeader()->setSectionResizeMode(LocationsModel::Address, QHeaderView::Stretch);
    section(m_locationsTitle, m_locationsView);

    m_subscriptionsTitle = new QLabel(tr("Subscriptions"), body);
    m_subscriptionsView = buildTable(
        m_subscriptions, SubscriptionsModel::SortRole, SubscriptionsModel::Status, SubscriptionsModel::StatusKeyRole);
    m_subscriptionsView->setAccessibleName(tr("Subscriptions"));
    m_subscriptionsView->horizontalHeader()->setSectionResizeMode(SubscriptionsModel::Plan, QHeaderView::Stretch);
    section(m_subscriptionsTitle, m_subscriptionsView);
    bodyLayout->addWidget(splitter, 1);
    layout->addWidget(body, 1);

    setStyleSheet(u"QFrame#CustomerHeader { background: palette(base); border-bottom: 1px solid #d9dee3; }"
                  "QLabel#CustomerName { font-size: 17pt; font-weight: 600; color: #1d2733; }"
                  "QLabel#CustomerCode { color: #5b6672; font-family: monospace; font-size: 10.5pt; }"
                  "QLabel#FieldCaption { color: #6b7580; font-size: 8.5pt; }"
                  "QLabel#BalanceValue { font-size: 13pt; font-weight: 600; }"
                  "QLabel#SectionTitle { font-weight: 600; color: #2b3642; }"_s);

    m_busy = new BusyOverlay(this);
    reload();
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

QTableView *CustomerFileWidget::buildTable(QAbstractItemModel *model, int sortRole, int statusColumn, int statusKeyRole)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
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
    view->setItemDelegateForColumn(statusColumn, new StatusChipDelegate(statusKeyRole, view));
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
    ops::runThen(m_service->loadFile(m_customerId), this, [this, seq](const ops::Result<CustomerFile> &r) {
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
    showHeader(m_file.customer);
    m_locations->setLocations(m_file.locations);
    m_subscriptions->setSubscriptions(m_file.subscriptions);
    m_locationsTitle->setText(tr("Service locations (%1)").arg(m_file.locations.size()));
    m_subscriptionsTitle->setText(tr("Subscriptions (%1)").arg(m_file.subscriptions.size()));
    emit titleChanged(tabTitle());
    emit loaded(m_customerId);
}

void CustomerFileWidget::showHeader(const Customer &c)
{
    const QLocale locale;
    m_name->setText(c.displayName);
    m_code->setText(c.code);
    m_status->setStatus(c.status);
    m_kind->setText(c.kind == "business"_L1 ? tr("Business") : tr("Residential"));
    m_balance->setText(c.balance.format(locale));
    const char *balanceColor = c.balance.cents() > 0 ? "#b3261e" : (c.balance.cents() < 0 ? "#1b5e20" : "#1d2733");
    m_balance->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(balanceColor)));
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
}

bool CustomerFileWidget::concerns(const ops::live::Change &change) const
{
    if (change.table == "customers"_L1)
        return change.touches(m_customerId);
    // Location and subscription payloads carry their own ids, not the customer's: a change to a row we show, or any
    // insert (it may be ours; one cheap re-read tells).
    if (change.table == "service_locations"_L1) {
        if (change.op == u'I' || change.many())
            return true;
        for (const auto &l : m_file.locations)
            if (change.ids.contains(l.id))
                return true;
        return false;
    }
    if (change.table == "subscriptions"_L1) {
        if (change.op == u'I' || change.many())
            return true;
        for (const auto &sub : m_file.subscriptions)
            if (change.ids.contains(sub.id))
                return true;
        return false;
    }
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
    ops::runThen(m_service->loadFile(m_customerId), this, [this, seq](const ops::Result<CustomerFile> &r) {
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
    m_locations->setRows(m_file.locations);
    m_subscriptions->setRows(m_file.subscriptions);
    m_locationsTitle->setText(tr("Service locations (%1)").arg(m_file.locations.size()));
    m_subscriptionsTitle->setText(tr("Subscriptions (%1)").arg(m_file.subscriptions.size()));
    if (tabTitle() != oldTitle)
        emit titleChanged(tabTitle());
    ++m_liveRefreshes;
    emit liveRefreshed(m_customerId);
}
