#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

#include "core/billing/InvoiceDocument.h"

class InvoicePreviewDialog;
class MessageBanner;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ops::billing {
class BillingApi;
}

// One invoice (or credit note): its lines, the subtotal, GST and QST on their own lines with the registration
// numbers, the total, the payments allocated, the e-mail's delivery state; Preview PDF (Ctrl+P: the pages inside the
// application, with "Open in viewer" and "Save as…"), Resend (Ctrl+R),
// Credit note and Void (drafts only) — the last two after a confirmation. PDF and resend only when the session can
// e-mail invoices.
class InvoiceView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceView(QWidget *parent = nullptr);
    ~InvoiceView() override;

    void setApi(ops::billing::BillingApi *api);
    void setAllowed(bool allowed); // the billing capability: credit note, void, resend
    void showInvoice(qint64 invoiceId);
    qint64 invoiceId() const { return m_id; }
    const ops::billing::InvoiceDocument &document() const { return m_doc; }
    bool isLoaded() const { return m_doc.id != 0 && m_doc.id == m_id; }

    void previewPdf(); // in the preview dialog (Open in viewer, Save as… from there)
    void resend();
    void askCreditNote();
    void askVoid();
    // Without asking (the confirmations call them; tests too).
    void createCreditNote();
    void voidInvoice();

    QLabel *headerLabel() const { return m_header; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *deliveryLabel() const { return m_delivery; }
    QTreeWidget *linesView() const { return m_lines; }
    QTreeWidget *paymentsView() const { return m_payments; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *creditButton() const { return m_credit; }
    QPushButton *voidButton() const { return m_void; }
    MessageBanner *banner() const { return m_banner; }
    InvoicePreviewDialog *previewDialog() const;

    // How the preview's "Open in viewer" opens the PDF it wrote (tests replace the opening).
    using PdfOpener = std::function<void(const QString &path)>;
    void setPdfOpener(PdfOpener opener) { m_opener = std::move(opener); }

signals:
    void invoiceChanged(qint64 invoiceId); // a credit note, a void, an e-mail queued
    void loaded(qint64 invoiceId);

private:
    void showDocument(const ops::billing::InvoiceDocument &doc);
    void updateButtons();

    QPointer<ops::billing::BillingApi> m_api;
    bool m_allowed = true;
    qint64 m_id = 0;
    quint64 m_seq = 0;
    ops::billing::InvoiceDocument m_doc;
    PdfOpener m_opener;

    MessageBanner *m_banner = nullptr;
    QLabel *m_header = nullptr;
    QTreeWidget *m_lines = nullptr;
    QLabel *m_totals = nullptr;
    QTreeWidget *m_payments = nullptr;
    QLabel *m_delivery = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_credit = nullptr;
    QPushButton *m_void = nullptr;
    QPointer<InvoicePreviewDialog> m_preview;
};
