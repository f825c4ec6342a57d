#include "core/integrations/SmsText.h"

#include <QCoreApplication>

namespace ops::integrations {

namespace {

// GSM 03.38 default alphabet, without the escape code 0x1B.
const QString &gsmBasic()
{
    static const QString s = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                               "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return s;
}

const QString &gsmExtension()
{
    static const QString s = QString::fromUtf8("\f^{}\\[~]|€");
    return s;
}

// Splits units (each of the given size) into parts of at most perPart, never splitting one unit.
int countParts(const QList<int> &sizes, int single, int perPart, int *total)
{
    int sum = 0;
    for (int s : sizes)
        sum += s;
    *total = sum;
    if (sum == 0)
        return 0;
    if (sum <= single)
        return 1;
    int parts = 1;
    int used = 0;
    for (int s : sizes) {
        if (used + s > perPart) {
            ++parts;
            used = 0;
        }
        used += s;
    }
    return parts;
}

} // namespace

bool isGsm7Basic(QChar c)
{
    return gsmBasic().contains(c);
}

bool isGsm7Extension(QChar c)
{
    return gsmExtension().contains(c);
}

SmsSegments smsSegments(const QString &text)
{
    SmsSegments out;
    QList<int> sizes;
    sizes.reserve(text.size());
    bool gsm = true;
    for (QChar c : text) {
        if (isGsm7Basic(c)) {
            sizes << 1;
        } else if (isGsm7Extension(c)) {
            sizes << 2;
        } else {
            gsm = false;
            break;
        }
    }
    if (gsm) {
        out.encoding = SmsSegments::Encoding::Gsm7;
        out.segments = countParts(sizes, 160, 153, &out.units);
        return out;
    }
    sizes.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        sizes << (pair ? 2 : 1);
        if (pair)
            ++i;
    }
    out.encoding = SmsSegments::Encoding::Ucs2;
    out.segments = countParts(sizes, 70, 67, &out.units);
    return out;
}

bool isQuebecAreaCode(int areaCode)
{
    switch (areaCode) {
    case 263:
    case 354:
    case 367:
    case 418:
    case 438:
    case 450:
    case 468:
    case 514:
    case 579:
    case 581:
    case 819:
    case 873:
        return true;
    default:
        return false;
    }
}

Result<QString> normalizeQuebecPhone(const QString &input)
{
    const QString trimmed = input.trimmed();
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate(
                    "ops::integrations", "\"%1\" is not a phone number: use digits only, for example (514) 555-0123.")
                    .arg(input),
                QStringLiteral("unexpected character '%1'").arg(c));
        }
    }
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    else if (plus || digits.size() != 10)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "\"%1\" does not have the 10 digits of a Quebec phone number (area code and number, for example "
                "514 555-0123).")
                .arg(input),
            QStringLiteral("%1 digits").arg(digits.size()));
    const int area = digits.left(3).toInt();
    if (!isQuebecAreaCode(area))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "The area code %1 of \"%2\" is not a Quebec area code. Check the number with the customer.")
                .arg(digits.left(3), input),
            QStringLiteral("area code %1").arg(area));
    if (digits.at(3) == u'0' || digits.at(3) == u'1')
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::integrations",
                "\"%1\" cannot be a valid number: the 7-digit number after the area code never starts with 0 or 1.")
                .arg(input),
            QStringLiteral("exchange %1").arg(digits.mid(3, 3)));
    return QString(QStringLiteral("+1") + digits);
}

} // namespace ops::integrations
