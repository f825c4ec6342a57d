#include "ui/billing/AllocationEditDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/billing/AllocationModel.h"
#include "ui/billing/PaymentListModel.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;

AllocationEditDialog::AllocationEditDialog(ops::payments::PaymentApi *api, qint64 paymentId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_paymentId(paymentId)
{
    setObjectName(u"AllocationEditDialog"_s);
    setWindowTitle(tr("Edit allocation"));
    auto *v = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);
    m_header = new QLabel(tr("Loading the payment…"), this);
    m_header->setObjectName(u"allocationHeader"_s);
    m_header->setWordWrap(true);
    v->addWidget(m_header);

    auto *label =
        new QLabel(tr("&Invoices (Open includes what this payment already holds; type an amount to change it):"), this);
    label->setWordWrap(true);
    v->addWidget(label);
    m_alloc = new AllocationModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"allocationEditView"_s);
    m_view->setModel(m_alloc);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    label->setBuddy(m_view);
    v->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"allocationSummary"_s);
    v->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_oldest = buttons->addButton(tr("Oldest first (Alt+O)"), QDialogButtonBox::ResetRole);
    m_oldest->setObjectName(u"allocationOldestFirst"_s);
    m_oldest->setToolTip(tr("The payment to the open invoices by due date, oldest first"));
    m_oldest->setAutoDefault(false);
    m_save = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"allocationSave"_s);
    m_save->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    v->addWidget(buttons);
    connect(m_oldest, &QPushButton::clicked, this, &AllocationEditDialog::proposeOldestFirst);
    connect(m_save, &QPushButton::clicked, this, &AllocationEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &AllocationEditDialog::save);
    // An explicit shortcut rather than a mnemonic: it works the same on every platform theme.
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_O), this), &QShortcut::activated, this,
        &AllocationEditDialog::proposeOldestFirst);
    connect(m_alloc, &AllocationModel::allocationChanged, this, &AllocationEditDialog::updateSummary);
    resize(600, 460);
    updateSummary();
    updateButtons();
    reload();
}

AllocationEditDialog::~AllocationEditDialog() = default;

void AllocationEditDialog::reload()
{
    if (!m_api)
        return;
    m_loaded = false;
    updateButtons();
    const quint64 seq = ++m_loadSeq;
    ops::runThen(m_api->allocationState(m_paymentId), this,
        [this, seq](const ops::Result<ops::payments::PaymentAllocationState> &r) {
            if (seq != m_loadSeq)
                return;
            if (!r.ok()) {
                m_header->clear();
                m_banner->showError(r.error().userMessage);
                return;
            }
            m_state = r.value();
            const QLocale locale;
            setWindowTitle(tr("Edit allocation of %1").arg(m_state.paymentCode));
            QString header = tr("%1 · %2 · %3 · %4, received %5")
                                 .arg(m_state.paymentCode, u"%1 %2"_s.arg(m_state.customerCode, m_state.customerName),
                                     PaymentListModel::methodLabel(m_state.method),
                                     ops::Money::fromCents(m_state.amountCents).format(locale),
                                     locale.toString(m_state.receivedAt.toLocalTime().date(), QLocale::ShortFormat));
            if (m_state.allocatableCents != m_state.amountCents)
                header += u" · "_s
                    + tr("%1 after refunds").arg(ops::Money::fromCents(m_state.allocatableCents).format(locale));
            m_header->setText(header);
            m_alloc->setAllocation(m_state.invoices, m_state.allocations);
            m_loaded = m_state.status == u"succeeded"_s;
            if (!m_loaded)
                m_banner->showWarning(tr("Payment %1 is %2: only a payment that went through can be allocated.")
                                          .arg(m_state.paymentCode, PaymentListModel::statusLabel(m_state.status)));
            updateButtons();
            m_view->setFocus(Qt::OtherFocusReason);
            if (m_alloc->rowCount() > 0)
                m_view->setCurrentIndex(m_alloc->index(0, AllocationModel::Allocate));
        });
}

void AllocationEditDialog::proposeOldestFirst()
{
    if (!m_loaded)
        return;
    m_alloc->proposeFor(m_state.allocatableCents);
}

void AllocationEditDialog::updateSummary()
{
    const QLocale locale;
    const qint64 allocated = m_alloc->allocatedCents();
    const qint64 payment = m_state.allocatableCents;
    if (allocated > payment) {
        m_summary->setText(
            tr("The allocations (%1) are above the payment (%2).")
                .arg(ops::Money::fromCents(allocated).format(locale), ops::Money::fromCents(payment).format(locale)));
        return;
    }
    m_summary->setText(tr("Allocated: %1 · left as the customer's credit: %2")
                           .arg(ops::Money::fromCents(allocated).format(locale),
                               ops::Money::fromCents(payment - allocated).format(locale)));
}

void AllocationEditDialog::updateButtons()
{
    m_oldest->setEnabled(m_loaded && !m_saving);
    m_save->setEnabled(m_loaded && !m_saving);
}

void AllocationEditDialog::save()
{
    if (!m_api || !m_loaded || m_saving)
        return;
    if (m_alloc->allocatedCents() > m_state.allocatableCents) {
        m_banner->showWarning(tr("The allocations are above the payment: lower one of them."));
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saving = true;
    updateButtons();
    ops::runThen(m_api->reallocate(m_paymentId, m_alloc->allocations(), m_state.version), this,
        [this](const ops::Result<ops::payments::PaymentResult> &r) {
            m_saving = false;
            updateButtons();
            if (!r.ok()) {
                m_banner->clearActions();
                m_banner->showError(r.error().userMessage);
                if (r.error().kind == ops::Error::Kind::Conflict) {
                    QAbstractButton *again = m_banner->addAction(tr("Reload"));
                    connect(again, &QAbstractButton::clicked, this, [this] {
                        m_banner->clearActions();
                        m_banner->dismiss();
                        reload();
                    });
                }
                return;
            }
            emit reallocated(r.value());
            accept();
        });
}
