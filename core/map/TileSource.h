#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QCache>
#include <QFuture>
#include <QMutex>
#include <QString>
#include <QThreadPool>

#include "core/common/Result.h"
#include "core/map/WebMercator.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::map {

// Raster tiles of an OSM-compatible server ("https://tile.example/{z}/{x}/{y}.png"), as encoded image bytes.
// Looked up in memory, then in the disk cache (<cacheDir>/<z>/<x>/<y>.tile, kept 7 days, at most maxDiskBytes: the
// least recently written tiles go first), then fetched through its
// own NetExecutor. Everything runs on the source's private threads, never on the caller's. A failed tile is an Error;
// callers simply draw without it. Thread-safe; share one source between views (see shared()).
class TileSource
{
public:
    static constexpr int kDiskMaxAgeDays = 7;
    static constexpr qint64 kDefaultDiskMaxBytes = 256LL * 1024 * 1024; // Integrations/map/tile_cache_mb

    // cacheDir empty: no disk cache.
    TileSource(const QString &urlTemplate, const QString &cacheDir, int threads = 2);
    ~TileSource(); // cancels what is queued, aborts requests in flight and waits
    TileSource(const TileSource &) = delete;
    TileSource &operator=(const TileSource &) = delete;

    QString urlTemplate() const { return m_template; }
    QString cacheDir() const { return m_cacheDir; }
    bool isValid() const { return m_valid; }

    QFuture<Result<QByteArray>> fetch(const mercator::TileId &tile);

    int networkRequests() const { return m_networkRequests.load(); } // tiles asked of the server so far
    int diskHits() const { return m_diskHits.load(); }

    // Disk cache size limit (bytes). Checked after each tile written; when over, expired tiles and then the oldest
    // go until the cache is back under 90 % of it.
    void setMaxDiskBytes(qint64 bytes) { m_maxDiskBytes.store(bytes > 0 ? bytes : 1); }
    qint64 maxDiskBytes() const { return m_maxDiskBytes.load(); }
    // Evicts now (see above, also when not over the limit: expired tiles). Returns the cache size after. Blocking
    // file I/O: the source calls it on its own threads.
    qint64 expireDiskCache();

    // "<cache location>/tiles"
    static QString defaultCacheDir();
    // One source per template for the whole process, alive while someone holds it; nullptr for an invalid template
    // (an empty one: no tile server).
    // maxDiskBytes applies to the source (the last caller's value wins).
    static std::shared_ptr<TileSource> shared(const QString &urlTemplate, const QString &cacheDir = defaultCacheDir(),
        qint64 maxDiskBytes = kDefaultDiskMaxBytes);

private:
    Result<QByteArray> load(const mercator::TileId &tile);

    const QString m_template;
    const QString m_cacheDir;
    const bool m_valid;
    std::unique_ptr<net::NetExecutor> m_net;
    QThreadPool m_pool;
    QMutex m_memoryLock;
    QCache<mercator::TileId, QByteArray> m_memory; // cost: bytes
    std::atomic<int> m_networkRequests = 0;
    std::atomic<int> m_diskHits = 0;
    std::atomic<qint64> m_maxDiskBytes = kDefaultDiskMaxBytes;
    QMutex m_diskLock;
    qint64 m_diskBytes = -1; // under m_diskLock; -1: not measured yet
};

} // namespace ops::map
