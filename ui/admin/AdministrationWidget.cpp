#include "ui/admin/AdministrationWidget.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/staff/StaffApi.h"
#include "ui/admin/StaffDialogs.h"
#include "ui/admin/StaffListModel.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::Error;
using ops::Result;
using ops::Status;
using ops::staff::PasswordDelivery;
using ops::staff::PasswordIssued;
using ops::staff::StaffMember;

AdministrationWidget::AdministrationWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new StaffListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_banner(new MessageBanner(this))
    , m_toolbar(new QToolBar(this))
{
    setObjectName(u"AdministrationWidget"_s);
    auto *title = new QLabel(tr("Staff accounts"), this);
    title->setObjectName(u"sectionTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);

    m_invite =
        m_toolbar->addAction(Icons::icon(Icons::Glyph::User), tr("&Invite…"), this, &AdministrationWidget::invite);
    m_invite->setShortcut(QKeySequence::New);
    m_invite->setToolTip(tr("Create a login for a new staff member (Ctrl+N)"));
    m_group = m_toolbar->addAction(tr("Change &group…"), this, &AdministrationWidget::changeGroup);
    m_group->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_reset = m_toolbar->addAction(tr("&Reset password…"), this, &AdministrationWidget::resetPassword);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_deactivate = m_toolbar->addAction(tr("&Deactivate…"), this, &AdministrationWidget::deactivate);
    m_deactivate->setShortcut(QKeySequence::Delete);
    m_deactivate->setToolTip(tr("No more logins, open sessions ended; the history is kept (Del)"));
    m_toolbar->addSeparator();
    m_refresh =
        m_toolbar->addAction(Icons::icon(Icons::Glyph::Refresh), tr("Refresh"), this, &AdministrationWidget::reload);
    m_refresh->setShortcut(QKeySequence::Refresh);
    // The shortcuts work anywhere in the section (the list has the focus), not only on the toolbar.
    for (QAction *a : {m_invite, m_group, m_reset, m_deactivate, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StaffListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"staffList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StaffListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Staff accounts"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(StaffListModel::Login, 150);
    m_view->header()->resizeSection(StaffListModel::Name, 190);
    m_view->header()->resizeSection(StaffListModel::Group, 120);
    m_view->header()->resizeSection(StaffListModel::Email, 210);
    m_view->header()->resizeSection(StaffListModel::State, 200);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdministrationWidget::updateActions);
    connect(m_view, &QTreeView::activated, this, [this] { changeGroup(); });

    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    updateActions();
}

AdministrationWidget::~AdministrationWidget() = default;

void AdministrationWidget::setStaffApi(ops::staff::StaffApi *api, bool emailAvailable)
{
    disconnect(m_changed);
    m_api = api;
    m_emailAvailable = emailAvailable;
    m_model->setMembers({});
    if (m_api) {
        m_changed = connect(m_api, &ops::staff::StaffApi::staffChanged, this, &AdministrationWidget::reload);
        if (isVisible())
            reload();
    }
    updateActions();
}

void AdministrationWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AdministrationWidget::reload()
{
    if (!m_api)
        return;
    ++m_pending;
    ops::runThen(m_api->list(), this, [this](const Result<QList<StaffMember>> &r) {
        --m_pending;
        if (r.ok())
            m_model->setMembers(r.value());
        else
            showError(r.error());
        updateActions();
        emit idle();
    });
}

const StaffMember *AdministrationWidget::selectedMember() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->memberAt(m_proxy->mapToSource(rows.first()).row());
}

void AdministrationWidget::selectLogin(const QString &login)
{
    const int row = m_model->rowOfLogin(login);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void AdministrationWidget::updateActions()
{
    const StaffMember *m = selectedMember();
    // The database's own superuser is not managed here; a deactivated account keeps its history only.
    const bool manageable = m_api && m && !m->superuser;
    m_invite->setEnabled(m_api != nullptr);
    m_refresh->setEnabled(m_api != nullptr);
    m_group->setEnabled(manageable);
    m_reset->setEnabled(manageable && m->active);
    m_deactivate->setEnabled(manageable && m->active);
    const QString why =
        m && m->superuser ? tr("The database's own administrator account is managed on the server.") : QString();
    for (QAction *a : {m_group, m_reset, m_deactivate})
        a->setStatusTip(why);
}

void AdministrationWidget::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->showError(
        error.userMessage.isEmpty() ? tr("The staff accounts could not be changed.") : error.userMessage);
}

void AdministrationWidget::showIssued(const PasswordIssued &issued, const QString &displayName)
{
    if (issued.outboxId) {
        m_banner->showSuccess(tr("The temporary password of %1 (%2) is being e-mailed (outbox item %3).")
                                  .arg(displayName, issued.login)
                                  .arg(*issued.outboxId));
        return;
    }
    m_banner->showSuccess(tr("%1 (%2) can now log in with the temporary password.").arg(displayName, issued.login));
    auto *dialog = new TemporaryPasswordDialog(issued.login, issued.temporaryPassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AdministrationWidget::invite()
{
    if (!m_api)
        return;
    auto *dialog = new InviteStaffDialog(m_emailAvailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runInvite(dialog->invite()); });
    dialog->open();
}

void AdministrationWidget::runInvite(const ops::staff::StaffInvite &invite)
{
    if (!m_api)
        return;
    ++m_pending;
    ops::runThen(m_api->invite(invite), this, [this, invite](const Result<PasswordIssued> &r) {
        --m_pending;
        if (r.ok()) {
            showIssued(r.value(), invite.displayName);
            selectLogin(invite.login);
        } else {
            showError(r.error());
        }
        emit idle();
    });
}

void AdministrationWidget::changeGroup()
{
    const StaffMember *m = selectedMember();
    if (!m_api || !m || !m_group->isEnabled())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"changeGroupDialog"_s);
    dialog->setWindowTitle(tr("Change group"));
    dialog->setLabelText(tr("Group of %1 (%2):").arg(m->displayName, m->login));
    QStringList names;
    const QStringList groups = ops::staff::assignableGroups();
    for (const QString &g : groups)
        names << ops::staff::groupDisplayName(g);
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(ops::staff::groupDisplayName(m->group));
    const QString login = m->login;
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, login, groups, names] {
        const QString group = groups.value(names.indexOf(dialog->textValue()));
        if (group.isEmpty() || !m_api)
            return;
        ++m_pending;
        ops::runThen(m_api->setGroup(login, group), this, [this, login, group](const Status &s) {
            --m_pending;
            if (s.ok())
                m_banner->showSuccess(tr("%1 is now in the group %2.").arg(login, ops::staff::groupDisplayName(group)));
            else
                showError(s.error());
            emit idle();
        });
    });
    dialog->open();
}

void AdministrationWidget::resetPassword()
{
    const StaffMember *m = selectedMember();
    if (!m_api || !m || !m_reset->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset password"),
        tr("Give %1 (%2) a new temporary password? The current password stops working at once.")
            .arg(m->displayName, m->login),
        QMessageBox::Cancel, this);
    box->setObjectName(u"resetPasswordBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *show = box->addButton(tr("&Show it once"), QMessageBox::AcceptRole);
    QPushButton *mail = nullptr;
    if (m_emailAvailable && !m->email.isEmpty())
        mail = box->addButton(tr("&E-mail it to %1").arg(m->email), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString login = m->login;
    const QString name = m->displayName;
    connect(box, &QMessageBox::buttonClicked, this, [this, show, mail, login, name](QAbstractButton *b) {
        if (b != show && (mail == nullptr || b != mail))
            return;
        if (!m_api)
            return;
        const PasswordDelivery delivery = b == show ? PasswordDelivery::ShowOnce : PasswordDelivery::Email;
        ++m_pending;
        ops::runThen(m_api->resetPassword(login, delivery), this, [this, name](const Result<PasswordIssued> &r) {
            --m_pending;
            if (r.ok())
                showIssued(r.value(), name);
            else
                showError(r.error());
            emit idle();
        });
    });
    box->open();
}

void AdministrationWidget::deactivate()
{
    const StaffMember *m = selectedMember();
    if (!m_api || !m || !m_deactivate->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Deactivate"),
        tr("Deactivate %1 (%2)? This login will no longer connect and its open sessions are ended now. Its history "
           "(tickets, messages, audit) is kept.")
            .arg(m->displayName, m->login),
        QMessageBox::Cancel, this);
    box->setObjectName(u"deactivateBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Deactivate"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString login = m->login;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, login](QAbstractButton *b) {
        if (b != yes || !m_api)
            return;
        ++m_pending;
        ops::runThen(m_api->deactivate(login), this, [this, login](const Result<int> &r) {
            --m_pending;
            if (r.ok())
                m_banner->showSuccess(
                    tr("%1 is deactivated (%n session(s) ended). The history is kept.", nullptr, r.value()).arg(login));
            else
                showError(r.error());
            emit idle();
        });
    });
    box->open();
}
