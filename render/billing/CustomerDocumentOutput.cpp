#include "render/billing/CustomerDocumentOutput.h"

#include "core/billing/CustomerDocumentMail.h"
#include "core/billing/CustomerDocuments.h"
#include "core/billing/InvoicePreview.h"
#include "core/billing/StatementRepository.h"
#include "core/db/PgConnection.h"
#include "render/billing/ReceiptPdf.h"

namespace ops::billing {

CustomerDocumentOutput customerDocumentOutput(const InvoiceMailSender &sender)
{
    CustomerDocumentOutput out;
    out.receiptPreview = [](const ReceiptDocument &doc) {
        return ReceiptPdf::preview(doc);
    };
    out.statementPreview = [](const StatementDocument &doc) {
        return StatementPdf::preview(doc);
    };
    if (sender.fromEmail.trimmed().isEmpty())
        return out;
    out.mailReceipt = [sender](db::PgConnection &c, const ReceiptDocument &doc) -> Result<qint64> {
        auto pdf = ReceiptPdf::render(doc);
        if (!pdf.ok())
            return pdf.error();
        auto request = receiptMailRequest(doc, pdf.value(), ReceiptPdf::fileName(doc), sender);
        if (!request.ok())
            return request.error();
        return ReceiptRepository(c).queueMail(doc.paymentId, request.value());
    };
    out.mailStatement = [sender](db::PgConnection &c, const StatementDocument &doc) -> Result<qint64> {
        auto pdf = StatementPdf::render(doc);
        if (!pdf.ok())
            return pdf.error();
        auto request = statementMailRequest(doc, pdf.value(), StatementPdf::fileName(doc), sender);
        if (!request.ok())
            return request.error();
        return StatementRepository(c).queueMail(request.value());
    };
    return out;
}

} // namespace ops::billing
