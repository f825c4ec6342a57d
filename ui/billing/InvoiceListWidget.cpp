#include "ui/billing/InvoiceListWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "ui/billing/InvoiceListModel.h"
#include "ui/billing/InvoiceView.h"
#include "ui/common/GridTools.h"
#include "ui/common/KeysetPager.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const auto kHeaderKey = u"BillingInvoices/header"_s;

// "12,50", "12.50", "1 234,50 $": the amount in cents; nullopt when empty or unreadable (ok=false then).
std::optional<qint64> amountCents(const QString &text, bool *ok)
{
    *ok = true;
    QString t = text.trimmed();
    t.remove(u'$');
    t.remove(u' ');
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    if (t.isEmpty())
        return std::nullopt;
    t.replace(u',', u'.');
    ops::Money m;
    if (!ops::Money::parse(t, &m)) {
        *ok = false;
        return std::nullopt;
    }
    return m.cents();
}

} // namespace

InvoiceListWidget::InvoiceListWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"InvoiceListWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    m_periodOn = new QCheckBox(tr("P&eriod:"), this);
    m_periodOn->setObjectName(u"invoicePeriodOn"_s);
    m_period = new QDateEdit(this);
    m_period->setObjectName(u"invoicePeriod"_s);
    m_period->setDisplayFormat(u"yyyy-MM"_s);
    m_period->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_period->setEnabled(false);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"invoiceStatus"_s);
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : {u"draft"_s, u"issued"_s, u"partially_paid"_s, u"paid"_s, u"void"_s})
        m_status->addItem(InvoiceListModel::statusLabel(key), key);
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(u"invoiceOverdue"_s);
    auto *amountLabel = new QLabel(tr("&Total from"), this);
    m_min = new QLineEdit(this);
    m_min->setObjectName(u"invoiceMin"_s);
    m_min->setPlaceholderText(tr("min"));
    m_min->setMaximumWidth(90);
    amountLabel->setBuddy(m_min);
    auto *toLabel = new QLabel(tr("to", "amount range"), this);
    m_max = new QLineEdit(this);
    m_max->setObjectName(u"invoiceMax"_s);
    m_max->setPlaceholderText(tr("max"));
    m_max->setMaximumWidth(90);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(u"invoiceCustomer"_s);
    m_customer->setPlaceholderText(tr("Customer code or name (Ctrl+F)"));
    m_customer->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"invoiceCount"_s);
    bar->addWidget(m_periodOn);
    bar->addWidget(m_period);
    bar->addWidget(m_status);
    bar->addWidget(m_overdue);
    bar->addWidget(amountLabel);
    bar->addWidget(m_min);
    bar->addWidget(toLabel);
    bar->addWidget(m_max);
    bar->addWidget(m_customer, 1);
    bar->addWidget(m_count);
    v->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new InvoiceListModel(this);
    m_view = new QTreeView(split);
    m_view->setObjectName(u"invoiceList"_s);
    m_pager = new KeysetPager(m_view, m_model);
    m_view->header()->setMinimumSectionSize(40);
    const QFontMetrics fm = m_view->fontMetrics();
    const int date = fm.horizontalAdvance(u"2026-12-31__"_s);
    const int amount = fm.horizontalAdvance(u"-$12,345.67__"_s);
    m_view->setColumnWidth(InvoiceListModel::Code, fm.horizontalAdvance(u"INV-000000 (credit note)"_s) * 2 / 3);
    m_view->setColumnWidth(InvoiceListModel::Customer, fm.horizontalAdvance(u"CUST-00000 · Marie-Ève Tremblay"_s));
    m_view->setColumnWidth(InvoiceListModel::Period, fm.horizontalAdvance(u"2026-12__"_s));
    m_view->setColumnWidth(InvoiceListModel::Issued, date);
    m_view->setColumnWidth(InvoiceListModel::Due, date);
    m_view->setColumnWidth(InvoiceListModel::Status, fm.horizontalAdvance(u"Partially paid, overdue"_s));
    m_view->setColumnWidth(InvoiceListModel::Total, amount);
    m_view->setColumnWidth(InvoiceListModel::Paid, amount);
    m_view->installEventFilter(this);
    m_invoice = new InvoiceView(split);
    m_invoice->hide();
    split->addWidget(m_view);
    split->addWidget(m_invoice);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    v->addWidget(split, 1);

    m_grid = GridTools::attach(m_view, m_settings, kHeaderKey, u"invoices"_s);
    m_grid->setBanner(m_banner);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &InvoiceListWidget::applyFilter);
    connect(m_periodOn, &QCheckBox::toggled, this, [this](bool on) {
        m_period->setEnabled(on);
        scheduleApply();
    });
    connect(m_period, &QDateEdit::dateChanged, this, &InvoiceListWidget::scheduleApply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoiceListWidget::scheduleApply);
    connect(m_overdue, &QCheckBox::toggled, this, &InvoiceListWidget::scheduleApply);
    connect(m_min, &QLineEdit::textChanged, this, &InvoiceListWidget::scheduleApply);
    connect(m_max, &QLineEdit::textChanged, this, &InvoiceListWidget::scheduleApply);
    connect(m_customer, &QLineEdit::textChanged, this, &InvoiceListWidget::scheduleApply);
    for (QLineEdit *e : {m_min, m_max, m_customer})
        connect(e, &QLineEdit::returnPressed, this, &InvoiceListWidget::applyFilter);

    connect(m_model, &InvoiceListModel::pageLoaded, this, &InvoiceListWidget::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceListWidget::updateCount);
    connect(m_model, &InvoiceListModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_view, &QTreeView::activated, this,
        [this](const QModelIndex &index) { openInvoice(index.data(InvoiceListModel::IdRole).toLongLong()); });
    connect(m_invoice, &InvoiceView::invoiceChanged, this, [this] { reload(); });

    auto *find = new QShortcut(
        QKeySequence::Find, this, m_customer, qOverload<>(&QWidget::setFocus), Qt::WidgetWithChildrenShortcut);
    find->setObjectName(u"invoiceFindShortcut"_s);
    updateCount();
}

InvoiceListWidget::~InvoiceListWidget() = default;

void InvoiceListWidget::setApi(ops::billing::BillingApi *api)
{
    m_api = api;
    m_grid->setAllRowsProvider({});
    if (api) {
        // "Export…" of every matching invoice, streamed from the database page by page (not only the loaded rows).
        m_grid->setAllRowsProvider([this](const QString &path, const ops::csv::CsvOptions &options) {
            ops::billing::InvoiceExportRequest request;
            request.path = path;
            request.filter = currentFilter();
            request.options = options;
            request.headers = {tr("Invoice"), tr("Credit note"), tr("Customer code"), tr("Customer"), tr("Period"),
                tr("Issued"), tr("Due"), tr("Status"), tr("Overdue"), tr("Total"), tr("Paid")};
            for (const QString &key : {u"draft"_s, u"issued"_s, u"partially_paid"_s, u"paid"_s, u"void"_s})
                request.statusLabels.insert(key, InvoiceListModel::statusLabel(key));
            auto cancel = std::make_shared<std::atomic<bool>>(false);
            auto progress = std::make_shared<std::atomic<qint64>>(0);
            GridExportJob job;
            job.rows = m_api ? m_api->exportInvoices(request, cancel, progress) : QFuture<ops::Result<qint64>>();
            job.cancel = [cancel] {
                cancel->store(true);
            };
            job.rowsSoFar = [progress] {
                return progress->load();
            };
            job.estimatedTotal = [] {
                return qint64(0);
            };
            return job;
        });
    }
    m_invoice->setApi(api);
    m_invoice->hide();
    m_model->setFilter(currentFilter());
    m_model->setApi(api);
}

void InvoiceListWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

void InvoiceListWidget::setAllowed(bool allowed)
{
    m_invoice->setAllowed(allowed);
}

ops::billing::InvoiceListFilter InvoiceListWidget::currentFilter() const
{
    ops::billing::InvoiceListFilter f;
    if (m_periodOn->isChecked())
        f.periodStart = QDate(m_period->date().year(), m_period->date().month(), 1);
    f.status = m_status->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    bool ok = true;
    f.minTotalCents = amountCents(m_min->text(), &ok);
    f.maxTotalCents = amountCents(m_max->text(), &ok);
    f.customer = m_customer->text().trimmed();
    return f;
}

void InvoiceListWidget::scheduleApply()
{
    m_debounce->start();
}

void InvoiceListWidget::applyFilter()
{
    m_debounce->stop();
    bool minOk = true;
    bool maxOk = true;
    amountCents(m_min->text(), &minOk);
    amountCents(m_max->text(), &maxOk);
    if (!minOk || !maxOk) {
        m_banner->showWarning(tr("An amount reads like 12.50 or 12,50; the unreadable bound is left out."));
    } else {
        m_banner->dismiss();
    }
    const auto f = currentFilter();
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(f);
}

void InvoiceListWidget::reload()
{
    m_model->reload();
}

void InvoiceListWidget::openInvoice(qint64 invoiceId)
{
    if (invoiceId <= 0)
        return;
    m_invoice->show();
    m_invoice->showInvoice(invoiceId);
}

void InvoiceListWidget::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(
        m_model->hasMore() ? tr("%1+ invoices").arg(QLocale().toString(n)) : tr("%Ln invoice(s)", nullptr, n));
}

bool InvoiceListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_invoice->isVisible()) {
            m_invoice->hide();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceListWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
}
