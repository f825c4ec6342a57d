#include "core/billing/BillingSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include "core/billing/BillingRule.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::billing {

namespace {

QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        if (!ch.isSpace() && ch != u'-')
            out += ch.toUpper();
    return out;
}

} // namespace

CompanySettings BillingSettings::toCompany() const
{
    CompanySettings c;
    c.name = companyName;
    for (const QString &l : {addressLine1, addressLine2, addressLine3})
        if (!l.trimmed().isEmpty())
            c.addressLines << l.trimmed();
    c.phone = phone;
    c.email = email;
    c.gstNumber = gstNumber;
    c.qstNumber = qstNumber;
    c.dueDays = dueDays;
    c.paymentInstructionsFr = paymentInstructionsFr;
    c.paymentInstructionsEn = paymentInstructionsEn;
    c.emailSubjectFr = emailSubjectFr;
    c.emailSubjectEn = emailSubjectEn;
    c.emailBodyFr = emailBodyFr;
    c.emailBodyEn = emailBodyEn;
    return c;
}

QStringList invoiceTemplatePlaceholders()
{
    return {u"{code}"_s, u"{period}"_s, u"{total}"_s, u"{due_date}"_s, u"{company}"_s, u"{customer}"_s};
}

std::optional<QString> normaliseGstNumber(const QString &text)
{
    const QString c = compact(text);
    if (c.isEmpty())
        return QString();
    static const QRegularExpression re(u"^([0-9]{9})RT([0-9]{4})$"_s);
    const auto m = re.match(c);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + u" RT "_s + m.captured(2);
}

std::optional<QString> normaliseQstNumber(const QString &text)
{
    const QString c = compact(text);
    if (c.isEmpty())
        return QString();
    static const QRegularExpression re(u"^([0-9]{10})TQ([0-9]{4})$"_s);
    const auto m = re.match(c);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + u" TQ "_s + m.captured(2);
}

BillingSettings normalisedBillingSettings(const BillingSettings &s)
{
    BillingSettings n = s;
    for (QString *t : {&n.companyName, &n.addressLine1, &n.addressLine2, &n.addressLine3, &n.phone, &n.email,
             &n.emailSubjectFr, &n.emailSubjectEn})
        *t = t->trimmed();
    for (QString *t : {&n.paymentInstructionsFr, &n.paymentInstructionsEn, &n.emailBodyFr, &n.emailBodyEn}) {
        // Trailing blanks and blank lines go; the first line's indentation and inner line breaks stay.
        while (!t->isEmpty() && t->back().isSpace())
            t->chop(1);
        while (!t->isEmpty() && (t->front() == u'\n' || t->front() == u'\r'))
            t->remove(0, 1);
    }
    if (auto g = normaliseGstNumber(s.gstNumber))
        n.gstNumber = *g;
    else
        n.gstNumber = s.gstNumber.trimmed();
    if (auto q = normaliseQstNumber(s.qstNumber))
        n.qstNumber = *q;
    else
        n.qstNumber = s.qstNumber.trimmed();
    return n;
}

QList<BillingSettingsProblem> validateBillingSettings(const BillingSettings &in)
{
    const BillingSettings s = normalisedBillingSettings(in);
    QList<BillingSettingsProblem> out;
    using F = BillingSettingsField;
    const auto tooLong = [&out](F field, const QString &text, int max, const QString &what) {
        if (text.size() > max)
            out.append({field,
                QCoreApplication::translate("ops::billing::BillingSettings", "%1 is too long: at most %2 characters.")
                    .arg(what)
                    .arg(max)});
    };
    if (s.companyName.isEmpty())
        out.append({F::CompanyName,
            QCoreApplication::translate(
                "ops::billing::BillingSettings", "The company name is printed on every invoice: it cannot be empty.")});
    tooLong(F::CompanyName, s.companyName, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "The company name"));
    tooLong(F::Address, s.addressLine1, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "Address line 1"));
    tooLong(F::Address, s.addressLine2, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "Address line 2"));
    tooLong(F::Address, s.addressLine3, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "Address line 3"));
    tooLong(F::Phone, s.phone, 40, QCoreApplication::translate("ops::billing::BillingSettings", "The phone number"));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!s.email.isEmpty() && !email.match(s.email).hasMatch())
        out.append({F::Email,
            QCoreApplication::translate(
                "ops::billing::BillingSettings", "The e-mail address \"%1\" is not valid (name@example.com).")
                .arg(s.email)});
    if (!normaliseGstNumber(s.gstNumber))
        out.append({F::GstNumber,
            QCoreApplication::translate("ops::billing::BillingSettings",
                "The GST number \"%1\" is not valid: nine digits, RT and four digits (123456789 RT 0001).")
                .arg(s.gstNumber)});
    if (!normaliseQstNumber(s.qstNumber))
        out.append({F::QstNumber,
            QCoreApplication::translate("ops::billing::BillingSettings",
                "The QST number \"%1\" is not valid: ten digits, TQ and four digits (1234567890 TQ 0001).")
                .arg(s.qstNumber)});
    if (s.dueDays < 0 || s.dueDays > 120)
        out.append({F::DueDays,
            QCoreApplication::translate(
                "ops::billing::BillingSettings", "Invoices are due 0 to 120 days after they are issued.")});
    tooLong(F::PaymentInstructionsFr, s.paymentInstructionsFr, 2000,
        QCoreApplication::translate("ops::billing::BillingSettings", "The French payment instructions"));
    tooLong(F::PaymentInstructionsEn, s.paymentInstructionsEn, 2000,
        QCoreApplication::translate("ops::billing::BillingSettings", "The English payment instructions"));

    static const QRegularExpression placeholder(u"\\{([^{}\\s]*)\\}"_s);
    const QStringList known = invoiceTemplatePlaceholders() << u"{due}"_s;
    const auto checkTemplate = [&](F field, const QString &text, const QString &what) {
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString p = it.next().captured(0);
            if (!known.contains(p)) {
                out.append({field,
                    QCoreApplication::translate(
                        "ops::billing::BillingSettings", "%1 uses the unknown placeholder %2; the placeholders are %3.")
                        .arg(what, p, invoiceTemplatePlaceholders().join(u' '))});
                return;
            }
        }
    };
    tooLong(F::EmailSubjectFr, s.emailSubjectFr, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "The French e-mail subject"));
    checkTemplate(F::EmailSubjectFr, s.emailSubjectFr,
        QCoreApplication::translate("ops::billing::BillingSettings", "The French e-mail subject"));
    tooLong(F::EmailSubjectEn, s.emailSubjectEn, 200,
        QCoreApplication::translate("ops::billing::BillingSettings", "The English e-mail subject"));
    checkTemplate(F::EmailSubjectEn, s.emailSubjectEn,
        QCoreApplication::translate("ops::billing::BillingSettings", "The English e-mail subject"));
    tooLong(F::EmailBodyFr, s.emailBodyFr, 5000,
        QCoreApplication::translate("ops::billing::BillingSettings", "The French e-mail text"));
    checkTemplate(F::EmailBodyFr, s.emailBodyFr,
        QCoreApplication::translate("ops::billing::BillingSettings", "The French e-mail text"));
    tooLong(F::EmailBodyEn, s.emailBodyEn, 5000,
        QCoreApplication::translate("ops::billing::BillingSettings", "The English e-mail text"));
    checkTemplate(F::EmailBodyEn, s.emailBodyEn,
        QCoreApplication::translate("ops::billing::BillingSettings", "The English e-mail text"));
    return out;
}

InvoiceDocument sampleInvoice(const CompanySettings &company, const QString &language)
{
    InvoiceDocument d;
    d.id = 0;
    d.code = u"INV-SAMPLE"_s;
    d.status = u"issued"_s;
    d.language = language == u"en"_s ? u"en"_s : u"fr"_s;
    const bool fr = d.isFrench();
    const QDate today = QDate::currentDate();
    d.periodStart = QDate(today.year(), today.month(), 1).addMonths(-1);
    d.periodEnd = d.periodStart.addMonths(1).addDays(-1);
    d.issueDate = d.periodStart;
    d.dueDate = d.issueDate.addDays(company.dueDays);
    d.customerId = 0;
    d.customerCode = u"CUST-000001"_s;
    d.customerName = fr ? u"Marie Tremblay"_s : u"Mary Smith"_s;
    d.customerEmail = u"client@example.com"_s;
    d.billingAddress.lines = {u"123, rue des Érables"_s, u"Saint-Jérôme (QC)  J7Z 1A1"_s};
    d.serviceAddress = d.billingAddress;
    d.lines = {
        {1, fr ? u"Internet Fibre 500"_s : u"Fibre Internet 500"_s, 1, 8500, 8500, true},
        {2, fr ? u"Frais d’installation"_s : u"Installation fee"_s, 1, 5000, 5000, true},
        {3, fr ? u"Crédit de courtoisie"_s : u"Goodwill credit"_s, 1, -1000, -1000, true},
    };
    for (const InvoiceLine &l : d.lines)
        d.subtotalCents += l.amountCents;
    d.gstCents = applyPpm(d.subtotalCents, kGstRatePpm);
    d.qstCents = applyPpm(d.subtotalCents, kQstRatePpm);
    d.taxes = {{u"GST"_s, kGstRatePpm, d.subtotalCents, d.gstCents, company.gstNumber},
        {u"QST"_s, kQstRatePpm, d.subtotalCents, d.qstCents, company.qstNumber}};
    d.totalCents = d.subtotalCents + d.gstCents + d.qstCents;
    d.company = company;
    return d;
}

} // namespace ops::billing
