#pragma once

#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>

#include "core/common/Result.h"
#include "core/dunning/DunningTypes.h"

namespace ops::dunning {

// The Billing → Dunning tab's view of the database (issue 13 items 5 and 6): the stages and threshold, a run's preview
// and the run, "who will be suspended tomorrow, and why", holds. Every call returns at once; the work runs off the GUI
// thread. UI tests use a fake.
class DunningApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DunningApi() override = default;

    virtual QFuture<Result<DunningConfig>> config() = 0;
    virtual QFuture<Status> saveConfig(const DunningConfig &config) = 0;
    virtual QFuture<Result<DunningRunReport>> preview(const QDate &date) = 0;
    virtual QFuture<Result<DunningRunReport>> run(const QDate &date) = 0;
    virtual QFuture<Result<QList<SuspensionCandidate>>> suspensionPreview(const QDate &date) = 0;
    virtual QFuture<Result<qint64>> addHold(qint64 customerId, const QDate &until, const QString &reason) = 0;
    virtual QFuture<Status> releaseHold(qint64 holdId) = 0;
};

} // namespace ops::dunning
