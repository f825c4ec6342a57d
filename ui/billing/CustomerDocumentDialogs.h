#pragma once

#include <functional>

#include <QDate>
#include <QDialog>
#include <QImage>
#include <QList>
#include <QPointer>

#include "ui/billing/InvoicePreviewDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ops::billing {
class CustomerDocumentsApi;
}

// A payment's receipt or a customer's statement, shown like an invoice (InvoicePreviewDialog: pages, PgDown/PgUp,
// open in viewer, save as), with "Print…" (Ctrl+P) and "E-mail to customer" (Ctrl+E: the PDF through the outbox, in
// the customer's language). The PDF is made off the GUI thread (CustomerDocumentsApi); until it arrives the dialog
// says so. Tests replace the printer.
class CustomerDocumentDialog : public InvoicePreviewDialog
{
    Q_OBJECT
public:
    explicit CustomerDocumentDialog(ops::billing::CustomerDocumentsApi *api, QWidget *parent = nullptr);
    ~CustomerDocumentDialog() override;

    // language: "fr", "en" or empty (the customer's).
    void loadReceipt(qint64 paymentId, const QString &paymentCode, const QString &language = {});
    void loadStatement(qint64 customerId, const QString &customerCode, const QDate &from, const QDate &to,
        const QString &language = {});

    void print();
    void mail();
    bool isLoading() const { return m_loading; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *mailButton() const { return m_mail; }
    QLabel *statusLabel() const { return m_status; }

    // Prints the page images (default: QPrintDialog, then one image per sheet). Returns false when cancelled.
    using Printer = std::function<bool(const QList<QImage> &pages)>;
    void setPrinter(Printer printer) { m_printer = std::move(printer); }

signals:
    void loaded(); // the pages are shown (or the error)
    void mailed(qint64 outboxId);

private:
    void load();
    void updateButtons();

    QPointer<ops::billing::CustomerDocumentsApi> m_api;
    bool m_statement = false;
    qint64 m_id = 0;
    QString m_code;
    QDate m_from;
    QDate m_to;
    QString m_language;
    bool m_loading = false;
    bool m_ok = false;
    QPushButton *m_print = nullptr;
    QPushButton *m_mail = nullptr;
    QLabel *m_status = nullptr;
    Printer m_printer;
};

// The statement's range and language before its preview: from and to (the last three months by default), the
// customer's language, French or English. "Preview" (Enter) is refused while from is after to.
class StatementRangeDialog : public QDialog
{
    Q_OBJECT
public:
    StatementRangeDialog(const QString &customerCode, const QString &customerName, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    QString language() const; // "", "fr" or "en"
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *languageCombo() const { return m_language; }
    QPushButton *previewButton() const { return m_preview; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_problem = nullptr;
};

// What the tabs call: the receipt's dialog opened at once (it loads); the range dialog, then the statement's dialog.
// Both non-modal, deleted on close, returned for tests. Null without an API.
CustomerDocumentDialog *openReceipt(
    ops::billing::CustomerDocumentsApi *api, qint64 paymentId, const QString &paymentCode, QWidget *parent);
StatementRangeDialog *openStatement(ops::billing::CustomerDocumentsApi *api, qint64 customerId,
    const QString &customerCode, const QString &customerName, QWidget *parent);
