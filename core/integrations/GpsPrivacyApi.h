#pragma once

#include <QFuture>
#include <QObject>

#include "core/common/Result.h"
#include "core/integrations/GpsPrivacy.h"

namespace ops {
class DbExecutor;
}

namespace ops::integrations {

// The GPS privacy settings for the screens (Administration > GPS tracking edits them; the dispatch board shows the
// technicians' notice read-only). Every call returns at once; the work runs off the GUI thread. UI tests use a fake.
class GpsPrivacyApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~GpsPrivacyApi() override = default;

    virtual QFuture<Result<GpsPrivacySettings>> load() = 0;
    // Validation (translated), Conflict (someone saved since s.version), Forbidden (not admin); else the settings as
    // saved, with their new version.
    virtual QFuture<Result<GpsPrivacySettings>> save(const GpsPrivacySettings &s) = 0;
};

// GpsPrivacyApi over GpsPrivacyRepository on the DB executor. Lives on the GUI thread; the Session owns it.
class GpsPrivacyService : public GpsPrivacyApi
{
    Q_OBJECT
public:
    explicit GpsPrivacyService(DbExecutor &db, QObject *parent = nullptr);

    QFuture<Result<GpsPrivacySettings>> load() override;
    QFuture<Result<GpsPrivacySettings>> save(const GpsPrivacySettings &s) override;

private:
    DbExecutor &m_db;
};

} // namespace ops::integrations
