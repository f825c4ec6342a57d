// The main window's toolbar, menus and About box (MainWindow.cpp holds the rest).
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QToolBar>

#include "core/settings/Settings.h"
#include "ui/common/Icons.h"
#include "ui/common/RoleGate.h"
#include "ui/common/Theme.h"
#include "ui/customers/CustomersWorkspace.h"
#include "ui/main/MainWindow.h"
#include "ui/search/GlobalSearch.h"

using namespace Qt::Literals::StringLiterals;

void MainWindow::buildToolBar()
{
    auto *bar = new QToolBar(tr("Main toolbar"), this);
    bar->setObjectName(u"MainToolBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    bar->setStyleSheet(Theme::styled(
        u"QToolBar#MainToolBar { background: @ToolbarBackground; border-bottom: 1px solid @Border;"
        " padding: 5px 10px; spacing: 12px; }"
        "QLabel#Brand { font-weight: 700; font-size: 11.5pt; color: @TextBrand; padding-right: 10px; }"_s));
    auto *brand = new QLabel(tr("Targo Ops"), bar);
    brand->setObjectName(u"Brand"_s);
    bar->addWidget(brand);
    m_search->setMaximumWidth(620);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    bar->addWidget(m_search);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // a disabled action says why (RoleGate)
    QAction *newCustomer = file->addAction(tr("&New customer…"));
    m_newCustomerAction = newCustomer;
    newCustomer->setObjectName(u"newCustomerAction"_s);
    newCustomer->setShortcut(QKeySequence::New);
    connect(newCustomer, &QAction::triggered, this, [this] {
        showSection(NavigationBar::Section::Customers);
        m_customers->newCustomer();
    });
    QAction *connection = file->addAction(Icons::icon(Icons::Glyph::Settings), tr("&Connection settings…"));
    connection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(connection, &QAction::triggered, this, &MainWindow::connectionSettingsRequested);
    QAction *integrations = file->addAction(Icons::icon(Icons::Glyph::Settings), tr("&Integrations…"));
    integrations->setObjectName(u"integrationSettingsAction"_s);
    m_integrationsAction = integrations;
    connect(integrations, &QAction::triggered, this, &MainWindow::integrationSettingsRequested);
    m_erpnextImportAction = file->addAction(Icons::icon(Icons::Glyph::Database), tr("Import from &ERPNext…"));
    m_erpnextImportAction->setObjectName(u"erpnextImportAction"_s);
    m_erpnextImportAction->setVisible(false); // admins, once a session is attached (setCapabilities)
    connect(m_erpnextImportAction, &QAction::triggered, this, &MainWindow::erpnextImportRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The shortcut itself is an application-wide QShortcut; the menu only shows it.
    QAction *search = view->addAction(Icons::icon(Icons::Glyph::Search), tr("&Search…") + u"\tCtrl+K"_s);
    connect(search, &QAction::triggered, m_search, &GlobalSearch::activate);
    view->addSeparator();
    QAction *customers = view->addAction(Icons::icon(Icons::Glyph::Customers), tr("&Customers"));
    customers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(customers, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Customers); });
    QAction *tickets = view->addAction(Icons::icon(Icons::Glyph::Info), tr("&Tickets"));
    tickets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(tickets, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Tickets); });
    QAction *outbox = view->addAction(Icons::icon(Icons::Glyph::Pulse), tr("&Outbox"));
    outbox->setObjectName(u"outboxViewAction"_s);
    m_outboxViewAction = outbox;
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(outbox, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Outbox); });
    m_auditAction = view->addAction(Icons::icon(Icons::Glyph::Database), tr("&Audit log"));
    m_auditAction->setObjectName(u"auditLogAction"_s);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_dispatchAction = view->addAction(Icons::icon(Icons::Glyph::Location), tr("&Dispatch board"));
    m_dispatchAction->setObjectName(u"dispatchViewAction"_s);
    m_dispatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_dispatchAction->setVisible(false); // roles that read the board (applyDispatchAccess)
    connect(m_dispatchAction, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Dispatch); });
    m_billingAction = view->addAction(Icons::icon(Icons::Glyph::Check), tr("&Billing"));
    m_billingAction->setObjectName(u"billingViewAction"_s);
    m_billingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_billingAction->setVisible(false); // roles that may bill (applyBillingAccess)
    connect(m_billingAction, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Billing); });
    m_campaignsAction = view->addAction(Icons::icon(Icons::Glyph::Pulse), tr("Ca&mpaigns"));
    m_campaignsAction->setObjectName(u"campaignsViewAction"_s);
    m_campaignsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_campaignsAction->setVisible(false); // billing roles, admins, managers (applyCampaignsAccess)
    connect(m_campaignsAction, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Campaigns); });
    m_mapAction = view->addAction(Icons::icon(Icons::Glyph::Map), tr("M&ap"));
    m_mapAction->setObjectName(u"mapViewAction"_s);
    m_mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_mapAction->setVisible(false); // roles that read the board (applyMapAccess)
    connect(m_mapAction, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Map); });
    m_auditAction->setVisible(false); // managers and admins only (setAuditAccess)
    connect(m_auditAction, &QAction::triggered, this, [this] { showSection(NavigationBar::Section::Audit); });
    QAction *closeFile = view->addAction(tr("C&lose customer file") + u"\tCtrl+W"_s);
    connect(closeFile, &QAction::triggered, m_customers, &CustomersWorkspace::closeCurrentFile);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Targo Ops"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Targo Ops"),
        tr("<b>Targo Ops %1</b><br>Operations client for Gigafibre — TARGO Internet.<br>"
           "Customer files, dispatch, billing and campaigns on PostgreSQL.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
