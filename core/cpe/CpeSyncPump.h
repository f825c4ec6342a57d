#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "core/common/Result.h"
#include "core/cpe/CpeSync.h"

class QThreadPool;
class QTimer;

namespace ops::db {
class PgConnection;
}
namespace ops::integrations {
struct ProviderSettings;
}

namespace ops::cpe {

// The periodic CPE sync (issue 15, item 3) in the background: a timer on the owner's thread starts one sync at a time
// on the pool (never the GUI thread), with its own connection (reopened after a failure) and its own HTTPS pool.
// GenieACS down or a broken answer: logged once until it answers again, and the next tick simply runs again (the
// sync's cursor only moves when every page was stored). Used by the GUI's composition root (the session's open pool)
// and by `targo-opsctl worker` (a pool of its own). Nothing runs when GenieACS has no base URL.
class CpeSyncPump : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    // pool null: a one-thread pool of its own, waited for by the destructor. A given pool outlives the pump (a
    // sync in flight when the pump dies finishes there: it holds what it uses).
    explicit CpeSyncPump(QThreadPool *pool = nullptr, QObject *parent = nullptr);
    ~CpeSyncPump() override;

    // First sync at once, then every intervalMs. Returns false (and stops) when GenieACS is not configured.
    bool start(const QString &conninfo, const integrations::ProviderSettings &genieacs, int intervalMs = kIntervalMs);
    void stop(); // no new sync (the one in flight finishes)
    bool isActive() const;

    // One sync (or, serial given, one device's refresh) on c with an HTTPS pool of its own. Blocking: a background
    // thread only.
    static Result<CpeSyncReport> syncOnce(db::PgConnection &c, const integrations::ProviderSettings &genieacs,
        const CpeSyncOptions &options = {}, const QString &serial = {});

    struct State; // what a sync in flight holds

private:
    void tick();

    std::shared_ptr<State> m_state;
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool *m_pool = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace ops::cpe
