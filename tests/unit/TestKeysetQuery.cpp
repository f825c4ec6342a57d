// core/db/KeysetQuery, the filter part of the keyset-paged lists (invoices, payments): placeholders numbered in the
// order values are bound, conditions joined by AND ("true" when none), the customer filter only for non-blank text
// with its pattern escaped, the "after the previous page" bound, and the limit one above the page.
#include <QTest>

#include "core/db/KeysetQuery.h"

using namespace Qt::Literals::StringLiterals;
using ops::db::KeysetQuery;

class TestKeysetQuery : public QObject
{
    Q_OBJECT

private slots:
    void emptyIsTrue()
    {
        KeysetQuery q;
        q.customerCodeOrName(u"p.customer_id"_s, u"   "_s);
        QCOMPARE(q.whereSql(), u"true"_s);
        QCOMPARE(q.params().size(), 0);
        QCOMPARE(q.limitPlusOne(200), u"$1"_s);
        QCOMPARE(q.params().size(), 1);
    }

    void placeholdersFollowTheBindings()
    {
        KeysetQuery q;
        q.where(u"p.method = %1"_s.arg(q.bind(u"cash"_s)));
        q.customerCodeOrName(u"p.customer_id"_s, u" trem "_s);
        q.after(u"p.received_at"_s, u"timestamptz"_s, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC), u"p.id"_s,
            u"bigint"_s, qint64(42));
        QCOMPARE(q.limitPlusOne(50), u"$6"_s);
        QCOMPARE(q.whereSql(),
            u"p.method = $1 AND p.customer_id IN (SELECT id FROM customers WHERE code = $2 OR display_name ILIKE $3)"
            " AND (p.received_at, p.id) < ($4::timestamptz, $5::bigint)"_s);
        QCOMPARE(q.params().size(), 6);
        const auto values = q.params().pointers();
        QCOMPARE(QByteArray(values.at(0)), "cash");
        QCOMPARE(QByteArray(values.at(1)), "TREM");
        QCOMPARE(QByteArray(values.at(2)), "%trem%");
        QCOMPARE(QByteArray(values.at(4)), "42");
        QCOMPARE(QByteArray(values.at(5)), "51");
    }

    void containsPatternEscapes() { QCOMPARE(KeysetQuery::containsPattern(u"50%_a\\b"_s), u"%50\\%\\_a\\\\b%"_s); }
};

QTEST_GUILESS_MAIN(TestKeysetQuery)
#include "TestKeysetQuery.moc"
