#pragma once

#include <atomic>
#include <functional>

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace ops::db {
class PgConnection;
}

namespace ops::billing {

// Something a clerk should look at before committing a period (docs/billing.md).
enum class AnomalyKind
{
    NoPrice, // a subscription billed this period with a price of 0
    NoAddress, // a customer to invoice without a complete billing address
    NoEmail, // a customer to invoice without an e-mail address (the invoice cannot be e-mailed)
    NegativeInvoice, // an invoice whose total is below zero
    AlreadyBilled, // a subscription of a customer who already has an invoice for the period (skipped)
    NegativeTaxable // a negative price on a taxable line that is not a discount: the run refuses to commit
};
QString anomalyKey(AnomalyKind kind); // stable, for JSON: "no_price", ...
QString anomalyLabel(AnomalyKind kind); // translated

struct Anomaly
{
    AnomalyKind kind = AnomalyKind::NoPrice;
    QString customerCode;
    QString subscriptionCode; // empty for customer- and invoice-level anomalies
    qint64 amountCents = 0; // the invoice total (NegativeInvoice) or the line amount (NegativeTaxable)
};

// One row of the per-plan breakdown: an item (plan, option, fee, discount) or the one-time charges without an item.
struct PlanTotal
{
    QString sku; // empty: one-time charges without an item
    QString nameFr;
    QString nameEn;
    int lines = 0;
    qint64 amountCents = 0;
};

// What a run of the period creates (preview) or created (commit).
struct BillingSummary
{
    QDate periodStart;
    qint64 runId = 0; // the billing_runs row
    int invoices = 0;
    int lines = 0;
    int subscriptionLines = 0;
    int chargeLines = 0;
    int skippedCustomers = 0; // already invoiced for the period
    qint64 subtotalCents = 0;
    qint64 gstCents = 0;
    qint64 qstCents = 0;
    qint64 totalCents = 0;
    QString firstInvoiceCode; // commit only
    QString lastInvoiceCode;
    QList<PlanTotal> plans; // by amount, largest first
    QMap<AnomalyKind, int> anomalyCounts; // every anomaly
    QList<Anomaly> anomalies; // at most kAnomalyListLimit of each kind
};
inline constexpr int kAnomalyListLimit = 500;

// Cancels a running commit from another thread: between statements, and the statement in flight (PQcancel).
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // The connection whose statement cancel() interrupts; set by the run while it holds it.
    void attach(db::PgConnection *c);

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<db::PgConnection *> m_connection{nullptr};
};

// Progress of a commit: steps done out of steps; called on the thread that runs it, between statements.
using ProgressFn = std::function<void(int done, int total)>;

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::BillingSummary)
