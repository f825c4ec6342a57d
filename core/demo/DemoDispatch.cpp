// Dispatch: tags (skills, services, regions), the region rules of every town, technicians with levels, shifts, home
// bases and absences, and the jobs of the last 90 days and the next 14 around DemoOptions::today. From a week before
// to a week after today every working technician has about ten jobs a day: planned one after the other in the
// technician's own area with the travel time between them, never overlapping an absence or a crew job on that row,
// inside the customer's window and the shift, with required tags the lead has at level. Statuses are those of noon on
// today, each with its history; the working technicians' last GPS positions are near their job of the moment.

#include <algorithm>
#include <cmath>

#include <QGeoCoordinate>
#include <QSet>

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

enum JobType : quint8
{
    JobInstallation,
    JobRepair,
    JobMaintenance,
    JobRemoval,
    JobSurvey
};
enum JobStatus : quint8
{
    JobUnscheduled,
    JobScheduled,
    JobDispatched,
    JobEnRoute,
    JobOnSite,
    JobCompleted,
    JobCancelled
};
constexpr const char *kStatusKeys[] = {
    "unscheduled", "scheduled", "dispatched", "en_route", "on_site", "completed", "cancelled"};

struct Tech
{
    QByteArray name, phone, colour;
    int town = 0, region = 0;
    qint64 lat = 0, lon = 0;
    int shiftStart = 8 * 3600, shiftEnd = 16 * 3600 + 1800;
    int workDays = 31; // bit 0 = Monday
    std::vector<std::pair<int, int>> tags; // tag index, level
    int level(int tag) const
    {
        for (const auto &t : tags) {
            if (t.first == tag)
                return t.second;
        }
        return 0;
    }
};

struct Job
{
    int location = 0, customer = 0, ticket = -1, equipment = -1, lead = -1, helper = -1;
    Day day = 0;
    int start = 0; // local seconds of day; -1 when unscheduled
    int windowStart = 0, windowEnd = 0, duration = 60;
    int travel = 0; // minutes from the previous job (or home) to this one
    quint8 type = JobRepair, status = JobScheduled, priority = 3;
    bool pinned = false;
    int note = -1;
    int reason = -1; // cancellation reason
    Ts created = 0, completed = 0, updated = 0;
    std::vector<std::pair<int, int>> tags; // tag index, minimum level
};

// One status change of a job (job_status_history).
struct Change
{
    int job = 0;
    quint8 from = 0, to = 0; // from == to: no previous status (creation)
    int staff = 0; // index into World::staff
    Ts at = 0;
};

// A stretch of a technician's day taken before the own jobs are planned: an absence, or a crew job as helper.
struct Busy
{
    int start = 0, end = 0; // local seconds of day
    int location = -1; // the crew job's location; -1 for an absence
};

struct Absence
{
    int tech = 0;
    Day first = 0, last = 0;
    int from = 0, to = 86400; // local seconds of day on every day of [first, last]
    quint8 kind = 0; // index into kAbsenceKinds
    const char *note = nullptr;
};
constexpr const char *kAbsenceKinds[] = {"vacation", "sick", "training", "other"};

constexpr const char *kCancelReasons[] = {"Annulé par le client", "Client absent au rendez-vous",
    "Doublon d'un autre rendez-vous", "Réglé à distance", "Report demandé par le client"};

// The board's travel estimate (core/dispatch travelMinutes with the default dispatch_settings: 130 % road factor at
// 60 km/h) between two points in millionths of a degree.
int travelMinutes(qint64 lat1, qint64 lon1, qint64 lat2, qint64 lon2)
{
    const QGeoCoordinate from(static_cast<double>(lat1) / 1e6, static_cast<double>(lon1) / 1e6);
    const QGeoCoordinate to(static_cast<double>(lat2) / 1e6, static_cast<double>(lon2) / 1e6);
    const double km = from.distanceTo(to) / 1000.0 * 130 / 100.0;
    return static_cast<int>(std::ceil(km * 60.0 / 60.0 + 1e-9));
}

constexpr struct
{
    const char *town;
    const char *subregion;
} kSubregions[] = {{"Saint-Jérôme", "Basses-Laurentides"}, {"Mirabel", "Basses-Laurentides"},
    {"Prévost", "Basses-Laurentides"}, {"Saint-Colomban", "Basses-Laurentides"}, {"Lachute", "Basses-Laurentides"},
    {"Saint-Sauveur", "Hautes-Laurentides"}, {"Sainte-Adèle", "Hautes-Laurentides"},
    {"Sainte-Agathe-des-Monts", "Hautes-Laurentides"}, {"Mont-Tremblant", "Hautes-Laurentides"},
    {"Val-David", "Hautes-Laurentides"}, {"Mont-Laurier", "Hautes-Laurentides"}, {"Saint-Donat", "Nord de Lanaudière"},
    {"Joliette", "Nord de Lanaudière"}, {"Rawdon", "Nord de Lanaudière"},
    {"Saint-Lin–Laurentides", "Nord de Lanaudière"}, {"Berthierville", "Nord de Lanaudière"},
    {"Terrebonne", "Sud de Lanaudière"}, {"Repentigny", "Sud de Lanaudière"}, {"Mascouche", "Sud de Lanaudière"},
    {"L'Assomption", "Sud de Lanaudière"}, {"Baie-Comeau", "Manicouagan"}, {"Forestville", "Manicouagan"},
    {"Sept-Îles", "Sept-Rivières"}, {"Port-Cartier", "Sept-Rivières"}};

constexpr const char *kJobNotes[] = {"Client absent entre 12 h et 13 h.", "Prévoir une échelle de 28 pieds.",
    "Chien dans la cour, appeler en arrivant.", "Entrée par le garage.", "Passage de fibre par le vide sanitaire.",
    "Le client souhaite un appel 30 minutes avant.", "Vérifier aussi le décodeur du sous-sol.",
    "Poteau sur le terrain du voisin, autorisation obtenue."};

QByteArray colourFor(int i)
{
    // Golden-angle hues, fixed saturation and value: distinct colours for the board.
    const int h = (i * 137 + 17) % 360;
    const int v = 217, s = 166; // 0.85 and 0.65 of 255
    const int c = v * s / 255;
    const int x = c * (60 - qAbs(h % 120 - 60)) / 60;
    const int m = v - c;
    // Channel order (r, g, b) per 60-degree sector: which gets c, which gets x, the third gets 0.
    static constexpr int kSector[6][3] = {{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {2, 1, 0}, {1, 2, 0}, {0, 2, 1}};
    const int values[3] = {c, x, 0};
    const int *order = kSector[h / 60];
    const int r = values[order[0]], g = values[order[1]], b = values[order[2]];
    QByteArray out = "#";
    for (int v2 : {r + m, g + m, b + m})
        out += QByteArray::number(v2, 16).rightJustified(2, '0');
    return out;
}

void appendChecklist(QByteArray &out, quint8 type, bool done)
{
    static constexpr const char *kInstall[] = {"Vérifier le signal optique à la prise", "Installer et activer l'ONT",
        "Test de vitesse filaire", "Expliquer le Wi-Fi au client", "Photo de l'installation"};
    static constexpr const char *kRepair[] = {
        "Mesurer la puissance optique", "Nettoyer ou remplacer le connecteur", "Confirmer le service avec le client"};
    static constexpr const char *kOther[] = {"Confirmer l'adresse", "Photo avant / après", "Signature du client"};
    std::span<const char *const> items = type == JobInstallation ? std::span<const char *const>(kInstall)
        : type == JobRepair                                      ? std::span<const char *const>(kRepair)
                                                                 : std::span<const char *const>(kOther);
    out += '[';
    for (size_t k = 0; k < items.size(); ++k) {
        if (k)
            out += ", ";
        out += "{\"label\": \"";
        out += items[k];
        out += done ? "\", \"done\": true}" : "\", \"done\": false}";
    }
    out += ']';
}

std::vector<Tech> planTechnicians(World &w, Rng &rng)
{
    const auto townList = towns();
    std::vector<int> townWeights;
    for (const Town &t : townList)
        townWeights.push_back(t.weight);
    QSet<QByteArray> names;
    std::vector<Tech> techs(static_cast<size_t>(w.volumes.technicians));
    for (size_t i = 0; i < techs.size(); ++i) {
        Tech &t = techs[i];
        do {
            const bool en = rng.chance(150);
            const bool male = rng.chance(850);
            const auto firsts = en ? (male ? englishMaleNames() : englishFemaleNames())
                                   : (male ? frenchMaleNames() : frenchFemaleNames());
            const auto lasts = en ? englishLastNames() : frenchLastNames();
            t.name = QByteArray(firsts[rng.below(static_cast<quint32>(firsts.size()))]) + ' '
                + lasts[rng.below(static_cast<quint32>(lasts.size()))];
        } while (names.contains(t.name));
        names.insert(t.name);
        t.town = rng.weighted(townWeights);
        t.region = regionOfTown(t.town);
        const Town &town = townList[t.town];
        t.lat = town.latMicro + rng.triangular(town.spreadMicro / 2);
        t.lon = town.lonMicro + rng.triangular(town.spreadMicro * 7 / 10);
        t.phone = "(";
        appendInt(t.phone, town.areaCode == 418 ? 418 : rng.chance(400) ? 514 : town.areaCode);
        t.phone += ") ";
        appendInt(t.phone, rng.range(230, 989));
        t.phone += '-';
        appendInt(t.phone, rng.range(0, 9999), 4);
        t.colour = colourFor(static_cast<int>(i));
        const int shift = static_cast<int>(rng.below(100));
        if (shift < 15) { // four ten-hour days
            t.shiftStart = 7 * 3600;
            t.shiftEnd = 17 * 3600 + 1800;
            t.workDays = 15;
        } else {
            static constexpr int kStarts[] = {7, 8, 8, 8, 9, 10, 12};
            t.shiftStart = kStarts[rng.below(7)] * 3600;
            t.shiftEnd = t.shiftStart + 8 * 3600 + 1800;
            // Tuesday-Saturday, the weekend crew (Wednesday-Sunday) or Monday-Friday.
            t.workDays = shift < 30 ? 62 : shift < 38 ? 124 : 31;
        }
        const auto tag = [&t](const char *name, int level) {
            const int idx = tagIndex(name);
            if (idx >= 0 && t.level(idx) == 0)
                t.tags.emplace_back(idx, level);
        };
        tag(regions()[t.region], rng.range(3, 5));
        for (const auto &s : kSubregions) {
            if (qstrcmp(s.town, town.name) == 0)
                tag(s.subregion, rng.range(2, 5));
        }
        tag(town.name, rng.range(3, 5));
        if (t.region < 2 && rng.chance(200))
            tag(regions()[1 - t.region], rng.range(1, 2));
        tag("Fibre", rng.range(1, 5));
        const struct
        {
            const char *name;
            int perMille, lo, hi;
        } skills[] = {{"TV", 700, 1, 4}, {"Téléphonie", 500, 1, 4}, {"Wi-Fi", 800, 1, 5},
            {"Épissure par fusion", 300, 2, 5}, {"Mesure OTDR", 200, 2, 5}, {"Câblage intérieur", 600, 1, 5},
            {"Travail en hauteur", 400, 1, 5}, {"Nacelle", 200, 1, 4}, {"Espace clos", 100, 1, 3},
            {"Réseau d'affaires", 250, 1, 5}, {"Électricité de base", 300, 1, 3}, {"Anglais", 350, 2, 5},
            {"Installation", 900, 1, 5}, {"Réparation", 900, 1, 5}, {"Déménagement", 500, 1, 4},
            {"Retrait d'équipement", 500, 1, 3}, {"Affaires", 300, 1, 5}, {"Résidentiel", 950, 2, 5},
            {"Urgence 24/7", 200, 1, 3}, {"Maintenance réseau", 150, 2, 5}, {"Inspection", 200, 1, 4}};
        for (const auto &s : skills) {
            if (rng.chance(s.perMille))
                tag(s.name, rng.range(s.lo, s.hi));
        }
    }
    return techs;
}

int roundUp(int secs, int step)
{
    return (secs + step - 1) / step * step;
}

struct Fix
{
    int tech = 0;
    qint64 lat = 0, lon = 0;
    int speed = 0, course = 0;
    Ts at = 0;
};

struct Plan
{
    std::vector<Job> jobs;
    std::vector<Change> changes;
    std::vector<Absence> absences;
    std::vector<Fix> fixes;
};

std::vector<Absence> planAbsences(const World &w, const std::vector<Tech> &techs, Rng &rng)
{
    const int n = static_cast<int>(techs.size());
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<size_t>(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(order[static_cast<size_t>(i)], order[rng.below(static_cast<quint32>(i + 1))]);
    const Day t = w.today;
    // A single day off work moves to the nearest week day (earlier for the past ones, later for the coming ones).
    const auto weekDay = [](Day d, int step) {
        while (weekday(d) >= 5)
            d += step;
        return d;
    };
    const struct
    {
        Day first, last;
        int half; // 0: whole days, 1: the first four hours of the shift, 2: the last four
        quint8 kind;
        const char *note;
    } defs[] = {
        {t - 3, t + 4, 0, 0, "Vacances"},
        {t, t, 0, 1, "Malade (appel à 6 h 40)"},
        {weekDay(t + 1, 1), weekDay(t + 1, 1), 1, 2, "Formation travail en hauteur"},
        {t + 5, t + 11, 0, 0, "Vacances"},
        {weekDay(t - 2, -1), weekDay(t - 2, -1), 2, 2, "Formation réflectomètre OTDR"},
        {weekDay(t + 3, 1), weekDay(t + 3, 1), 2, 3, "Rendez-vous médical"},
        {weekDay(t - 1, -1), weekDay(t - 1, -1), 0, 1, nullptr},
        {t - 40, t - 31, 0, 0, "Vacances"},
        {weekDay(t - 20, -1), weekDay(t - 20, -1), 0, 1, nullptr},
    };
    std::vector<Absence> out;
    int k = 0;
    for (const auto &d : defs) {
        // The next technician in the shuffled order who works that day (a day off is no absence) and is not away.
        int tech = -1;
        for (int tries = 0; tries < n && tech < 0; ++tries) {
            const int candidate = order[static_cast<size_t>(k++ % n)];
            bool clash =
                d.first == d.last && !(techs[static_cast<size_t>(candidate)].workDays & (1 << weekday(d.first)));
            for (const Absence &a : out)
                clash = clash || (a.tech == candidate && a.first <= d.last && d.first <= a.last);
            if (!clash)
                tech = candidate;
        }
        if (tech < 0)
            continue;
        Absence a;
        a.tech = tech;
        a.first = d.first;
        a.last = d.last;
        a.kind = d.kind;
        a.note = d.note;
        const Tech &te = techs[static_cast<size_t>(tech)];
        if (d.half == 1) {
            a.from = te.shiftStart;
            a.to = te.shiftStart + 4 * 3600;
        } else if (d.half == 2) {
            a.from = te.shiftEnd - 4 * 3600;
            a.to = te.shiftEnd;
        }
        out.push_back(a);
    }
    return out;
}

Plan planDispatch(World &w, const std::vector<Tech> &techs, Rng &rng)
{
    Plan plan;
    const auto townList = towns();
    const size_t nTowns = townList.size();
    const int nTech = static_cast<int>(techs.size());
    constexpr int kNoon = 12 * 3600;
    const Ts nowTs = localToUtc(w.today, kNoon);

    // Candidate locations per town: active (repairs), planned (installations, surveys), former (removals).
    std::vector<std::vector<int>> active(nTowns), planned(nTowns), former(nTowns);
    for (size_t i = 0; i < w.locations.size(); ++i) {
        const Location &l = w.locations[i];
        const auto town = static_cast<size_t>(l.town);
        if (l.status == LocActive)
            active[town].push_back(static_cast<int>(i));
        else if (l.status == LocPlanned)
            planned[town].push_back(static_cast<int>(i));
        else if (l.serviceStart >= 0)
            former[town].push_back(static_cast<int>(i));
    }
    const auto pickLocation = [&](int town, quint8 type) {
        const auto t = static_cast<size_t>(town);
        const std::vector<int> *pool = &active[t];
        if ((type == JobInstallation || type == JobSurvey) && !planned[t].empty() && rng.chance(700))
            pool = &planned[t];
        else if (type == JobRemoval && !former[t].empty())
            pool = &former[t];
        if (pool->empty())
            pool = !active[t].empty() ? &active[t] : !former[t].empty() ? &former[t] : &planned[t];
        return pool->empty() ? -1 : (*pool)[rng.below(static_cast<quint32>(pool->size()))];
    };
    // The towns of a technician's area: the home town, then the towns of its region within 45 minutes.
    std::vector<std::vector<int>> area(techs.size());
    for (size_t t = 0; t < techs.size(); ++t) {
        const int home = techs[t].town;
        area[t].push_back(home);
        for (int k = 0; k < static_cast<int>(nTowns); ++k) {
            if (k != home && townRegionTag(k) == townRegionTag(home)
                && travelMinutes(
                       townList[home].latMicro, townList[home].lonMicro, townList[k].latMicro, townList[k].lonMicro)
                    <= 45)
                area[t].push_back(k);
        }
    }
    plan.absences = planAbsences(w, techs, rng);

    const auto chooseType = [&rng](Job &j) {
        static constexpr int kTypeWeights[] = {10, 45, 15, 10, 20};
        j.type = static_cast<quint8>(rng.weighted(kTypeWeights));
        // Installations 75-105 min, repairs 30-45, the rest half an hour.
        j.duration = j.type == JobInstallation ? rng.range(5, 7) * 15 : j.type == JobRepair ? rng.range(2, 3) * 15 : 30;
    };
    // Everything about a job that follows from its location (and lead, when there is one).
    const auto fill = [&](Job &j) {
        const Location &l = w.locations[static_cast<size_t>(j.location)];
        j.customer = l.customer;
        const Customer &c = w.customers[static_cast<size_t>(l.customer)];
        if (j.type == JobRepair && rng.chance(700))
            j.ticket = w.lastTicketOfCustomer[static_cast<size_t>(l.customer)];
        if (j.type == JobInstallation || j.type == JobRepair)
            j.equipment = w.equipmentByLocation[static_cast<size_t>(j.location)];
        if (j.start >= 0) {
            const int end = j.start + j.duration * 60;
            const int r = static_cast<int>(rng.below(100));
            if (end <= kNoon && r < 40) {
                j.windowStart = qMin(8 * 3600, j.start / 3600 * 3600);
                j.windowEnd = kNoon;
            } else if (j.start >= kNoon && r < 40) {
                j.windowStart = kNoon;
                j.windowEnd = qMax(17 * 3600, roundUp(end, 3600));
            } else if (r < 60) {
                j.windowStart = j.start / 3600 * 3600;
                j.windowEnd = qMax(j.windowStart + 2 * 3600, roundUp(end, 3600));
            } else {
                j.windowStart = qMin(8 * 3600, j.start / 3600 * 3600);
                j.windowEnd = qMax(17 * 3600, roundUp(end, 3600));
            }
        } else {
            const int r = static_cast<int>(rng.below(3));
            j.windowStart = r == 1 ? kNoon : 8 * 3600;
            j.windowEnd = r == 0 ? kNoon : 17 * 3600;
        }
        j.priority = static_cast<quint8>(j.type == JobRepair ? (rng.chance(200) ? 1 : 2)
                : j.type == JobInstallation                  ? 3
                                                             : 4);
        j.pinned = j.lead >= 0 && rng.chance(50);
        if (rng.chance(400))
            j.note = static_cast<int>(rng.below(static_cast<quint32>(std::size(kJobNotes))));
        // Required tags, satisfiable by the lead technician when there is one.
        const auto need = [&j, &techs](const char *name, int minLevel) {
            const int tag = tagIndex(name);
            if (tag < 0)
                return;
            if (j.lead >= 0) {
                const int have = techs[static_cast<size_t>(j.lead)].level(tag);
                if (have == 0)
                    return;
                minLevel = qMin(minLevel, have);
            }
            for (const auto &t : j.tags) {
                if (t.first == tag)
                    return;
            }
            j.tags.emplace_back(tag, minLevel);
        };
        need(regions()[regionOfTown(l.town)], 1);
        static constexpr const char *kService[] = {
            "Installation", "Réparation", "Maintenance réseau", "Retrait d'équipement", "Inspection"};
        need("Fibre", j.type == JobInstallation ? 2 : rng.range(1, 3));
        need(kService[j.type], 1);
        if (c.business)
            need("Affaires", rng.range(1, 3));
        if (c.english && rng.chance(300))
            need("Anglais", 2);
    };

    std::vector<std::vector<Busy>> busy(techs.size()); // crew jobs taken as helper, per technician, for the day
    const auto freeFor = [&](int h, int start, int end) {
        for (const Busy &b : busy[static_cast<size_t>(h)]) {
            if (b.start < end + 3600 && start < b.end + 3600)
                return false;
        }
        return true;
    };
    const auto absentAt = [&plan](int tech, Day d, int from, int to) {
        for (const Absence &a : plan.absences) {
            if (a.tech == tech && a.first <= d && d <= a.last && a.from < to && from < a.to)
                return true;
        }
        return false;
    };

    // One technician's day: jobs one after the other in the area, around what is already taken.
    const auto planDay = [&](int t, Day d, int target) {
        const Tech &tech = techs[static_cast<size_t>(t)];
        std::vector<Busy> taken = busy[static_cast<size_t>(t)];
        for (const Absence &a : plan.absences) {
            if (a.tech == t && a.first <= d && d <= a.last)
                taken.push_back({a.from, a.to, -1});
        }
        std::sort(taken.begin(), taken.end(), [](const Busy &a, const Busy &b) { return a.start < b.start; });
        const std::vector<int> &near = area[static_cast<size_t>(t)];
        const int town =
            near.size() > 1 && rng.chance(250) ? near[1 + rng.below(static_cast<quint32>(near.size() - 1))] : near[0];
        int cursor = tech.shiftStart;
        qint64 lat = tech.lat, lon = tech.lon;
        bool first = true;
        const size_t firstJob = plan.jobs.size();
        for (int placed = 0, tries = 0; placed < target && tries < target * 4; ++tries) {
            Job j;
            j.day = d;
            j.lead = t;
            chooseType(j);
            j.location = pickLocation(town, j.type);
            for (size_t k = 0; j.location < 0 && k < near.size(); ++k)
                j.location = pickLocation(near[k], j.type); // nobody in that town yet: the rest of the area
            if (j.location < 0)
                break;
            const Location &l = w.locations[static_cast<size_t>(j.location)];
            const int travel = travelMinutes(lat, lon, l.lat, l.lon);
            const int start = first ? cursor + rng.range(0, 1) * 900 : roundUp(cursor + (travel + 2) * 60, 300);
            const int end = start + j.duration * 60;
            // A stretch taken before this job ends (with the travel to it): go around it.
            const Busy *hit = nullptr;
            for (const Busy &b : taken) {
                if (b.end <= cursor)
                    continue;
                const int reach = b.location < 0
                    ? 0
                    : (travelMinutes(l.lat, l.lon, w.locations[static_cast<size_t>(b.location)].lat,
                           w.locations[static_cast<size_t>(b.location)].lon)
                          + 2)
                        * 60;
                if (b.start < end + reach) {
                    hit = &b;
                    break;
                }
            }
            if (hit) {
                cursor = qMax(cursor, hit->end);
                if (hit->location >= 0) {
                    lat = w.locations[static_cast<size_t>(hit->location)].lat;
                    lon = w.locations[static_cast<size_t>(hit->location)].lon;
                    first = false;
                }
                continue;
            }
            if (end > tech.shiftEnd)
                break;
            j.start = start;
            j.travel = first ? 0 : travel;
            cursor = end;
            lat = l.lat;
            lon = l.lon;
            first = false;
            ++placed;
            fill(j);
            // Some installations take a second technician of the same region, free at that time.
            if (j.type == JobInstallation && rng.chance(150)) {
                for (int h = t + 1; h < nTech; ++h) {
                    const Tech &o = techs[static_cast<size_t>(h)];
                    if (townRegionTag(o.town) == townRegionTag(tech.town) && (o.workDays & (1 << weekday(d)))
                        && o.shiftStart <= start && end <= o.shiftEnd && freeFor(h, start, end)
                        && !absentAt(h, d, start - 3600, end + 3600)) {
                        j.helper = h;
                        busy[static_cast<size_t>(h)].push_back({start, end, j.location});
                        break;
                    }
                }
            }
            plan.jobs.push_back(std::move(j));
        }
        // Statuses at noon on today. On site or on the way to a crew job as helper: not en route to an own job.
        bool onSite = false, enRoute = false;
        for (const Busy &b : taken)
            onSite = onSite || (d == w.today && b.location >= 0 && b.end > kNoon && b.start <= kNoon + 3600);
        for (size_t k = firstJob; k < plan.jobs.size(); ++k) {
            Job &j = plan.jobs[k];
            const int end = j.start + j.duration * 60;
            if (d < w.today || (d == w.today && end <= kNoon)) {
                j.status = rng.chance(40) ? JobCancelled : JobCompleted;
                if (j.status == JobCancelled)
                    j.reason = static_cast<int>(rng.below(static_cast<quint32>(std::size(kCancelReasons))));
            } else if (d == w.today && j.start <= kNoon) {
                j.status = JobOnSite;
                onSite = true;
            } else if (d == w.today) {
                if (!onSite && !enRoute && j.start - (j.travel + 10) * 60 <= kNoon) {
                    j.status = JobEnRoute;
                    enRoute = true;
                } else {
                    j.status = rng.chance(850) ? JobDispatched : JobScheduled;
                }
            } else {
                j.status = JobScheduled;
                if (rng.chance(15)) {
                    j.status = JobCancelled;
                    static constexpr int kLater[] = {0, 2, 3, 4}; // not "absent": it has not happened yet
                    j.reason = kLater[rng.below(4)];
                }
            }
        }
    };

    qint64 carry = 0, queueCarry = 0;
    for (Day d = w.today - 90; d <= w.today + 14; ++d) {
        const int wd = weekday(d);
        for (auto &b : busy)
            b.clear();
        std::vector<int> working;
        for (int t = 0; t < nTech; ++t) {
            if (techs[static_cast<size_t>(t)].workDays & (1 << wd))
                working.push_back(t);
        }
        std::vector<int> target(techs.size(), 0);
        if (qAbs(d - w.today) <= 7) {
            for (int t : working)
                target[static_cast<size_t>(t)] = rng.range(10, 13);
        } else if (!working.empty()) {
            // Further away: the volume of the seed system's history, spread over who works that day.
            const int perDay = wd < 5 ? 60 : wd == 5 ? 15 : 3;
            carry += qRound64(perDay * w.volumes.jobScale * 1000);
            const qint64 count = carry / 1000;
            carry %= 1000;
            for (qint64 k = 0; k < count; ++k)
                ++target[static_cast<size_t>(working[rng.below(static_cast<quint32>(working.size()))])];
        }
        for (int t = 0; t < nTech; ++t) {
            if (target[static_cast<size_t>(t)] > 0)
                planDay(t, d, target[static_cast<size_t>(t)]);
        }
        // The queue: jobs wanted on the coming working days that nobody has taken yet.
        if (d >= w.today && d <= w.today + 7 && wd < 5) {
            queueCarry += 10000 * nTech / 50; // ten a day at fifty technicians
            const qint64 count = queueCarry / 1000;
            queueCarry %= 1000;
            for (qint64 k = 0; k < count; ++k) {
                Job j;
                j.day = d;
                j.start = -1;
                j.status = JobUnscheduled;
                chooseType(j);
                j.location = pickLocation(static_cast<int>(rng.below(static_cast<quint32>(nTowns))), j.type);
                if (j.location < 0)
                    continue;
                fill(j);
                plan.jobs.push_back(std::move(j));
            }
        }
    }

    // Each job's status history, from its creation to its status at noon on today.
    std::vector<int> dispatchers, fieldStaff;
    for (size_t i = 0; i < w.staff.size(); ++i) {
        if (qstrcmp(w.staff[i].role, "dispatcher") == 0)
            dispatchers.push_back(static_cast<int>(i));
        else if (qstrcmp(w.staff[i].role, "technician") == 0)
            fieldStaff.push_back(static_cast<int>(i));
    }
    if (dispatchers.empty())
        dispatchers.push_back(0);
    if (fieldStaff.empty())
        fieldStaff = dispatchers;
    for (size_t i = 0; i < plan.jobs.size(); ++i) {
        Job &j = plan.jobs[i];
        const int job = static_cast<int>(i);
        const int dispatcher = dispatchers[rng.below(static_cast<quint32>(dispatchers.size()))];
        const int field = j.lead >= 0 ? fieldStaff[static_cast<size_t>(j.lead) % fieldStaff.size()] : dispatcher;
        Ts at = qMin(localToUtc(qMin(j.day, w.today) - rng.range(1, 14), rng.range(8 * 3600, 17 * 3600)), nowTs - 3600);
        j.created = at;
        quint8 last = JobUnscheduled;
        plan.changes.push_back({job, JobUnscheduled, JobUnscheduled, dispatcher, at});
        const auto change = [&](quint8 to, int staff, Ts when) {
            at = qMax(at + 60, qMin(when, nowTs - 60)); // nothing after "now"
            plan.changes.push_back({job, last, to, staff, at});
            last = to;
        };
        if (j.lead >= 0) {
            const Ts startTs = localToUtc(j.day, j.start);
            const Ts endTs = startTs + j.duration * 60;
            const Tech &tech = techs[static_cast<size_t>(j.lead)];
            // The plan of the day is in place the evening before (or as soon as the job comes in, if later).
            change(JobScheduled, dispatcher,
                qMin(at + rng.range64(600, 2 * 86400), qMin(localToUtc(j.day - 1, 17 * 3600), nowTs - 3600)));
            const Ts dispatchedAt = localToUtc(j.day, tech.shiftStart - 1800);
            const bool absentCustomer = j.status == JobCancelled && j.reason == 1;
            if (j.status == JobCancelled && !absentCustomer) {
                change(JobCancelled, dispatcher, qMin(at + rng.range64(3600, 5 * 86400), qMin(startTs, nowTs) - 600));
            } else if (j.status >= JobDispatched) {
                change(JobDispatched, dispatcher, dispatchedAt);
                if (j.status >= JobEnRoute) {
                    const Ts leave = startTs - (j.travel + rng.range(1, 5)) * 60;
                    change(
                        JobEnRoute, field, j.status == JobEnRoute ? qMin(leave, nowTs - rng.range(120, 900)) : leave);
                }
                if (absentCustomer) {
                    change(JobCancelled, field, startTs + rng.range(10, 20) * 60);
                } else if (j.status >= JobOnSite) {
                    change(JobOnSite, field, startTs + rng.range(-4, 4) * 60);
                    if (j.status == JobCompleted) {
                        change(JobCompleted, field, qMax(at + 300, endTs - rng.range(0, 10) * 60));
                        j.completed = at;
                    }
                }
            }
        }
        j.updated = at;
    }

    // Where each technician at work is at noon on today: on site, on the road to the next job, or at the last one.
    struct Entry
    {
        int start, end, location, travel;
        quint8 status;
    };
    std::vector<std::vector<Entry>> today(techs.size());
    for (const Job &j : plan.jobs) {
        if (j.day != w.today || j.lead < 0 || j.status == JobCancelled)
            continue;
        for (int t : {j.lead, j.helper}) {
            if (t >= 0)
                today[static_cast<size_t>(t)].push_back(
                    {j.start, j.start + j.duration * 60, j.location, j.travel, j.status});
        }
    }
    for (int t = 0; t < nTech; ++t) {
        const Tech &tech = techs[static_cast<size_t>(t)];
        if (!(tech.workDays & (1 << weekday(w.today))) || absentAt(t, w.today, kNoon - 1, kNoon + 1))
            continue;
        std::vector<Entry> &row = today[static_cast<size_t>(t)];
        std::sort(row.begin(), row.end(), [](const Entry &a, const Entry &b) { return a.start < b.start; });
        Fix f;
        f.tech = t;
        f.lat = tech.lat;
        f.lon = tech.lon;
        f.at = nowTs - rng.range(5, 90);
        for (size_t k = 0; k < row.size(); ++k) {
            const Location &l = w.locations[static_cast<size_t>(row[k].location)];
            if (row[k].start <= kNoon) {
                f.lat = l.lat + rng.range(-150, 150); // parked in front
                f.lon = l.lon + rng.range(-200, 200);
                continue;
            }
            if (row[k].status == JobEnRoute) {
                // Part of the way there from the previous position, driving.
                const qint64 fromLat = f.lat, fromLon = f.lon;
                const int share = rng.range(30, 80);
                f.lat = fromLat + (l.lat - fromLat) * share / 100;
                f.lon = fromLon + (l.lon - fromLon) * share / 100;
                f.speed = rng.range(40, 85);
                const double dy = static_cast<double>(l.lat - fromLat);
                const double dx =
                    static_cast<double>(l.lon - fromLon) * std::cos(static_cast<double>(l.lat) * 1.745329e-8);
                f.course = (static_cast<int>(std::lround(std::atan2(dx, dy) * 57.29578)) + 360) % 360;
            }
            break;
        }
        plan.fixes.push_back(f);
    }
    return plan;
}

} // namespace

int townRegionTag(int town)
{
    const char *name = towns()[static_cast<size_t>(town)].name;
    for (const auto &s : kSubregions) {
        if (qstrcmp(s.town, name) == 0)
            return tagIndex(s.subregion);
    }
    return tagIndex(regions()[regionOfTown(town)]);
}

Status writeDispatch(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "dispatch");
    const auto tagList = tagDefs();
    Status s = ctx.copy(
        "dispatch_tags", "id, name, category", static_cast<qint64>(tagList.size()), [&](CopyWriter &out, qint64 i) {
            out.integer(i + 1);
            out.text(std::string_view(tagList[static_cast<size_t>(i)].name));
            out.plain(tagList[static_cast<size_t>(i)].category);
            out.endRow();
        });
    if (!s.ok())
        return s;
    // Every town's region (the locations and jobs below carry it already; the rules serve new addresses).
    const auto townList = towns();
    s = ctx.copy("region_rules", "id, region_tag_id, city", static_cast<qint64>(townList.size()),
        [&](CopyWriter &out, qint64 i) {
            out.integer(i + 1);
            out.integer(townRegionTag(static_cast<int>(i)) + 1);
            out.text(std::string_view(townList[static_cast<size_t>(i)].name));
            out.endRow();
        });
    if (!s.ok())
        return s;

    const std::vector<Tech> techs = planTechnicians(w, rng);
    const Ts techCreated = localToUtc(daysFromCivil(2023, 3, 6), 14 * 3600);
    s = ctx.copy("dispatch_technicians",
        "id, code, name, phone, colour, traccar_device_id, home_base, home_latitude, home_longitude, shift_start, "
        "shift_end, work_days, active, created_at, updated_at",
        static_cast<qint64>(techs.size()), [&](CopyWriter &out, qint64 i) {
            const Tech &t = techs[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.plain(codeOf("DT-", i + 1).constData());
            out.text(t.name);
            out.plain(t.phone.constData());
            out.plain(t.colour.constData());
            out.integer(4100 + i);
            out.text(std::string_view(townList[t.town].name));
            out.micro(t.lat);
            out.micro(t.lon);
            for (int secs : {t.shiftStart, t.shiftEnd}) {
                QByteArray time;
                appendInt(time, secs / 3600, 2);
                time += ':';
                appendInt(time, secs / 60 % 60, 2);
                out.plain(time.constData());
            }
            out.integer(t.workDays);
            out.boolean(true);
            out.timestamp(techCreated + i * 86400);
            out.timestamp(techCreated + i * 86400);
            out.endRow();
        });
    if (!s.ok())
        return s;
    s = ctx.copy("technician_tags", "technician_id, tag_id, level", static_cast<qint64>(techs.size()),
        [&](CopyWriter &out, qint64 i) {
            for (const auto &[tag, level] : techs[static_cast<size_t>(i)].tags) {
                out.integer(i + 1);
                out.integer(tag + 1);
                out.integer(level);
                out.endRow();
            }
        });
    if (!s.ok())
        return s;

    Rng planRng(w.seed, "dispatch-jobs");
    const Plan plan = planDispatch(w, techs, planRng);
    const std::vector<Job> &jobs = plan.jobs;
    const Ts nowTs = localToUtc(w.today, 12 * 3600);

    s = ctx.copy("technician_absences", "id, technician_id, kind, starts_at, ends_at, note, created_at",
        static_cast<qint64>(plan.absences.size()), [&](CopyWriter &out, qint64 i) {
            const Absence &a = plan.absences[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.integer(a.tech + 1);
            out.plain(kAbsenceKinds[a.kind]);
            out.timestamp(localToUtc(a.first, a.from));
            out.timestamp(a.to >= 86400 ? localToUtc(a.last + 1, a.to - 86400) : localToUtc(a.last, a.to));
            if (a.note)
                out.text(std::string_view(a.note));
            else
                out.null();
            // Vacations are known weeks ahead; sickness on the morning itself.
            out.timestamp(qMin(nowTs - 3600,
                a.kind == 1 ? localToUtc(a.first, 6 * 3600 + 40 * 60) : localToUtc(a.first - 21, 10 * 3600)));
            out.endRow();
        });
    if (!s.ok())
        return s;

    s = ctx.copy("dispatch_jobs",
        "id, code, customer_id, location_id, ticket_id, job_type, status, priority, window_start, window_end, "
        "scheduled_start, duration_minutes, pinned, notes, checklist, completed_at, created_at, updated_at, "
        "status_reason, region_tag_id",
        static_cast<qint64>(jobs.size()), [&](CopyWriter &out, qint64 i) {
            const Job &j = jobs[static_cast<size_t>(i)];
            static constexpr const char *kTypes[] = {"installation", "repair", "maintenance", "removal", "survey"};
            out.integer(i + 1);
            out.plain(codeOf("DJ-", i + 1).constData());
            out.integer(j.customer + 1);
            out.integer(j.location + 1);
            if (j.ticket >= 0)
                out.integer(j.ticket + 1);
            else
                out.null();
            out.plain(kTypes[j.type]);
            out.plain(kStatusKeys[j.status]);
            out.integer(j.priority);
            out.timestamp(localToUtc(j.day, j.windowStart));
            out.timestamp(localToUtc(j.day, j.windowEnd));
            if (j.start >= 0)
                out.timestamp(localToUtc(j.day, j.start));
            else
                out.null();
            out.integer(j.duration);
            out.boolean(j.pinned);
            if (j.note >= 0)
                out.text(std::string_view(kJobNotes[j.note]));
            else
                out.null();
            QByteArray checklist;
            appendChecklist(checklist, j.type, j.status == JobCompleted);
            out.text(checklist);
            if (j.status == JobCompleted)
                out.timestamp(j.completed);
            else
                out.null();
            out.timestamp(j.created);
            out.timestamp(j.updated);
            if (j.status == JobCancelled)
                out.text(std::string_view(kCancelReasons[j.reason]));
            else
                out.null();
            out.integer(townRegionTag(w.locations[static_cast<size_t>(j.location)].town) + 1);
            out.endRow();
        });
    if (!s.ok())
        return s;
    s = ctx.copy("job_technicians", "job_id, technician_id, is_lead", static_cast<qint64>(jobs.size()),
        [&](CopyWriter &out, qint64 i) {
            const Job &j = jobs[static_cast<size_t>(i)];
            for (const int t : {j.lead, j.helper}) {
                if (t < 0)
                    continue;
                out.integer(i + 1);
                out.integer(t + 1);
                out.boolean(t == j.lead);
                out.endRow();
            }
        });
    if (!s.ok())
        return s;
    s = ctx.copy("job_required_tags", "job_id, tag_id, min_level", static_cast<qint64>(jobs.size()),
        [&](CopyWriter &out, qint64 i) {
            for (const auto &[tag, level] : jobs[static_cast<size_t>(i)].tags) {
                out.integer(i + 1);
                out.integer(tag + 1);
                out.integer(level);
                out.endRow();
            }
        });
    if (!s.ok())
        return s;
    s = ctx.copy(
        "job_equipment", "job_id, equipment_id", static_cast<qint64>(jobs.size()), [&](CopyWriter &out, qint64 i) {
            const Job &j = jobs[static_cast<size_t>(i)];
            if (j.equipment < 0)
                return;
            out.integer(i + 1);
            out.integer(j.equipment + 1);
            out.endRow();
        });
    if (!s.ok())
        return s;
    qint64 materialId = 0;
    s = ctx.copy("job_materials", "id, job_id, description, quantity", static_cast<qint64>(jobs.size()),
        [&](CopyWriter &out, qint64 i) {
            const Job &j = jobs[static_cast<size_t>(i)];
            static constexpr const char *kInstall[] = {
                "Câble de descente fibre 30 m", "Connecteur SC/APC", "Boîtier de terminaison optique"};
            static constexpr int kInstallQty[] = {1, 2, 1};
            if (j.type == JobInstallation) {
                for (int k = 0; k < 3; ++k) {
                    out.integer(++materialId);
                    out.integer(i + 1);
                    out.text(std::string_view(kInstall[k]));
                    out.integer(kInstallQty[k]);
                    out.endRow();
                }
            } else if (j.type == JobRepair && (i % 10) < 3) {
                out.integer(++materialId);
                out.integer(i + 1);
                out.text(std::string_view("Cordon de raccordement SC/APC 3 m"));
                out.integer(1);
                out.endRow();
            }
        });
    if (!s.ok())
        return s;
    // The history the status trigger would have written, with who made each change (the trigger is off during the
    // load: DemoSeeder.cpp).
    const auto staffDefList = staffDefs();
    s = ctx.copy("job_status_history", "id, job_id, from_status, to_status, reason, staff_id, db_role, changed_at",
        static_cast<qint64>(plan.changes.size()), [&](CopyWriter &out, qint64 i) {
            const Change &c = plan.changes[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.integer(c.job + 1);
            if (c.from == c.to)
                out.null();
            else
                out.plain(kStatusKeys[c.from]);
            out.plain(kStatusKeys[c.to]);
            const Job &j = jobs[static_cast<size_t>(c.job)];
            if (c.to == JobCancelled)
                out.text(std::string_view(kCancelReasons[j.reason]));
            else
                out.null();
            out.integer(w.staff[static_cast<size_t>(c.staff)].id);
            out.plain(staffDefList[static_cast<size_t>(c.staff)].pgRole);
            out.timestamp(c.at);
            out.endRow();
        });
    if (!s.ok())
        return s;
    return ctx.copy("gps_positions",
        "id, traccar_position_id, device_id, technician_id, latitude, longitude, speed_kmh, course, accuracy, valid, "
        "fix_time, received_at",
        static_cast<qint64>(plan.fixes.size()), [&](CopyWriter &out, qint64 i) {
            const Fix &f = plan.fixes[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.integer(7000000 + i);
            out.integer(4100 + f.tech);
            out.integer(f.tech + 1);
            out.micro(f.lat);
            out.micro(f.lon);
            out.integer(f.speed);
            out.integer(f.course);
            out.integer(3 + (f.tech * 7) % 9);
            out.boolean(true);
            out.timestamp(f.at);
            out.timestamp(f.at + 1 + f.tech % 3);
            out.endRow();
        });
}

} // namespace ops::demo
