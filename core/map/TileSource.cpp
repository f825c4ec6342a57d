#include "core/map/TileSource.h"

#include <algorithm>
#include <map>
#include <vector>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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

std::shared_ptr<TileSource> TileSource::shared(const QString &urlTemplate, const QString &cacheDir, qint64 maxDiskBytes)
{
    if (!mercator::isValidTemplate(urlTemplate))
        return nullptr;
    static QMutex lock;
    static std::map<std::pair<QString, QString>, std::weak_ptr<TileSource>> sources;
    QMutexLocker locker(&lock);
    auto &slot = sources[{urlTemplate, cacheDir}];
    if (auto alive = slot.lock()) {
        alive->setMaxDiskBytes(maxDiskBytes);
        return alive;
    }
    auto source = std::make_shared<TileSource>(urlTemplate, cacheDir);
    source->setMaxDiskBytes(maxDiskBytes);
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
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit()) {
            // A cache: a failed write only costs a later fetch.
            QMutexLocker locker(&m_diskLock);
            if (m_diskBytes >= 0)
                m_diskBytes += bytes.size();
            const bool over = m_diskBytes < 0 || m_diskBytes > m_maxDiskBytes.load();
            locker.unlock();
            if (over)
                (void)expireDiskCache();
        }
    }
    return bytes;
}

qint64 TileSource::expireDiskCache()
{
    QMutexLocker locker(&m_diskLock);
    if (m_cacheDir.isEmpty())
        return 0;
    struct Entry
    {
        QString path;
        QDateTime modified;
        qint64 size;
    };
    std::vector<Entry> entries;
    qint64 total = 0;
    const QDateTime now = QDateTime::currentDateTime();
    QDirIterator it(
        m_cacheDir, {QStringLiteral("*.tile")}, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.lastModified().daysTo(now) >= kDiskMaxAgeDays) {
            QFile::remove(info.filePath());
            continue;
        }
        entries.push_back({info.filePath(), info.lastModified(), info.size()});
        total += info.size();
    }
    const qint64 limit = m_maxDiskBytes.load();
    if (total > limit) {
        std::sort(
            entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.modified < b.modified; });
        const qint64 target = limit - limit / 10;
        for (const Entry &e : entries) {
            if (total <= target)
                break;
            if (QFile::remove(e.path))
                total -= e.size;
        }
    }
    m_diskBytes = total;
    return total;
}

} // namespace ops::map
