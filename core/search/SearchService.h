#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/search/SearchTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::search {

// GUI-thread facade. search() returns at once; results arrive through the future.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(DbExecutor &db, QObject *parent = nullptr);
    QFuture<Result<SearchResults>> search(const QString &text, int limit = 30);

private:
    DbExecutor &m_db;
};

} // namespace ops::search
