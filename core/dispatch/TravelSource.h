#pragma once

// Where the optimizer's and the assistant's travel times come from (issue #11): straight line × road factor (the
// default), an OSRM-compatible routing server (the "osrm" provider's address, limits and CA file), or a matrix file.
// A TravelSource answers BoardModel's question "travel between these points" once per point set (cached), and falls
// back to the straight line with a translated warning when the configured source cannot answer.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <QProcessEnvironment>
#include <QString>

#include "core/common/Result.h"
#include "core/dispatch/scheduling/TravelMatrix.h"
#include "core/net/ProviderConfig.h"

namespace ops {
class Settings;
}

namespace ops::net {
class NetExecutor;
}

namespace ops::dispatch {

enum class TravelMode
{
    StraightLine, // haversine × the board's road factor at its average speed
    RoutingServer, // the "osrm" provider's table service
    MatrixFile // a TravelMatrix file and its points (TravelSourceSettings::pointsFileOf)
};

// The travel-source choice, stored next to the routing server's settings (Integrations/osrm/travel_source and
// Integrations/osrm/matrix_file); targo-opsctl also reads TARGO_TRAVEL_SOURCE (straight | osrm | file) and
// TARGO_TRAVEL_MATRIX_FILE.
struct TravelSourceSettings
{
    TravelMode mode = TravelMode::StraightLine;
    QString matrixFile; // MatrixFile: the matrix (TravelMatrix::readFile's format)

    static QString modeName(TravelMode mode); // "straight" | "osrm" | "file"
    static bool parseMode(const QString &name, TravelMode &mode);
    // The matrix file's points: "<file>.points", one "lat lon" (or "lat,lon") per line, in the matrix's order.
    static QString pointsFileOf(const QString &matrixFile);

    static TravelSourceSettings load(const Settings &settings);
    static Status save(Settings &settings, const TravelSourceSettings &travel);
    void applyEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // What keeps the choice from working, translated, one line each (MatrixFile: the files can be read).
    QStringList problems() const;
};

// What a TravelSource is built from: the choice, and the routing server's provider settings (empty base URL: none).
struct TravelConfig
{
    TravelMode mode = TravelMode::StraightLine;
    net::ProviderConfig osrm; // id "osrm"
    QString matrixFile;
};

// BoardModel's answer: a matrix over the points asked for (index 0 is "somewhere unknown": zero travel to and from
// it), or none (straight line × road factor), where it came from, and a warning when the configured source failed.
struct TravelAnswer
{
    std::shared_ptr<const sched::TravelMatrix> matrix;
    QString source = QStringLiteral("haversine"); // "osrm" | "file" | "haversine"
    QString warning; // translated; empty when the configured source answered
};
using TravelLookup = std::function<TravelAnswer(const std::vector<sched::GeoPoint> &points)>;

class TravelSource
{
public:
    explicit TravelSource(TravelConfig config);
    ~TravelSource();
    TravelSource(const TravelSource &) = delete;
    TravelSource &operator=(const TravelSource &) = delete;

    const TravelConfig &config() const { return m_config; }
    std::uint64_t id() const { return m_id; } // distinct per instance (the assistant's cache key)

    // The travel for the points (index 0 ignored: "unknown"). Thread-safe. The same point set is fetched or read once
    // (a failed fetch is tried again after a minute); concurrent callers share one request. Blocks the calling thread
    // (a CPU pool thread, never the GUI thread) while the routing server answers, until the provider's timeout or
    // *cancel; the request itself runs on the source's own NetExecutor.
    TravelAnswer lookup(const std::vector<sched::GeoPoint> &points, const std::atomic<bool> *cancel = nullptr);
    // Requests sent to the routing server so far.
    int fetches() const;

private:
    struct State;
    TravelConfig m_config;
    std::uint64_t m_id = 0;
    std::shared_ptr<State> m_state; // shared with the requests in flight
    std::unique_ptr<net::NetExecutor> m_net; // RoutingServer only; shut down first when the source goes
};

} // namespace ops::dispatch
