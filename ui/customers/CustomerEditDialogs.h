#pragma once

#include <optional>

#include <QPointer>

#include "ui/customers/EntityEditDialog.h"

class QLabel;
class QPushButton;

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ops::customers {
class CustomerApi;
}

// A choice offered by a dialog (a location of the customer, a plan): id and label.
struct EditChoice
{
    qint64 id = 0;
    QString label;
};

// Creates (customerId 0) or edits a customer.
class CustomerEditDialog : public EntityEditDialog
{
    Q_OBJECT
public:
    CustomerEditDialog(ops::customers::CustomerApi *service, qint64 customerId, QWidget *parent = nullptr);
    const ops::customers::CustomerEdit &row() const { return m_row; }

protected:
    QMap<QString, QString> formValues() const override;
    QMap<QString, QString> storedValues() const override;
    ops::customers::FieldErrors validateForm(ops::customers::FieldErrors *warnings) const override;
    void submit() override;
    void takeTheirs() override;

private:
    ops::customers::CustomerEdit collect() const;
    void fill(const ops::customers::CustomerEdit &c);

    QPointer<ops::customers::CustomerApi> m_service;
    ops::customers::CustomerEdit m_row;
    std::optional<ops::customers::CustomerEdit> m_theirs;
    QComboBox *m_kind, *m_language, *m_status, *m_casl;
    QLineEdit *m_first, *m_last, *m_company, *m_display, *m_email, *m_phone, *m_phoneAlt, *m_street, *m_city, *m_postal;
    QPlainTextEdit *m_notes;
};

// Creates (locationId 0) or edits a service location of a customer.
class LocationEditDialog : public EntityEditDialog
{
    Q_OBJECT
public:
    LocationEditDialog(
        ops::customers::CustomerApi *service, qint64 customerId, qint64 locationId, QWidget *parent = nullptr);
    const ops::customers::LocationEdit &row() const { return m_row; }
    // The role's reach (CustomerEditDialogs' network part, docs/network.md): everything (admin), the network fields
    // only (dispatch: the others locked, the save writes the network columns alone), or nothing (read-only).
    // why: the tooltip of the locked fields.
    void setAccess(bool editAll, bool editNetwork, const QString &why = {});

protected:
    QMap<QString, QString> formValues() const override;
    QMap<QString, QString> storedValues() const override;
    ops::customers::FieldErrors validateForm(ops::customers::FieldErrors *warnings) const override;
    void submit() override;
    void takeTheirs() override;

private:
    ops::customers::LocationEdit collect(ops::customers::FieldErrors *parseErrors = nullptr) const;
    void fill(const ops::customers::LocationEdit &l);

    QPointer<ops::customers::CustomerApi> m_service;
    ops::customers::LocationEdit m_row;
    std::optional<ops::customers::LocationEdit> m_theirs;
    void addNetworkFields();
    void fillNetwork(const ops::customers::LocationEdit &l);
    void collectNetwork(ops::customers::LocationEdit &l, ops::customers::FieldErrors *parseErrors) const;

    QLineEdit *m_civic, *m_street, *m_unit, *m_city, *m_postal, *m_lat, *m_lon;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QLineEdit *m_olt = nullptr, *m_oltPort = nullptr, *m_vlan = nullptr, *m_ip = nullptr;
    bool m_networkOnly = false;
};

// Creates (equipmentId 0) or edits a device; locations: the customer's, where it may be installed.
class EquipmentEditDialog : public EntityEditDialog
{
    Q_OBJECT
public:
    EquipmentEditDialog(ops::customers::CustomerApi *service, const QList<EditChoice> &locations, qint64 equipmentId,
        QWidget *parent = nullptr);
    const ops::customers::EquipmentEdit &row() const { return m_row; }
    // As LocationEditDialog::setAccess: the network fields are the IP address and the GenieACS id.
    void setAccess(bool editAll, bool editNetwork, const QString &why = {});

protected:
    QMap<QString, QString> formValues() const override;
    QMap<QString, QString> storedValues() const override;
    ops::customers::FieldErrors validateForm(ops::customers::FieldErrors *warnings) const override;
    void submit() override;
    void takeTheirs() override;

private:
    ops::customers::EquipmentEdit collect() const;
    void fill(const ops::customers::EquipmentEdit &e);

    QPointer<ops::customers::CustomerApi> m_service;
    ops::customers::EquipmentEdit m_row;
    std::optional<ops::customers::EquipmentEdit> m_theirs;
    void addNetworkFields();
    void fillNetwork(const ops::customers::EquipmentEdit &e);
    void collectNetwork(ops::customers::EquipmentEdit &e) const;

    QComboBox *m_location, *m_kind, *m_status;
    QLineEdit *m_make, *m_model, *m_serial, *m_mac, *m_firmware;
    QLineEdit *m_ip = nullptr, *m_genieacs = nullptr;
    bool m_networkOnly = false;
};

// Creates (subscriptionId 0) or edits a subscription: plan, location, price, quantity, dates, status, and the RADIUS
// credentials: the user name, a new password (write-only: the stored one is sealed and never loaded), and "Reveal",
// which asks the server for the stored password (audited) for roles that may.
class SubscriptionEditDialog : public EntityEditDialog
{
    Q_OBJECT
public:
    SubscriptionEditDialog(ops::customers::CustomerApi *service, qint64 customerId, const QList<EditChoice> &locations,
        qint64 subscriptionId, QWidget *parent = nullptr);
    const ops::customers::SubscriptionEdit &row() const { return m_row; }
    // Whether this role may reveal a stored RADIUS password; why not (tooltip) when it may not.
    void setRadiusRevealAllowed(bool allowed, const QString &why = {});
    QPushButton *revealButton() const { return m_reveal; }
    QLabel *revealedLabel() const { return m_revealed; }
    QLabel *billedNote() const { return m_billed; }

protected:
    QMap<QString, QString> formValues() const override;
    QMap<QString, QString> storedValues() const override;
    ops::customers::FieldErrors validateForm(ops::customers::FieldErrors *warnings) const override;
    void submit() override;
    void takeTheirs() override;

private:
    ops::customers::SubscriptionEdit collect(ops::customers::FieldErrors *parseErrors = nullptr) const;
    void fill(const ops::customers::SubscriptionEdit &s);
    void maybeLoaded();

    QPointer<ops::customers::CustomerApi> m_service;
    ops::customers::SubscriptionEdit m_row;
    std::optional<ops::customers::SubscriptionEdit> m_theirs;
    QList<ops::customers::PlanOption> m_plans;
    bool m_plansReady = false;
    bool m_rowReady = false;
    void reveal();
    void updateRevealState();
    // Under the price: the price the billing run will use (the catalogue's, with a change already scheduled, or this
    // custom price).
    void updateBilledNote();

    QComboBox *m_plan, *m_location, *m_status;
    QLineEdit *m_price, *m_end, *m_radiusUser, *m_radiusPwd;
    QSpinBox *m_quantity;
    QDateEdit *m_start;
    QLabel *m_pwdState = nullptr;
    QLabel *m_billed = nullptr;
    QLabel *m_revealed = nullptr;
    QPushButton *m_reveal = nullptr;
    bool m_revealAllowed = true;
    QString m_revealWhy;
};
