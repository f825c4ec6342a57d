#pragma once

#include <QPointer>
#include <QWidget>

#include "core/staff/StaffTypes.h"

class MessageBanner;
class QAction;
class QSortFilterProxyModel;
class QToolBar;
class QTreeView;
class StaffListModel;

namespace ops::staff {
class StaffApi;
}

// The "Administration" section: the staff list (login, name, group, e-mail, state, last change) and what an admin
// does with it: invite (temporary password e-mailed or shown once), change group, reset password, deactivate (after
// confirming). Every call is asynchronous; refusals show their translated message in the banner. Shown only to a
// session that may manage staff (MainWindow decides).
class AdministrationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationWidget(QWidget *parent = nullptr);
    ~AdministrationWidget() override;

    // null while disconnected: the list empties. emailAvailable: invitations may be e-mailed (a sender is set up).
    void setStaffApi(ops::staff::StaffApi *api, bool emailAvailable = false);
    void reload();

    // The actions, on the selected row (each opens its dialog, non-blocking).
    void invite();
    void changeGroup();
    void resetPassword();
    void deactivate();

    const ops::staff::StaffMember *selectedMember() const;
    void selectLogin(const QString &login);

    StaffListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    QAction *inviteAction() const { return m_invite; }
    QAction *groupAction() const { return m_group; }
    QAction *resetAction() const { return m_reset; }
    QAction *deactivateAction() const { return m_deactivate; }
    QAction *refreshAction() const { return m_refresh; }

signals:
    // A call finished (list loaded, action done or refused): for tests and the status bar.
    void idle();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void showError(const ops::Error &error);
    void showIssued(const ops::staff::PasswordIssued &issued, const QString &displayName);
    void runInvite(const ops::staff::StaffInvite &invite);

    QPointer<ops::staff::StaffApi> m_api;
    bool m_emailAvailable = false;
    StaffListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_invite = nullptr;
    QAction *m_group = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_deactivate = nullptr;
    QAction *m_refresh = nullptr;
    QMetaObject::Connection m_changed;
    int m_pending = 0; // calls in flight
};
