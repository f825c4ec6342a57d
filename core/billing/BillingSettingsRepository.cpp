#include "core/billing/BillingSettingsRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/PgResult.h"
#include "core/db/SqlParams.h"

namespace ops::billing {

namespace {

// updated_at in microseconds: the version a save must still find (extract() is numeric, so exact).
#define OPS_BILLING_SETTINGS_COLUMNS                                                                                   \
    "company_name, address_line1, address_line2, address_line3, phone, email, gst_number, qst_number, due_days,"       \
    " payment_instructions_fr, payment_instructions_en, invoice_email_subject_fr, invoice_email_subject_en,"           \
    " invoice_email_body_fr, invoice_email_body_en, (extract(epoch FROM updated_at) * 1000000)::bigint,"               \
    " has_table_privilege('billing_settings', 'UPDATE')"

BillingSettings fromRow(const db::PgResult &q)
{
    BillingSettings s;
    s.companyName = q.text(0, 0);
    s.addressLine1 = q.text(0, 1);
    s.addressLine2 = q.text(0, 2);
    s.addressLine3 = q.text(0, 3);
    s.phone = q.text(0, 4);
    s.email = q.text(0, 5);
    s.gstNumber = q.text(0, 6);
    s.qstNumber = q.text(0, 7);
    s.dueDays = q.int32(0, 8, 30);
    s.paymentInstructionsFr = q.text(0, 9);
    s.paymentInstructionsEn = q.text(0, 10);
    s.emailSubjectFr = q.text(0, 11);
    s.emailSubjectEn = q.text(0, 12);
    s.emailBodyFr = q.text(0, 13);
    s.emailBodyEn = q.text(0, 14);
    s.version = q.int64(0, 15);
    s.editable = q.boolean(0, 16);
    return s;
}

} // namespace

BillingSettingsRepository::BillingSettingsRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<BillingSettings> BillingSettingsRepository::load()
{
    auto r = m_c.exec("SELECT " OPS_BILLING_SETTINGS_COLUMNS " FROM billing_settings WHERE id = 1");
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::Schema,
            QCoreApplication::translate("ops::billing::BillingSettingsRepository",
                "The billing settings are missing from the database (migration 0018)."));
    return fromRow(r.value());
}

Result<BillingSettings> BillingSettingsRepository::save(const BillingSettings &in)
{
    const auto problems = validateBillingSettings(in);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.first().message);
    const BillingSettings s = normalisedBillingSettings(in);
    // Empty texts travel as NULL parameters: coalesce keeps the columns' NOT NULL ''. A new updated_at strictly after
    // the old one, so the version always moves (two saves in one microsecond).
    auto r = m_c.exec("UPDATE billing_settings SET company_name = coalesce($1, ''), address_line1 = coalesce($2, ''),"
                      " address_line2 = coalesce($3, ''), address_line3 = coalesce($4, ''), phone = coalesce($5, ''), "
                      "email = coalesce($6, ''), gst_number = coalesce($7, ''),"
                      " qst_number = coalesce($8, ''), due_days = $9, payment_instructions_fr = coalesce($10, ''),"
                      " payment_instructions_en = coalesce($11, ''), invoice_email_subject_fr = coalesce($12, ''),"
                      " invoice_email_subject_en = coalesce($13, ''), invoice_email_body_fr = coalesce($14, ''),"
                      " invoice_email_body_en = coalesce($15, ''),"
                      " updated_at = greatest(clock_timestamp(), updated_at + interval '1 microsecond')"
                      " WHERE id = 1 AND (extract(epoch FROM updated_at) * 1000000)::bigint = $16"
                      " RETURNING " OPS_BILLING_SETTINGS_COLUMNS,
        db::SqlParams()
            .add(s.companyName)
            .add(s.addressLine1)
            .add(s.addressLine2)
            .add(s.addressLine3)
            .add(s.phone)
            .add(s.email)
            .add(s.gstNumber)
            .add(s.qstNumber)
            .add(s.dueDays)
            .add(s.paymentInstructionsFr)
            .add(s.paymentInstructionsEn)
            .add(s.emailSubjectFr)
            .add(s.emailSubjectEn)
            .add(s.emailBodyFr)
            .add(s.emailBodyEn)
            .add(s.version));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::billing::BillingSettingsRepository",
                "Someone else saved the billing settings after you opened them. Reload them to see their changes, "
                "then make yours again."));
    return fromRow(r.value());
}

} // namespace ops::billing
