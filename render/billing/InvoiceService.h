#pragma once

#include "core/billing/InvoiceApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::billing {

class BillingUiService;

// InvoiceApi (one invoice: document, PDF, resend with a given sender, credit note, void) as a thin facade over
// BillingUiService, the one code path the Billing section uses too: each call delegates there (DB executor; the PDF
// rendered on the thread that loaded the invoice) and announces its change with invoiceChanged.
class InvoiceService : public InvoiceApi
{
    Q_OBJECT
public:
    explicit InvoiceService(DbExecutor &db, QObject *parent = nullptr);
    ~InvoiceService() override;

    QFuture<Result<InvoiceDocument>> load(qint64 invoiceId) override;
    QFuture<Result<qint64>> idByCode(const QString &code) override;
    QFuture<Result<QByteArray>> pdf(qint64 invoiceId) override;
    QFuture<Result<qint64>> resend(qint64 invoiceId, const InvoiceMailSender &sender) override;
    QFuture<Result<CreditNoteResult>> createCreditNote(qint64 invoiceId) override;
    QFuture<Status> voidDraft(qint64 invoiceId) override;

    BillingUiService &billing() const { return *m_billing; }

private:
    BillingUiService *m_billing = nullptr; // child
};

} // namespace ops::billing
