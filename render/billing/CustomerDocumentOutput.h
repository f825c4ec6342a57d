#pragma once

#include "core/billing/CustomerDocumentsService.h"
#include "core/billing/InvoiceMail.h"

namespace ops::billing {

// The receipt and statement PDFs (ReceiptPdf, StatementPdf) and, when sender has an address, their e-mails into the
// outbox (the PDF attached, linked to the payment or the customer), for CustomerDocumentsService::setOutput.
CustomerDocumentOutput customerDocumentOutput(const InvoiceMailSender &sender);

} // namespace ops::billing
