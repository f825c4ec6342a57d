#pragma once

#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>

#include "core/billing/InvoiceDocument.h"

namespace ops::billing {

// The company, tax and template settings (billing_settings, one row) as the Settings tab edits them. `version` is the
// row's updated_at in microseconds since the epoch: a save names the version it started from and is refused (Conflict)
// when someone saved in between. `editable`: whether the connected role may change them (admin); billing reads.
struct BillingSettings
{
    QString companyName;
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString phone;
    QString email;
    QString gstNumber; // "123456789 RT 0001" once normalised; empty: not registered yet (runs are refused)
    QString qstNumber; // "1234567890 TQ 0001"
    int dueDays = 30;
    QString paymentInstructionsFr;
    QString paymentInstructionsEn;
    QString emailSubjectFr;
    QString emailSubjectEn;
    QString emailBodyFr;
    QString emailBodyEn;
    qint64 version = 0;
    bool editable = false;

    bool operator==(const BillingSettings &other) const = default;
    // What an invoice prints (the address lines without the empty ones).
    CompanySettings toCompany() const;
    // Both registration numbers are set: a billing run is allowed.
    bool hasRegistrationNumbers() const { return !gstNumber.trimmed().isEmpty() && !qstNumber.trimmed().isEmpty(); }
};

// Which field a validation problem is about (the screen marks it).
enum class BillingSettingsField
{
    CompanyName,
    Address,
    Phone,
    Email,
    GstNumber,
    QstNumber,
    DueDays,
    PaymentInstructionsFr,
    PaymentInstructionsEn,
    EmailSubjectFr,
    EmailSubjectEn,
    EmailBodyFr,
    EmailBodyEn,
};

struct BillingSettingsProblem
{
    BillingSettingsField field;
    QString message; // translated, a full sentence
};

// The placeholders an invoice e-mail template may use (fillInvoiceTemplate also knows {customer} and {due}).
QStringList invoiceTemplatePlaceholders(); // {code} {period} {total} {due_date} {company} {customer}

// GST/HST registration number: nine digits, "RT", four digits, in any spacing or case → "123456789 RT 0001".
// Empty stays empty; anything else: nullopt.
std::optional<QString> normaliseGstNumber(const QString &text);
// QST registration number: ten digits, "TQ", four digits → "1234567890 TQ 0001".
std::optional<QString> normaliseQstNumber(const QString &text);

// The settings with both registration numbers normalised and the texts trimmed at their ends (the templates' bodies
// keep their inner line breaks). Numbers that do not match their format are left as typed (validate reports them).
BillingSettings normalisedBillingSettings(const BillingSettings &s);
// Every problem, in the form's order; empty when the settings can be saved. The same limits as the table's checks.
QList<BillingSettingsProblem> validateBillingSettings(const BillingSettings &s);

// A sample invoice with these settings, in French ("fr") or English ("en"), for the e-mail and PDF previews:
// INV-SAMPLE, last month, a plan, an installation fee and a credit, taxes computed by the billing rule.
InvoiceDocument sampleInvoice(const CompanySettings &company, const QString &language);

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::BillingSettings)
