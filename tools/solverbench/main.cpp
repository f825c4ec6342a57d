// Tuning driver for the scheduling library (not part of the CMake build; std only):
//   g++ -std=c++20 -O3 -I. tools/solverbench/main.cpp core/dispatch/scheduling/*.cpp -o /tmp/solverbench
//   /tmp/solverbench tests/data/solomon 1 [C101 R105 ...]   # seconds per instance; gap vs bks.csv (hierarchical)
//   /tmp/solverbench dispatch 2                             # three random 50-technician, 500-job days
// Environment: SEED, ITERS (maxIterations), and the Tuning fields (T0F, TEF, FLEETSTART, FLEET, REHEAT, CBAR, LMAX,
// BLINK, ABSFIRST, LS); NOBREAK=1 for days without lunch or absences. The TravelMatrix file functions are not needed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/dispatch/scheduling/Engine.h"
#include "core/dispatch/scheduling/Solomon.h"
#include "core/dispatch/scheduling/Solver.h"

using namespace ops::sched;

static double envd(const char *n, double d)
{
    const char *v = std::getenv(n);
    return v ? std::atof(v) : d;
}

// A dispatch-like day: nt technicians, nj jobs, skills, regions, lunch, absences, windows.
static Model dispatchDay(int nt, int nj, unsigned seed)
{
    std::mt19937 g(seed);
    std::uniform_real_distribution<double> U(0, 1);
    Model m;
    std::vector<GeoPoint> pts;
    for (int t = 0; t < nt; ++t)
        pts.push_back({45.3 + 0.5 * U(g), -74.2 + 0.8 * U(g)});
    for (int j = 0; j < nj; ++j)
        pts.push_back({45.3 + 0.5 * U(g), -74.2 + 0.8 * U(g)});
    m.travel = TravelMatrix::haversine(pts, 1.3, 50);
    for (int t = 0; t < nt; ++t) {
        Technician tech;
        tech.id = 1000 + t;
        tech.startNode = tech.endNode = t;
        tech.departEarliest = tech.shiftStart = 480;
        tech.shiftEnd = 990;
        tech.tags = {{1, 1 + int(U(g) * 5)}, {100 + t % 4, 1}};
        if (U(g) < 0.5)
            tech.tags.push_back({2, 1 + int(U(g) * 3)});
        std::sort(tech.tags.begin(), tech.tags.end(), [](auto &a, auto &b) { return a.tag < b.tag; });
        if (envd("NOBREAK", 0) == 0)
            tech.breaks = {{690, 810, 30}};
        if (U(g) < 0.1 && envd("NOBREAK", 0) == 0)
            tech.unavailable = {{780, 900}};
        tech.works = U(g) < 0.95;
        m.technicians.push_back(tech);
    }
    for (int j = 0; j < nj; ++j) {
        Job job;
        job.id = j + 1;
        job.node = nt + j;
        job.duration = 20 + int(U(g) * 4) * 10;
        job.required = {{1, 1 + int(U(g) * 3)}};
        if (U(g) < 0.2)
            job.required.push_back({2, 1});
        if (U(g) < 0.7)
            job.region = 100 + int(U(g) * 4);
        double w = U(g);
        if (w < 0.5) {
            job.earliest = 480 + int(U(g) * 8) * 60;
            job.latest = job.earliest + 120 - job.duration;
        }
        if (U(g) < 0.05)
            job.due = job.earliest + 30;
        job.priority = 1 + int(U(g) * 5);
        if (U(g) < 0.01)
            job.crewSize = 2;
        if (j < 10) {
            job.fixed = true;
            job.fixedTechnicians = {1000 + j};
            job.fixedStart = 540 + 30 * j;
        }
        m.jobs.push_back(job);
    }
    return m;
}

int main(int argc, char **argv)
{
    {
        auto &t = ops::sched::detail::tuning();
        t.startTemperature = envd("T0F", t.startTemperature);
        t.endTemperature = envd("TEF", t.endTemperature);
        t.fleetStart = envd("FLEETSTART", t.fleetStart);
        t.fleetEnd = envd("FLEET", t.fleetEnd);
        t.reheat = envd("REHEAT", t.reheat ? 1 : 0) > 0;
        t.avgRemoved = envd("CBAR", t.avgRemoved);
        t.maxString = envd("LMAX", t.maxString);
        t.blink = envd("BLINK", t.blink);
        t.absentFirst = envd("ABSFIRST", 1) > 0;
        t.localSearch = int(envd("LS", t.localSearch));
        t.moves = int(envd("MOVES", t.moves));
        t.deepWhen = int(envd("DEEP", t.deepWhen));
        t.granular = int(envd("GRAN", t.granular));
    }
    if (argc >= 2 && std::string(argv[1]) == "dispatch") {
        for (unsigned seed = 1; seed <= 3; ++seed) {
            Model m = dispatchDay(50, 500, seed);
            SolveOptions o;
            o.seconds = argc > 2 ? std::atof(argv[2]) : 2;
            o.maxIterations = long(envd("ITERS", -1));
            SolveStats st;
            Plan p = solve(m, o, &st);
            Plan q = p;
            std::string e;
            bool ok = evaluate(m, q, &e);
            int unassigned = int(p.unassigned.size());
            std::map<std::string, int> reasons;
            for (auto &u : p.unassigned)
                reasons[reasonCode(u.reason)]++;
            std::printf("day %u: travel %.1f unassigned %d late %.1f first %.1fms el %.1fms iters %ld %s %s\n", seed,
                p.cost.travel, unassigned, p.cost.lateness, st.firstFeasibleMs, st.elapsedMs, st.iterations,
                ok ? "ok" : "BROKEN", e.c_str());
            for (auto &[r, c] : reasons)
                std::printf("   %s %d\n", r.c_str(), c);
            // Candidates timing for queue jobs.
            double worst = 0, sum = 0;
            int n = 0;
            Plan cp = p;
            for (auto &u : p.unassigned) {
                auto t0 = std::chrono::steady_clock::now();
                auto c = rankCandidates(m, cp, u.job, 5);
                double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                worst = std::max(worst, ms);
                sum += ms;
                ++n;
            }
            for (int j = 0; j < 50; ++j) {
                auto t0 = std::chrono::steady_clock::now();
                auto c = rankCandidates(m, cp, j * 7, 5);
                double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                worst = std::max(worst, ms);
                sum += ms;
                ++n;
            }
            std::printf("   rankCandidates: mean %.3f ms, worst %.3f ms over %d\n", sum / n, worst, n);
        }
        return 0;
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: solverbench DIR seconds [names...]\n");
        return 2;
    }
    std::string dir = argv[1];
    double seconds = std::atof(argv[2]);
    std::map<std::string, std::pair<int, double>> bks;
    std::ifstream b(dir + "/bks.csv");
    std::string line;
    while (std::getline(b, line)) {
        std::stringstream ss(line);
        std::string name, v, d, obj;
        std::getline(ss, name, ',');
        std::getline(ss, v, ',');
        std::getline(ss, d, ',');
        std::getline(ss, obj, ',');
        if (obj == "hierarchical") {
            bks[name] = {std::atoi(v.c_str()), std::atof(d.c_str())};
        }
    }
    std::vector<std::string> names;
    for (int i = 3; i < argc; ++i) {
        names.push_back(argv[i]);
    }
    if (names.empty()) {
        for (auto &[n, x] : bks) {
            names.push_back(n);
        }
    }
    std::map<std::string, std::vector<double>> famGap, famExtra;
    double gapSum = 0, extraSum = 0;
    int gapN = 0, n = 0;
    for (const auto &name : names) {
        SolomonInstance inst;
        std::string err;
        if (!readSolomon(dir + "/" + name + ".txt", inst, err)) {
            std::fprintf(stderr, "%s: %s\n", name.c_str(), err.c_str());
            continue;
        }
        SolveOptions o;
        o.seconds = seconds;
        o.maxIterations = long(envd("ITERS", -1));
        o.seed = std::uint64_t(envd("SEED", 7));
        SolveStats st;
        Plan p = solve(inst.model, o, &st);
        std::string e;
        Plan q = p;
        bool ok = evaluate(inst.model, q, &e) && p.unassigned.empty();
        auto it = bks.find(name);
        int bv = it != bks.end() ? it->second.first : 0;
        double bd = it != bks.end() ? it->second.second : 0;
        double gap = bd > 0 ? 100.0 * (p.cost.distance - bd) / bd : 0;
        int extra = p.cost.vehicles - bv;
        std::string fam = name.substr(0, name.size() - 2);
        famExtra[fam].push_back(extra);
        extraSum += extra;
        ++n;
        if (extra == 0) {
            famGap[fam].push_back(gap);
            gapSum += gap;
            ++gapN;
        }
        std::printf(
            "%-6s veh %2d (bks %2d) dist %8.2f (bks %8.2f) gap %6.2f%% %s iters %ld first %.1fms el %.0fms %s\n",
            name.c_str(), p.cost.vehicles, bv, p.cost.distance, bd, gap, ok ? "ok" : "INFEASIBLE", st.iterations,
            st.firstFeasibleMs, st.elapsedMs, e.c_str());
        std::fflush(stdout);
    }
    for (auto &[f, v] : famExtra) {
        double s = 0;
        for (double x : v)
            s += x;
        double g = 0;
        for (double x : famGap[f])
            g += x;
        std::printf("family %s: extra veh %.2f, gap %.2f%% over %zu\n", f.c_str(), s / v.size(),
            famGap[f].empty() ? 0 : g / famGap[f].size(), famGap[f].size());
    }
    std::printf("MEAN extra vehicles %.3f, mean gap %.2f %% (%d of %d at bks vehicles)\n", extraSum / n,
        gapN ? gapSum / gapN : 0, gapN, n);
}
