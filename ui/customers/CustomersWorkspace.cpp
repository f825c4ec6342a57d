#include "ui/customers/CustomersWorkspace.h"

#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/audit/AuditApi.h"
#include "core/billing/CustomerDocumentsApi.h"
#include "core/customers/CustomerApi.h"
#include "core/export/ExportService.h"
#include "core/live/ChangeFeed.h"
#include "core/payments/PaymentMethodsApi.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomerEditDialogs.h"
#include "ui/customers/CustomerFileWidget.h"
#include "ui/customers/CustomerFileWindow.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRecentMax = 12;
constexpr int kCustomerIdRole = Qt::UserRole + 1;
} // namespace

CustomersWorkspace::CustomersWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"CustomersWorkspace"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    m_tabs->addTab(buildStartPage(), Icons::icon(Icons::Glyph::Home), tr("Start"));
    // The start page stays: no close button on it.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &CustomersWorkspace::closeTab);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &CustomersWorkspace::showTabMenu);
    auto *detachShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, this,
        &CustomersWorkspace::detachCurrentFile, Qt::WidgetWithChildrenShortcut);
    detachShortcut->setObjectName(u"detachFileShortcut"_s);

    auto *closeShortcut = new QShortcut(
        QKeySequence::Close, this, this, &CustomersWorkspace::closeCurrentFile, Qt::WidgetWithChildrenShortcut);
    closeShortcut->setObjectName(u"closeFileShortcut"_s);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Tab), this, this, [this] { cycleTabs(1); }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this, this, [this] { cycleTabs(-1); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Backtab), this, this, [this] { cycleTabs(-1); },
        Qt::WidgetWithChildrenShortcut);
}

CustomersWorkspace::~CustomersWorkspace() = default;

QWidget *CustomersWorkspace::buildStartPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"CustomersStart"_s);
    page->setStyleSheet(
        Theme::styled(u"QWidget#CustomersStart { background: @Window; }"
                      "QLabel#StartTitle { font-size: 18pt; font-weight: 600; color: @Text; }"
                      "QLabel#StartHint { color: @TextMuted; }"
                      "QLabel#StartSection { font-weight: 600; color: @TextSectionTitle; margin-top: 14px; }"
                      "QPushButton#StartSearch { text-align: left; padding: 9px 12px; font-size: 11pt;"
                      " color: @TextMuted; background: @Base; border: 1px solid @FieldBorder; border-radius: 6px; }"
                      "QPushButton#StartSearch:hover { border-color: @Accent; }"
                      "QListWidget { background: @Base; border: 1px solid @Divider; border-radius: 6px; }"
                      "QListWidget::item { padding: 5px 6px; }"_s));
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(8);
    column->addSpacing(36);
    auto *title = new QLabel(tr("Customers"), page);
    title->setObjectName(u"StartTitle"_s);
    column->addWidget(title);
    auto *hint = new QLabel(tr("Find a customer by name, code, address, phone, e-mail, account number, equipment "
                               "serial or MAC address. Results appear as you type."),
        page);
    hint->setObjectName(u"StartHint"_s);
    hint->setWordWrap(true);
    column->addWidget(hint);
    auto *search = new QPushButton(Icons::icon(Icons::Glyph::Search), tr("Search…  (Ctrl+K)"), page);
    search->setObjectName(u"StartSearch"_s);
    search->setCursor(Qt::PointingHandCursor);
    connect(search, &QPushButton::clicked, this, &CustomersWorkspace::searchRequested);
    column->addWidget(search);

    auto *recentTitle = new QLabel(tr("Recently opened"), page);
    recentTitle->setObjectName(u"StartSection"_s);
    column->addWidget(recentTitle);
    m_recentEmpty = new QLabel(tr("Customer files you open appear here."), page);
    m_recentEmpty->setObjectName(u"StartHint"_s);
    column->addWidget(m_recentEmpty);
    m_recent = new QListWidget(page);
    m_recent->setAccessibleName(tr("Recently opened customer files"));
    m_recent->setMaximumHeight(320);
    m_recent->hide();
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openCustomer(item->data(kCustomerIdRole).toLongLong()); });
    column->addWidget(m_recent);
    column->addStretch(1);

    auto *columnWidget = new QWidget(page);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(640);
    columnWidget->setMinimumWidth(420);
    outer->addWidget(columnWidget, 3);
    outer->addStretch(1);
    return page;
}

void CustomersWorkspace::setCustomerService(ops::customers::CustomerApi *service)
{
    if (m_service == service)
        return;
    closeAllFiles();
    m_recent->clear();
    m_recent->hide();
    m_recentEmpty->show();
    m_service = service;
}

void CustomersWorkspace::setChangeFeed(ops::live::ChangeFeed *feed)
{
    m_feed = feed;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setChangeFeed(feed);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            w->file()->setChangeFeed(feed);
}

void CustomersWorkspace::setSettings(ops::Settings *settings)
{
    m_settings = settings;
}

void CustomersWorkspace::setExportService(ops::csv::ExportService *exports)
{
    m_exports = exports;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setExportService(exports);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            w->file()->setExportService(exports);
}

void CustomersWorkspace::setAuditApi(ops::audit::AuditApi *audit)
{
    if (m_audit == audit)
        return;
    m_audit = audit;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setAuditApi(audit);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            w->file()->setAuditApi(audit);
}

void CustomersWorkspace::setDocumentsApi(ops::billing::CustomerDocumentsApi *documents)
{
    if (m_documents == documents)
        return;
    m_documents = documents;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setDocumentsApi(documents);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            w->file()->setDocumentsApi(documents);
}

void CustomersWorkspace::setPaymentMethodsApi(ops::payments::PaymentMethodsApi *api)
{
    if (m_paymentMethods == api)
        return;
    m_paymentMethods = api;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setPaymentMethodsApi(api);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            w->file()->setPaymentMethodsApi(api);
}

void CustomersWorkspace::setCampaignsApi(ops::campaigns::CampaignApi *api)
{
    if (m_campaigns == api)
        return;
    m_campaigns = api;
    forEachFile([api](CustomerFileWidget *file) { file->setCampaignsApi(api); });
}

void CustomersWorkspace::setCpeApi(ops::cpe::CpeApi *api)
{
    if (m_cpe == api)
        return;
    m_cpe = api;
    forEachFile([api](CustomerFileWidget *file) { file->setCpeApi(api); });
}

void CustomersWorkspace::forEachFile(const std::function<void(CustomerFileWidget *)> &fn) const
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            fn(file);
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file())
            fn(w->file());
}

QList<CustomerFileWindow *> CustomersWorkspace::detachedWindows() const
{
    QList<CustomerFileWindow *> out;
    for (const auto &w : m_windows)
        if (w)
            out << w.data();
    return out;
}

CustomerFileWindow *CustomersWorkspace::windowFor(qint64 customerId) const
{
    for (CustomerFileWindow *w : detachedWindows())
        if (w->file() && w->file()->customerId() == customerId)
            return w;
    return nullptr;
}

void CustomersWorkspace::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(index));
    if (index <= 0 || !file)
        return;
    QMenu menu(this);
    QAction *detach = menu.addAction(tr("Detach into a window"));
    detach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *close = menu.addAction(tr("Close"));
    close->setShortcut(QKeySequence::Close);
    QAction *chosen = menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
    if (chosen == detach)
        detachFile(file);
    else if (chosen == close)
        closeTab(m_tabs->indexOf(file));
}

void CustomersWorkspace::detachCurrentFile()
{
    if (CustomerFileWidget *file = currentFile())
        detachFile(file);
}

CustomerFileWindow *CustomersWorkspace::detachFile(CustomerFileWidget *file)
{
    const int index = file ? m_tabs->indexOf(file) : -1;
    if (index <= 0)
        return nullptr;
    m_tabs->removeTab(index);
    auto *window = new CustomerFileWindow(file, m_settings, this);
    m_windows.append(window);
    connect(window, &CustomerFileWindow::attachRequested, this, &CustomersWorkspace::attachFile);
    connect(window, &QObject::destroyed, this, [this] { m_windows.removeAll(nullptr); });
    window->raiseWindow();
    return window;
}

void CustomersWorkspace::attachFile(CustomerFileWindow *window)
{
    if (!window || !m_windows.contains(window))
        return;
    m_windows.removeAll(window);
    CustomerFileWidget *file = window->takeFile();
    if (!file)
        return;
    m_tabs->setCurrentIndex(addFileTab(file, file->tabTitle()));
    file->setFocus();
    this->window()->activateWindow();
}

int CustomersWorkspace::addFileTab(CustomerFileWidget *file, const QString &text)
{
    const int index = m_tabs->addTab(file, Icons::icon(Icons::Glyph::Customer), text);
    m_tabs->setTabToolTip(
        index, file->isLoaded() ? tr("%1 · %2").arg(file->customer().code, file->customer().displayName) : text);
    return index;
}

CustomerFileWidget *CustomersWorkspace::fileFor(qint64 customerId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i));
        if (file && file->customerId() == customerId)
            return file;
    }
    CustomerFileWindow *w = windowFor(customerId);
    return w ? w->file() : nullptr;
}

CustomerFileWidget *CustomersWorkspace::openCustomer(qint64 customerId, const QString &code)
{
    if (CustomerFileWindow *detached = windowFor(customerId)) {
        detached->raiseWindow();
        return detached->file();
    }
    if (auto *existing = fileFor(customerId)) {
        m_tabs->setCurrentWidget(existing);
        existing->setFocus();
        return existing;
    }
    auto *file = new CustomerFileWidget(m_service, customerId, m_tabs);
    file->setChangeFeed(m_feed);
    file->setSettings(m_settings);
    file->setExportService(m_exports);
    file->setCapabilities(m_caps);
    file->setAuditApi(m_audit);
    file->setDocumentsApi(m_documents);
    file->setPaymentMethodsApi(m_paymentMethods);
    file->setCampaignsApi(m_campaigns);
    file->setCpeApi(m_cpe);
    const int index = addFileTab(file, code.isEmpty() ? tr("Customer…") : code);
    connect(file, &CustomerFileWidget::titleChanged, this, [this, file](const QString &title) {
        const int i = m_tabs->indexOf(file);
        if (i < 0)
            return;
        m_tabs->setTabText(i, title);
        m_tabs->setTabToolTip(i, tr("%1 · %2").arg(file->customer().code, file->customer().displayName));
        rememberRecent(file);
    });
    m_tabs->setCurrentIndex(index);
    file->setFocus();
    emit customerOpened(customerId);
    return file;
}

void CustomersWorkspace::rememberRecent(CustomerFileWidget *file)
{
    const qint64 id = file->customerId();
    for (int i = 0; i < m_recent->count(); ++i) {
        if (m_recent->item(i)->data(kCustomerIdRole).toLongLong() == id) {
            delete m_recent->takeItem(i);
            break;
        }
    }
    auto *item = new QListWidgetItem(
        Icons::icon(Icons::Glyph::Customer), tr("%1 · %2").arg(file->customer().code, file->customer().displayName));
    item->setData(kCustomerIdRole, id);
    m_recent->insertItem(0, item);
    while (m_recent->count() > kRecentMax)
        delete m_recent->takeItem(m_recent->count() - 1);
    m_recent->show();
    m_recentEmpty->hide();
}

CustomerFileWidget *CustomersWorkspace::currentFile() const
{
    return qobject_cast<CustomerFileWidget *>(m_tabs->currentWidget());
}

int CustomersWorkspace::openFileCount() const
{
    return m_tabs->count() - 1 + int(detachedWindows().size());
}

void CustomersWorkspace::closeTab(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return; // the start page stays
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    w->deleteLater();
}

void CustomersWorkspace::closeCurrentFile()
{
    closeTab(m_tabs->currentIndex());
}

void CustomersWorkspace::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *file = qobject_cast<CustomerFileWidget *>(m_tabs->widget(i)))
            file->setCapabilities(caps);
    for (CustomerFileWindow *w : detachedWindows())
        w->file()->setCapabilities(caps);
}

void CustomersWorkspace::newCustomer()
{
    if (!m_service || !m_caps.createCustomers)
        return;
    auto *dialog = new CustomerEditDialog(m_service, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntityEditDialog::saved, this, [this](qint64 id) { openCustomer(id); });
    dialog->open();
}

void CustomersWorkspace::closeAllFiles()
{
    while (m_tabs->count() > 1)
        closeTab(m_tabs->count() - 1);
    for (CustomerFileWindow *w : detachedWindows())
        w->close();
    m_windows.clear();
}

void CustomersWorkspace::cycleTabs(int delta)
{
    const int n = m_tabs->count();
    if (n < 2)
        return;
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + n) % n);
}
