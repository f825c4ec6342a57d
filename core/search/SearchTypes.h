#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ops::search {

enum class HitKind
{
    Customer = 1,
    Location = 2,
    Equipment = 3
};

struct SearchHit
{
    HitKind kind = HitKind::Customer;
    qint64 entityId = 0;
    qint64 customerId = 0; // 0 when the thing belongs to no customer (equipment in stock)
    QString code; // CUST-00042, LOC-00017, EQP-00123
    QString title;
    QString subtitle;
    QString status;
    int rank = 0; // 0 exact key, 1 code prefix, 2 title prefix, 3 a title word starts so, 4 all words, 5 with typos
    double score = 0; // similarity, for ordering within a rank
    int typos = 0; // > 0: a close match, found only by forgiving this many typos in the query's words
};

struct SearchResults
{
    QString query;
    QList<SearchHit> hits;
    qint64 elapsedUs = 0;
};

// A real thing in the database and the words a clerk would type to find it (benchmark material): a customer's first
// and last name, a surname alone, a location's civic number, street and town.
struct SearchProbe
{
    HitKind kind = HitKind::Customer;
    qint64 entityId = 0;
    QString title;
    QStringList words;
    // A surname alone names no single customer: then any customer whose name holds this word is the intended one.
    QString titleWord;
};

// Limits every search text: longer input is cut (10 kB of pasted text still returns normally).
inline constexpr int kMaxQueryLength = 200;

} // namespace ops::search

Q_DECLARE_METATYPE(ops::search::SearchHit)
Q_DECLARE_METATYPE(ops::search::SearchResults)
