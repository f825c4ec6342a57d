#include "ui/billing/InvoiceView.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/billing/BillingApi.h"
#include "core/common/Money.h"
#include "core/concurrency/Async.h"
#include "ui/billing/InvoiceListModel.h"
#include "ui/billing/InvoicePreviewDialog.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::billing::InvoiceDocument;

namespace {

QString money(qint64 cents)
{
    return ops::Money::fromCents(cents).format(QLocale());
}

// "5 %", "9,975 %": the rate in parts per million, exact.
QString ratePercent(int ppm)
{
    const QLocale locale;
    QString digits = locale.toString(ppm / 10000.0, 'f', 3);
    // trailing zeros of the fraction go ("5,000" → "5")
    const QChar point = locale.decimalPoint().at(0);
    if (digits.contains(point)) {
        while (digits.endsWith(u'0'))
            digits.chop(1);
        if (digits.endsWith(point))
            digits.chop(1);
    }
    return QCoreApplication::translate("InvoiceView", "%1 %", "a tax rate").arg(digits);
}

QString deliveryText(const InvoiceDocument &doc)
{
    const QLocale locale;
    if (doc.customerEmail.isEmpty())
        return QCoreApplication::translate("InvoiceView", "E-mail: the customer has no e-mail address.");
    if (!doc.delivery)
        return QCoreApplication::translate("InvoiceView", "E-mail: not sent yet (to %1).").arg(doc.customerEmail);
    const ops::billing::InvoiceDelivery &d = *doc.delivery;
    const QString when =
        locale.toString((d.sentAt.isValid() ? d.sentAt : d.createdAt).toLocalTime(), QLocale::ShortFormat);
    if (d.status == u"sent"_s)
        return QCoreApplication::translate("InvoiceView", "E-mail: sent to %1 (%2)").arg(doc.customerEmail, when);
    if (d.status == u"failed"_s || d.status == u"ambiguous"_s)
        return QCoreApplication::translate("InvoiceView", "E-mail: failed (%1); queued %2")
            .arg(d.lastError.isEmpty() ? d.status : d.lastError, when);
    if (d.status == u"cancelled"_s)
        return QCoreApplication::translate("InvoiceView", "E-mail: cancelled in the outbox (%1)").arg(when);
    return QCoreApplication::translate("InvoiceView", "E-mail: waiting in the outbox since %1").arg(when);
}

} // namespace

InvoiceView::InvoiceView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"InvoiceView"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(8, 4, 8, 4);
    m_banner = new MessageBanner(this);
    v->addWidget(m_banner);
    m_header = new QLabel(this);
    m_header->setObjectName(u"invoiceHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_header);

    m_lines = new QTreeWidget(this);
    m_lines->setObjectName(u"invoiceLines"_s);
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setHeaderLabels({tr("Description"), tr("Qty"), tr("Unit price"), tr("Amount"), tr("Taxable")});
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    v->addWidget(m_lines, 2);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"invoiceTotals"_s);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_totals);

    auto *paymentsLabel = new QLabel(tr("Payments allocated"), this);
    v->addWidget(paymentsLabel);
    m_payments = new QTreeWidget(this);
    m_payments->setObjectName(u"invoicePayments"_s);
    m_payments->setRootIsDecorated(false);
    m_payments->setUniformRowHeights(true);
    m_payments->setHeaderLabels({tr("Payment"), tr("Received"), tr("Method"), tr("Allocated")});
    m_payments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    v->addWidget(m_payments, 1);

    m_delivery = new QLabel(this);
    m_delivery->setObjectName(u"invoiceDelivery"_s);
    m_delivery->setTextFormat(Qt::PlainText);
    m_delivery->setWordWrap(true);
    v->addWidget(m_delivery);

    auto *buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Preview &PDF"), this);
    m_pdf->setObjectName(u"invoicePdf"_s);
    m_pdf->setToolTip(tr("The invoice as the customer receives it, in their language, shown here; open it in a "
                         "viewer or save it from there (Ctrl+P)"));
    m_resend = new QPushButton(tr("&Resend"), this);
    m_resend->setObjectName(u"invoiceResend"_s);
    m_resend->setToolTip(tr("E-mail the invoice again, through the outbox (Ctrl+R)"));
    m_credit = new QPushButton(tr("Credit &note…"), this);
    m_credit->setObjectName(u"invoiceCredit"_s);
    m_credit->setToolTip(tr("A negative invoice that cancels this one in full, taxes reversed"));
    m_void = new QPushButton(tr("&Void…"), this);
    m_void->setObjectName(u"invoiceVoid"_s);
    m_void->setToolTip(tr("Drafts only: an issued invoice is corrected by a credit note"));
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_resend);
    buttons->addStretch(1);
    buttons->addWidget(m_credit);
    buttons->addWidget(m_void);
    v->addLayout(buttons);

    connect(m_pdf, &QPushButton::clicked, this, &InvoiceView::previewPdf);
    connect(m_resend, &QPushButton::clicked, this, &InvoiceView::resend);
    connect(m_credit, &QPushButton::clicked, this, &InvoiceView::askCreditNote);
    connect(m_void, &QPushButton::clicked, this, &InvoiceView::askVoid);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_P), this, this, &InvoiceView::previewPdf, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &InvoiceView::resend, Qt::WidgetWithChildrenShortcut);

    m_opener = [](const QString &path) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    updateButtons();
}

InvoiceView::~InvoiceView() = default;

void InvoiceView::setApi(ops::billing::BillingApi *api)
{
    m_api = api;
    ++m_seq;
    m_doc = {};
    m_id = 0;
    m_header->clear();
    m_lines->clear();
    m_payments->clear();
    m_totals->clear();
    m_delivery->clear();
    updateButtons();
}

void InvoiceView::setAllowed(bool allowed)
{
    m_allowed = allowed;
    updateButtons();
}

void InvoiceView::updateButtons()
{
    const bool loaded = isLoaded() && m_api;
    const bool output = loaded && m_api->canSendInvoices();
    m_pdf->setVisible(loaded && m_api->canRenderPdf());
    m_resend->setVisible(output);
    m_resend->setEnabled(output && m_allowed && m_doc.status != u"void"_s && !m_doc.customerEmail.isEmpty());
    const bool correctable = loaded && m_allowed && !m_doc.isCreditNote()
        && (m_doc.status == u"issued"_s || m_doc.status == u"partially_paid"_s || m_doc.status == u"paid"_s);
    m_credit->setEnabled(correctable);
    m_credit->setVisible(loaded && !m_doc.isCreditNote());
    m_void->setVisible(loaded && m_doc.status == u"draft"_s);
    m_void->setEnabled(loaded && m_allowed && m_doc.status == u"draft"_s);
}

void InvoiceView::showInvoice(qint64 invoiceId)
{
    m_id = invoiceId;
    const quint64 seq = ++m_seq;
    m_banner->dismiss();
    if (!m_api)
        return;
    ops::runThen(m_api->loadInvoice(invoiceId), this, [this, seq, invoiceId](const ops::Result<InvoiceDocument> &r) {
        if (seq != m_seq)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        showDocument(r.value());
        emit loaded(invoiceId);
    });
}

void InvoiceView::showDocument(const InvoiceDocument &doc)
{
    m_doc = doc;
    const QLocale locale;
    const QString kind = doc.isCreditNote() ? tr("Credit note %1 (corrects %2)").arg(doc.code, doc.correctsCode)
                                            : tr("Invoice %1").arg(doc.code);
    QString header = kind + u"   ·   "_s + InvoiceListModel::statusLabel(doc.status);
    header += u"\n"_s + tr("%1 · %2").arg(doc.customerCode, doc.customerName);
    header += u"\n"_s
        + tr("Period %1 to %2   ·   issued %3   ·   due %4   ·   in %5")
              .arg(locale.toString(doc.periodStart, QLocale::ShortFormat),
                  locale.toString(doc.periodEnd, QLocale::ShortFormat),
                  locale.toString(doc.issueDate, QLocale::ShortFormat),
                  locale.toString(doc.dueDate, QLocale::ShortFormat), doc.isFrench() ? tr("French") : tr("English"));
    m_header->setText(header);

    m_lines->clear();
    for (const ops::billing::InvoiceLine &l : doc.lines) {
        auto *item = new QTreeWidgetItem(m_lines,
            {l.description, locale.toString(l.quantity), money(l.unitPriceCents), money(l.amountCents),
                l.taxable ? tr("yes") : tr("no")});
        for (int c = 1; c <= 3; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 1; c <= 4; ++c)
        m_lines->resizeColumnToContents(c);

    QStringList totals;
    totals << tr("Subtotal: %1").arg(money(doc.subtotalCents));
    for (const QString &name : {u"GST"_s, u"QST"_s}) {
        const ops::billing::InvoiceTax *t = doc.tax(name);
        const QString label = name == u"GST"_s ? tr("GST") : tr("QST");
        if (!t) {
            totals << tr("%1: %2").arg(label, money(name == u"GST"_s ? doc.gstCents : doc.qstCents));
            continue;
        }
        QString line = tr("%1 (%2): %3").arg(label, ratePercent(t->ratePpm), money(t->amountCents));
        if (!t->registrationNumber.isEmpty())
            line += u"   "_s + tr("registration no. %1").arg(t->registrationNumber);
        totals << line;
    }
    totals << tr("Total: %1").arg(money(doc.totalCents));
    totals << tr("Paid: %1   ·   Balance due: %2").arg(money(doc.paidCents), money(doc.balanceDueCents()));
    m_totals->setText(totals.join(u'\n'));

    m_payments->clear();
    for (const ops::billing::InvoicePaymentAllocation &p : doc.payments) {
        auto *item = new QTreeWidgetItem(m_payments,
            {p.paymentCode, locale.toString(p.receivedAt.toLocalTime(), QLocale::ShortFormat), p.method,
                money(p.amountCents)});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (doc.payments.isEmpty())
        new QTreeWidgetItem(m_payments, {tr("No payment allocated."), QString(), QString(), QString()});
    for (int c = 1; c <= 3; ++c)
        m_payments->resizeColumnToContents(c);
    m_delivery->setText(deliveryText(doc));
    updateButtons();
}

void InvoiceView::previewPdf()
{
    if (!isLoaded() || !m_api || !m_api->canRenderPdf())
        return;
    const qint64 id = m_id;
    m_pdf->setEnabled(false);
    ops::runThen(m_api->invoicePreview(id), this, [this, id](const ops::Result<ops::billing::InvoicePreview> &r) {
        m_pdf->setEnabled(true);
        if (id != m_id)
            return;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            return;
        }
        if (!m_preview) {
            m_preview = new InvoicePreviewDialog(this);
            m_preview->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_preview->setOpener(m_opener);
        m_preview->setPreview(r.value());
        m_preview->show();
        m_preview->raise();
        m_preview->activateWindow();
        m_preview->setFocus(Qt::OtherFocusReason);
    });
}

void InvoiceView::resend()
{
    if (!isLoaded() || !m_api || !m_resend->isVisible() || !m_resend->isEnabled())
        return;
    const qint64 id = m_id;
    m_resend->setEnabled(false);
    ops::runThen(m_api->resend(id), this, [this, id](const ops::Result<qint64> &r) {
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            updateButtons();
            return;
        }
        m_banner->showSuccess(tr("The invoice is in the outbox, to %1.").arg(m_doc.customerEmail));
        emit invoiceChanged(id);
        if (id == m_id)
            showInvoice(id);
    });
}

void InvoiceView::askCreditNote()
{
    if (!m_credit->isVisible() || !m_credit->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Credit note"),
        tr("Create a credit note that cancels invoice %1 in full (%2, taxes reversed)? It moves the customer's "
           "balance and cannot be undone.")
            .arg(m_doc.code, money(m_doc.totalCents)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this, &InvoiceView::createCreditNote);
    box->open();
}

void InvoiceView::askVoid()
{
    if (!m_void->isVisible() || !m_void->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Void"),
        tr("Void draft invoice %1? It will never be sent.").arg(m_doc.code), QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this, &InvoiceView::voidInvoice);
    box->open();
}

void InvoiceView::createCreditNote()
{
    if (!isLoaded() || !m_api || !m_allowed)
        return;
    const qint64 id = m_id;
    m_credit->setEnabled(false);
    ops::runThen(m_api->creditNote(id), this, [this, id](const ops::Result<QString> &r) {
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            updateButtons();
            return;
        }
        m_banner->showSuccess(tr("Credit note %1 created.").arg(r.value()));
        emit invoiceChanged(id);
        if (id == m_id)
            showInvoice(id);
    });
}

void InvoiceView::voidInvoice()
{
    if (!isLoaded() || !m_api || !m_allowed || m_doc.status != u"draft"_s)
        return;
    const qint64 id = m_id;
    m_void->setEnabled(false);
    ops::runThen(m_api->voidDraft(id), this, [this, id](const ops::Status &r) {
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            updateButtons();
            return;
        }
        m_banner->showSuccess(tr("The invoice is void."));
        emit invoiceChanged(id);
        if (id == m_id)
            showInvoice(id);
    });
}

InvoicePreviewDialog *InvoiceView::previewDialog() const
{
    return m_preview;
}
