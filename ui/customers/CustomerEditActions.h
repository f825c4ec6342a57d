#pragma once

#include <QPointer>
#include <QWidget>

#include "core/session/Capabilities.h"

class CustomerFileWidget;
class EntityEditDialog;
class QPushButton;
class SubscriptionEditDialog;
class QTableView;

namespace ops::customers {
class CustomerApi;
}

// The edit bar of a customer file: "Edit customer", "New location / equipment / subscription" and "Edit" on the
// selected row (button, context menu, F2). Each opens its edit dialog (window-modal, never blocking the event loop);
// a save re-reads the file (live NOTIFY refreshes the other workstations).
class CustomerEditActions : public QWidget
{
    Q_OBJECT
public:
    CustomerEditActions(ops::customers::CustomerApi *service, CustomerFileWidget *file);
    ~CustomerEditActions() override;

    EntityEditDialog *editCustomer();
    EntityEditDialog *newLocation();
    EntityEditDialog *newEquipment();
    EntityEditDialog *newSubscription();
    EntityEditDialog *editSelected(); // the selected row of the current section tab; nullptr when none
    EntityEditDialog *currentDialog() const;

    // The role's capabilities: "Edit customer" needs EditCustomers, the location and equipment editors EditLocations,
    // the subscription editor EditSubscriptions ("Edit selected" follows the current tab); a denied button is disabled
    // with the reason as its tooltip, and its menu entry, F2 and double-click do nothing. Default: everything allowed.
    void setCapabilities(const ops::Capabilities &caps);
    QPushButton *actionButton(const QString &objectName) const;
    // Whether the role may change the network fields of locations and devices (dispatch through the column grants of
    // migration 0032, admins through their full rights): a dispatcher's "Edit" opens them with the others locked.
    static bool mayEditNetwork(const ops::Capabilities &caps);

signals:
    void dialogOpened(EntityEditDialog *dialog);

private:
    EntityEditDialog *show(EntityEditDialog *dialog);
    bool allowedOn(int section) const;
    static ops::Capabilities::Action actionFor(int section);
    static bool networkSection(int section);
    void updateEditSelected();
    SubscriptionEditDialog *subscriptionDialog(qint64 id);
    qint64 selectedId(QTableView *view, int idRole) const;
    QTableView *sectionView(int section) const;

    QPointer<ops::customers::CustomerApi> m_service;
    CustomerFileWidget *m_file;
    QPointer<EntityEditDialog> m_dialog;
    ops::Capabilities m_caps = ops::Capabilities::unrestricted();
};
