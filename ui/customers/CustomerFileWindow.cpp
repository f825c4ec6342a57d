#include "ui/customers/CustomerFileWindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "core/settings/Settings.h"
#include "ui/customers/CustomerFileWidget.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGeometryKey = u"CustomerFileWindow/geometry"_s;
}

CustomerFileWindow::CustomerFileWindow(CustomerFileWidget *file, ops::Settings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_file(file)
    , m_settings(settings)
{
    setObjectName(u"CustomerFileWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 6, 12, 0);
    bar->addStretch(1);
    auto *attach = new QPushButton(tr("Attach back to the tabs"), this);
    attach->setObjectName(u"AttachBackButton"_s);
    attach->setToolTip(tr("Return this customer file to the main window (Ctrl+Shift+D)"));
    bar->addWidget(attach);
    layout->addLayout(bar);
    file->setParent(this);
    layout->addWidget(file, 1);
    file->show();

    connect(attach, &QPushButton::clicked, this, [this] { emit attachRequested(this); });
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, this, [this] { emit attachRequested(this); },
        Qt::WindowShortcut);
    new QShortcut(QKeySequence::Close, this, this, &QWidget::close, Qt::WindowShortcut);
    connect(file, &CustomerFileWidget::titleChanged, this, &CustomerFileWindow::updateTitle);
    updateTitle();

    const QByteArray geometry = m_settings ? m_settings->uiState(kGeometryKey).toByteArray() : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 760);
}

CustomerFileWindow::~CustomerFileWindow() = default;

void CustomerFileWindow::updateTitle()
{
    if (!m_file)
        return;
    const auto &c = m_file->customer();
    setWindowTitle(m_file->isLoaded() ? tr("%1 (%2)").arg(c.displayName, c.code) : m_file->tabTitle());
}

void CustomerFileWindow::saveGeometryState() const
{
    if (m_settings)
        m_settings->setUiState(kGeometryKey, saveGeometry());
}

CustomerFileWidget *CustomerFileWindow::takeFile()
{
    CustomerFileWidget *file = m_file;
    m_file = nullptr;
    if (file) {
        disconnect(file, nullptr, this, nullptr);
        layout()->removeWidget(file);
        file->setParent(nullptr);
    }
    close();
    return file;
}

void CustomerFileWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void CustomerFileWindow::closeEvent(QCloseEvent *event)
{
    saveGeometryState();
    emit closed(this);
    event->accept(); // WA_DeleteOnClose deletes the window and, with it, a file still inside
}
