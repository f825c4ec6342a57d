#pragma once

#include "core/billing/InvoiceApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::billing {

// GUI-thread facade over InvoiceRepository and the PDF (ops_render): the PDF is rendered on the DB executor
// thread that loaded the invoice (about 20 ms of CPU; QTextDocument and QPdfWriter work off the GUI thread).
class InvoiceService : public InvoiceApi
{
    Q_OBJECT
public:
    explicit InvoiceService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<InvoiceDocument>> load(qint64 invoiceId) override;
    QFuture<Result<qint64>> idByCode(const QString &code) override;
    QFuture<Result<QByteArray>> pdf(qint64 invoiceId) override;
    QFuture<Result<qint64>> resend(qint64 invoiceId, const InvoiceMailSender &sender) override;
    QFuture<Result<CreditNoteResult>> createCreditNote(qint64 invoiceId) override;
    QFuture<Status> voidDraft(qint64 invoiceId) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::billing
