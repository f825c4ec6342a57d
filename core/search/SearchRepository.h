#pragma once

#include "core/common/Result.h"
#include "core/search/SearchTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::search {

// One round trip per search. Runs on DB executor threads only.
class SearchRepository
{
public:
    explicit SearchRepository(db::PgConnection &c);
    Result<SearchResults> find(const QString &text, int limit = 30);
    // Deterministic sample of people (first and last name) and locations (civic number, street, town) for the typo
    // benchmark: every step-th row by id, up to count of each.
    Result<QList<SearchProbe>> sampleProbes(int count, int step = 97);

private:
    db::PgConnection &m_c;
};

} // namespace ops::search
