#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

// A campaign's templates (issue 14, docs/campaigns.md "Variables"): plain text with {variable} from a fixed list,
// {{ and }} for literal braces. Values are HTML-escaped in the e-mail's HTML part and plain in SMS and text parts.
namespace ops::campaigns {

// What the variables of one recipient hold (a customer's data, or the CSV's first name for another address).
struct TemplateContext
{
    QString language = QStringLiteral("fr"); // the recipient's: money and dates are formatted in it
    QString firstName, lastName, customerCode;
    std::optional<qint64> balanceCents; // none for an address that is no customer's
    QString civicNumber, street, unit, city; // the first service address
    QString technician; // the next job's technician
    QDate date; // the next job's date (invalid: none)
    QString company; // the sender (billing settings)
};

// The variables, in the order documented: first_name, last_name, customer_code, balance, address, city, technician,
// date, company.
const QStringList &templateVariables();
// One variable's value for ctx (balance and date formatted in ctx.language); empty when unknown or absent.
QString variableValue(const TemplateContext &ctx, const QString &name);
// A plausible recipient for previews and SMS segment counts while typing (long names, a balance, a date).
TemplateContext sampleContext(const QString &language);
// Text for HTML: & < > " ' escaped.
QString htmlEscape(const QString &text);

class CampaignTemplate
{
public:
    enum class Format
    {
        Text,
        Html, // every character escaped, line breaks as <br>
    };

    // what names the template in the message ("French template", "English subject"). An unknown variable, a "{"
    // that does not close or a lone "}" is a Validation error naming the line and column (1-based).
    static Result<CampaignTemplate> parse(const QString &text, const QString &what);

    QString render(const TemplateContext &ctx, Format format = Format::Text) const;
    QStringList variables() const; // those used, in order of first use
    bool isEmpty() const { return m_pieces.isEmpty(); }

private:
    struct Piece
    {
        bool variable = false;
        QString text; // literal text, or the variable's name
    };
    QList<Piece> m_pieces;
};

} // namespace ops::campaigns
