#include "core/db/KeysetQuery.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::db {

void KeysetQuery::customerCodeOrName(const QString &customerIdColumn, const QString &text)
{
    const QString customer = text.trimmed();
    if (customer.isEmpty())
        return;
    const QString code = bind(customer.toUpper());
    const QString name = bind(containsPattern(customer));
    m_where << u"%1 IN (SELECT id FROM customers WHERE code = %2 OR display_name ILIKE %3)"_s.arg(
        customerIdColumn, code, name);
}

QString KeysetQuery::whereSql() const
{
    return m_where.isEmpty() ? u"true"_s : m_where.join(u" AND "_s);
}

QString KeysetQuery::containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace ops::db
