#pragma once

#include <QMetaType>
#include <QString>

namespace ops {

// What the connected role may do, read once at connect (CapabilitiesRepository: one query on the catalogs and the
// privilege functions) and again when the session reconnects. The UI hides or disables what is not allowed and says
// why (whyNot); the database enforces it anyway (a denied statement answers 42501 → Error::Kind::Forbidden).
// A value type: cheap to copy, crosses threads.
struct Capabilities
{
    // One per thing a screen gates; each maps to the privileges it needs (CapabilitiesRepository.cpp).
    enum class Action
    {
        EditCustomers, // UPDATE customers
        CreateCustomers, // INSERT customers
        EditLocations, // INSERT and UPDATE on service_locations and service_equipment
        EditSubscriptions, // INSERT and UPDATE on subscriptions
        WriteTickets, // INSERT and UPDATE tickets
        WriteMessages, // INSERT ticket_messages
        ReadAudit, // SELECT audit_log
        ManageStaff, // EXECUTE the staff-management functions
        RevealRadius, // EXECUTE ops_reveal_radius_pwd (audited reveal), or SELECT subscriptions.radius_pwd
        Billing, // INSERT invoices and payments
        EnqueueOutbox, // INSERT outbox
        ReadOutbox, // SELECT outbox
        ManageOutbox, // UPDATE outbox (retry, cancel)
        ManageSettings, // integration settings and their secrets (admin)
        ReadDispatch, // SELECT dispatch_technicians and dispatch_jobs (the board)
        WriteDispatch, // UPDATE dispatch_jobs and INSERT/DELETE job_technicians (placing jobs on the board)
        ManageRegions, // INSERT/DELETE region_rules and EXECUTE ops_region_reassign (admin)
    };

    bool known = false; // read from a server (false: default-constructed, nothing allowed)
    QString role; // current_user
    bool superuser = false; // => every capability
    QString group; // dispatcher|billing|manager|admin|technician, or empty (no group)

    bool editCustomers = false;
    bool createCustomers = false;
    bool editLocations = false;
    bool editSubscriptions = false;
    bool writeTickets = false;
    bool writeMessages = false;
    bool readAudit = false;
    bool manageStaff = false;
    bool revealRadius = false;
    bool billing = false;
    bool enqueueOutbox = false;
    bool readOutbox = false;
    bool manageOutbox = false;
    bool readSecrets = false; // integration secrets (API keys): admin
    bool readDispatch = false;
    bool writeDispatch = false;
    bool manageRegions = false;

    // Everything allowed (a superuser; and the screens' default before a session says otherwise).
    static Capabilities unrestricted(const QString &role = {});

    bool allows(Action action) const;
    // The group for people: "dispatcher" → "répartiteur" (translated); "no group" when empty.
    QString groupLabel() const;
    // Why the action is not allowed, as a full translated sentence naming the role: "Your role (dispatcher) does not
    // allow editing customers." Empty when it is allowed.
    QString whyNot(Action action) const;

    bool operator==(const Capabilities &other) const = default;
};

} // namespace ops

Q_DECLARE_METATYPE(ops::Capabilities)
