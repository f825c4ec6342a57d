#pragma once

#include "core/billing/BillingTypes.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

// A one-time charge or credit entered against a customer before a run (`billing charge`).
struct ChargeInput
{
    QString customerCode; // CUST-…
    qint64 amountCents = 0; // per unit; negative = a credit
    QString description;
    int quantity = 1;
    bool taxable = true; // a credit must be tax-exempt
};
// Checks a charge as typed; an error names what is wrong (translated, Validation).
Status checkCharge(const ChargeInput &in);

// The billing run, set-based: a handful of statements for the whole period whatever its size (docs/billing.md).
// Synchronous: runs on a DB executor thread (BillingService) or in targo-opsctl.
class BillingRepository
{
public:
    explicit BillingRepository(db::PgConnection &c);

    // What a commit of the period would create now, with the per-plan breakdown and the anomalies. Records a
    // 'previewed' billing_runs row; writes nothing else.
    Result<BillingSummary> preview(const QDate &periodStart);
    // Creates the period's invoices (lines, both taxes, charges billed, balances moved, codes from the gap-free
    // counter) in one transaction, and the billing_runs row saying how it ended. Customers already invoiced for
    // the period are skipped, so a second run creates nothing. A cancel, an error or a lost connection leaves no
    // invoice, line, tax, code or balance change behind. Refused (Validation) while a taxable line of a
    // subscription that is not a discount has a negative price, or without registration numbers.
    Result<BillingSummary> commit(
        const QDate &periodStart, CancelToken *cancel = nullptr, const ProgressFn &progress = {});

    // A one-time charge for the customer's next invoice; returns its id.
    Result<qint64> addCharge(const ChargeInput &in);

private:
    Status stage(const QDate &periodStart);
    Status summarize(BillingSummary &s);
    Result<BillingSummary> commitStaged(
        const QDate &periodStart, qint64 runId, CancelToken *cancel, const ProgressFn &progress);

    db::PgConnection &m_c;
};

} // namespace ops::billing
