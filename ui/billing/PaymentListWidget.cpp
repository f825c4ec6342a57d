#include "ui/billing/PaymentListWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/billing/CustomerDocumentsApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/billing/AllocationEditDialog.h"
#include "ui/billing/CustomerDocumentDialogs.h"
#include "ui/billing/PaymentEntryDialog.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/billing/RefundDialog.h"
#include "ui/common/GridTools.h"
#include "ui/common/KeysetPager.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const auto kHeaderKey = u"BillingPayments/header"_s;
}

PaymentListWidget::PaymentListWidget(ops::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"PaymentListWidget"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    m_datesOn = new QCheckBox(tr("&Received from"), this);
    m_datesOn->setObjectName(u"paymentDatesOn"_s);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(u"paymentFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    auto *toLabel = new QLabel(tr("to", "date range"), this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"paymentTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"paymentMethodFilter"_s);
    m_method->addItem(tr("Any method"), QString());
    for (const QString &key : PaymentListModel::methodKeys())
        m_method->addItem(PaymentListModel::methodLabel(key), key);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"paymentStatusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : PaymentListModel::statusKeys())
        m_status->addItem(PaymentListModel::statusLabel(key), key);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(u"paymentCustomerFilter"_s);
    m_customer->setPlaceholderText(tr("Customer code or name (Ctrl+F)"));
    m_customer->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"paymentCount"_s);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1+ payments").arg(u"99,999"_s)) + 8);
    m_new = new QPushButton(tr("&New payment… (Ctrl+N)"), this);
    m_new->setObjectName(u"paymentNew"_s);
    m_reverse = new QPushButton(tr("Re&verse…"), this);
    m_reverse->setObjectName(u"paymentReverse"_s);
    m_reverse->setToolTip(tr("A payment that did not clear (an NSF cheque): its invoices re-open"));
    bar->addWidget(m_datesOn);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_method);
    bar->addWidget(m_status);
    bar->addWidget(m_customer, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_new);
    m_allocate = new QPushButton(tr("Edit a&llocation…"), this);
    m_allocate->setObjectName(u"paymentAllocate"_s);
    m_allocate->setToolTip(
        tr("Which invoices this payment pays (Ctrl+L); what is left stays as the customer's credit"));
    m_applyCredit = new QPushButton(tr("Apply &credit"), this);
    m_applyCredit->setObjectName(u"paymentApplyCredit"_s);
    m_applyCredit->setToolTip(tr("The customer's credit to its open invoices, oldest first"));
    bar->addWidget(m_reverse);
    m_receipt = new QPushButton(tr("&Receipt…"), this);
    m_receipt->setObjectName(u"paymentReceipt"_s);
    m_receipt->setToolTip(
        tr("The payment's receipt in the customer's language: preview, print, save, e-mail (Ctrl+R)"));
    m_receipt->hide(); // until documents are attached
    bar->addWidget(m_receipt);
    connect(m_receipt, &QPushButton::clicked, this, [this] { receiptOfSelected(); });
    auto *receiptKey = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_R), this, this, [this] { receiptOfSelected(); },
        Qt::WidgetWithChildrenShortcut);
    receiptKey->setObjectName(u"paymentReceiptShortcut"_s);
    bar->addWidget(m_allocate);
    bar->addWidget(m_applyCredit);
    m_refund = new QPushButton(tr("Re&fund…"), this);
    m_refund->setObjectName(u"paymentRefund"_s);
    m_refund->setToolTip(tr("Give back all or part of a card or pre-authorized debit payment through Stripe"));
    m_refund->setVisible(false);
    bar->addWidget(m_refund);
    v->addLayout(bar);

    m_model = new PaymentListModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"paymentList"_s);
    m_pager = new KeysetPager(m_view, m_model);
    const QFontMetrics fm = m_view->fontMetrics();
    const int amount = fm.horizontalAdvance(u"-$12,345.67__"_s);
    m_view->setColumnWidth(PaymentListModel::Code, fm.horizontalAdvance(u"PAY-000000__"_s));
    m_view->setColumnWidth(PaymentListModel::Customer, fm.horizontalAdvance(u"CUST-00000 · Marie-Ève Tremblay"_s));
    m_view->setColumnWidth(PaymentListModel::Received,
        fm.horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat) + u"____"_s));
    m_view->setColumnWidth(PaymentListModel::Method, fm.horizontalAdvance(u"Pre-authorized debit_"_s));
    m_view->setColumnWidth(PaymentListModel::Reference, fm.horizontalAdvance(u"pi_3Nxxxxxxxxxxxx"_s));
    m_view->setColumnWidth(PaymentListModel::Status, fm.horizontalAdvance(u"Refunded____"_s));
    m_view->setColumnWidth(PaymentListModel::Amount, amount);
    m_view->setColumnWidth(PaymentListModel::Allocated, amount);
    v->addWidget(m_view, 1);

    m_grid = GridTools::attach(m_view, m_settings, kHeaderKey, u"payments"_s);
    m_grid->setBanner(m_banner);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PaymentListWidget::applyFilter);
    connect(m_datesOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        scheduleApply();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentListWidget::scheduleApply);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentListWidget::scheduleApply);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentListWidget::scheduleApply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PaymentListWidget::scheduleApply);
    connect(m_customer, &QLineEdit::textChanged, this, &PaymentListWidget::scheduleApply);
    connect(m_customer, &QLineEdit::returnPressed, this, &PaymentListWidget::applyFilter);
    connect(m_model, &PaymentListModel::pageLoaded, this, &PaymentListWidget::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentListWidget::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentListWidget::updateButtons);
    connect(m_model, &PaymentListModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PaymentListWidget::updateButtons);
    connect(m_new, &QPushButton::clicked, this, [this] { newPayment(); });
    connect(m_reverse, &QPushButton::clicked, this, [this] { reverseSelected(); });
    connect(m_allocate, &QPushButton::clicked, this, [this] { editAllocation(); });
    connect(m_applyCredit, &QPushButton::clicked, this, [this] { applyCreditSelected(); });
    connect(m_refund, &QPushButton::clicked, this, [this] { refundSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PaymentListWidget::refreshCredit);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentListWidget::refreshCredit);

    auto *find = new QShortcut(
        QKeySequence::Find, this, m_customer, qOverload<>(&QWidget::setFocus), Qt::WidgetWithChildrenShortcut);
    find->setObjectName(u"paymentFindShortcut"_s);
    auto *create = new QShortcut(
        QKeySequence::New, this, this, [this] { newPayment(); }, Qt::WidgetWithChildrenShortcut);
    create->setObjectName(u"paymentNewShortcut"_s);
    auto *allocate = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_L), this, this, [this] { editAllocation(); }, Qt::WidgetWithChildrenShortcut);
    allocate->setObjectName(u"paymentAllocateShortcut"_s);
    updateCount();
    updateButtons();
}

PaymentListWidget::~PaymentListWidget() = default;

void PaymentListWidget::setApi(ops::payments::PaymentApi *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    m_grid->setAllRowsProvider({});
    if (api) {
        connect(api, &ops::payments::PaymentApi::paymentsChanged, this, &PaymentListWidget::reload);
        // "Export…" of every matching payment, streamed from the database page by page.
        m_grid->setAllRowsProvider([this](const QString &path, const ops::csv::CsvOptions &options) {
            ops::payments::PaymentExportRequest request;
            request.path = path;
            request.filter = currentFilter();
            request.options = options;
            request.headers = {tr("Payment"), tr("Customer code"), tr("Customer"), tr("Received"), tr("Method"),
                tr("Reference"), tr("Status"), tr("Amount"), tr("Allocated")};
            for (const QString &key : PaymentListModel::methodKeys())
                request.methodLabels.insert(key, PaymentListModel::methodLabel(key));
            for (const QString &key : PaymentListModel::statusKeys())
                request.statusLabels.insert(key, PaymentListModel::statusLabel(key));
            auto cancel = std::make_shared<std::atomic<bool>>(false);
            auto progress = std::make_shared<std::atomic<qint64>>(0);
            GridExportJob job;
            job.rows = m_api ? m_api->exportPayments(request, cancel, progress) : QFuture<ops::Result<qint64>>();
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
    m_model->setFilter(currentFilter());
    m_model->setApi(api);
    updateButtons();
}

void PaymentListWidget::setExportService(ops::csv::ExportService *exports)
{
    m_grid->setExportService(exports);
}

void PaymentListWidget::setAllowed(bool allowed)
{
    m_allowed = allowed;
    updateButtons();
}

ops::payments::PaymentListFilter PaymentListWidget::currentFilter() const
{
    ops::payments::PaymentListFilter f;
    if (m_datesOn->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.method = m_method->currentData().toString();
    f.status = m_status->currentData().toString();
    f.customer = m_customer->text().trimmed();
    return f;
}

void PaymentListWidget::scheduleApply()
{
    m_debounce->start();
}

void PaymentListWidget::applyFilter()
{
    m_debounce->stop();
    const auto f = currentFilter();
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(f);
}

void PaymentListWidget::reload()
{
    m_model->reload();
}

PaymentEntryDialog *PaymentListWidget::newPayment()
{
    if (!m_api || !m_allowed)
        return nullptr;
    auto *dialog = new PaymentEntryDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentEntryDialog::recorded, this, [this](const ops::payments::PaymentResult &r) {
        const QLocale locale;
        m_banner->showSuccess(tr("Payment %1 recorded for %2: %3 allocated, %4 left as credit.")
                                  .arg(r.code, r.customerCode, ops::Money::fromCents(r.allocatedCents).format(locale),
                                      ops::Money::fromCents(r.amountCents - r.allocatedCents).format(locale)));
        if (m_documents) { // its receipt, one click away
            m_banner->clearActions();
            QAbstractButton *receipt = m_banner->addAction(tr("Receipt…"));
            connect(receipt, &QAbstractButton::clicked, this,
                [this, id = r.id, code = r.code] { openReceipt(m_documents, id, code, this); });
        }
    });
    dialog->open();
    dialog->customerSearch()->setFocus(Qt::OtherFocusReason);
    return dialog;
}

QInputDialog *PaymentListWidget::reverseSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_api || !m_allowed || !current.isValid()
        || current.data(PaymentListModel::StatusKeyRole).toString() != u"succeeded"_s)
        return nullptr;
    const qint64 id = current.data(PaymentListModel::IdRole).toLongLong();
    const QString code = m_model->payment(current.row()).code;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(u"paymentReverseReason"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Reverse payment %1").arg(code));
    ask->setLabelText(tr("Why is payment %1 reversed? Its invoices re-open and the customer owes it again.").arg(code));
    ask->setTextValue(tr("Cheque returned NSF"));
    ask->setOkButtonText(tr("Reverse"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        if (!m_api)
            return;
        if (reason.trimmed().isEmpty()) {
            m_banner->showWarning(tr("A reversal needs its reason."));
            return;
        }
        ops::runThen(m_api->reverse(id, reason), this, [this](const ops::Result<ops::payments::PaymentResult> &r) {
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_banner->showSuccess(
                tr("Payment %1 reversed: %n invoice(s) re-opened.", nullptr, int(r.value().allocations.size()))
                    .arg(r.value().code));
        });
    });
    ask->open();
    return ask;
}

void PaymentListWidget::setDocuments(ops::billing::CustomerDocumentsApi *documents)
{
    m_documents = documents;
    m_receipt->setVisible(documents != nullptr);
    updateButtons();
}

CustomerDocumentDialog *PaymentListWidget::receiptOfSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_documents || !current.isValid())
        return nullptr;
    return openReceipt(
        m_documents, current.data(PaymentListModel::IdRole).toLongLong(), m_model->payment(current.row()).code, this);
}

AllocationEditDialog *PaymentListWidget::editAllocation()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_api || !m_allowed || !current.isValid()
        || current.data(PaymentListModel::StatusKeyRole).toString() != u"succeeded"_s)
        return nullptr;
    auto *dialog = new AllocationEditDialog(m_api, current.data(PaymentListModel::IdRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllocationEditDialog::reallocated, this, [this](const ops::payments::PaymentResult &r) {
        const QLocale locale;
        m_banner->showSuccess(tr(
            "Payment %1 now pays %n invoice(s) (%2); the customer's credit is %3.", nullptr, int(r.allocations.size()))
                                  .arg(r.code, ops::Money::fromCents(r.allocatedCents).format(locale),
                                      ops::Money::fromCents(r.creditCents).format(locale)));
    });
    dialog->open();
    return dialog;
}

RefundDialog *PaymentListWidget::refundSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_api || !m_api->canRefund() || !m_allowed || !current.isValid()
        || current.data(PaymentListModel::StatusKeyRole).toString() != u"succeeded"_s)
        return nullptr;
    const auto &payment = m_model->payment(current.row());
    if (payment.method != u"card"_s && payment.method != u"pad"_s)
        return nullptr;
    auto *dialog = new RefundDialog(m_api, payment.id, payment.code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](const QString &message) { m_banner->showSuccess(message); });
    dialog->open();
    return dialog;
}

bool PaymentListWidget::applyCreditSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_api || !m_allowed || !current.isValid())
        return false;
    const ops::payments::PaymentListRow row = m_model->payment(current.row());
    if (row.customerId != m_creditCustomer || m_creditCents <= 0)
        return false;
    const QString customer = row.customerCode;
    m_applyCredit->setEnabled(false);
    ops::runThen(m_api->applyCredit(row.customerId), this, [this, customer](const ops::Result<qint64> &r) {
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            refreshCredit();
            return;
        }
        if (r.value() == 0)
            m_banner->showInfo(tr("%1 has no open invoice to apply its credit to.").arg(customer));
        else
            m_banner->showSuccess(tr("%1 of %2's credit applied to its open invoices.")
                                      .arg(ops::Money::fromCents(r.value()).format(QLocale()), customer));
        refreshCredit();
    });
    return true;
}

void PaymentListWidget::refreshCredit()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 customer = current.isValid() ? m_model->payment(current.row()).customerId : 0;
    const quint64 seq = ++m_creditSeq;
    m_creditCustomer = 0;
    m_creditCents = 0;
    updateButtons();
    if (!m_api || customer <= 0)
        return;
    ops::runThen(m_api->creditCents(customer), this, [this, seq, customer](const ops::Result<qint64> &r) {
        if (seq != m_creditSeq || !r.ok())
            return;
        m_creditCustomer = customer;
        m_creditCents = r.value();
        updateButtons();
    });
}

void PaymentListWidget::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(
        m_model->hasMore() ? tr("%1+ payments").arg(QLocale().toString(n)) : tr("%Ln payment(s)", nullptr, n));
}

void PaymentListWidget::updateButtons()
{
    m_new->setEnabled(m_api && m_allowed);
    const QModelIndex current = m_view->currentIndex();
    const bool succeeded =
        current.isValid() && current.data(PaymentListModel::StatusKeyRole).toString() == u"succeeded"_s;
    const QString method = current.isValid() ? m_model->payment(current.row()).method : QString();
    const bool stripe = method == u"card"_s || method == u"pad"_s;
    // A Stripe payment is refunded (or disputed), never reversed like a bounced cheque.
    m_reverse->setEnabled(m_api && m_allowed && succeeded && !stripe);
    m_refund->setVisible(m_api && m_api->canRefund());
    m_refund->setEnabled(m_api && m_allowed && succeeded && stripe);
    m_allocate->setEnabled(m_api && m_allowed && succeeded);
    const bool hasCredit =
        current.isValid() && m_creditCents > 0 && m_model->payment(current.row()).customerId == m_creditCustomer;
    m_applyCredit->setEnabled(m_api && m_allowed && hasCredit);
    m_applyCredit->setText(hasCredit
            ? tr("Apply &credit (%1)").arg(ops::Money::fromCents(m_creditCents).format(QLocale()))
            : tr("Apply &credit"));
    m_receipt->setEnabled(m_documents && current.isValid());
}
