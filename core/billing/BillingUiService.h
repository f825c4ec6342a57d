#pragma once

#include <functional>

#include "core/billing/BillingApi.h"

namespace ops {
class DbExecutor;
}
namespace ops::db {
class PgConnection;
}

namespace ops::billing {

class BillingService;
class BillingSettingsService;
class CustomerDocumentsService;
struct CustomerDocumentOutput;

// How invoices become PDFs and e-mails. They need Qt GUI (ops_render), which ops_core does not link: the
// composition root, which knows the e-mail sender (the Mailjet settings), provides them (the e-mail ones only when a
// sender is set up). Each runs on a DB executor thread with that thread's connection.
struct InvoiceOutput
{
    std::function<Result<QByteArray>(const InvoiceDocument &doc)> renderPdf;
    // The PDF and its pages as images (the preview pane); also prints the Settings tab's sample.
    std::function<Result<InvoicePreview>(const InvoiceDocument &doc)> renderPreview;
    std::function<Result<SendSummary>(
        db::PgConnection &c, const QDate &periodStart, const std::function<void(int, int)> &progress)>
        sendPeriod;
    std::function<Result<qint64>(db::PgConnection &c, qint64 invoiceId)> resend;
    bool canMail() const { return sendPeriod && resend; }
};

// BillingApi over the repositories (BillingRepository, InvoiceListRepository, InvoiceRepository), every call on the
// DB executor. Lives on the GUI thread; owned by the Session. The one code path for an invoice's load, PDF, resend,
// credit note and void: InvoiceService (render/, the InvoiceApi facade) delegates here. Owns the settings service.
class BillingUiService : public BillingApi
{
    Q_OBJECT
public:
    explicit BillingUiService(DbExecutor &db, QObject *parent = nullptr);
    ~BillingUiService() override;

    // Set by the composition root; without it PDFs, send and resend are unavailable.
    void setOutput(InvoiceOutput output);

    QFuture<Result<BillingSummary>> preview(const QDate &periodStart) override;
    QFuture<Result<BillingSummary>> commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel) override;
    bool canSendInvoices() const override;
    bool canRenderPdf() const override;
    QFuture<Result<SendSummary>> sendPeriod(const QDate &periodStart) override;
    QFuture<Result<InvoicePage>> listInvoices(
        const InvoiceListFilter &filter, const InvoiceCursor &after, int limit) override;
    QFuture<Result<qint64>> exportInvoices(const InvoiceExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) override;
    QFuture<Result<InvoiceDocument>> loadInvoice(qint64 invoiceId) override;
    QFuture<Result<QByteArray>> invoicePdf(qint64 invoiceId) override;
    QFuture<Result<InvoicePreview>> invoicePreview(qint64 invoiceId) override;
    QFuture<Result<qint64>> resend(qint64 invoiceId) override;
    QFuture<Result<QString>> creditNote(qint64 invoiceId) override;
    QFuture<Status> voidDraft(qint64 invoiceId) override;
    BillingSettingsApi *settingsApi() override;
    CustomerDocumentsApi *documentsApi() override;
    // Receipts' and statements' PDFs and e-mails (render/billing/CustomerDocumentOutput), by the composition root.
    void setDocumentOutput(CustomerDocumentOutput output);

    // Beyond BillingApi, for InvoiceService: an invoice's id by its code (0: none), the credit note with its id and
    // total, and a resend through a given sender (invoicesChanged after each change, like the calls above).
    using ResendFn = std::function<Result<qint64>(db::PgConnection &c, qint64 invoiceId)>;
    QFuture<Result<qint64>> invoiceIdByCode(const QString &code);
    QFuture<Result<CreditNoteResult>> creditNoteDocument(qint64 invoiceId);
    QFuture<Result<qint64>> resendWith(qint64 invoiceId, ResendFn send);

private:
    // Emits invoicesChanged on this object's thread, later, if it still exists.
    std::function<void()> changedNotifier();

    DbExecutor &m_db;
    BillingService *m_run = nullptr; // child
    BillingSettingsService *m_settings = nullptr; // child
    CustomerDocumentsService *m_documents = nullptr; // child
    InvoiceOutput m_output;
};

} // namespace ops::billing
