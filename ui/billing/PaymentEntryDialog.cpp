#include "ui/billing/PaymentEntryDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/billing/AllocationModel.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kCustomerRole = Qt::UserRole + 1;

qint64 parseCents(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u'$');
    t.remove(u' ');
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.replace(u',', u'.');
    ops::Money m;
    if (t.isEmpty() || !ops::Money::parse(t, &m))
        return 0;
    return m.cents();
}

} // namespace

PaymentEntryDialog::PaymentEntryDialog(ops::payments::PaymentApi *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(u"PaymentEntryDialog"_s);
    setWindowTitle(tr("New payment"));
    auto *v = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"paymentCustomerSearch"_s);
    m_search->setPlaceholderText(tr("Name, code, address or phone"));
    m_search->installEventFilter(this);
    form->addRow(tr("&Customer:"), m_search);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"paymentCustomerResults"_s);
    m_results->setMaximumHeight(110);
    m_results->hide();
    m_results->installEventFilter(this);
    form->addRow(QString(), m_results);
    m_customer = new QLabel(tr("No customer chosen"), this);
    m_customer->setObjectName(u"paymentCustomer"_s);
    form->addRow(QString(), m_customer);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"paymentAmount"_s);
    m_amount->setPlaceholderText(tr("for example 89.95"));
    form->addRow(tr("&Amount:"), m_amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"paymentMethod"_s);
    for (const QString &key : {u"cheque"_s, u"cash"_s, u"etransfer"_s})
        m_method->addItem(PaymentListModel::methodLabel(key), key);
    form->addRow(tr("&Method:"), m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"paymentReference"_s);
    m_reference->setMaxLength(200);
    m_reference->setPlaceholderText(tr("cheque number, e-Transfer reference"));
    form->addRow(tr("&Reference:"), m_reference);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"paymentDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Received &on:"), m_date);
    v->addLayout(form);

    auto *allocLabel =
        new QLabel(tr("A&llocation to open invoices (oldest first; edit an amount to change it):"), this);
    v->addWidget(allocLabel);
    m_alloc = new AllocationModel(this);
    m_allocView = new QTableView(this);
    m_allocView->setObjectName(u"paymentAllocation"_s);
    m_allocView->setModel(m_alloc);
    m_allocView->verticalHeader()->hide();
    m_allocView->horizontalHeader()->setStretchLastSection(true);
    m_allocView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allocView->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    allocLabel->setBuddy(m_allocView);
    v->addWidget(m_allocView, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"paymentSummary"_s);
    v->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"paymentSave"_s);
    m_save->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    v->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &PaymentEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &PaymentEntryDialog::save);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &PaymentEntryDialog::searchNow);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->isVisible() && m_results->count() > 0) {
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            pickResult();
        } else {
            searchNow();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, &PaymentEntryDialog::pickResult);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentEntryDialog::amountChanged);
    connect(m_alloc, &AllocationModel::allocationChanged, this, &PaymentEntryDialog::updateSummary);
    resize(560, 520);
    updateSummary();
}

PaymentEntryDialog::~PaymentEntryDialog() = default;

qint64 PaymentEntryDialog::amountCents() const
{
    return parseCents(m_amount->text());
}

void PaymentEntryDialog::searchNow()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    if (!m_api || text.isEmpty())
        return;
    const quint64 seq = ++m_searchSeq;
    ops::runThen(
        m_api->findCustomers(text), this, [this, seq](const ops::Result<QList<ops::payments::CustomerChoice>> &r) {
            if (seq != m_searchSeq)
                return;
            m_results->clear();
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            for (const auto &c : r.value()) {
                auto *item =
                    new QListWidgetItem(c.subtitle.isEmpty() ? u"%1 · %2"_s.arg(c.code, c.name)
                                                             : u"%1 · %2 — %3"_s.arg(c.code, c.name, c.subtitle),
                        m_results);
                item->setData(kCustomerRole, QVariant::fromValue(QStringList{QString::number(c.id), c.code, c.name}));
            }
            m_results->setVisible(m_results->count() > 0);
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
            else
                m_banner->showInfo(tr("No customer matches “%1”.").arg(m_search->text().trimmed()));
        });
}

void PaymentEntryDialog::pickResult()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QStringList parts = item->data(kCustomerRole).toStringList();
    if (parts.size() != 3)
        return;
    chooseCustomer({parts.at(0).toLongLong(), parts.at(1), parts.at(2), QString()});
    m_results->hide();
    m_amount->setFocus(Qt::OtherFocusReason);
}

void PaymentEntryDialog::chooseCustomer(const ops::payments::CustomerChoice &customer)
{
    m_customerId = customer.id;
    m_customer->setText(u"%1 · %2"_s.arg(customer.code, customer.name));
    m_banner->dismiss();
    m_alloc->setInvoices({});
    if (!m_api)
        return;
    const quint64 seq = ++m_openSeq;
    ops::runThen(
        m_api->openInvoices(customer.id), this, [this, seq](const ops::Result<QList<ops::payments::OpenInvoice>> &r) {
            if (seq != m_openSeq)
                return;
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_alloc->setInvoices(r.value());
            m_alloc->proposeFor(amountCents());
        });
}

void PaymentEntryDialog::amountChanged()
{
    m_alloc->proposeFor(amountCents());
}

void PaymentEntryDialog::updateSummary()
{
    const QLocale locale;
    const qint64 amount = amountCents();
    const qint64 allocated = m_alloc->allocatedCents();
    qint64 open = 0;
    for (const auto &inv : m_alloc->invoices())
        open += inv.openCents;
    QString text = tr("Open: %1 · allocated: %2 · left as credit: %3")
                       .arg(ops::Money::fromCents(open).format(locale), ops::Money::fromCents(allocated).format(locale),
                           ops::Money::fromCents(qMax<qint64>(0, amount - allocated)).format(locale));
    if (allocated > amount)
        text = tr("The allocations (%1) are above the payment (%2).")
                   .arg(ops::Money::fromCents(allocated).format(locale), ops::Money::fromCents(amount).format(locale));
    m_summary->setText(text);
}

void PaymentEntryDialog::save()
{
    if (m_saving || !m_api)
        return;
    if (m_customerId <= 0) {
        m_banner->showWarning(tr("Choose the customer who paid."));
        m_search->setFocus(Qt::OtherFocusReason);
        return;
    }
    const qint64 amount = amountCents();
    if (amount <= 0) {
        m_banner->showWarning(tr("The amount must be above zero, for example 89.95."));
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_alloc->allocatedCents() > amount) {
        m_banner->showWarning(tr("The allocations are above the payment: lower one of them."));
        m_allocView->setFocus(Qt::OtherFocusReason);
        return;
    }
    ops::payments::PaymentInput in;
    in.customerId = m_customerId;
    in.amountCents = amount;
    in.method = m_method->currentData().toString();
    in.reference = m_reference->text().trimmed();
    in.receivedOn = m_date->date();
    // Untouched proposal: the database allocates oldest first (the same proposal, with what changed meanwhile).
    in.manualAllocation = m_alloc->isEdited();
    if (in.manualAllocation)
        in.allocations = m_alloc->allocations();
    m_saving = true;
    m_save->setEnabled(false);
    ops::runThen(m_api->record(in), this, [this](const ops::Result<ops::payments::PaymentResult> &r) {
        m_saving = false;
        m_save->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        emit recorded(r.value());
        accept();
    });
}

bool PaymentEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_results->isVisible()) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ControlModifier)) {
            pickResult();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
