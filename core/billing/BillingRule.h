#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"

namespace ops::billing {

// The billing rule of docs/billing.md, in plain C++ (no database): what one subscription line amounts to for a
// period, and an invoice's taxes and total. BillingRepository applies the same rule in SQL, set-based; the tests hold
// both to hand-computed cases.

inline constexpr int kGstRatePpm = 50000; // 5 %, parts per million of the taxable subtotal
inline constexpr int kQstRatePpm = 99750; // 9.975 %

// "YYYY-MM" → the first day of that month. Refused (Validation, translated): another shape, a month out of 1..12, a
// period after the month following today's.
Result<QDate> parsePeriod(const QString &text, const QDate &today);
QString periodKey(const QDate &periodStart); // "2026-12"
QDate periodEnd(const QDate &periodStart); // its last day

// n / d rounded half away from zero (d > 0).
qint64 divideRounded(qint64 n, qint64 d);
// amount × ratePpm / 1,000,000, half away from zero.
qint64 applyPpm(qint64 amountCents, int ratePpm);

enum class SubscriptionStatus
{
    Pending,
    Active,
    Suspended,
    Cancelled
};

struct RuleSubscription
{
    qint64 priceCents = 0;
    int quantity = 1;
    QDate start;
    std::optional<QDate> end; // inclusive; none = open
    SubscriptionStatus status = SubscriptionStatus::Active;
};

// Days of the period within [start, end], both inclusive; 0 for a pending subscription or none in the period.
int billedDays(const QDate &periodStart, const RuleSubscription &s);
// price × quantity × billed days / days in the month, half away from zero (a whole month is exactly price × quantity).
qint64 lineAmount(const QDate &periodStart, const RuleSubscription &s);

struct RuleLine
{
    qint64 amountCents = 0;
    bool taxable = true;
};

struct InvoiceTotals
{
    qint64 subtotalCents = 0; // every line
    qint64 taxableCents = 0; // the taxable lines: the base of both taxes
    qint64 gstCents = 0;
    qint64 qstCents = 0;
    qint64 totalCents = 0; // subtotal + GST + QST
};

// Lines with a zero amount are left off the invoice and count for nothing.
InvoiceTotals invoiceTotals(const QList<RuleLine> &lines);

} // namespace ops::billing
