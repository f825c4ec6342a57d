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

private:
    db::PgConnection &m_c;
};

} // namespace ops::search
