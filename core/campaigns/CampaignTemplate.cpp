#include "core/campaigns/CampaignTemplate.h"

#include <QCoreApplication>

#include "core/billing/InvoiceText.h"

using namespace Qt::StringLiterals;

namespace ops::campaigns {

const QStringList &templateVariables()
{
    static const QStringList names{u"first_name"_s, u"last_name"_s, u"customer_code"_s, u"balance"_s, u"address"_s,
        u"city"_s, u"technician"_s, u"date"_s, u"company"_s};
    return names;
}

QString variableValue(const TemplateContext &ctx, const QString &name)
{
    const bool fr = ctx.language != u"en";
    if (name == u"first_name")
        return ctx.firstName;
    if (name == u"last_name")
        return ctx.lastName;
    if (name == u"customer_code")
        return ctx.customerCode;
    if (name == u"balance")
        return ctx.balanceCents ? billing::invoiceMoney(*ctx.balanceCents, fr) : QString();
    if (name == u"address") {
        if (ctx.street.isEmpty())
            return {};
        QString a = ctx.civicNumber.isEmpty() ? ctx.street : ctx.civicNumber + u", "_s + ctx.street;
        if (!ctx.unit.isEmpty())
            a += (fr ? u", app. "_s : u", unit "_s) + ctx.unit;
        return a;
    }
    if (name == u"city")
        return ctx.city;
    if (name == u"technician")
        return ctx.technician;
    if (name == u"date")
        return billing::invoiceDate(ctx.date, fr);
    if (name == u"company")
        return ctx.company;
    return {};
}

TemplateContext sampleContext(const QString &language)
{
    TemplateContext c;
    c.language = language == u"en" ? u"en"_s : u"fr"_s;
    c.firstName = u"Marie-Ève"_s;
    c.lastName = u"Bélanger-Tremblay"_s;
    c.customerCode = u"CUST-01234"_s;
    c.balanceCents = 12345;
    c.civicNumber = u"1234"_s;
    c.street = u"rue des Érables"_s;
    c.unit = u"5"_s;
    c.city = u"Saint-Jérôme"_s;
    c.technician = u"Jean-François Lévesque"_s;
    c.date = QDate::currentDate().addDays(3);
    c.company = u"Gigafibre"_s;
    return c;
}

QString htmlEscape(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(u'\'', u"&#39;"_s);
    return out;
}

Result<CampaignTemplate> CampaignTemplate::parse(const QString &text, const QString &what)
{
    CampaignTemplate t;
    QString literal;
    int line = 1;
    int column = 1;
    const auto error = [&](const QString &message, int l, int c) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::campaigns", "%1, line %2, column %3: %4")
                .arg(what)
                .arg(l)
                .arg(c)
                .arg(message),
            u"template %1:%2"_s.arg(l).arg(c));
    };
    const auto flush = [&] {
        if (!literal.isEmpty())
            t.m_pieces.append(Piece{false, literal});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i, ++column) {
        const QChar ch = text.at(i);
        if (ch == u'\n') {
            literal += ch;
            ++line;
            column = 0;
            continue;
        }
        if (ch == u'}') {
            if (i + 1 < text.size() && text.at(i + 1) == u'}') {
                literal += ch;
                ++i;
                ++column;
                continue;
            }
            return error(QCoreApplication::translate("ops::campaigns", "a “}” without its “{” (write }} for a brace)"),
                line, column);
        }
        if (ch != u'{') {
            literal += ch;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == u'{') {
            literal += ch;
            ++i;
            ++column;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nextOpen = text.indexOf(u'{', i + 1);
        const qsizetype newline = text.indexOf(u'\n', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close) || (newline >= 0 && newline < close))
            return error(
                QCoreApplication::translate("ops::campaigns", "a “{” that does not close (write {{ for a brace)"), line,
                column);
        const QString name = text.mid(i + 1, close - i - 1).trimmed();
        if (!templateVariables().contains(name))
            return error(QCoreApplication::translate("ops::campaigns", "unknown variable “{%1}”; the variables are: %2")
                             .arg(name.left(60), templateVariables().join(u", "_s)),
                line, column);
        flush();
        t.m_pieces.append(Piece{true, name});
        column += static_cast<int>(close - i);
        i = close;
    }
    flush();
    return t;
}

QString CampaignTemplate::render(const TemplateContext &ctx, Format format) const
{
    QString out;
    for (const Piece &p : m_pieces)
        out += p.variable ? variableValue(ctx, p.text) : p.text;
    if (format == Format::Text)
        return out;
    out = htmlEscape(out);
    out.replace(u"\r\n"_s, u"\n"_s);
    out.replace(u'\n', u"<br>\n"_s);
    return out;
}

QStringList CampaignTemplate::variables() const
{
    QStringList out;
    for (const Piece &p : m_pieces)
        if (p.variable && !out.contains(p.text))
            out << p.text;
    return out;
}

} // namespace ops::campaigns
