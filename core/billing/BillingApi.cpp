#include "core/billing/BillingApi.h"

#include <QCoreApplication>
#include <QPromise>

namespace ops::billing {

QFuture<Result<InvoicePreview>> BillingApi::invoicePreview(qint64)
{
    QPromise<Result<InvoicePreview>> promise;
    promise.start();
    promise.addResult(Result<InvoicePreview>(Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::billing::BillingApi", "Invoices cannot be previewed in this session."))));
    promise.finish();
    return promise.future();
}

} // namespace ops::billing
