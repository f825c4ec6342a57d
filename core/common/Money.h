#pragma once

#include <QString>
#include <QtGlobal>

class QLocale;

namespace ops {

// Money in integer cents. Never double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr bool operator==(const Money &) const = default;
    constexpr auto operator<=>(const Money &) const = default;

    // Rate in parts per 100,000 (GST 5 % = 5000, QST 9.975 % = 9975); half away from zero.
    Money applyRate(qint64 ratePer100k) const;

    // "1234.56" / "-0.05": exact, for CSV and SQL.
    QString toPlainString() const;
    static bool parse(const QString &text, Money *out);
    // Locale currency text, e.g. "1 234,56 $" in fr_CA.
    QString format(const QLocale &locale) const;

private:
    constexpr explicit Money(qint64 c)
        : m_cents(c)
    {}
    qint64 m_cents = 0;
};

inline constexpr qint64 kGstRatePer100k = 5000; // 5 %
inline constexpr qint64 kQstRatePer100k = 9975; // 9.975 %

} // namespace ops
