#pragma once

#include <QString>
#include <QStringList>

#include "core/db/SqlParams.h"

namespace ops::db {

// The filter part of a list read by keyset pages: "WHERE cond AND cond … AND (k1, k2) < ($n, $m) … LIMIT $k" where
// the limit asks one row more than the page, so that its presence says another page follows. Only fixed SQL text
// written by the caller is assembled; every value travels as a parameter ($1, $2, … in the order bound).
class KeysetQuery
{
public:
    // The next parameter's placeholder, with its value bound.
    template <typename T> QString bind(const T &value)
    {
        const QString placeholder = QStringLiteral("$%1").arg(m_params.size() + 1);
        m_params.add(value);
        return placeholder;
    }
    void where(const QString &condition) { m_where << condition; }
    // "<customerIdColumn> IN (customers whose code is the text, or whose name contains it)"; nothing for blank text.
    void customerCodeOrName(const QString &customerIdColumn, const QString &text);
    // "(<k1>, <k2>) < ($a::<type1>, $b::<type2>)": the rows after the last one of the previous page, for an
    // ORDER BY k1 DESC, k2 DESC.
    template <typename A, typename B>
    void after(
        const QString &k1, const QString &type1, const A &v1, const QString &k2, const QString &type2, const B &v2)
    {
        const QString a = bind(v1);
        const QString b = bind(v2);
        m_where << QStringLiteral("(%1, %2) < (%3::%4, %5::%6)").arg(k1, k2, a, type1, b, type2);
    }
    QString whereSql() const; // the conditions joined by AND ("true" when there are none)
    QString limitPlusOne(int limit) { return bind(qint64(limit) + 1); }
    const SqlParams &params() const { return m_params; }

    // ILIKE pattern for "contains text" (%, _ and \ escaped).
    static QString containsPattern(const QString &text);

private:
    SqlParams m_params;
    QStringList m_where;
};

} // namespace ops::db
