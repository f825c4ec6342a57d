// Dispatch: tags (skills, services, regions), technicians with levels, shifts and home bases, and the jobs of the last
// 90 days and the next 14 around DemoOptions::today, on working days.

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
    JobEnRoute,
    JobInProgress,
    JobCompleted,
    JobCancelled
};

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
    quint8 type = JobRepair, status = JobScheduled, priority = 3;
    bool pinned = false;
    int note = -1;
    std::vector<std::pair<int, int>> tags; // tag index, minimum level
};

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
            t.workDays = shift < 30 ? 62 : 31; // Tuesday-Saturday or Monday-Friday
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

} // namespace

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

    const std::vector<Tech> techs = planTechnicians(w, rng);
    const auto townList = towns();
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

    // Candidate locations per region: active (repairs), planned (installations, surveys), former (removals).
    std::vector<int> active[3], planned[3], former[3];
    for (size_t i = 0; i < w.locations.size(); ++i) {
        const Location &l = w.locations[i];
        const int r = regionOfTown(l.town);
        if (l.status == LocActive)
            active[r].push_back(static_cast<int>(i));
        else if (l.status == LocPlanned)
            planned[r].push_back(static_cast<int>(i));
        else if (l.serviceStart >= 0)
            former[r].push_back(static_cast<int>(i));
    }
    const auto pickFrom = [&rng](const std::vector<int> &v) {
        return v[rng.below(static_cast<quint32>(v.size()))];
    };
    std::vector<Job> jobs;
    qint64 carry = 0;
    for (Day d = w.today - 90; d <= w.today + 14; ++d) {
        const int wd = weekday(d);
        const int perDay = wd < 5 ? 60 : wd == 5 ? 15 : 3;
        carry += qRound64(perDay * w.volumes.jobScale * 1000);
        const qint64 count = carry / 1000;
        carry %= 1000;
        std::vector<int> cursor(techs.size(), -1);
        for (qint64 k = 0; k < count; ++k) {
            Job j;
            j.day = d;
            static constexpr int kTypeWeights[] = {30, 40, 10, 10, 10};
            j.type = static_cast<quint8>(rng.weighted(kTypeWeights));
            j.duration = j.type == JobInstallation ? rng.range(8, 12) * 15
                : j.type == JobRepair              ? rng.range(3, 6) * 15
                : j.type == JobMaintenance         ? 60
                                                   : rng.range(2, 4) * 15;
            const bool backlog = (d < w.today && rng.chance(30)) || (d > w.today && rng.chance(250));
            for (int tries = 0; tries < 6 && !backlog && j.lead < 0; ++tries) {
                const int t = static_cast<int>(rng.below(static_cast<quint32>(techs.size())));
                if (!(techs[static_cast<size_t>(t)].workDays & (1 << wd)))
                    continue;
                int &c = cursor[static_cast<size_t>(t)];
                if (c < 0)
                    c = techs[static_cast<size_t>(t)].shiftStart + rng.range(0, 2) * 900;
                if (c + j.duration * 60 > techs[static_cast<size_t>(t)].shiftEnd)
                    continue;
                j.lead = t;
                j.start = c;
                c += j.duration * 60 + rng.range(1, 3) * 900; // travel
            }
            const int region = j.lead >= 0 ? techs[static_cast<size_t>(j.lead)].region : static_cast<int>(rng.below(3));
            const std::vector<int> *pool = &active[region];
            if ((j.type == JobInstallation || j.type == JobSurvey) && !planned[region].empty() && rng.chance(700))
                pool = &planned[region];
            else if (j.type == JobRemoval && !former[region].empty())
                pool = &former[region];
            if (pool->empty())
                pool = !active[0].empty() ? &active[0] : &former[0];
            if (pool->empty())
                continue;
            j.location = pickFrom(*pool);
            const Location &l = w.locations[static_cast<size_t>(j.location)];
            j.customer = l.customer;
            const Customer &c = w.customers[static_cast<size_t>(l.customer)];
            if (j.type == JobRepair && rng.chance(700))
                j.ticket = w.lastTicketOfCustomer[static_cast<size_t>(l.customer)];
            if (j.type == JobInstallation || j.type == JobRepair)
                j.equipment = w.equipmentByLocation[static_cast<size_t>(j.location)];

            if (j.lead < 0) {
                j.status = d < w.today && rng.chance(500) ? JobCancelled : JobUnscheduled;
                j.start = -1;
            } else if (d < w.today) {
                const int r = static_cast<int>(rng.below(100));
                j.status = r < 92 ? JobCompleted : JobCancelled;
            } else if (d == w.today) {
                // "Now" is noon on `today`, so the board shows a realistic mix.
                const int end = j.start + j.duration * 60;
                j.status = end <= 12 * 3600 ? JobCompleted
                    : j.start <= 12 * 3600  ? JobInProgress
                    : j.start <= 13 * 3600  ? JobEnRoute
                                            : JobScheduled;
            } else {
                j.status = JobScheduled;
            }
            const int anchorSecs = j.start >= 0 ? j.start : rng.range(8, 15) * 3600;
            if (anchorSecs < 12 * 3600 && rng.chance(600)) {
                j.windowStart = 8 * 3600;
                j.windowEnd = 12 * 3600;
            } else if (anchorSecs >= 12 * 3600 && rng.chance(600)) {
                j.windowStart = 12 * 3600;
                j.windowEnd = 17 * 3600;
            } else {
                j.windowStart = qMin(8 * 3600, anchorSecs);
                j.windowEnd = qMax(17 * 3600, anchorSecs + 3600);
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
            if (j.type == JobInstallation && j.lead >= 0 && rng.chance(150)) {
                const int other = static_cast<int>(rng.below(static_cast<quint32>(techs.size())));
                if (other != j.lead && techs[static_cast<size_t>(other)].region == region)
                    j.helper = other;
            }
            jobs.push_back(std::move(j));
        }
    }

    const Ts nowTs = localToUtc(w.today, 12 * 3600);
    s = ctx.copy("dispatch_jobs",
        "id, code, customer_id, location_id, ticket_id, job_type, status, priority, window_start, window_end, "
        "scheduled_start, duration_minutes, pinned, notes, checklist, completed_at, created_at, updated_at, "
        "status_reason",
        static_cast<qint64>(jobs.size()), [&](CopyWriter &out, qint64 i) {
            const Job &j = jobs[static_cast<size_t>(i)];
            static constexpr const char *kTypes[] = {"installation", "repair", "maintenance", "removal", "survey"};
            static constexpr const char *kStatus[] = {
                "unscheduled", "scheduled", "en_route", "on_site", "completed", "cancelled"};
            out.integer(i + 1);
            out.plain(codeOf("DJ-", i + 1).constData());
            out.integer(j.customer + 1);
            out.integer(j.location + 1);
            if (j.ticket >= 0)
                out.integer(j.ticket + 1);
            else
                out.null();
            out.plain(kTypes[j.type]);
            out.plain(kStatus[j.status]);
            out.integer(j.priority);
            out.timestamp(localToUtc(j.day, j.windowStart));
            out.timestamp(localToUtc(j.day, j.windowEnd));
            const Ts start = j.start >= 0 ? localToUtc(j.day, j.start) : 0;
            if (j.start >= 0)
                out.timestamp(start);
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
            const Ts completed = j.status == JobCompleted ? start + j.duration * 60 + rng.range(-900, 1800) : 0;
            if (completed)
                out.timestamp(completed);
            else
                out.null();
            const Ts created = localToUtc(qMin(j.day, w.today) - rng.range(1, 14), rng.range(8 * 3600, 17 * 3600));
            out.timestamp(qMin(created, nowTs));
            out.timestamp(qMax(qMin(created, nowTs), completed ? completed : qMin(created, nowTs)));
            static constexpr const char *kCancelReasons[] = {"Annulé par le client", "Client absent au rendez-vous",
                "Doublon d'un autre rendez-vous", "Réglé à distance"};
            if (j.status == JobCancelled)
                out.text(std::string_view(kCancelReasons[i % 4]));
            else
                out.null();
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
    return ctx.copy("job_materials", "id, job_id, description, quantity", static_cast<qint64>(jobs.size()),
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
}

} // namespace ops::demo
