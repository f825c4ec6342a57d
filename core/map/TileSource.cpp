#include "core/map/TileSource.h"

#include <map>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "core/net/NetExecutor.h"

namespace ops::map {

namespace {
constexpr int kMemoryBytes = 24 * 1024 * 1024;
constexpr int kTileTimeoutMs = 10000;
constexpr int kMaxTileBytes = 2 * 1024 * 1024;
} // namespace

TileSource::TileSource(const QString &urlTemplate, const QString &cacheDir, int threads)
    : m_template(urlTemplate)
    , m_cacheDir(cacheDir)
    , m_valid(mercator::isValidTemplate(urlTemplate))
    , m_net(std::make_unique<net::NetExecutor>(threads))
    , m_memory(kMemoryBytes)
{
    m_pool.setMaxThreadCount(threads);
}

TileSource::~TileSource()
{
    m_pool.clear();
    m_net->shutdown(2000);
    m_pool.waitForDone();
}

QString TileSource::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

std::shared_ptr<TileSource> TileSource::shared(const QString &urlTemplate, const QString &cacheDir)
{
    if (!mercator::isValidTemplate(urlTemplate))
        return nullptr;
    static QMutex lock;
    static std::map<std::pair<QString, QString>, std::weak_ptr<TileSource>> sources;
    QMutexLocker locker(&lock);
    auto &slot = sources[{urlTemplate, cacheDir}];
    if (auto alive = slot.lock())
        return alive;
    auto source = std::make_shared<TileSource>(urlTemplate, cacheDir);
    slot = source;
    return source;
}

QFuture<Result<QByteArray>> TileSource::fetch(const mercator::TileId &tile)
{
    return QtConcurrent::run(&m_pool, [this, tile] { return load(tile); });
}

Result<QByteArray> TileSource::load(const mercator::TileId &tile)
{
    if (!m_valid)
        return Error::make(Error::Kind::Validation, QString(), QStringLiteral("no tile server"));
    {
        QMutexLocker locker(&m_memoryLock);
        if (const QByteArray *bytes = m_memory.object(tile))
            return *bytes;
    }
    const QString path = m_cacheDir.isEmpty()
        ? QString()
        : QStringLiteral("%1/%2/%3/%4.tile").arg(m_cacheDir).arg(tile.z).arg(tile.x).arg(tile.y);
    auto remember = [this, &tile](const QByteArray &bytes) {
        QMutexLocker locker(&m_memoryLock);
        m_memory.insert(tile, new QByteArray(bytes), int(bytes.size()));
    };
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.exists() && info.lastModified().daysTo(QDateTime::currentDateTime()) < kDiskMaxAgeDays) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.read(kMaxTileBytes);
                if (!bytes.isEmpty()) {
                    ++m_diskHits;
                    remember(bytes);
                    return bytes;
                }
            }
        }
    }
    ++m_networkRequests;
    net::HttpRequest request = net::HttpRequest::get(QUrl(mercator::tileUrl(m_template, tile)));
    request.timeoutMs = kTileTimeoutMs;
    request.setHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("TargoOps-map/1"));
    // This is a pool thread of our own: waiting for the network job here keeps the caller's thread free.
    QFuture<Result<net::HttpResponse>> reply = m_net->send(request, net::RetryPolicy().setMaxAttempts(2));
    reply.waitForFinished();
    if (reply.isCanceled() || reply.resultCount() == 0)
        return Error::make(Error::Kind::Cancelled, QString(), QStringLiteral("tile request cancelled"));
    const Result<net::HttpResponse> r = reply.result();
    if (!r.ok())
        return r.error();
    const QByteArray bytes = r.value().body.left(kMaxTileBytes);
    if (bytes.isEmpty())
        return Error::make(Error::Kind::Network, QString(), QStringLiteral("empty tile"));
    remember(bytes);
    if (!path.isEmpty() && QDir().mkpath(QFileInfo(path).absolutePath())) {
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size())
            (void)out.commit(); // a cache: a failed write only costs a later fetch
    }
    return bytes;
}

} // namespace ops::map
