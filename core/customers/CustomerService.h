#pragma once

#include <QFuture>
#include <QObject>
#include <QSet>

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"

namespace ops {
class DbExecutor;
}

namespace ops::customers {

class CustomerService : public QObject
{
    Q_OBJECT
public:
    explicit CustomerService(DbExecutor &db, QObject *parent = nullptr);
    QFuture<Result<CustomerFile>> loadFile(qint64 customerId, const SectionLimits &limits = {});
    // One timeline page (newest first) after `after`; language picks plan names ("fr"/"en").
    QFuture<Result<TimelinePage>> loadTimeline(qint64 customerId, const QSet<TimelineKind> &kinds,
        const TimelineCursor &after, int pageSize, const QString &language);

private:
    DbExecutor &m_db;
};

} // namespace ops::customers
