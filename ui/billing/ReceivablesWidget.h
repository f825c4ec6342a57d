#pragma once

#include <QDate>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class GridTools;
class MessageBanner;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class StatementRangeDialog;
class TextTableModel;
class QTableView;
class QTreeView;

namespace ops {
class Settings;
namespace billing {
class ReceivablesApi;
class CustomerDocumentsApi;
} // namespace billing
namespace csv {
class ExportService;
}
} // namespace ops

// The Billing section's Receivables tab (issue 13 item 4): the aging report as of a date (today by default; Enter in
// the date refreshes), the five buckets and the total with their invoice and customer counts; choosing a bucket (or
// "All") lists its customers largest first (code, name, the five amounts, total, oldest due); Enter on a customer shows
// its open invoices as of the date, Esc goes back. Export (the customers of the bucket, every row, through the grid
// tools) and Print (Ctrl+P: the buckets and the customers shown). Everything comes through a ReceivablesApi.
class ReceivablesWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAllBuckets = -1;
    static constexpr int kCustomerLimit = 5000;

    explicit ReceivablesWidget(ops::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~ReceivablesWidget() override;

    void setApi(ops::billing::ReceivablesApi *api);
    void setExportService(ops::csv::ExportService *exports);
    // Receipts and statements (issue 13): "Statement…" on a customer's open invoices; null hides it.
    void setDocuments(ops::billing::CustomerDocumentsApi *documents);
    // The statement's range dialog for the customer shown (opened), or null.
    StatementRangeDialog *statementForCustomer();
    QPushButton *statementButton() const { return m_statement; }

    QDate asOf() const;
    void setAsOf(const QDate &date); // and refreshes
    void refresh(); // the buckets, then the chosen bucket's customers
    void chooseBucket(int bucket); // an AgingBucket or kAllBuckets
    int bucket() const { return m_bucket; }
    void openCustomer(qint64 customerId);
    void backToCustomers();
    bool showingInvoices() const;
    // The report as HTML (what Print prints): the date, the buckets, the customers shown.
    QString reportHtml() const;
    void print();

    QDateEdit *dateEdit() const { return m_date; }
    QTableView *bucketView() const { return m_bucketView; }
    QTreeView *customerView() const { return m_customerView; }
    QTreeView *invoiceView() const { return m_invoiceView; }
    TextTableModel *bucketModel() const { return m_buckets; }
    TextTableModel *customerModel() const { return m_customers; }
    TextTableModel *invoiceModel() const { return m_invoices; }
    GridTools *gridTools() const { return m_grid; }
    QLabel *customerTitle() const { return m_customerTitle; }
    MessageBanner *banner() const { return m_banner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadCustomers();
    QStringList exportHeaders() const;

    QPointer<ops::billing::ReceivablesApi> m_api;
    MessageBanner *m_banner = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QTableView *m_bucketView = nullptr;
    TextTableModel *m_buckets = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_customersTitle = nullptr;
    QTreeView *m_customerView = nullptr;
    TextTableModel *m_customers = nullptr;
    QLabel *m_customerTitle = nullptr;
    QPushButton *m_statement = nullptr;
    QPointer<ops::billing::CustomerDocumentsApi> m_documents;
    QString m_shownCode;
    QString m_shownName;
    QTreeView *m_invoiceView = nullptr;
    TextTableModel *m_invoices = nullptr;
    GridTools *m_grid = nullptr;
    int m_bucket = kAllBuckets;
    quint64 m_agingSeq = 0;
    quint64 m_customersSeq = 0;
    quint64 m_invoicesSeq = 0;
    bool m_loadedOnce = false;
    QDate m_loadedDate;
};
