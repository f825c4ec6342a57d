#include "core/billing/InvoiceDocument.h"

namespace ops::billing {

const InvoiceTax *InvoiceDocument::tax(const QString &name) const
{
    for (const InvoiceTax &t : taxes) {
        if (t.tax == name)
            return &t;
    }
    return nullptr;
}

bool invoiceStatusMoveAllowed(const QString &from, const QString &to)
{
    if (from == QLatin1String("draft"))
        return to == QLatin1String("issued") || to == QLatin1String("void");
    if (from == QLatin1String("issued"))
        return to == QLatin1String("partially_paid") || to == QLatin1String("paid");
    if (from == QLatin1String("partially_paid"))
        return to == QLatin1String("paid");
    return false;
}

} // namespace ops::billing
