#include "ui/billing/BillingSettingsWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/billing/BillingRule.h"
#include "core/billing/BillingSettingsApi.h"
#include "core/billing/InvoiceMail.h"
#include "core/concurrency/Async.h"
#include "ui/billing/InvoicePreviewDialog.h"
#include "ui/common/MessageBanner.h"

using namespace Qt::Literals::StringLiterals;
using ops::billing::BillingSettings;
using ops::billing::BillingSettingsField;

namespace {

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, int maxLength)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    return e;
}

} // namespace

BillingSettingsWidget::BillingSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"BillingSettingsWidget"_s);
    auto *outer = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"billingSettingsBanner"_s);
    outer->addWidget(m_banner);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *columns = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    // Company block
    auto *company = new QGroupBox(tr("Company (printed at the top of every invoice)"), page);
    auto *cf = new QFormLayout(company);
    m_name = lineEdit(company, u"companyName"_s, 200);
    cf->addRow(tr("&Name:"), m_name);
    for (int i = 0; i < 3; ++i) {
        m_address[i] = lineEdit(company, u"addressLine%1"_s.arg(i + 1), 200);
        cf->addRow(tr("Address line &%1:").arg(i + 1), m_address[i]);
    }
    m_address[0]->setPlaceholderText(u"1200, boulevard du Curé-Labelle"_s);
    m_address[1]->setPlaceholderText(u"Saint-Jérôme (Québec)  J7Z 5T4"_s);
    m_phone = lineEdit(company, u"companyPhone"_s, 40);
    cf->addRow(tr("&Phone:"), m_phone);
    m_email = lineEdit(company, u"companyEmail"_s, 200);
    m_email->setToolTip(tr("The invoice e-mails' Reply-To address"));
    cf->addRow(tr("&E-mail:"), m_email);
    left->addWidget(company);

    // Taxes
    auto *taxes = new QGroupBox(tr("Taxes"), page);
    auto *tf = new QFormLayout(taxes);
    m_gst = lineEdit(taxes, u"gstNumber"_s, 40);
    m_gst->setPlaceholderText(u"123456789 RT 0001"_s);
    m_gst->setToolTip(tr("GST/HST registration number: nine digits, RT and four digits"));
    tf->addRow(tr("&GST number:"), m_gst);
    m_qst = lineEdit(taxes, u"qstNumber"_s, 40);
    m_qst->setPlaceholderText(u"1234567890 TQ 0001"_s);
    m_qst->setToolTip(tr("QST registration number: ten digits, TQ and four digits"));
    tf->addRow(tr("&QST number:"), m_qst);
    m_rates = new QLabel(taxes);
    m_rates->setObjectName(u"taxRates"_s);
    m_rates->setWordWrap(true);
    m_rates->setTextFormat(Qt::PlainText);
    const QLocale locale;
    m_rates->setText(tr("GST %1 % and QST %2 %, each on the taxable subtotal and shown on its own line: the rates are "
                        "set by law, not here.")
                         .arg(locale.toString(ops::billing::kGstRatePpm / 10000.0, 'g', 6),
                             locale.toString(ops::billing::kQstRatePpm / 10000.0, 'g', 6)));
    tf->addRow(m_rates);
    m_regWarning = new QLabel(taxes);
    m_regWarning->setObjectName(u"registrationWarning"_s);
    m_regWarning->setWordWrap(true);
    m_regWarning->setTextFormat(Qt::PlainText);
    m_regWarning->setText(tr("Billing runs are refused until both registration numbers are set: every invoice must "
                             "show them."));
    tf->addRow(m_regWarning);
    left->addWidget(taxes);

    // Invoices: due days, payment instructions
    auto *invoices = new QGroupBox(tr("Invoices"), page);
    auto *inf = new QFormLayout(invoices);
    m_dueDays = new QSpinBox(invoices);
    m_dueDays->setObjectName(u"dueDays"_s);
    m_dueDays->setRange(0, 120);
    m_dueDays->setSuffix(tr(" days after the issue date"));
    inf->addRow(tr("&Due:"), m_dueDays);
    m_instrFr = textEdit(invoices, u"instructionsFr"_s, 3);
    inf->addRow(tr("Payment instructions (&French):"), m_instrFr);
    m_instrEn = textEdit(invoices, u"instructionsEn"_s, 3);
    inf->addRow(tr("Payment instructions (E&nglish):"), m_instrEn);
    left->addWidget(invoices);
    left->addStretch(1);

    // The invoice e-mail, FR and EN, with its live preview
    auto *mail = new QGroupBox(tr("Invoice e-mail"), page);
    auto *mv = new QVBoxLayout(mail);
    m_mailTabs = new QTabWidget(mail);
    m_mailTabs->setObjectName(u"mailTabs"_s);
    for (const bool fr : {true, false}) {
        auto *tab = new QWidget(m_mailTabs);
        auto *f = new QFormLayout(tab);
        auto *subject = lineEdit(tab, fr ? u"subjectFr"_s : u"subjectEn"_s, 200);
        auto *body = textEdit(tab, fr ? u"bodyFr"_s : u"bodyEn"_s, 7);
        f->addRow(tr("&Subject:"), subject);
        f->addRow(tr("&Text:"), body);
        (fr ? m_subjectFr : m_subjectEn) = subject;
        (fr ? m_bodyFr : m_bodyEn) = body;
        m_mailTabs->addTab(tab, fr ? tr("French") : tr("English"));
    }
    mv->addWidget(m_mailTabs);
    auto *placeholders = new QLabel(mail);
    placeholders->setWordWrap(true);
    placeholders->setTextFormat(Qt::PlainText);
    placeholders->setText(tr("Placeholders: {code} invoice number, {period} billed period, {total} amount, "
                             "{due_date} due date, {company} company name, {customer} customer name. An empty "
                             "subject or text uses the built-in one."));
    mv->addWidget(placeholders);
    auto *sample = new QHBoxLayout;
    sample->addWidget(new QLabel(tr("Sample invoice in:"), mail));
    m_language = new QComboBox(mail);
    m_language->setObjectName(u"sampleLanguage"_s);
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setToolTip(tr("The language of the sample e-mail and PDF (customers receive their own language)"));
    sample->addWidget(m_language);
    sample->addStretch(1);
    mv->addLayout(sample);
    m_mailPreview = new QPlainTextEdit(mail);
    m_mailPreview->setObjectName(u"mailPreview"_s);
    m_mailPreview->setReadOnly(true);
    m_mailPreview->setTabChangesFocus(true);
    m_mailPreview->setToolTip(tr("The e-mail of a sample invoice with these settings, as the customer reads it"));
    mv->addWidget(m_mailPreview, 1);
    right->addWidget(mail, 1);

    // Buttons
    auto *buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Preview &PDF"), this);
    m_pdf->setObjectName(u"settingsPdf"_s);
    m_pdf->setToolTip(tr("A sample invoice printed with these settings, saved or not (Ctrl+P)"));
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(u"settingsReload"_s);
    m_reload->setToolTip(tr("Read the settings again from the database; unsaved changes are lost"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"settingsSave"_s);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &BillingSettingsWidget::save);
    connect(m_reload, &QPushButton::clicked, this, &BillingSettingsWidget::reload);
    connect(m_pdf, &QPushButton::clicked, this, &BillingSettingsWidget::previewPdf);
    new QShortcut(QKeySequence::Save, this, this, &BillingSettingsWidget::save, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this, this, &BillingSettingsWidget::previewPdf,
        Qt::WidgetWithChildrenShortcut);

    const auto changed = [this] {
        if (!m_filling)
            updateState();
    };
    for (QLineEdit *e :
        {m_name, m_address[0], m_address[1], m_address[2], m_phone, m_email, m_gst, m_qst, m_subjectFr, m_subjectEn})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *e : {m_instrFr, m_instrEn, m_bodyFr, m_bodyEn})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    connect(m_dueDays, &QSpinBox::valueChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &BillingSettingsWidget::updateMailPreview);
    connect(m_mailTabs, &QTabWidget::currentChanged, this, [this](int index) { m_language->setCurrentIndex(index); });
    connect(m_gst, &QLineEdit::editingFinished, this, &BillingSettingsWidget::normaliseNumbers);
    connect(m_qst, &QLineEdit::editingFinished, this, &BillingSettingsWidget::normaliseNumbers);
    setFocusProxy(m_name);
    updateState();
}

BillingSettingsWidget::~BillingSettingsWidget() = default;

QLineEdit *BillingSettingsWidget::addressEdit(int line) const
{
    return line >= 0 && line < 3 ? m_address[line] : nullptr;
}

void BillingSettingsWidget::setApi(ops::billing::BillingSettingsApi *api)
{
    m_api = api;
    m_hasLoaded = false;
    m_loaded = {};
    ++m_seq;
    m_busy = false;
    showSettings({});
    if (m_api)
        reload();
    else
        updateState();
}

void BillingSettingsWidget::setCapabilities(const ops::Capabilities &caps)
{
    m_caps = caps;
    updateState();
}

QString BillingSettingsWidget::readOnlyReason() const
{
    return tr("Your role (%1) can read the billing settings; only an administrator can change them.")
        .arg(m_caps.groupLabel());
}

void BillingSettingsWidget::reload()
{
    if (!m_api)
        return;
    const quint64 seq = ++m_seq;
    m_busy = true;
    updateState();
    ops::runThen(m_api->load(), this, [this, seq](const ops::Result<BillingSettings> &r) {
        if (seq != m_seq)
            return;
        m_busy = false;
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            updateState();
            return;
        }
        m_banner->clearActions();
        m_loaded = r.value();
        m_hasLoaded = true;
        // Read-only says so at the top, not only in the tooltips.
        if (m_loaded.editable)
            m_banner->dismiss();
        else
            m_banner->showInfo(readOnlyReason());
        showSettings(m_loaded);
    });
}

void BillingSettingsWidget::showSettings(const BillingSettings &s)
{
    m_filling = true;
    m_name->setText(s.companyName);
    m_address[0]->setText(s.addressLine1);
    m_address[1]->setText(s.addressLine2);
    m_address[2]->setText(s.addressLine3);
    m_phone->setText(s.phone);
    m_email->setText(s.email);
    m_gst->setText(s.gstNumber);
    m_qst->setText(s.qstNumber);
    m_dueDays->setValue(s.dueDays);
    m_instrFr->setPlainText(s.paymentInstructionsFr);
    m_instrEn->setPlainText(s.paymentInstructionsEn);
    m_subjectFr->setText(s.emailSubjectFr);
    m_subjectEn->setText(s.emailSubjectEn);
    m_bodyFr->setPlainText(s.emailBodyFr);
    m_bodyEn->setPlainText(s.emailBodyEn);
    m_filling = false;
    updateState();
}

BillingSettings BillingSettingsWidget::formValues() const
{
    BillingSettings s;
    s.companyName = m_name->text();
    s.addressLine1 = m_address[0]->text();
    s.addressLine2 = m_address[1]->text();
    s.addressLine3 = m_address[2]->text();
    s.phone = m_phone->text();
    s.email = m_email->text();
    s.gstNumber = m_gst->text();
    s.qstNumber = m_qst->text();
    s.dueDays = m_dueDays->value();
    s.paymentInstructionsFr = m_instrFr->toPlainText();
    s.paymentInstructionsEn = m_instrEn->toPlainText();
    s.emailSubjectFr = m_subjectFr->text();
    s.emailSubjectEn = m_subjectEn->text();
    s.emailBodyFr = m_bodyFr->toPlainText();
    s.emailBodyEn = m_bodyEn->toPlainText();
    s.version = m_loaded.version;
    s.editable = m_loaded.editable;
    return s;
}

bool BillingSettingsWidget::isDirty() const
{
    return m_hasLoaded && ops::billing::normalisedBillingSettings(formValues()) != normalisedBillingSettings(m_loaded);
}

void BillingSettingsWidget::normaliseNumbers()
{
    if (!isEditable())
        return;
    if (auto g = ops::billing::normaliseGstNumber(m_gst->text()); g && *g != m_gst->text())
        m_gst->setText(*g);
    if (auto q = ops::billing::normaliseQstNumber(m_qst->text()); q && *q != m_qst->text())
        m_qst->setText(*q);
}

void BillingSettingsWidget::updateState()
{
    const bool editable = isEditable();
    const QString reason = m_hasLoaded && !editable ? readOnlyReason() : QString();
    for (QLineEdit *e :
        {m_name, m_address[0], m_address[1], m_address[2], m_phone, m_email, m_gst, m_qst, m_subjectFr, m_subjectEn}) {
        e->setReadOnly(!editable);
        // The field's own tooltip comes back when it is editable again.
        if (!e->property("ownToolTip").isValid())
            e->setProperty("ownToolTip", e->toolTip());
        e->setToolTip(reason.isEmpty() ? e->property("ownToolTip").toString() : reason);
    }
    for (QPlainTextEdit *e : {m_instrFr, m_instrEn, m_bodyFr, m_bodyEn}) {
        e->setReadOnly(!editable);
        e->setToolTip(reason);
    }
    m_dueDays->setReadOnly(!editable);
    m_dueDays->setToolTip(reason);
    if (!editable && m_hasLoaded)
        m_save->setToolTip(reason);
    else
        m_save->setToolTip(tr("Save the settings; the next invoices use them (Ctrl+S)"));
    m_save->setEnabled(editable && !m_busy && isDirty());
    m_reload->setEnabled(m_api && !m_busy);
    m_pdf->setEnabled(m_api && m_hasLoaded && m_api->canPreviewPdf());
    const BillingSettings form = formValues();
    m_regWarning->setVisible(m_hasLoaded && !form.hasRegistrationNumbers());
    updateMailPreview();
}

void BillingSettingsWidget::updateMailPreview()
{
    const QString language = m_language->currentData().toString();
    const auto doc =
        ops::billing::sampleInvoice(ops::billing::normalisedBillingSettings(formValues()).toCompany(), language);
    m_mailPreview->setPlainText(
        tr("Subject: %1").arg(ops::billing::invoiceMailSubject(doc)) + u"\n\n"_s + ops::billing::invoiceMailBody(doc));
}

QWidget *BillingSettingsWidget::fieldFor(BillingSettingsField field) const
{
    switch (field) {
    case BillingSettingsField::CompanyName:
        return m_name;
    case BillingSettingsField::Address:
        return m_address[0];
    case BillingSettingsField::Phone:
        return m_phone;
    case BillingSettingsField::Email:
        return m_email;
    case BillingSettingsField::GstNumber:
        return m_gst;
    case BillingSettingsField::QstNumber:
        return m_qst;
    case BillingSettingsField::DueDays:
        return m_dueDays;
    case BillingSettingsField::PaymentInstructionsFr:
        return m_instrFr;
    case BillingSettingsField::PaymentInstructionsEn:
        return m_instrEn;
    case BillingSettingsField::EmailSubjectFr:
        return m_subjectFr;
    case BillingSettingsField::EmailSubjectEn:
        return m_subjectEn;
    case BillingSettingsField::EmailBodyFr:
        return m_bodyFr;
    case BillingSettingsField::EmailBodyEn:
        return m_bodyEn;
    }
    return m_name;
}

void BillingSettingsWidget::save()
{
    if (!m_api || !isEditable() || m_busy || !isDirty())
        return;
    const BillingSettings form = formValues();
    const auto problems = ops::billing::validateBillingSettings(form);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto &p : problems)
            messages << p.message;
        m_banner->clearActions();
        m_banner->showError(messages.join(u'\n'));
        QWidget *first = fieldFor(problems.first().field);
        if (first == m_subjectEn || first == m_bodyEn)
            m_mailTabs->setCurrentIndex(1);
        else if (first == m_subjectFr || first == m_bodyFr)
            m_mailTabs->setCurrentIndex(0);
        first->setFocus(Qt::OtherFocusReason);
        return;
    }
    const quint64 seq = ++m_seq;
    m_busy = true;
    updateState();
    ops::runThen(m_api->save(form), this, [this, seq](const ops::Result<BillingSettings> &r) {
        if (seq != m_seq)
            return;
        m_busy = false;
        m_banner->clearActions();
        if (!r.ok()) {
            m_banner->showError(r.error().userMessage);
            if (r.error().kind == ops::Error::Kind::Conflict) {
                auto *again = m_banner->addAction(tr("Reload"));
                connect(again, &QAbstractButton::clicked, this, &BillingSettingsWidget::reload);
            }
            updateState();
            return;
        }
        m_loaded = r.value();
        showSettings(m_loaded);
        m_banner->showSuccess(m_loaded.hasRegistrationNumbers()
                ? tr("Billing settings saved. The next invoices and e-mails use them.")
                : tr("Billing settings saved. Billing runs stay refused until both registration numbers are set."));
        emit settingsSaved();
    });
}

void BillingSettingsWidget::previewPdf()
{
    if (!m_api || !m_hasLoaded || !m_api->canPreviewPdf())
        return;
    const QString language = m_language->currentData().toString();
    m_pdf->setEnabled(false);
    ops::runThen(
        m_api->samplePreview(formValues(), language), this, [this](const ops::Result<ops::billing::InvoicePreview> &r) {
            updateState();
            if (!r.ok()) {
                m_banner->showError(r.error().userMessage);
                return;
            }
            if (!m_dialog) {
                m_dialog = new InvoicePreviewDialog(this);
                m_dialog->setAttribute(Qt::WA_DeleteOnClose);
            }
            m_dialog->setPreview(r.value());
            m_dialog->show();
            m_dialog->raise();
            m_dialog->activateWindow();
        });
}

InvoicePreviewDialog *BillingSettingsWidget::previewDialog() const
{
    return m_dialog;
}
