#include "core/billing/BillingRule.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

Result<QDate> parsePeriod(const QString &text, const QDate &today)
{
    static const QRegularExpression shape(u"^([0-9]{4})-([0-9]{2})$"_s);
    const auto m = shape.match(text.trimmed());
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || month < 1 || month > 12)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing", "“%1” is not a billing period: write the year and the month, for example 2026-12.")
                .arg(text));
    const QDate start(m.captured(1).toInt(), month, 1);
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    if (!start.isValid() || start.year() < 2000)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::billing", "“%1” is not a billing period: the year must be 2000 or later.")
                .arg(text));
    if (start > nextMonth)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::billing", "The period %1 is too far ahead: a run may bill at most the next month (%2).")
                .arg(periodKey(start), periodKey(nextMonth)));
    return start;
}

QString periodKey(const QDate &periodStart)
{
    return periodStart.toString(u"yyyy-MM"_s);
}

QDate periodEnd(const QDate &periodStart)
{
    return periodStart.addMonths(1).addDays(-1);
}

qint64 divideRounded(qint64 n, qint64 d)
{
    const qint64 q = n / d; // truncates toward zero
    const qint64 r = n % d;
    if (2 * (r < 0 ? -r : r) >= d)
        return n < 0 ? q - 1 : q + 1;
    return q;
}

qint64 applyPpm(qint64 amountCents, int ratePpm)
{
    return divideRounded(amountCents * ratePpm, 1000000);
}

int billedDays(const QDate &periodStart, const RuleSubscription &s)
{
    if (s.status == SubscriptionStatus::Pending || !s.start.isValid())
        return 0;
    const QDate last = periodEnd(periodStart);
    const QDate from = qMax(periodStart, s.start);
    const QDate to = s.end ? qMin(last, *s.end) : last;
    return to < from ? 0 : static_cast<int>(from.daysTo(to)) + 1;
}

qint64 lineAmount(const QDate &periodStart, const RuleSubscription &s)
{
    const int days = billedDays(periodStart, s);
    return divideRounded(s.priceCents * s.quantity * days, periodStart.daysInMonth());
}

InvoiceTotals invoiceTotals(const QList<RuleLine> &lines)
{
    InvoiceTotals t;
    for (const RuleLine &l : lines) {
        t.subtotalCents += l.amountCents;
        if (l.taxable)
            t.taxableCents += l.amountCents;
    }
    t.gstCents = applyPpm(t.taxableCents, kGstRatePpm);
    t.qstCents = applyPpm(t.taxableCents, kQstRatePpm);
    t.totalCents = t.subtotalCents + t.gstCents + t.qstCents;
    return t;
}

} // namespace ops::billing
