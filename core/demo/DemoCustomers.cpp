// Customers (names, contact details, status, tenure) and their CASL consent evidence.

#include <QSet>

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

template <typename T> const T &pickFrom(Rng &rng, std::span<const T> s)
{
    return s[rng.below(static_cast<quint32>(s.size()))];
}

QByteArray fromPattern(const char *pattern, const QByteArray &last, const char *town)
{
    QByteArray out(pattern);
    out.replace("%L", last);
    out.replace("%T", town);
    return out;
}

QByteArray formatPhone(int area, int exchange, int line)
{
    QByteArray p;
    p.reserve(14);
    p.append('(');
    appendInt(p, area);
    p.append(") ", 2);
    appendInt(p, exchange);
    p.append('-');
    appendInt(p, line, 4);
    return p;
}

QByteArray uniquePhone(Rng &rng, QSet<QByteArray> &used, int area, int exchange)
{
    for (;;) {
        QByteArray p = formatPhone(area, exchange, static_cast<int>(rng.below(10000)));
        if (!used.contains(p)) {
            used.insert(p);
            return p;
        }
    }
}

int mobileExchange(Rng &rng)
{
    for (;;) {
        const int e = rng.range(201, 989);
        if (e % 100 != 11 && e != 555 && e / 10 != 95)
            return e;
    }
}

QByteArray emailLocal(Rng &rng, const QByteArray &first, const QByteArray &last)
{
    switch (rng.below(6)) {
    case 0:
        return first + '.' + last;
    case 1:
        return first.left(1) + last;
    case 2:
        return first + last;
    case 3: {
        QByteArray l = first + '.' + last;
        appendInt(l, rng.range(50, 105) % 100, 2);
        return l;
    }
    case 4:
        return last + '.' + first;
    default:
        return first + '_' + last;
    }
}

QByteArray uniqueEmail(QSet<QByteArray> &used, const QByteArray &local, const char *domain)
{
    QByteArray e = local + '@' + domain;
    for (int k = 2; used.contains(e); ++k) {
        e = local;
        appendInt(e, k);
        e += '@';
        e += domain;
    }
    used.insert(e);
    return e;
}

QByteArray companySlug(const QByteArray &company)
{
    QByteArray s = asciiSlug(std::string_view(company.constData(), static_cast<size_t>(company.size())));
    for (const char *suffix : {"inc", "ltee", "enr", "cpa"}) {
        if (s.endsWith(suffix) && s.size() > 6)
            s.chop(static_cast<qsizetype>(qstrlen(suffix)));
    }
    return s;
}

void appendBase62(QByteArray &out, quint32 v, int width)
{
    for (int k = 0; k < width; ++k, v /= 62)
        out.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[v % 62]);
}

QByteArray base62(Rng &rng, int n)
{
    static constexpr char kChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out.append(kChars[rng.below(62)]);
    return out;
}

void planTenures(World &w, Rng &rng)
{
    const int span = w.lastMonth - w.firstMonth + 1;
    qint64 sum = 0;
    for (Customer &c : w.customers) {
        int len = 0;
        if (c.status == CustTerminated) {
            len = span > 1 ? rng.range(1, span - 1) : 1;
            const int end = span > 1 ? w.firstMonth + rng.range(len - 1, span - 2) : w.lastMonth;
            c.endMonth = end;
        } else {
            len = rng.chance(250) ? span : rng.range(1, span);
            c.endMonth = w.lastMonth;
        }
        c.startMonth = c.endMonth - len + 1;
        sum += len;
    }
    // Nudge tenures one month at a time until the invoice count is exact.
    const qint64 n = static_cast<qint64>(w.customers.size());
    qint64 maxSum = 0;
    for (const Customer &c : w.customers)
        maxSum += c.status == CustTerminated && span > 1 ? span - 1 : span;
    const qint64 target = qBound(n, w.volumes.invoices, maxSum);
    while (sum != target) {
        Customer &c = w.customers[rng.below(static_cast<quint32>(n))];
        if (sum > target && c.endMonth > c.startMonth) {
            ++c.startMonth;
            --sum;
        } else if (sum < target) {
            if (c.startMonth > w.firstMonth) {
                --c.startMonth;
                ++sum;
            } else if (c.status == CustTerminated && c.endMonth < w.lastMonth - 1) {
                ++c.endMonth;
                ++sum;
            }
        }
    }
    w.volumes.invoices = target;
}

} // namespace

void planCustomers(World &w)
{
    Rng rng(w.seed, "customers");
    const auto townList = towns();
    std::vector<int> townWeights;
    for (const Town &t : townList)
        townWeights.push_back(t.weight);
    const auto frLast = frenchLastNames();
    const auto enLast = englishLastNames();
    const auto patterns = businessPatterns();
    const auto domains = emailDomains();
    const Day longAgo = daysFromCivil(2012, 1, 1);

    QSet<QByteArray> emails;
    QSet<QByteArray> phones;
    w.customers.resize(static_cast<size_t>(w.volumes.customers));
    for (size_t i = 0; i < w.customers.size(); ++i) {
        Customer &c = w.customers[i];
        c.town = rng.weighted(townWeights);
        const Town &town = townList[c.town];
        const bool anglo = qstrcmp(town.name, "Rawdon") == 0 || qstrcmp(town.name, "Lachute") == 0;
        c.english = rng.chance(anglo ? 380 : 180);
        c.business = rng.chance(50);
        const int s = static_cast<int>(rng.below(1000));
        c.status = s < 850 ? CustActive : s < 880 ? CustSuspended : CustTerminated;

        const bool male = rng.chance(500);
        const auto firsts = c.english ? (male ? englishMaleNames() : englishFemaleNames())
                                      : (male ? frenchMaleNames() : frenchFemaleNames());
        c.firstName = pickFrom(rng, firsts);
        const bool englishLast = c.english ? rng.chance(700) : rng.chance(50);
        c.lastName = englishLast ? pickFrom(rng, enLast) : pickFrom(rng, frLast);
        if (!englishLast && rng.chance(40))
            c.lastName += QByteArray("-") + pickFrom(rng, frLast);
        if (c.business) {
            const int n = static_cast<int>(patterns.size());
            const int p = c.english && rng.chance(500) ? rng.range(n - 3, n - 1) : rng.range(0, n - 4);
            c.companyName = fromPattern(patterns[p], pickFrom(rng, c.english ? enLast : frLast), town.name);
            c.displayName = c.companyName;
        } else {
            c.displayName = c.firstName + ' ' + c.lastName;
        }

        const QByteArray first = asciiSlug(c.firstName.constData());
        const QByteArray last = asciiSlug(c.lastName.constData());
        if (c.business) {
            const QByteArray local = rng.chance(500) ? QByteArray("info") : first;
            const QByteArray domain = companySlug(c.companyName) + ".ca";
            c.email = uniqueEmail(emails, local, domain.constData());
        } else if (rng.chance(920)) {
            c.email = uniqueEmail(emails, emailLocal(rng, first, last), pickFrom(rng, domains));
        }
        if (!c.email.isEmpty() && rng.chance(150))
            c.emailAlt = uniqueEmail(emails, emailLocal(rng, first, last), pickFrom(rng, domains));

        const int exchange = town.exchanges[rng.below(4)];
        c.phone = uniquePhone(rng, phones, town.areaCode, exchange);
        if (rng.chance(450)) {
            const int area = town.areaCode == 418 ? 418 : rng.chance(300) ? 514 : town.areaCode;
            c.phoneAlt = uniquePhone(rng, phones, area, mobileExchange(rng));
        }

        c.legacyAccountId = 100000 + static_cast<qint64>(i) * 5 + rng.below(5);
        c.legacyCustomerId = "LC-";
        appendInt(c.legacyCustomerId, 20000 + static_cast<qint64>(i) * 2 + rng.below(2), 6);
        const int methodWeights[] = {30, 35, 10, 5, 20}; // card, pad, cheque, cash, e-transfer
        const int businessWeights[] = {15, 30, 30, 0, 25};
        c.method = static_cast<quint8>(rng.weighted(c.business ? businessWeights : methodWeights));
        c.ppa = c.method == PayPad || (c.method == PayCard && rng.chance(600));
        if (c.method == PayCard || c.method == PayPad) {
            // Random-looking and unique: eight random characters, then a bijective scramble of the index.
            c.stripeId = "cus_" + base62(rng, 8);
            appendBase62(c.stripeId, scramble32(static_cast<quint32>(i), 0x5eed1234U), 6);
        }
        const int casl = static_cast<int>(rng.below(100));
        c.casl = casl < 45 ? 2 : casl < 80 ? 1 : 0;
        if (rng.chance(50))
            c.notes = pickFrom(rng, customerNotes());
    }

    planTenures(w, rng);
    for (Customer &c : w.customers) {
        if (c.startMonth == w.firstMonth)
            c.created = longAgo + rng.range(0, firstDayOfMonth(w.firstMonth) - 30 - longAgo);
        else
            c.created = firstDayOfMonth(c.startMonth) - rng.range(3, 25);
    }
}

Status writeCustomers(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "customers-write");
    const auto townList = towns();
    return ctx.copy("customers",
        "id, code, kind, first_name, last_name, company_name, display_name, language, email, email_alt, phone, "
        "phone_alt, billing_street, billing_city, billing_postal_code, status, balance_cents, legacy_account_id, "
        "legacy_customer_id, ppa_enabled, stripe_id, casl_consent, casl_consent_at, notes, created_at, updated_at",
        static_cast<qint64>(w.customers.size()), [&](CopyWriter &out, qint64 i) {
            const Customer &c = w.customers[static_cast<size_t>(i)];
            const Location &home = w.locations[static_cast<size_t>(c.firstLocation)];
            const Ts created = localToUtc(c.created, rng.range(9 * 3600, 19 * 3600));
            out.integer(i + 1);
            out.plain(codeOf("CUST-", i + 1).constData());
            out.plain(c.business ? "business" : "residential");
            out.text(c.firstName);
            out.text(c.lastName);
            out.textOrNull(c.companyName);
            out.text(c.displayName);
            out.plain(c.english ? "en" : "fr");
            out.textOrNull(c.email);
            out.textOrNull(c.emailAlt);
            out.text(c.phone);
            out.textOrNull(c.phoneAlt);
            QByteArray street;
            appendInt(street, home.civic);
            street += ", " + streetName(home);
            if (home.unit > 0) {
                street += ", app. ";
                appendInt(street, home.unit);
            }
            out.text(street);
            out.text(std::string_view(townList[home.town].name));
            out.plain(home.postal);
            out.plain(c.status == CustActive ? "active" : c.status == CustSuspended ? "suspended" : "terminated");
            out.integer(c.balance);
            if (c.created < w.cutover) { // migrated from ERPNext
                out.integer(c.legacyAccountId);
                out.text(c.legacyCustomerId);
            } else {
                out.null();
                out.null();
            }
            out.boolean(c.ppa);
            out.textOrNull(c.stripeId);
            out.plain(c.casl == 2 ? "express" : c.casl == 1 ? "implied" : "none");
            if (c.casl == 0)
                out.null();
            else
                out.timestamp(created + static_cast<Ts>(c.casl == 2 ? rng.range(0, 40) : 0) * 86400);
            out.textOrNull(c.notes);
            out.timestamp(created);
            const Day lastChange = qMax(c.created, firstDayOfMonth(c.endMonth) + rng.range(0, 20));
            out.timestamp(qMax(created, localToUtc(qMin(lastChange, w.anchor), rng.range(9 * 3600, 17 * 3600))));
            out.endRow();
        });
}

Status writeConsents(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "consents");
    static constexpr const char *kSources[] = {"Formulaire d'abonnement en ligne", "Portail client – préférences",
        "Appel au service à la clientèle", "Contrat signé au comptoir"};
    qint64 nextId = 1;
    return ctx.copy("casl_consents",
        "id, customer_id, channel, kind, granted_at, expires_at, source, evidence, revoked_at",
        static_cast<qint64>(w.customers.size()), [&](CopyWriter &out, qint64 i) {
            const Customer &c = w.customers[static_cast<size_t>(i)];
            if (c.casl == 0)
                return;
            const bool express = c.casl == 2;
            // Implied consent runs two years from the last purchase (the last invoice month).
            const Day purchase = express ? c.created + rng.range(0, 40) : firstDayOfMonth(c.endMonth);
            const Ts granted = localToUtc(qMin(purchase, w.anchor), rng.range(9 * 3600, 20 * 3600));
            for (int channel = 0; channel < 2; ++channel) {
                if (channel == 0 && c.email.isEmpty())
                    continue;
                if (channel == 1 && (c.phoneAlt.isEmpty() || (!express && rng.chance(500))))
                    continue;
                out.integer(nextId++);
                out.integer(i + 1);
                out.plain(channel == 0 ? "email" : "sms");
                out.plain(express ? "express" : "implied");
                out.timestamp(granted);
                if (express)
                    out.null();
                else
                    out.timestamp(granted + static_cast<Ts>(730) * 86400);
                if (express) {
                    out.text(std::string_view(kSources[rng.below(4)]));
                    QByteArray evidence = "Case à cocher v3, IP 24.";
                    appendInt(evidence, rng.range(37, 226));
                    evidence += '.';
                    appendInt(evidence, rng.range(0, 255));
                    evidence += '.';
                    appendInt(evidence, rng.range(1, 254));
                    out.text(evidence);
                } else {
                    out.text(std::string_view("Relation d'affaires en cours (facturation mensuelle)"));
                    QByteArray evidence = "Dernier achat : ";
                    appendDate(evidence, purchase);
                    out.text(evidence);
                }
                const bool revoked = channel == 1 && rng.chance(40);
                if (revoked)
                    out.timestamp(
                        qMin(granted + static_cast<Ts>(rng.range(30, 600)) * 86400, localToUtc(w.anchor, 12 * 3600)));
                else
                    out.null();
                out.endRow();
            }
        });
}

} // namespace ops::demo
