#include "core/common/Money.h"

#include <QLocale>
#include <QRegularExpression>

namespace ops {

Money Money::applyRate(qint64 ratePer100k) const
{
    const qint64 num = m_cents * ratePer100k;
    const qint64 q = num / 100000;
    const qint64 r = num % 100000;
    if (r * 2 >= 100000)
        return Money(q + 1);
    if (r * 2 <= -100000)
        return Money(q - 1);
    return Money(q);
}

QString Money::toPlainString() const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

bool Money::parse(const QString &text, Money *out)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(-)?\\s*(\\d{1,15})(?:[.,](\\d{1,2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    qint64 cents = m.captured(2).toLongLong() * 100;
    QString frac = m.captured(3);
    if (frac.size() == 1)
        frac += QLatin1Char('0');
    if (!frac.isEmpty())
        cents += frac.toLongLong();
    if (!m.captured(1).isEmpty())
        cents = -cents;
    if (out)
        *out = Money(cents);
    return true;
}

QString Money::format(const QLocale &locale) const
{
    // QLocale::toCurrencyString takes a double; format the integer and fraction parts ourselves so nothing rounds.
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    QString whole = locale.toString(a / 100);
    const QString number = whole + locale.decimalPoint() + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::French)
        return sign + number + QStringLiteral("\u00a0$");
    return sign + QStringLiteral("$") + number;
}

} // namespace ops
