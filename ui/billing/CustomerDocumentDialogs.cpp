#include "ui/billing/CustomerDocumentDialogs.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>

#include "core/billing/CustomerDocumentsApi.h"
#include "core/concurrency/Async.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The button row of the base dialog (the layout holding its Save button).
QBoxLayout *buttonRow(QDialog *dialog, QPushButton *save)
{
    auto *outer = qobject_cast<QBoxLayout *>(dialog->layout());
    for (int i = 0; outer && i < outer->count(); ++i) {
        if (auto *row = qobject_cast<QBoxLayout *>(outer->itemAt(i)->layout()); row && row->indexOf(save) >= 0)
            return row;
    }
    return nullptr;
}

bool printPages(QWidget *parent, const QList<QImage> &pages)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter(&printer);
    const QRect sheet = printer.pageLayout().fullRectPixels(printer.resolution());
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(sheet, pages.at(i));
    }
    return true;
}

} // namespace

CustomerDocumentDialog::CustomerDocumentDialog(ops::billing::CustomerDocumentsApi *api, QWidget *parent)
    : InvoicePreviewDialog(parent)
    , m_api(api)
{
    setObjectName(u"CustomerDocumentDialog"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"documentStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(u"documentPrint"_s);
    m_print->setToolTip(tr("Print the document (Ctrl+P)"));
    m_mail = new QPushButton(tr("&E-mail to customer"), this);
    m_mail->setObjectName(u"documentMail"_s);
    if (QBoxLayout *row = buttonRow(this, saveButton())) {
        const int at = row->indexOf(saveButton()) + 1;
        row->insertWidget(at, m_mail);
        row->insertWidget(at, m_print);
    }
    if (auto *outer = qobject_cast<QBoxLayout *>(layout()))
        outer->insertWidget(outer->count() - 1, m_status); // above the buttons
    connect(m_print, &QPushButton::clicked, this, &CustomerDocumentDialog::print);
    connect(m_mail, &QPushButton::clicked, this, &CustomerDocumentDialog::mail);
    new QShortcut(QKeySequence::Print, this, this, &CustomerDocumentDialog::print, Qt::WindowShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &CustomerDocumentDialog::mail, Qt::WindowShortcut);
    updateButtons();
}

CustomerDocumentDialog::~CustomerDocumentDialog() = default;

void CustomerDocumentDialog::loadReceipt(qint64 paymentId, const QString &paymentCode, const QString &language)
{
    m_statement = false;
    m_id = paymentId;
    m_code = paymentCode;
    m_language = language;
    setWindowTitle(tr("Receipt of payment %1").arg(paymentCode));
    load();
}

void CustomerDocumentDialog::loadStatement(
    qint64 customerId, const QString &customerCode, const QDate &from, const QDate &to, const QString &language)
{
    m_statement = true;
    m_id = customerId;
    m_code = customerCode;
    m_from = from;
    m_to = to;
    m_language = language;
    setWindowTitle(tr("Statement of %1 from %2 to %3")
                       .arg(customerCode, QLocale().toString(from, QLocale::ShortFormat),
                           QLocale().toString(to, QLocale::ShortFormat)));
    load();
}

void CustomerDocumentDialog::load()
{
    if (!m_api)
        return;
    m_loading = true;
    m_ok = false;
    m_status->setText(tr("Preparing the PDF…"));
    updateButtons();
    auto future =
        m_statement ? m_api->statementPreview(m_id, m_from, m_to, m_language) : m_api->receiptPreview(m_id, m_language);
    ops::runThen(future, this, [this](const ops::Result<ops::billing::InvoicePreview> &r) {
        m_loading = false;
        if (r.ok()) {
            m_ok = true;
            m_status->clear();
            setPreview(r.value());
        } else {
            m_status->setText(r.error().userMessage);
        }
        updateButtons();
        emit loaded();
    });
}

void CustomerDocumentDialog::updateButtons()
{
    m_print->setEnabled(m_ok);
    saveButton()->setEnabled(m_ok);
    openButton()->setEnabled(m_ok);
    const bool canMail = m_api && m_api->canMail();
    m_mail->setEnabled(m_ok && canMail);
    m_mail->setToolTip(canMail ? tr("Send the PDF to the customer's e-mail address through the outbox (Ctrl+E)")
                               : tr("E-mail is not set up: Mailjet has no sender address in the integration settings"));
}

void CustomerDocumentDialog::print()
{
    if (!m_ok)
        return;
    QList<QImage> pages;
    for (const QByteArray &png : preview().pages) {
        QImage image;
        image.loadFromData(png, "PNG");
        pages.append(image);
    }
    const bool done = m_printer ? m_printer(pages) : printPages(this, pages);
    if (done)
        m_status->setText(tr("Sent to the printer: %n page(s).", nullptr, int(pages.size())));
}

void CustomerDocumentDialog::mail()
{
    if (!m_ok || !m_api || !m_api->canMail() || !m_mail->isEnabled())
        return;
    m_mail->setEnabled(false);
    m_status->setText(tr("Queuing the e-mail…"));
    auto future =
        m_statement ? m_api->mailStatement(m_id, m_from, m_to, m_language) : m_api->mailReceipt(m_id, m_language);
    ops::runThen(future, this, [this](const ops::Result<qint64> &r) {
        updateButtons();
        if (!r.ok()) {
            m_status->setText(r.error().userMessage);
            return;
        }
        m_status->setText(tr("E-mail queued in the outbox (#%1); the worker sends it.").arg(r.value()));
        emit mailed(r.value());
    });
}

StatementRangeDialog::StatementRangeDialog(const QString &customerCode, const QString &customerName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"StatementRangeDialog"_s);
    setWindowTitle(tr("Statement of %1").arg(customerCode));
    auto *form = new QFormLayout;
    auto *who = new QLabel(u"%1 · %2"_s.arg(customerCode, customerName), this);
    who->setTextFormat(Qt::PlainText);
    form->addRow(tr("Customer:"), who);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-2), this);
    m_from->setObjectName(u"statementFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"statementTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"statementLanguage"_s);
    m_language->addItem(tr("The customer's language"), QString());
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    form->addRow(tr("&Language:"), m_language);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"statementProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_preview = buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole);
    m_preview->setObjectName(u"statementPreview"_s);
    m_preview->setDefault(true);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_problem);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &StatementRangeDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &StatementRangeDialog::validate);
    validate();
    m_from->setFocus();
}

QDate StatementRangeDialog::from() const
{
    return m_from->date();
}

QDate StatementRangeDialog::to() const
{
    return m_to->date();
}

QString StatementRangeDialog::language() const
{
    return m_language->currentData().toString();
}

void StatementRangeDialog::validate()
{
    const bool ok = from() <= to();
    m_preview->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("The start of the statement is after its end."));
}

CustomerDocumentDialog *openReceipt(
    ops::billing::CustomerDocumentsApi *api, qint64 paymentId, const QString &paymentCode, QWidget *parent)
{
    if (!api)
        return nullptr;
    auto *dialog = new CustomerDocumentDialog(api, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadReceipt(paymentId, paymentCode);
    dialog->open();
    return dialog;
}

StatementRangeDialog *openStatement(ops::billing::CustomerDocumentsApi *api, qint64 customerId,
    const QString &customerCode, const QString &customerName, QWidget *parent)
{
    if (!api)
        return nullptr;
    auto *range = new StatementRangeDialog(customerCode, customerName, parent);
    range->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ops::billing::CustomerDocumentsApi> guard(api);
    QObject::connect(range, &QDialog::accepted, range, [guard, range, customerId, customerCode, parent] {
        if (!guard)
            return;
        auto *dialog = new CustomerDocumentDialog(guard, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->loadStatement(customerId, customerCode, range->from(), range->to(), range->language());
        dialog->open();
    });
    range->open();
    return range;
}
