#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include "core/billing/BillingTypes.h"
#include "core/billing/InvoiceDocument.h"
#include "core/billing/InvoicePreview.h"
#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

namespace ops::billing {

class BillingSettingsApi;
class CustomerDocumentsApi;

// What the invoice list shows: every condition is optional and they all apply together.
struct InvoiceListFilter
{
    QDate periodStart; // null: every period
    QString status; // draft | issued | partially_paid | paid | void; empty: any
    bool overdueOnly = false; // issued or partially paid, due before today
    std::optional<qint64> minTotalCents; // inclusive
    std::optional<qint64> maxTotalCents; // inclusive
    QString customer; // a customer code (CUST-…) exactly, or part of the customer's name; empty: any

    bool operator==(const InvoiceListFilter &other) const = default;
};

struct InvoiceListRow
{
    qint64 id = 0;
    QString code;
    bool creditNote = false;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate periodStart;
    QDate issueDate;
    QDate dueDate;
    QString status;
    qint64 totalCents = 0;
    qint64 paidCents = 0;
    bool overdue = false;
};

// Where the next page starts: after this (issue_date, id) in the list's order (issue_date DESC, id DESC).
struct InvoiceCursor
{
    QDate issueDate;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct InvoicePage
{
    QList<InvoiceListRow> rows;
    InvoiceCursor next; // null when this was the last page
    bool hasMore() const { return !next.isNull(); }
};

// Every invoice matching a filter, written to a CSV file (the list's "Export…" of all matching rows). The screen
// gives the translated column headers and status labels; money is written plain with the options' decimal point.
struct InvoiceExportRequest
{
    QString path;
    InvoiceListFilter filter;
    csv::CsvOptions options;
    // Invoice, credit note (1/0), customer code, customer, period, issued, due, status, overdue (1/0), total, paid.
    QStringList headers;
    QHash<QString, QString> statusLabels; // status key → label
};

// What `send the period's e-mails` did.
struct SendSummary
{
    int invoices = 0; // of the period, void ones excepted
    int queued = 0; // e-mails put in the outbox now
    int withoutEmail = 0; // customers without an address: not e-mailed
    int alreadyQueued = 0; // sent (or queued) before
    QStringList failures; // "INV-00042: reason"
};

// The Billing section's whole view of the database: the run (preview, commit with progress and cancel, send), the
// invoice list by keyset pages, one invoice with its PDF, resend, credit note and void. Every call returns at once;
// the work runs off the GUI thread. UI tests use a fake.
class BillingApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BillingApi() override = default;

    virtual QFuture<Result<BillingSummary>> preview(const QDate &periodStart) = 0;
    // The future ends with Error::Kind::Cancelled once cancel->cancel() was called (nothing of the run is written);
    // runProgress reports the steps meanwhile.
    virtual QFuture<Result<BillingSummary>> commit(const QDate &periodStart, std::shared_ptr<CancelToken> cancel) = 0;

    // Whether invoices can be e-mailed (send, resend) in this session: the e-mail sender is set up. When false the
    // screens hide send and resend, and those calls answer a Validation error.
    virtual bool canSendInvoices() const = 0;
    // Whether PDFs can be made here (the composition root gave the renderer); false hides "Open PDF".
    virtual bool canRenderPdf() const = 0;
    virtual QFuture<Result<SendSummary>> sendPeriod(const QDate &periodStart) = 0;

    virtual QFuture<Result<InvoicePage>> listInvoices(
        const InvoiceListFilter &filter, const InvoiceCursor &after, int limit) = 0;
    // The rows written (header excluded); a Cancelled error, and no file, once *cancel is set. *progress counts rows.
    virtual QFuture<Result<qint64>> exportInvoices(const InvoiceExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) = 0;
    virtual QFuture<Result<InvoiceDocument>> loadInvoice(qint64 invoiceId) = 0;
    virtual QFuture<Result<QByteArray>> invoicePdf(qint64 invoiceId) = 0;
    // The PDF with its pages as images, for the preview inside the application. The default answers that previews
    // are not available (an API without a renderer).
    virtual QFuture<Result<InvoicePreview>> invoicePreview(qint64 invoiceId);
    // A new e-mail of the invoice through the outbox: its outbox row id.
    virtual QFuture<Result<qint64>> resend(qint64 invoiceId) = 0;
    // The credit note's code.
    virtual QFuture<Result<QString>> creditNote(qint64 invoiceId) = 0;
    virtual QFuture<Status> voidDraft(qint64 invoiceId) = 0;

    // The company, tax and template settings (the Settings tab); nullptr: this API has none (no tab).
    virtual BillingSettingsApi *settingsApi() { return nullptr; }
    // Receipts and statements (issue 13); nullptr: this API has none (the actions stay hidden).
    virtual CustomerDocumentsApi *documentsApi() { return nullptr; }

signals:
    void runProgress(int done, int total);
    void sendProgress(int done, int total);
    // Invoices were created or changed through this API (a commit, a credit note, a void, an e-mail queued).
    void invoicesChanged();
};

} // namespace ops::billing

Q_DECLARE_METATYPE(ops::billing::InvoiceListFilter)
Q_DECLARE_METATYPE(ops::billing::InvoicePage)
Q_DECLARE_METATYPE(ops::billing::SendSummary)
