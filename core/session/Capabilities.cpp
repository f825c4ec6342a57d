#include "core/session/Capabilities.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ops {

Capabilities Capabilities::unrestricted(const QString &role)
{
    Capabilities c;
    c.known = true;
    c.role = role;
    c.superuser = true;
    c.group = u"admin"_s;
    c.editCustomers = c.createCustomers = c.editLocations = c.editSubscriptions = c.writeTickets = c.writeMessages =
        true;
    c.readAudit = c.manageStaff = c.revealRadius = c.billing = true;
    c.enqueueOutbox = c.readOutbox = c.manageOutbox = c.readSecrets = true;
    c.readDispatch = c.writeDispatch = c.manageRegions = true;
    return c;
}

bool Capabilities::allows(Action action) const
{
    switch (action) {
    case Action::EditCustomers:
        return editCustomers;
    case Action::CreateCustomers:
        return createCustomers;
    case Action::EditLocations:
        return editLocations;
    case Action::EditSubscriptions:
        return editSubscriptions;
    case Action::WriteTickets:
        return writeTickets;
    case Action::WriteMessages:
        return writeMessages;
    case Action::ReadAudit:
        return readAudit;
    case Action::ManageStaff:
        return manageStaff;
    case Action::RevealRadius:
        return revealRadius;
    case Action::Billing:
        return billing;
    case Action::EnqueueOutbox:
        return enqueueOutbox;
    case Action::ReadOutbox:
        return readOutbox;
    case Action::ManageOutbox:
        return manageOutbox;
    case Action::ManageSettings:
        return readSecrets;
    case Action::ReadDispatch:
        return readDispatch;
    case Action::WriteDispatch:
        return writeDispatch;
    case Action::ManageRegions:
        return manageRegions;
    }
    return false;
}

QString Capabilities::groupLabel() const
{
    if (group == "dispatcher"_L1)
        return QCoreApplication::translate("ops::Capabilities", "dispatcher");
    if (group == "billing"_L1)
        return QCoreApplication::translate("ops::Capabilities", "billing");
    if (group == "manager"_L1)
        return QCoreApplication::translate("ops::Capabilities", "manager");
    if (group == "admin"_L1)
        return QCoreApplication::translate("ops::Capabilities", "administrator");
    if (group == "technician"_L1)
        return QCoreApplication::translate("ops::Capabilities", "technician");
    return QCoreApplication::translate("ops::Capabilities", "no group");
}

QString Capabilities::whyNot(Action action) const
{
    if (allows(action))
        return {};
    if (!known)
        return QCoreApplication::translate("ops::Capabilities", "Reading what your role allows…");
    const QString g = groupLabel();
    switch (action) {
    case Action::EditCustomers:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow editing customers.")
            .arg(g);
    case Action::CreateCustomers:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow creating customers.")
            .arg(g);
    case Action::EditLocations:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow editing service locations or equipment.")
            .arg(g);
    case Action::EditSubscriptions:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow editing subscriptions.")
            .arg(g);
    case Action::WriteTickets:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow changing tickets.")
            .arg(g);
    case Action::WriteMessages:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow writing ticket messages.")
            .arg(g);
    case Action::ReadAudit:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow reading the audit log.")
            .arg(g);
    case Action::ManageStaff:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow managing staff accounts.")
            .arg(g);
    case Action::RevealRadius:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow revealing RADIUS passwords.")
            .arg(g);
    case Action::Billing:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow billing (invoices and payments).")
            .arg(g);
    case Action::EnqueueOutbox:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow sending messages or payments.")
            .arg(g);
    case Action::ReadDispatch:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow seeing the dispatch board.")
            .arg(g);
    case Action::WriteDispatch:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow placing or moving dispatch jobs.")
            .arg(g);
    case Action::ManageRegions:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow changing the dispatch regions.")
            .arg(g);
    case Action::ReadOutbox:
        return QCoreApplication::translate("ops::Capabilities", "Your role (%1) does not allow viewing the outbox.")
            .arg(g);
    case Action::ManageOutbox:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow retrying or cancelling outbox rows.")
            .arg(g);
    case Action::ManageSettings:
        return QCoreApplication::translate(
            "ops::Capabilities", "Your role (%1) does not allow changing the integration settings.")
            .arg(g);
    }
    return {};
}

} // namespace ops
