#include "ui/billing/ReceivablesWidget.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/billing/CustomerDocumentsApi.h"
#include "core/billing/ReceivablesApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/billing/CustomerDocumentDialogs.h"
#include "ui/common/GridTools.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TextTableModel.h"

using namespace Qt::Literals::StringLiterals;
using ops::billing::AgingBucket;

namespace {

QString money(qint64 cents)
{
    return ops::Money::fromCents(cents).format(QLocale());
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

ReceivablesWidget::ReceivablesWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ReceivablesWidget"_s);
    auto *v = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&As of"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"agingAsOf"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setToolTip(tr("The date the report is computed for; Enter refreshes"));
    dateLabel->setBuddy(m_date);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"agingRefresh"_s);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(u"agingExport"_s);
    m_export->setToolTip(tr("Every customer of the chosen bucket to a CSV file"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(u"agingPrint"_s);
    m_print->setToolTip(tr("Print the report (Ctrl+P)"));
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    v->addLayout(bar);

    m_buckets = new TextTableModel(this);
    m_buckets->setHeaders({tr("Bucket"), tr("Amount"), tr("Invoices"), tr("Customers")}, {1, 2, 3});
    m_bucketView = new QTableView(this);
    m_bucketView->setObjectName(u"agingBuckets"_s);
    m_bucketView->setModel(m_buckets);
    m_bucketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bucketView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bucketView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bucketView->verticalHeader()->hide();
    m_bucketView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bucketView->horizontalHeader()->setMinimumSectionSize(90);
    m_bucketView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bucketView->setTabKeyNavigation(false);
    m_bucketView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bucketView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A compact table of six rows, as large as its contents.
    m_bucketView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_bucketView->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucketView);
    bucketRow->addStretch(1);
    v->addLayout(bucketRow);

    m_stack = new QStackedWidget(this);
    auto *customersPage = new QWidget(m_stack);
    auto *cv = new QVBoxLayout(customersPage);
    cv->setContentsMargins(0, 0, 0, 0);
    m_customersTitle = new QLabel(customersPage);
    m_customersTitle->setObjectName(u"agingCustomersTitle"_s);
    cv->addWidget(m_customersTitle);
    m_customers = new TextTableModel(this);
    m_customers->setHeaders({tr("Code"), tr("Customer"), ops::billing::agingBucketLabel(AgingBucket::Current),
                                ops::billing::agingBucketLabel(AgingBucket::Days1To30),
                                ops::billing::agingBucketLabel(AgingBucket::Days31To60),
                                ops::billing::agingBucketLabel(AgingBucket::Days61To90),
                                ops::billing::agingBucketLabel(AgingBucket::Over90), tr("Total"), tr("Oldest due")},
        {2, 3, 4, 5, 6, 7});
    m_customerView = new QTreeView(customersPage);
    m_customerView->setObjectName(u"agingCustomers"_s);
    m_customerView->setRootIsDecorated(false);
    m_customerView->setUniformRowHeights(true);
    m_customerView->setAlternatingRowColors(true);
    m_customerView->setModel(m_customers);
    cv->addWidget(m_customerView);
    m_stack->addWidget(customersPage);

    auto *invoicesPage = new QWidget(m_stack);
    auto *iv = new QVBoxLayout(invoicesPage);
    iv->setContentsMargins(0, 0, 0, 0);
    m_customerTitle = new QLabel(invoicesPage);
    m_customerTitle->setObjectName(u"agingCustomerTitle"_s);
    m_statement = new QPushButton(tr("S&tatement…"), invoicesPage);
    m_statement->setObjectName(u"agingStatement"_s);
    m_statement->setToolTip(tr("The customer's statement for a date range: preview, print, save, e-mail"));
    m_statement->hide(); // until documents are attached
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_customerTitle, 1);
    titleRow->addWidget(m_statement);
    iv->addLayout(titleRow);
    connect(m_statement, &QPushButton::clicked, this, [this] { statementForCustomer(); });
    m_invoices = new TextTableModel(this);
    m_invoices->setHeaders({tr("Invoice"), tr("Issued"), tr("Due"), tr("Total"), tr("Paid"), tr("Credited"), tr("Open"),
                               tr("Days late"), tr("Bucket")},
        {3, 4, 5, 6, 7});
    m_invoiceView = new QTreeView(invoicesPage);
    m_invoiceView->setObjectName(u"agingInvoices"_s);
    m_invoiceView->setRootIsDecorated(false);
    m_invoiceView->setUniformRowHeights(true);
    m_invoiceView->setAlternatingRowColors(true);
    m_invoiceView->setModel(m_invoices);
    iv->addWidget(m_invoiceView);
    auto *hint = new QLabel(tr("Esc: back to the customers"), invoicesPage);
    hint->setEnabled(false);
    iv->addWidget(hint);
    m_stack->addWidget(invoicesPage);
    v->addWidget(m_stack, 1);

    m_grid = GridTools::attach(m_customerView, settings, u"Billing/receivables"_s, u"receivables"_s);
    m_grid->setBanner(m_banner);

    m_date->installEventFilter(this);
    m_bucketView->installEventFilter(this);
    m_customerView->installEventFilter(this);
    m_invoiceView->installEventFilter(this);
    connect(m_refresh, &QPushButton::clicked, this, &ReceivablesWidget::refresh);
    // Leaving the date after changing it (or a date picked in the calendar) shows that date's report too.
    connect(m_date, &QDateEdit::editingFinished, this, [this] {
        if (m_loadedOnce && asOf() != m_loadedDate)
            refresh();
    });
    connect(m_export, &QPushButton::clicked, m_grid, &GridTools::exportInteractive);
    connect(m_print, &QPushButton::clicked, this, &ReceivablesWidget::print);
    connect(m_bucketView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                chooseBucket(current.data(TextTableModel::KeyRole).toInt());
        });
    connect(m_bucketView, &QTableView::activated, this, [this](const QModelIndex &) {
        m_customerView->setFocus(Qt::OtherFocusReason);
        if (!m_customerView->currentIndex().isValid() && m_customers->rowCount() > 0)
            m_customerView->setCurrentIndex(m_customers->index(0, 0));
    });
    connect(m_customerView, &QTreeView::activated, this,
        [this](const QModelIndex &index) { openCustomer(m_customers->row(index.row()).key.toLongLong()); });
    auto *printShortcut =
        new QShortcut(QKeySequence::Print, this, this, &ReceivablesWidget::print, Qt::WidgetWithChildrenShortcut);
    printShortcut->setObjectName(u"agingPrintShortcut"_s);
    setFocusProxy(m_date);
}

ReceivablesWidget::~ReceivablesWidget() = default;

void ReceivablesWidget::setApi(ops::billing::ReceivablesApi *api)
{
    m_api = api;
    ++m_agingSeq;
    ++m_customersSeq;
    ++m_invoicesSeq;
    m_loadedOnce = false;
    m_buckets->clear();
    m_customers->clear();
    m_invoices->clear();
    m_stack->setCurrentIndex(0);
    m_grid->setAllRowsProvider({});
    if (api) {
        // "Export…" of every customer of the chosen bucket (not only what the screen holds), with translated headers.
        m_grid->setAllRowsProvider([this](const QString &path, const ops::csv::CsvOptions &options) {
            ops::billing::AgingExportRequest request;
            request.path = path;
            request.asOf = asOf();
            request.bucket = m_bucket;
            request.options = options;
            request.headers = exportHeaders();
            auto cancel = std::make_shared<std::atomic<bool>>(false);
            auto progress = std::make_shared<std::atomic<qint64>>(0);
            GridExportJob job;
            job.rows = m_api ? m_api->exportCustomers(request, cancel, progress) : QFuture<ops::Result<qint64>>();
            job.cancel = [cancel] {
                cancel->store(true);
            };
            job.rowsSoFar = [progress] {
                return progress->load();
            };
            const qint64 shown = m_customers->rowCount();
            job.estimatedTotal = [shown] {
                return shown;
            };
            return job;
        });
        if (isVisible())
            refresh();
    }
    m_export->setEnabled(api != nullptr);
    m_print->setEnabled(api != nullptr);
    m_refresh->setEnabled(api != nullptr);
}

void ReceivablesWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

QDate ReceivablesWidget::asOf() const
{
    return m_date->date();
}

void ReceivablesWidget::setAsOf(const QDate &date)
{
    m_date->setDate(date);
    refresh();
}

void ReceivablesWidget::refresh()
{
    if (!m_api)
        return;
    m_loadedOnce = true;
    m_banner->dismiss();
    const quint64 seq = ++m_agingSeq;
    const QDate date = asOf();
    m_loadedDate = date;
    ops::runThen(m_api->aging(date), this, [this, seq](const ops::Result<ops::billing::AgingReport> &r) {
        if (seq != m_agingSeq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            m_buckets->clear();
            return;
        }
        const auto &report = r.value();
        QList<TextTableModel::Row> rows;
        for (int b = 0; b < ops::billing::kAgingBuckets; ++b) {
            const auto &cell = report.buckets.at(std::size_t(b));
            rows.push_back({b,
                {ops::billing::agingBucketLabel(AgingBucket(b)), money(cell.cents), QLocale().toString(cell.invoices),
                    QLocale().toString(cell.customers)}});
        }
        rows.push_back({kAllBuckets,
            {tr("All (total)"), money(report.total.cents), QLocale().toString(report.total.invoices),
                QLocale().toString(report.total.customers)}});
        const QSignalBlocker block(m_bucketView->selectionModel());
        m_buckets->setRows(std::move(rows));
        const int row = m_bucket == kAllBuckets ? ops::billing::kAgingBuckets : m_bucket;
        m_bucketView->setCurrentIndex(m_buckets->index(row, 0));
    });
    loadCustomers();
    if (showingInvoices() && m_invoices->property("customerId").isValid())
        openCustomer(m_invoices->property("customerId").toLongLong());
}

void ReceivablesWidget::chooseBucket(int bucket)
{
    if (bucket < kAllBuckets || bucket >= ops::billing::kAgingBuckets)
        bucket = kAllBuckets;
    m_bucket = bucket;
    const int row = bucket == kAllBuckets ? ops::billing::kAgingBuckets : bucket;
    if (row < m_buckets->rowCount() && m_bucketView->currentIndex().row() != row) {
        const QSignalBlocker block(m_bucketView->selectionModel());
        m_bucketView->setCurrentIndex(m_buckets->index(row, 0));
    }
    backToCustomers();
    loadCustomers();
}

void ReceivablesWidget::loadCustomers()
{
    if (!m_api)
        return;
    m_customersTitle->setText(m_bucket == kAllBuckets
            ? tr("Customers owing something, largest first")
            : tr("Customers owing in “%1”, largest first").arg(ops::billing::agingBucketLabel(AgingBucket(m_bucket))));
    const quint64 seq = ++m_customersSeq;
    ops::runThen(m_api->customers(asOf(), m_bucket, kCustomerLimit), this,
        [this, seq](const ops::Result<QList<ops::billing::AgingCustomerRow>> &r) {
            if (seq != m_customersSeq)
                return;
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                m_customers->clear();
                return;
            }
            QList<TextTableModel::Row> rows;
            rows.reserve(r.value().size());
            for (const auto &c : r.value()) {
                QStringList text{c.code, c.name};
                for (qint64 cents : c.cents)
                    text << money(cents);
                text << money(c.totalCents) << shortDate(c.oldestDue);
                rows.push_back({c.customerId, text});
            }
            m_customers->setRows(std::move(rows));
            if (m_customers->rowCount() > 0)
                m_customerView->setCurrentIndex(m_customers->index(0, 0));
        });
}

void ReceivablesWidget::openCustomer(qint64 customerId)
{
    if (!m_api || customerId <= 0)
        return;
    QString title;
    for (int r = 0; r < m_customers->rowCount(); ++r) {
        if (m_customers->row(r).key.toLongLong() == customerId) {
            title = u"%1 · %2"_s.arg(m_customers->row(r).text.value(0), m_customers->row(r).text.value(1));
            break;
        }
    }
    m_customerTitle->setText(tr("Open invoices of %1 as of %2").arg(title, shortDate(asOf())));
    for (int r = 0; r < m_customers->rowCount(); ++r) {
        if (m_customers->row(r).key.toLongLong() == customerId) {
            m_shownCode = m_customers->row(r).text.value(0);
            m_shownName = m_customers->row(r).text.value(1);
        }
    }
    m_invoices->setProperty("customerId", customerId);
    m_stack->setCurrentIndex(1);
    m_invoiceView->setFocus(Qt::OtherFocusReason);
    const quint64 seq = ++m_invoicesSeq;
    m_invoices->clear();
    ops::runThen(m_api->invoices(customerId, asOf()), this,
        [this, seq](const ops::Result<QList<ops::billing::AgingInvoiceRow>> &r) {
            if (seq != m_invoicesSeq)
                return;
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            QList<TextTableModel::Row> rows;
            for (const auto &i : r.value()) {
                rows.push_back({i.invoiceId,
                    {i.code, shortDate(i.issueDate), shortDate(i.dueDate), money(i.totalCents), money(i.paidCents),
                        money(i.creditedCents), money(i.openCents), QLocale().toString(i.daysLate),
                        ops::billing::agingBucketLabel(i.bucket)}});
            }
            m_invoices->setRows(std::move(rows));
            if (m_invoices->rowCount() > 0)
                m_invoiceView->setCurrentIndex(m_invoices->index(0, 0));
        });
}

void ReceivablesWidget::setDocuments(ops::billing::CustomerDocumentsApi *documents)
{
    m_documents = documents;
    m_statement->setVisible(documents != nullptr);
}

StatementRangeDialog *ReceivablesWidget::statementForCustomer()
{
    const qint64 customerId = m_invoices->property("customerId").toLongLong();
    if (!m_documents || !showingInvoices() || customerId <= 0)
        return nullptr;
    StatementRangeDialog *range = openStatement(m_documents, customerId, m_shownCode, m_shownName, this);
    if (range) { // the statement ends on the report's date
        range->fromEdit()->setDate(QDate(asOf().year(), asOf().month(), 1).addMonths(-2));
        range->toEdit()->setDate(asOf());
    }
    return range;
}

void ReceivablesWidget::backToCustomers()
{
    const bool wasShowing = showingInvoices();
    ++m_invoicesSeq;
    m_stack->setCurrentIndex(0);
    m_invoices->setProperty("customerId", QVariant());
    if (wasShowing)
        m_customerView->setFocus(Qt::OtherFocusReason);
}

bool ReceivablesWidget::showingInvoices() const
{
    return m_stack->currentIndex() == 1;
}

QStringList ReceivablesWidget::exportHeaders() const
{
    return {tr("Customer code"), tr("Customer"), ops::billing::agingBucketLabel(AgingBucket::Current),
        ops::billing::agingBucketLabel(AgingBucket::Days1To30), ops::billing::agingBucketLabel(AgingBucket::Days31To60),
        ops::billing::agingBucketLabel(AgingBucket::Days61To90), ops::billing::agingBucketLabel(AgingBucket::Over90),
        tr("Total"), tr("Invoices"), tr("Oldest due")};
}

QString ReceivablesWidget::reportHtml() const
{
    auto table = [](const TextTableModel *m) -> QString {
        QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
        for (int c = 0; c < m->columnCount(); ++c)
            html += u"<th>%1</th>"_s.arg(m->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
        html += u"</tr>"_s;
        for (int r = 0; r < m->rowCount(); ++r) {
            html += u"<tr>"_s;
            for (int c = 0; c < m->columnCount(); ++c) {
                const bool numeric = m->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).isValid();
                html += u"<td%1>%2</td>"_s.arg(
                    numeric ? u" align=\"right\""_s : QString(), m->index(r, c).data().toString().toHtmlEscaped());
            }
            html += u"</tr>"_s;
        }
        return html + u"</table>"_s;
    };
    QString html = u"<h2>%1</h2>"_s.arg(tr("Receivables aging as of %1").arg(shortDate(asOf())).toHtmlEscaped());
    html += table(m_buckets);
    html += u"<h3>%1</h3>"_s.arg(m_customersTitle->text().toHtmlEscaped());
    html += table(m_customers);
    return html;
}

void ReceivablesWidget::print()
{
    if (!m_api)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the receivables aging"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(reportHtml());
    doc.print(&printer);
}

bool ReceivablesWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_date && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            refresh();
            return true;
        }
        if (key == Qt::Key_Escape) {
            if (watched == m_invoiceView) {
                backToCustomers();
                return true;
            }
            if (watched == m_customerView) {
                m_bucketView->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReceivablesWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_api)
        refresh();
}
