// Service subscriptions: one access plan per served location, then add-ons (router rental, TV, phone, discounts)
// handed out until the volume is exact.

#include <algorithm>

#include "core/db/PgConnection.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

struct AddOn
{
    int item = 0;
    int quantity = 1;
    int months = 0; // limited duration (promotions); 0: open-ended
};

struct Weighted
{
    const char *sku;
    int weight;
};

int pickSku(Rng &rng, std::span<const Weighted> choices)
{
    std::vector<int> weights;
    for (const Weighted &c : choices)
        weights.push_back(c.weight);
    return itemIndex(choices[static_cast<size_t>(rng.weighted(weights))].sku);
}

constexpr Weighted kResidentialPlans[] = {{"INT-FIB-50", 5}, {"INT-FIB-100", 22}, {"INT-FIB-300", 15},
    {"INT-FIB-500", 15}, {"INT-FIB-1000", 28}, {"INT-FIB-1500", 8}, {"INT-FIB-3000", 2}, {"INT-AINE-100", 3},
    {"INT-PROMO-1000", 2}};
constexpr Weighted kLegacyPlans[] = {{"INT-FIB-25", 2}, {"INT-FIB-60", 3}, {"INT-FIB-120", 3}, {"INT-FIB-940", 2},
    {"INT-SF-10", 1}, {"INT-SF-25", 1}, {"INT-DSL-15", 1}};
constexpr Weighted kBusinessPlans[] = {
    {"INT-AFF-100", 30}, {"INT-AFF-500", 30}, {"INT-AFF-1000", 25}, {"INT-AFF-1500", 10}, {"INT-AFF-3000", 5}};
constexpr Weighted kRouters[] = {{"EQP-RTR-WIFI6", 60}, {"EQP-MESH-2", 25}, {"EQP-RTR-WIFI7", 10}, {"EQP-MESH-3", 5}};
constexpr Weighted kTvBases[] = {{"TV-BASE", 50}, {"TV-DECOUVERTE", 35}, {"TV-ULTIME", 15}};
constexpr const char *kTvPacks[] = {
    "TV-SPORTS", "TV-CINEMA", "TV-JEUNESSE", "TV-INFO", "TV-DOCS", "TV-MUSIQUE", "TV-INTL", "TV-4K", "TV-PVR"};

std::vector<AddOn> residentialLadder(Rng &rng, const Customer &c, bool newCustomer)
{
    std::vector<AddOn> ladder;
    const auto add = [&ladder](int item, int quantity = 1, int months = 0) {
        if (item >= 0)
            ladder.push_back({item, quantity, months});
    };
    if (rng.chance(600))
        add(pickSku(rng, kRouters));
    if (newCustomer && rng.chance(200))
        add(itemIndex("DSC-PROMO-3M"), 1, 3);
    if (rng.chance(380)) {
        add(pickSku(rng, kTvBases));
        add(itemIndex("EQP-STB"), rng.chance(300) ? 2 : 1);
        if (rng.chance(600))
            add(itemIndex("DSC-BUNDLE"));
        if (rng.chance(c.english ? 800 : 100))
            add(itemIndex("TV-ANGLO"));
        int packs = rng.range(0, 3);
        int first = static_cast<int>(rng.below(static_cast<quint32>(std::size(kTvPacks))));
        for (; packs > 0; --packs, first = (first + 1 + static_cast<int>(rng.below(3))) % 9)
            add(itemIndex(kTvPacks[first]));
        std::vector<int> channels;
        for (int i = 0; i < static_cast<int>(items().size()); ++i) {
            if (qstrncmp(items()[i].sku, "CH-", 3) == 0)
                channels.push_back(i);
        }
        for (int k = rng.range(0, 3); k > 0; --k) {
            const size_t pick = rng.below(static_cast<quint32>(channels.size()));
            add(channels[pick]);
            channels.erase(channels.begin() + static_cast<std::ptrdiff_t>(pick));
        }
    }
    if (rng.chance(300)) {
        add(itemIndex("TEL-RES"));
        if (rng.chance(600))
            add(itemIndex("EQP-ATA"));
        const int ld = static_cast<int>(rng.below(100));
        if (ld < 60)
            add(itemIndex(ld < 40 ? "TEL-LD-CA" : ld < 55 ? "TEL-LD-NA" : "TEL-LD-INTL"));
        if (rng.chance(400))
            add(itemIndex("TEL-VM"));
        if (rng.chance(500))
            add(itemIndex("TEL-CID"));
    }
    if (rng.chance(80))
        add(itemIndex("DSC-SENIOR"));
    if (rng.chance(newCustomer ? 50 : 250))
        add(itemIndex("DSC-LOYAL"));
    if (rng.chance(30))
        add(itemIndex("DSC-STUDENT"));
    if (rng.chance(5))
        add(itemIndex("DSC-EMPLOYEE"));
    if (c.ppa && rng.chance(500))
        add(itemIndex("DSC-PPA"));
    if (rng.chance(50))
        add(itemIndex("EQP-UPS"));
    return ladder;
}

std::vector<AddOn> businessLadder(Rng &rng)
{
    std::vector<AddOn> ladder;
    if (rng.chance(600))
        ladder.push_back({itemIndex(rng.chance(700) ? "INT-IP-FIXE" : "INT-IP-BLOC8"), 1, 0});
    if (rng.chance(500))
        ladder.push_back({itemIndex("TEL-AFF"), rng.range(1, 4), 0});
    if (rng.chance(350))
        ladder.push_back({itemIndex("INT-WIFI-PRO"), 1, 0});
    if (rng.chance(200))
        ladder.push_back({itemIndex("TEL-LD-NA"), 1, 0});
    if (rng.chance(100))
        ladder.push_back({itemIndex("TEL-FAX"), 1, 0});
    if (rng.chance(150))
        ladder.push_back({itemIndex("TV-BASE"), 1, 0});
    return ladder;
}

Subscription baseSubscription(Rng &rng, const World &w, const Customer &c, int location, int item)
{
    const Location &l = w.locations[static_cast<size_t>(location)];
    Subscription s;
    s.customer = l.customer;
    s.location = location;
    s.item = item;
    s.price = items()[item].priceCents;
    s.startMonth = l.serviceStart;
    s.endMonth = l.serviceEnd;
    if (l.serviceStart == w.firstMonth && l.serviceStart == c.startMonth)
        s.start = qMin(c.created + rng.range(7, 21), firstDayOfMonth(w.firstMonth));
    else
        s.start = firstDayOfMonth(l.serviceStart) + rng.range(0, 14);
    return s;
}

void closeSubscription(const World &w, const Customer &c, Subscription &s)
{
    const bool ended = s.endMonth < w.lastMonth || c.status == CustTerminated;
    if (ended) {
        s.end = qMax(s.start, firstDayOfMonth(s.endMonth + 1) - 1);
        s.status = SubCancelled;
    } else {
        s.status = c.status == CustSuspended ? SubSuspended : SubActive;
    }
}

} // namespace

void planSubscriptions(World &w)
{
    Rng rng(w.seed, "subscriptions");
    std::vector<std::vector<AddOn>> ladders(w.locations.size());
    std::vector<int> open;
    for (size_t li = 0; li < w.locations.size(); ++li) {
        const Location &l = w.locations[li];
        const Customer &c = w.customers[static_cast<size_t>(l.customer)];
        if (l.status == LocPlanned) {
            Subscription s;
            s.customer = l.customer;
            s.location = static_cast<int>(li);
            s.item = pickSku(rng, kResidentialPlans);
            s.price = items()[s.item].priceCents;
            s.start = w.anchor + rng.range(3, 30);
            s.startMonth = 1; // never billed yet
            s.endMonth = 0;
            s.status = SubPending;
            w.subscriptions.push_back(s);
            continue;
        }
        if (l.serviceStart < 0)
            continue;
        const bool veteran = l.serviceStart == w.firstMonth && c.startMonth == w.firstMonth;
        int plan = 0;
        if (c.business)
            plan = pickSku(rng, kBusinessPlans);
        else if (veteran && rng.chance(200))
            plan = pickSku(rng, kLegacyPlans);
        else
            plan = pickSku(rng, kResidentialPlans);
        Subscription s = baseSubscription(rng, w, c, static_cast<int>(li), plan);
        if (veteran && items()[plan].active && rng.chance(300))
            s.price -= 500; // grandfathered rate
        closeSubscription(w, c, s);
        w.subscriptions.push_back(s);
        ladders[li] = c.business ? businessLadder(rng) : residentialLadder(rng, c, !veteran);
        if (!ladders[li].empty())
            open.push_back(static_cast<int>(li));
    }

    // Hand out add-ons, one at a time to a random location, each taking the next item of its ladder.
    std::vector<size_t> next(w.locations.size(), 0);
    qint64 optional = w.volumes.subscriptions - static_cast<qint64>(w.subscriptions.size());
    while (optional > 0 && !open.empty()) {
        const size_t k = rng.below(static_cast<quint32>(open.size()));
        const int li = open[k];
        const std::vector<AddOn> &ladder = ladders[static_cast<size_t>(li)];
        const AddOn &a = ladder[next[static_cast<size_t>(li)]++];
        if (next[static_cast<size_t>(li)] >= ladder.size()) {
            open[k] = open.back();
            open.pop_back();
        }
        const Location &l = w.locations[static_cast<size_t>(li)];
        const Customer &c = w.customers[static_cast<size_t>(l.customer)];
        Subscription s = baseSubscription(rng, w, c, li, a.item);
        s.quantity = a.quantity;
        if (a.months > 0) {
            s.endMonth = qMin(s.startMonth + a.months - 1, l.serviceEnd);
        } else if (rng.chance(300)) {
            s.startMonth = rng.range(l.serviceStart, l.serviceEnd);
            s.start = qMin(firstDayOfMonth(s.startMonth) + rng.range(0, 27), w.anchor);
        }
        if (a.months == 0 && s.startMonth < l.serviceEnd && rng.chance(120))
            s.endMonth = rng.range(s.startMonth, l.serviceEnd - 1);
        closeSubscription(w, c, s);
        w.subscriptions.push_back(s);
        --optional;
    }
    w.volumes.subscriptions = static_cast<qint64>(w.subscriptions.size());
    std::stable_sort(w.subscriptions.begin(), w.subscriptions.end(),
        [](const Subscription &a, const Subscription &b) { return a.start < b.start; });
}

namespace {

Status check(const Result<db::PgResult> &r)
{
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace

// RADIUS passwords are stored sealed (migration 0013): the trigger subscriptions_radius_seal encrypts each row's clear
// password with pgcrypto, reading the key file once per row. The seeder seals them all in one statement instead (the
// key read once, no trigger call per row) with the trigger's own function and options, and COPYs the sealed values
// with the trigger off. Without the right to call ops_radius_key() it leaves the sealing to the trigger.
Status writeSubscriptions(SeedContext &ctx)
{
    World &w = ctx.w;
    const auto itemList = items();
    static constexpr char kPwd[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const auto n = static_cast<qint64>(w.subscriptions.size());
    // One row; `sealed` null: the clear password goes into radius_pwd (and into `clear`, when given).
    const auto emitRow = [&](Rng &rng, CopyWriter &out, qint64 i, const std::vector<QByteArray> *sealed,
                             std::vector<QByteArray> *clear) {
        const Subscription &s = w.subscriptions[static_cast<size_t>(i)];
        const Customer &c = w.customers[static_cast<size_t>(s.customer)];
        const ItemDef &item = itemList[s.item];
        out.integer(i + 1);
        out.plain(codeOf("SUB-", i + 1).constData());
        out.integer(s.customer + 1);
        out.integer(s.location + 1);
        out.integer(s.item + 1);
        out.integer(s.price);
        out.integer(s.quantity);
        out.date(s.start);
        if (s.end >= 0)
            out.date(s.end);
        else
            out.null();
        static constexpr const char *kStatus[] = {"pending", "active", "suspended", "cancelled"};
        out.plain(kStatus[s.status]);
        if (item.downMbps > 0) {
            QByteArray user = asciiSlug(c.business ? c.companyName.constData() : c.lastName.constData()).left(12);
            user.replace('-', "");
            user += '.';
            appendInt(user, i + 1);
            out.plain(user.constData());
            char pwd[13];
            for (int k = 0; k < 12; ++k)
                pwd[k] = kPwd[rng.below(static_cast<quint32>(sizeof kPwd - 1))];
            pwd[12] = '\0';
            if (clear)
                (*clear)[static_cast<size_t>(i)] = QByteArray(pwd);
            if (sealed) {
                out.null();
                out.plain((*sealed)[static_cast<size_t>(i)].constData());
            } else {
                out.plain(pwd);
                out.null();
            }
        } else {
            out.null();
            out.null();
            out.null();
        }
        if (s.start < w.cutover)
            out.integer(500000 + i * 3 + rng.below(3));
        else
            out.null();
        const Ts created = localToUtc(s.start - rng.range(1, 10), rng.range(9 * 3600, 18 * 3600));
        out.timestamp(created);
        out.timestamp(s.end >= 0 ? qMax(created, localToUtc(qMin(s.end, w.anchor), 11 * 3600)) : created);
        out.endRow();
    };
    const char *columns = "id, code, customer_id, location_id, item_id, price_cents, quantity, start_date, end_date, "
                          "status, radius_user, radius_pwd, radius_pwd_enc, legacy_service_id, created_at, updated_at";

    auto allowed = ctx.c.exec("SELECT has_function_privilege('ops_radius_key()', 'EXECUTE')");
    if (!allowed.ok())
        return allowed.error();
    if (!allowed.value().boolean(0, 0)) {
        Rng rng(w.seed, "subscriptions-write");
        return ctx.copy(
            "subscriptions", columns, n, [&](CopyWriter &out, qint64 i) { emitRow(rng, out, i, nullptr, nullptr); });
    }

    // The clear passwords: the same rows drawn once without sending them (the same random sequence as below).
    std::vector<QByteArray> clear(static_cast<size_t>(n));
    {
        Rng rng(w.seed, "subscriptions-write");
        CopyWriter scratch;
        QByteArray discard;
        for (qint64 i = 0; i < n; ++i) {
            emitRow(rng, scratch, i, nullptr, &clear);
            if (scratch.full())
                scratch.takeChunk(discard);
        }
    }
    QByteArray list = "{";
    for (const QByteArray &pwd : clear) {
        if (list.size() > 1)
            list += ',';
        list += pwd.isEmpty() ? QByteArray("NULL") : pwd; // letters and digits: nothing to quote
    }
    list += '}';
    // ops_radius_seal()'s encryption (migration 0013), for every password at once.
    auto r = ctx.c.exec("SELECT CASE WHEN p IS NULL THEN NULL ELSE '\\\\x' || encode(pgp_sym_encrypt(p, k.key, "
                        "'cipher-algo=aes256, s2k-mode=1, s2k-digest-algo=sha256'), 'hex') END "
                        "FROM unnest($1::text[]) WITH ORDINALITY AS u (p, n), (SELECT ops_radius_key() AS key) k "
                        "ORDER BY u.n",
        db::SqlParams().add(list));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != n)
        return Error::internal(
            QStringLiteral("RADIUS sealing returned %1 rows for %2 passwords").arg(r.value().rows()).arg(n));
    std::vector<QByteArray> sealed(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        sealed[static_cast<size_t>(i)] = r.value().text(static_cast<int>(i), 0).toLatin1();
    clear.clear();

    Status st = check(ctx.c.exec("ALTER TABLE subscriptions DISABLE TRIGGER subscriptions_radius_seal"));
    if (!st.ok())
        return st;
    Rng rng(w.seed, "subscriptions-write");
    st = ctx.copy(
        "subscriptions", columns, n, [&](CopyWriter &out, qint64 i) { emitRow(rng, out, i, &sealed, nullptr); });
    if (!st.ok())
        return st;
    return check(ctx.c.exec("ALTER TABLE subscriptions ENABLE TRIGGER subscriptions_radius_seal"));
}

} // namespace ops::demo
