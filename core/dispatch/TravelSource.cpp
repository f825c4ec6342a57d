#include "core/dispatch/TravelSource.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <sstream>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPair>

#include "core/dispatch/OsrmTable.h"
#include "core/net/NetExecutor.h"
#include "core/settings/Settings.h"

namespace ops::dispatch {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kKept = 4; // point sets remembered (the assistant's days and the optimizer's)
constexpr auto kRetryAfter = std::chrono::seconds(60); // a failed fetch is not repeated before

const QString kProvider = QStringLiteral("osrm");

QString straightLine(const QString &why)
{
    return QCoreApplication::translate(
        "ops::dispatch", "The routing server did not answer (%1); travel times are straight-line estimates.")
        .arg(why);
}

QString withoutFinalStop(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

bool samePoints(const std::vector<sched::GeoPoint> &a, const std::vector<sched::GeoPoint> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].lat != b[i].lat || a[i].lon != b[i].lon)
            return false;
    }
    return true;
}

// A point at OSRM's own precision (6 decimals, about 0.1 m): how the file's places and the plan's are matched.
QPair<qint64, qint64> keyOf(double lat, double lon)
{
    return {qint64(std::llround(lat * 1e6)), qint64(std::llround(lon * 1e6))};
}

// The matrix over `points` (index 0: unknown, zero travel) from a matrix over points[1..] (sub(i, j) for i, j >= 0).
template <typename Sub> std::shared_ptr<const sched::TravelMatrix> embed(std::size_t size, Sub sub)
{
    auto m = std::make_shared<sched::TravelMatrix>(int(size));
    for (std::size_t i = 1; i < size; ++i) {
        for (std::size_t j = 1; j < size; ++j) {
            const auto [time, distance] = sub(int(i) - 1, int(j) - 1);
            m->set(int(i), int(j), time, distance);
        }
    }
    return m;
}

} // namespace

// ---- TravelSourceSettings
// ----------------------------------------------------------------------------------------------

QString TravelSourceSettings::modeName(TravelMode mode)
{
    switch (mode) {
    case TravelMode::RoutingServer:
        return QStringLiteral("osrm");
    case TravelMode::MatrixFile:
        return QStringLiteral("file");
    case TravelMode::StraightLine:
        break;
    }
    return QStringLiteral("straight");
}

bool TravelSourceSettings::parseMode(const QString &name, TravelMode &mode)
{
    const QString n = name.trimmed().toLower();
    if (n == u"straight" || n == u"haversine") {
        mode = TravelMode::StraightLine;
        return true;
    }
    if (n == u"osrm") {
        mode = TravelMode::RoutingServer;
        return true;
    }
    if (n == u"file") {
        mode = TravelMode::MatrixFile;
        return true;
    }
    return false;
}

QString TravelSourceSettings::pointsFileOf(const QString &matrixFile)
{
    return matrixFile + QStringLiteral(".points");
}

TravelSourceSettings TravelSourceSettings::load(const Settings &settings)
{
    TravelSourceSettings t;
    TravelMode mode = TravelMode::StraightLine;
    if (parseMode(settings.integrationValue(kProvider, QStringLiteral("travel_source")).toString(), mode))
        t.mode = mode;
    t.matrixFile = settings.integrationValue(kProvider, QStringLiteral("matrix_file")).toString().trimmed();
    return t;
}

Status TravelSourceSettings::save(Settings &settings, const TravelSourceSettings &travel)
{
    if (Status s = settings.setIntegrationValue(kProvider, QStringLiteral("travel_source"), modeName(travel.mode));
        !s.ok())
        return s;
    if (Status s = settings.setIntegrationValue(kProvider, QStringLiteral("matrix_file"), travel.matrixFile.trimmed());
        !s.ok())
        return s;
    return settings.sync();
}

void TravelSourceSettings::applyEnvironment(const QProcessEnvironment &env)
{
    TravelMode m = mode;
    if (parseMode(env.value(QStringLiteral("TARGO_TRAVEL_SOURCE")), m))
        mode = m;
    if (const QString f = env.value(QStringLiteral("TARGO_TRAVEL_MATRIX_FILE")).trimmed(); !f.isEmpty())
        matrixFile = f;
}

QStringList TravelSourceSettings::problems() const
{
    QStringList out;
    if (mode != TravelMode::MatrixFile)
        return out;
    if (matrixFile.trimmed().isEmpty()) {
        out << QCoreApplication::translate("ops::dispatch", "Travel: choose the travel matrix file.");
        return out;
    }
    if (!QFileInfo(matrixFile).isReadable())
        out << QCoreApplication::translate("ops::dispatch", "Travel: the matrix file %1 cannot be read.")
                   .arg(matrixFile);
    if (!QFileInfo(pointsFileOf(matrixFile)).isReadable())
        out << QCoreApplication::translate("ops::dispatch",
            "Travel: the matrix's places file %1 (one “latitude longitude” per line, in the matrix's order) cannot "
            "be read.")
                   .arg(pointsFileOf(matrixFile));
    return out;
}

// ---- TravelSource ------------------------------------------------------------------------------------------------

struct TravelSource::State
{
    struct Entry
    {
        std::vector<sched::GeoPoint> points;
        bool pending = false;
        std::shared_ptr<const sched::TravelMatrix> matrix; // null after a failure
        QString warning;
        Clock::time_point at;
    };

    std::mutex mutex;
    std::condition_variable done;
    std::deque<std::shared_ptr<Entry>> cache; // most recent first
    std::atomic<int> fetches{0};

    // MatrixFile: read once.
    bool fileRead = false;
    QString fileError; // translated reason
    sched::TravelMatrix file;
    QHash<QPair<qint64, qint64>, int> fileIndex;

    // Under mutex.
    std::shared_ptr<Entry> find(const std::vector<sched::GeoPoint> &points)
    {
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (samePoints((*it)->points, points)) {
                std::shared_ptr<Entry> hit = *it;
                cache.erase(it);
                cache.push_front(hit);
                return hit;
            }
        }
        return nullptr;
    }
    std::shared_ptr<Entry> add(const std::vector<sched::GeoPoint> &points)
    {
        auto e = std::make_shared<Entry>();
        e->points = points;
        cache.push_front(e);
        while (cache.size() > kKept)
            cache.pop_back();
        return e;
    }
    void readFile(const QString &path)
    {
        fileRead = true;
        std::string error;
        if (!sched::TravelMatrix::readFile(path.toStdString(), file, error)) {
            fileError = QString::fromStdString(error);
            return;
        }
        std::ifstream in(TravelSourceSettings::pointsFileOf(path).toStdString());
        if (!in) {
            fileError = QCoreApplication::translate("ops::dispatch", "its places file %1 cannot be read")
                            .arg(TravelSourceSettings::pointsFileOf(path));
            return;
        }
        std::string line;
        int index = 0;
        int lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            for (char &c : line) {
                if (c == ',' || c == ';' || c == '\t')
                    c = ' ';
            }
            std::istringstream fields(line);
            fields.imbue(std::locale::classic());
            double lat = 0;
            double lon = 0;
            if (!(fields >> lat)) {
                if (line.find_first_not_of(" \r") == std::string::npos)
                    continue; // a blank line
                fileError = QCoreApplication::translate("ops::dispatch", "line %1 of its places file is not “lat lon”")
                                .arg(lineNo);
                return;
            }
            if (!(fields >> lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180) {
                fileError = QCoreApplication::translate("ops::dispatch", "line %1 of its places file is not “lat lon”")
                                .arg(lineNo);
                return;
            }
            fileIndex.insert(keyOf(lat, lon), index++);
        }
        if (index != file.size()) {
            fileError =
                QCoreApplication::translate("ops::dispatch", "its places file lists %1 places for a matrix of %2")
                    .arg(index)
                    .arg(file.size());
            fileIndex.clear();
        }
    }
};

TravelSource::TravelSource(TravelConfig config)
    : m_config(std::move(config))
    , m_state(std::make_shared<State>())
{
    static std::atomic<std::uint64_t> next{1};
    m_id = next++;
    if (m_config.mode == TravelMode::RoutingServer && !m_config.osrm.baseUrl.isEmpty()) {
        m_config.osrm.id = kProvider;
        m_net = std::make_unique<net::NetExecutor>(1);
        if (!m_net->setProvider(m_config.osrm).ok())
            m_config.osrm.baseUrl.clear(); // refused (not https, not loopback): as if not set up
    }
}

TravelSource::~TravelSource()
{
    if (m_net)
        m_net->shutdown(2000); // the request in flight ends; its continuation only fills the shared state
}

int TravelSource::fetches() const
{
    return m_state->fetches.load();
}

TravelAnswer TravelSource::lookup(const std::vector<sched::GeoPoint> &points, const std::atomic<bool> *cancel)
{
    TravelAnswer fallback; // straight line
    if (m_config.mode == TravelMode::StraightLine)
        return fallback;
    const std::size_t size = points.size();

    if (m_config.mode == TravelMode::MatrixFile) {
        std::lock_guard lock(m_state->mutex);
        if (auto hit = m_state->find(points)) {
            TravelAnswer a;
            a.matrix = hit->matrix;
            a.source = hit->matrix ? QStringLiteral("file") : QStringLiteral("haversine");
            a.warning = hit->warning;
            return a;
        }
        if (!m_state->fileRead)
            m_state->readFile(m_config.matrixFile);
        auto entry = m_state->add(points);
        QString why = m_state->fileError;
        std::vector<int> index(size, -1);
        if (why.isEmpty()) {
            int missing = 0;
            for (std::size_t i = 1; i < size; ++i) {
                index[i] = m_state->fileIndex.value(keyOf(points[i].lat, points[i].lon), -1);
                missing += index[i] < 0 ? 1 : 0;
            }
            if (missing > 0)
                why = QCoreApplication::translate("ops::dispatch", "it has no travel for %1 of the plan's %2 places")
                          .arg(missing)
                          .arg(size > 0 ? size - 1 : 0);
        }
        if (!why.isEmpty()) {
            entry->warning = QCoreApplication::translate("ops::dispatch",
                "The travel matrix file could not be used (%1); travel times are straight-line estimates.")
                                 .arg(why);
            fallback.warning = entry->warning;
            return fallback;
        }
        const sched::TravelMatrix &f = m_state->file;
        entry->matrix = embed(size, [&](int i, int j) {
            const int a = index[std::size_t(i) + 1];
            const int b = index[std::size_t(j) + 1];
            return std::pair{f.time(a, b), f.distance(a, b)};
        });
        TravelAnswer a;
        a.matrix = entry->matrix;
        a.source = QStringLiteral("file");
        return a;
    }

    // The routing server.
    if (m_config.osrm.baseUrl.isEmpty() || !m_net) {
        fallback.warning = QCoreApplication::translate("ops::dispatch",
            "No routing server is set up (Settings, Integrations, Routing server (OSRM)); travel times are "
            "straight-line estimates.");
        return fallback;
    }
    if (size <= 1) {
        TravelAnswer a;
        a.source = QStringLiteral("osrm"); // nothing to ask
        return a;
    }
    std::unique_lock lock(m_state->mutex);
    std::shared_ptr<State::Entry> entry = m_state->find(points);
    if (entry && !entry->pending && !entry->matrix && Clock::now() - entry->at > kRetryAfter)
        entry.reset(); // failed a while ago: ask again
    if (!entry) {
        entry = m_state->add(points);
        entry->pending = true;
        ++m_state->fetches;
        const std::vector<sched::GeoPoint> asked(points.begin() + 1, points.end());
        lock.unlock();
        OsrmTable table(*m_net);
        // The continuation runs on the executor's thread; it holds the state (never the source).
        auto sent = table.table(asked);
        (void)sent.then(QtFuture::Launch::Sync, [state = m_state, entry, size](const Result<sched::TravelMatrix> &r) {
            std::shared_ptr<const sched::TravelMatrix> matrix;
            QString warning;
            if (!r.ok()) {
                warning = straightLine(withoutFinalStop(r.error().userMessage));
            } else if (std::size_t(r.value().size()) + 1 != size) {
                warning = straightLine(QCoreApplication::translate("ops::dispatch", "an answer for %1 places of %2")
                                           .arg(r.value().size())
                                           .arg(size - 1));
            } else {
                const sched::TravelMatrix &m = r.value();
                matrix = embed(size, [&](int i, int j) { return std::pair{m.time(i, j), m.distance(i, j)}; });
            }
            std::lock_guard guard(state->mutex);
            entry->matrix = std::move(matrix);
            entry->warning = warning;
            entry->at = Clock::now();
            entry->pending = false;
            state->done.notify_all();
        });
        lock.lock();
    }
    // Wait for the answer (or a previous caller's), the provider's timeout for a few attempts at most.
    const auto deadline = Clock::now() + std::chrono::milliseconds(2 * std::max(1000, m_config.osrm.timeoutMs) + 5000);
    while (entry->pending) {
        if ((cancel && cancel->load()) || Clock::now() >= deadline) {
            fallback.warning =
                straightLine(QCoreApplication::translate("ops::dispatch", "no answer yet after %1 s")
                                 .arg(qRound(double(2 * std::max(1000, m_config.osrm.timeoutMs) + 5000) / 1000.0)));
            return fallback; // the answer, when it comes, is kept for the next plan
        }
        m_state->done.wait_for(lock, std::chrono::milliseconds(50));
    }
    TravelAnswer a;
    a.matrix = entry->matrix;
    a.source = entry->matrix ? QStringLiteral("osrm") : QStringLiteral("haversine");
    a.warning = entry->warning;
    return a;
}

} // namespace ops::dispatch
