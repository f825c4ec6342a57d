#include "core/search/SearchService.h"

#include "core/concurrency/DbExecutor.h"
#include "core/search/SearchRepository.h"

namespace ops::search {

SearchService::SearchService(DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QFuture<Result<SearchResults>> SearchService::search(const QString &text, int limit)
{
    const QString t = text.left(kMaxQueryLength);
    return m_db.run([t, limit](db::PgConnection &c) { return SearchRepository(c).find(t, limit); });
}

} // namespace ops::search
