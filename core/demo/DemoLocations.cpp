// Service locations (civic addresses, postal codes, GPS, OLT ports, VLANs, IPs) and service equipment.

#include <algorithm>
#include <cstring>

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

constexpr int kOntsPerPort = 32;
constexpr char kLduLetters[] = "ABCEGHJKLMNPRSTVWXYZ"; // letters valid in a postal code's last three characters

enum Role
{
    Primary,
    Previous,
    Planned,
    Chalet,
    OldAddress,
    Branch
};

int specificStreetCount(const Town &t)
{
    int n = 0;
    while (n < 6 && t.streets[n])
        ++n;
    return n;
}

// First global OLT index of each town, plus the total at the end.
const std::vector<int> &oltBases()
{
    static const std::vector<int> bases = [] {
        std::vector<int> b;
        int next = 0;
        for (const Town &t : towns()) {
            b.push_back(next);
            next += t.olts;
        }
        b.push_back(next);
        return b;
    }();
    return bases;
}

int sameRegionTown(Rng &rng, int town, const std::vector<int> &weights)
{
    const int region = regionOfTown(town);
    for (;;) {
        const int t = rng.weighted(weights);
        if (regionOfTown(t) == region)
            return t;
    }
}

void makePostal(Rng &rng, const Town &t, char *out)
{
    const char *fsa = t.fsa[rng.below(static_cast<quint32>(t.fsaCount))];
    std::memcpy(out, fsa, 3);
    out[3] = ' ';
    out[4] = static_cast<char>('0' + rng.range(t.rural ? 1 : 0, 9));
    out[5] = kLduLetters[rng.below(20)];
    out[6] = t.rural ? '0' : static_cast<char>('0' + rng.below(10));
    out[7] = '\0';
}

} // namespace

int oltCount()
{
    return oltBases().back();
}

int oltTown(int olt)
{
    const std::vector<int> &bases = oltBases();
    int t = 0;
    while (t + 1 < static_cast<int>(bases.size()) - 1 && bases[static_cast<size_t>(t) + 1] <= olt)
        ++t;
    return t;
}

QByteArray oltName(int olt)
{
    const std::vector<int> &bases = oltBases();
    const int t = oltTown(olt);
    QByteArray name = "OLT-";
    name += towns()[t].oltCode;
    name += '-';
    appendInt(name, olt - bases[static_cast<size_t>(t)] + 1, 2);
    return name;
}

QByteArray streetName(const Location &l)
{
    const Town &t = towns()[l.town];
    const int specific = specificStreetCount(t);
    return QByteArray(l.street < specific ? t.streets[l.street] : genericStreets()[l.street - specific]);
}

void appendIp(QByteArray &out, quint32 ip)
{
    appendInt(out, ip >> 24);
    out.append('.');
    appendInt(out, (ip >> 16) & 255);
    out.append('.');
    appendInt(out, (ip >> 8) & 255);
    out.append('.');
    appendInt(out, ip & 255);
}

QByteArray codeOf(const char *prefix, qint64 id)
{
    QByteArray code(prefix);
    appendInt(code, id, 5);
    return code;
}

void planLocations(World &w)
{
    Rng rng(w.seed, "locations");
    const auto townList = towns();
    std::vector<int> townWeights;
    for (const Town &t : townList)
        townWeights.push_back(t.weight);
    const std::vector<int> &bases = oltBases();
    std::vector<int> oltFill(static_cast<size_t>(bases.back()), 0);

    // How many locations each customer has: one each, the rest spread with businesses six times as likely.
    const qint64 n = static_cast<qint64>(w.customers.size());
    const qint64 total = qMax(n, w.volumes.locations);
    w.volumes.locations = total;
    std::vector<int> counts(static_cast<size_t>(n), 1);
    std::vector<qint64> cumulative(static_cast<size_t>(n));
    qint64 acc = 0;
    for (qint64 i = 0; i < n; ++i) {
        acc += w.customers[static_cast<size_t>(i)].business ? 6 : 1;
        cumulative[static_cast<size_t>(i)] = acc;
    }
    for (qint64 k = n; k < total; ++k) {
        const qint64 r = rng.below64(acc);
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        ++counts[static_cast<size_t>(it - cumulative.begin())];
    }

    w.locations.reserve(static_cast<size_t>(total));
    for (qint64 ci = 0; ci < n; ++ci) {
        Customer &c = w.customers[static_cast<size_t>(ci)];
        c.firstLocation = static_cast<int>(w.locations.size());
        c.locationCount = counts[static_cast<size_t>(ci)];
        const bool terminated = c.status == CustTerminated;

        std::vector<Role> roles(static_cast<size_t>(c.locationCount), Primary);
        bool moved = false;
        for (size_t j = 1; j < roles.size(); ++j) {
            const int r = static_cast<int>(rng.below(100));
            if (c.business) {
                roles[j] = Branch;
            } else if (!moved && c.endMonth > c.startMonth && r < 35) {
                roles[j] = Previous;
                moved = true;
            } else if (!terminated && r >= 35 && r < 42) {
                roles[j] = Planned;
            } else {
                roles[j] = r >= 42 && r < 75 ? Chalet : OldAddress;
            }
        }
        const int moveMonth = moved ? rng.range(c.startMonth + 1, c.endMonth) : c.startMonth;

        for (size_t j = 0; j < roles.size(); ++j) {
            Location l;
            l.customer = static_cast<int>(ci);
            const Role role = roles[j];
            if (j == 0)
                l.town = c.town;
            else if (role == OldAddress)
                l.town = rng.weighted(townWeights);
            else
                l.town = rng.chance(500) ? c.town : sameRegionTown(rng, c.town, townWeights);
            const Town &t = townList[l.town];

            switch (role) {
            case Primary:
                l.serviceStart = moveMonth;
                l.serviceEnd = c.endMonth;
                break;
            case Previous:
                l.serviceStart = c.startMonth;
                l.serviceEnd = moveMonth - 1;
                break;
            case Chalet:
            case Branch:
                l.serviceStart = rng.chance(500) ? c.startMonth : rng.range(c.startMonth, c.endMonth);
                l.serviceEnd = c.endMonth;
                break;
            case Planned:
            case OldAddress:
                break;
            }
            const bool served = l.serviceStart >= 0;
            if (role == Planned)
                l.status = LocPlanned;
            else if (served && !terminated && l.serviceEnd == w.lastMonth)
                l.status = LocActive;
            else
                l.status = LocInactive;

            const int specific = specificStreetCount(t);
            const int generic = static_cast<int>(genericStreets().size());
            l.street = rng.chance(500) ? rng.range(0, specific - 1) : specific + rng.range(0, generic - 1);
            l.civic = rng.range(1, t.rural ? 3999 : 2999);
            if (!t.rural && rng.chance(c.business ? 300 : 120))
                l.unit = rng.chance(700) ? rng.range(1, 8) : rng.range(101, 412);
            makePostal(rng, t, l.postal);
            l.lat = t.latMicro + rng.triangular(t.spreadMicro);
            l.lon = t.lonMicro + rng.triangular(t.spreadMicro * 14 / 10);
            if (rng.chance(80))
                l.note = static_cast<int>(rng.below(static_cast<quint32>(accessNotes().size())));

            if (served || role == Planned) {
                l.olt = bases[static_cast<size_t>(l.town)] + static_cast<int>(rng.below(static_cast<quint32>(t.olts)));
                const int fill = oltFill[static_cast<size_t>(l.olt)]++;
                const int portIndex = fill / kOntsPerPort;
                l.slot = 1 + portIndex / 16;
                l.port = 1 + portIndex % 16;
                l.vlan = qMin(101 + portIndex, 4094);
                if (l.status == LocActive)
                    l.ip = (10U << 24) | (static_cast<quint32>(16 + l.olt) << 16)
                        | (static_cast<quint32>(portIndex & 255) << 8) | static_cast<quint32>(2 + fill % kOntsPerPort);
            }
            const Day base =
                served ? firstDayOfMonth(l.serviceStart) - rng.range(1, 10) : c.created + rng.range(0, 300);
            l.created = qMin(qMax(c.created, base), w.anchor);
            w.locations.push_back(l);
        }
    }
}

void planEquipment(World &w)
{
    Rng rng(w.seed, "equipment");
    const auto itemList = items();
    const auto models = equipmentModels();
    const size_t nl = w.locations.size();
    std::vector<int> maxDown(nl, 0);
    std::vector<quint8> router(nl, 0), tv(nl, 0), phone(nl, 0), activeInternet(nl, 0);
    for (const Subscription &s : w.subscriptions) {
        const ItemDef &item = itemList[s.item];
        const auto l = static_cast<size_t>(s.location);
        maxDown[l] = qMax(maxDown[l], item.downMbps);
        if (s.status == SubActive && qstrcmp(item.kind, "internet") == 0)
            activeInternet[l] = 1;
        if (qstrncmp(item.sku, "EQP-RTR", 7) == 0 || qstrncmp(item.sku, "EQP-MESH", 8) == 0)
            router[l] = 1;
        else if (qstrcmp(item.sku, "EQP-STB") == 0)
            tv[l] = 1;
        else if (qstrncmp(item.sku, "TEL-", 4) == 0)
            phone[l] = 1;
    }
    // Every location with an active internet subscription has its ONT (mustOnt); the other active locations are
    // candidates for the remaining ONTs of the volume.
    std::vector<int> mustOnt, ont, rtr, box, ata, retired;
    for (size_t l = 0; l < nl; ++l) {
        const Location &loc = w.locations[l];
        if (activeInternet[l])
            mustOnt.push_back(static_cast<int>(l));
        if (loc.status == LocActive) {
            if (!activeInternet[l])
                ont.push_back(static_cast<int>(l));
            if (router[l])
                rtr.push_back(static_cast<int>(l));
            if (tv[l])
                box.push_back(static_cast<int>(l));
            if (phone[l])
                ata.push_back(static_cast<int>(l));
        } else if (loc.serviceStart >= 0) {
            retired.push_back(static_cast<int>(l));
        }
    }
    const qint64 total = w.volumes.equipment;
    // Selection sampling: exactly k of the candidates, in order.
    const auto take = [&](const std::vector<int> &cands, qint64 k, quint8 kind) {
        k = qMin<qint64>(k, static_cast<qint64>(cands.size()));
        qint64 left = static_cast<qint64>(cands.size());
        for (const int l : cands) {
            if (k > 0 && rng.below64(left) < k) {
                Equipment e;
                e.location = l;
                e.kind = kind;
                e.status = EqpInstalled;
                const Location &loc = w.locations[static_cast<size_t>(l)];
                e.installed = qMin(loc.created + rng.range(0, 10), w.anchor);
                int m = 0;
                if (kind == EqpOnt) {
                    const int r = static_cast<int>(rng.below(100));
                    m = maxDown[static_cast<size_t>(l)] >= 1500 ? 2 : r < 60 ? 0 : r < 85 ? 1 : 3;
                } else if (kind == EqpRouter) {
                    const int r = static_cast<int>(rng.below(100));
                    m = r < 40 ? 4 : r < 60 ? 5 : r < 75 ? 6 : r < 90 ? 7 : 8;
                } else if (kind == EqpTvBox) {
                    m = rng.chance(650) ? 9 : 10;
                } else {
                    m = rng.chance(800) ? 11 : 12;
                }
                e.model = m;
                w.equipment.push_back(e);
                --k;
            }
            --left;
        }
    };
    take(mustOnt, static_cast<qint64>(mustOnt.size()), EqpOnt);
    take(ont, total * 62 / 100 - static_cast<qint64>(mustOnt.size()), EqpOnt);
    take(rtr, total * 22 / 100, EqpRouter);
    take(box, total * 9 / 100, EqpTvBox);
    take(ata, total * 3 / 100, EqpAta);
    // The rest: stock, returns, defective and lost units.
    while (static_cast<qint64>(w.equipment.size()) < total) {
        Equipment e;
        const int r = static_cast<int>(rng.below(100));
        e.status = r < 40 ? EqpInStock : r < 70 ? EqpReturned : r < 90 ? EqpDefective : EqpLost;
        e.model = rng.chance(700) ? static_cast<int>(rng.below(4)) : 4 + static_cast<int>(rng.below(5));
        e.kind = models[e.model].kind;
        if ((e.status == EqpReturned || e.status == EqpLost) && !retired.empty()) {
            e.location = retired[rng.below(static_cast<quint32>(retired.size()))];
            const Location &loc = w.locations[static_cast<size_t>(e.location)];
            e.installed = qMin(firstDayOfMonth(loc.serviceStart) + rng.range(0, 10), w.anchor);
        } else {
            e.installed = w.anchor - rng.range(5, 400);
        }
        w.equipment.push_back(e);
    }
    std::stable_sort(w.equipment.begin(), w.equipment.end(),
        [](const Equipment &a, const Equipment &b) { return a.installed < b.installed; });
    w.equipmentByLocation.assign(nl, -1);
    for (size_t i = 0; i < w.equipment.size(); ++i) {
        const Equipment &e = w.equipment[i];
        if (e.location < 0 || e.status != EqpInstalled)
            continue;
        int &slot = w.equipmentByLocation[static_cast<size_t>(e.location)];
        if (slot < 0 || (e.kind == EqpOnt && w.equipment[static_cast<size_t>(slot)].kind != EqpOnt))
            slot = static_cast<int>(i);
    }
}

Status writeLocations(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "locations-write");
    const auto townList = towns();
    const auto notes = accessNotes();
    return ctx.copy("service_locations",
        "id, code, customer_id, civic_number, street, unit, city, postal_code, latitude, longitude, olt_name, "
        "olt_port, vlan, ip_address, access_notes, status, created_at, updated_at, region_tag_id",
        static_cast<qint64>(w.locations.size()), [&](CopyWriter &out, qint64 i) {
            const Location &l = w.locations[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.plain(codeOf("LOC-", i + 1).constData());
            out.integer(l.customer + 1);
            out.integer(l.civic);
            out.text(streetName(l));
            if (l.unit > 0)
                out.integer(l.unit);
            else
                out.null();
            out.text(std::string_view(townList[l.town].name));
            out.plain(l.postal);
            out.micro(l.lat);
            out.micro(l.lon);
            if (l.olt >= 0) {
                out.plain(oltName(l.olt).constData());
                QByteArray port = "1/";
                appendInt(port, l.slot);
                port += '/';
                appendInt(port, l.port);
                out.plain(port.constData());
                out.integer(l.vlan);
            } else {
                out.null();
                out.null();
                out.null();
            }
            if (l.ip) {
                QByteArray ip;
                appendIp(ip, l.ip);
                out.plain(ip.constData());
            } else {
                out.null();
            }
            if (l.note >= 0)
                out.text(std::string_view(notes[l.note]));
            else
                out.null();
            out.plain(l.status == LocActive ? "active" : l.status == LocPlanned ? "planned" : "inactive");
            const Ts created = localToUtc(l.created, rng.range(9 * 3600, 18 * 3600));
            out.timestamp(created);
            const Day end = l.serviceEnd >= 0 && l.status != LocActive ? firstDayOfMonth(l.serviceEnd + 1) : l.created;
            out.timestamp(qMax(created, localToUtc(qMin(end, w.anchor), 10 * 3600)));
            // The region the town's rule gives (written here, so the insert trigger has nothing to look up).
            out.integer(townRegionTag(l.town) + 1);
            out.endRow();
        });
}

Status writeEquipment(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "equipment-write");
    const auto models = equipmentModels();
    const auto key = static_cast<quint32>(w.seed * 0x9e3779b97f4a7c15ULL >> 32);
    return ctx.copy("service_equipment",
        "id, code, location_id, kind, make, model, serial, mac, ip_address, firmware, genieacs_device_id, status, "
        "created_at, updated_at",
        static_cast<qint64>(w.equipment.size()), [&](CopyWriter &out, qint64 i) {
            const Equipment &e = w.equipment[static_cast<size_t>(i)];
            const EquipmentModel &m = models[e.model];
            const auto idx = static_cast<quint32>(i);
            out.integer(i + 1);
            out.plain(codeOf("EQP-", i + 1).constData());
            if (e.location >= 0)
                out.integer(e.location + 1);
            else
                out.null();
            static constexpr const char *kKinds[] = {"ont", "router", "tv_box", "phone_adapter"};
            out.plain(kKinds[e.kind]);
            out.text(std::string_view(m.make));
            out.text(std::string_view(m.model));
            QByteArray serial(m.serialPrefix);
            if (m.serialStyle == SerialHex8)
                serial += QByteArray::number(scramble32(idx, key), 16).rightJustified(8, '0').toUpper();
            else
                appendInt(serial, scramble32(idx, key ^ 0x51ed270bU), 11);
            out.plain(serial.constData());
            const quint32 suffix = scrambleBits(idx, key, 24);
            QByteArray mac;
            for (int b = 5; b >= 0; --b) {
                const quint32 byte = b >= 3 ? (m.oui >> ((b - 3) * 8)) & 255 : (suffix >> (b * 8)) & 255;
                mac += QByteArray::number(byte, 16).rightJustified(2, '0');
                if (b > 0)
                    mac += ':';
            }
            out.plain(mac.constData());
            const Location *loc = e.location >= 0 ? &w.locations[static_cast<size_t>(e.location)] : nullptr;
            const bool installed = e.status == EqpInstalled;
            if (installed && e.kind == EqpOnt) {
                QByteArray ip;
                appendIp(ip, (10U << 24) | (250U << 16) | (idx & 0xffff));
                out.plain(ip.constData());
            } else if (installed && e.kind == EqpRouter && loc && loc->ip) {
                QByteArray ip;
                appendIp(ip, loc->ip);
                out.plain(ip.constData());
            } else {
                out.null();
            }
            out.text(std::string_view(m.firmware));
            if (installed && m.productClass) {
                QByteArray id = QByteArray::number(m.oui, 16).rightJustified(6, '0').toUpper();
                id += '-';
                id += QByteArray(m.productClass).replace(" ", "%20");
                id += '-';
                id += serial;
                out.text(id);
            } else {
                out.null();
            }
            static constexpr const char *kStatus[] = {"in_stock", "installed", "returned", "defective", "lost"};
            out.plain(kStatus[e.status]);
            const Ts created = localToUtc(e.installed, rng.range(8 * 3600, 17 * 3600));
            out.timestamp(created);
            out.timestamp(created + static_cast<Ts>(installed ? 0 : rng.range(0, 30)) * 86400);
            out.endRow();
        });
}

} // namespace ops::demo
