// Support tickets since 2019 (outage parents with child tickets from the customers on the failed PON port, ordinary
// tickets, legacy ids for the ones migrated from the old system) and their message threads.

#include <algorithm>
#include <map>
#include <numeric>

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/DemoTexts.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

constexpr int kSupportFirst = 6, kSupportCount = 8; // dispatchers in staffDefs()
constexpr int kBillingFirst = 14, kBillingCount = 6;
constexpr int kManagerFirst = 2, kManagerCount = 4;

quint8 statusForAge(Rng &rng, qint64 ageDays)
{
    const int r = static_cast<int>(rng.below(100));
    if (ageDays > 30)
        return r < 85 ? TsClosed : TsResolved;
    if (ageDays > 7)
        return r < 50 ? TsClosed : r < 80 ? TsResolved : r < 90 ? TsWaiting : TsInProgress;
    return r < 35 ? TsOpen : r < 65 ? TsInProgress : r < 85 ? TsWaiting : TsResolved;
}

// Local business hours on a day in [lo, hi], denser towards hi (the customer base grew).
Ts recentTime(Rng &rng, Day lo, Day hi)
{
    const Day day = lo + static_cast<Day>(qMax(rng.below64(hi - lo + 1), rng.below64(hi - lo + 1)));
    return localToUtc(day, rng.range(7 * 3600, 21 * 3600));
}

QByteArray firstWord(const char *name)
{
    const QByteArray n(name);
    const qsizetype space = n.indexOf(' ');
    return space < 0 ? n : n.left(space);
}

} // namespace

void planTickets(World &w)
{
    Rng rng(w.seed, "tickets");
    const Day historyStart = daysFromCivil(2019, 1, 1);
    const Ts anchorTs = localToUtc(w.anchor, 12 * 3600);
    const qint64 total = qMax<qint64>(1, w.volumes.tickets);
    const qint64 parents = qMax<qint64>(1, total * 2 / 1000);
    qint64 childrenLeft = total * 30 / 1000;

    // Served locations grouped by PON port: outage children come from one port.
    std::map<qint64, std::vector<int>> ports;
    for (size_t i = 0; i < w.locations.size(); ++i) {
        const Location &l = w.locations[i];
        if (l.olt >= 0 && l.serviceStart >= 0)
            ports[(static_cast<qint64>(l.olt) << 16) | (l.slot << 8) | l.port].push_back(static_cast<int>(i));
    }
    std::vector<const std::vector<int> *> portList;
    for (const auto &p : ports)
        portList.push_back(&p.second);

    std::vector<Ticket> t;
    t.reserve(static_cast<size_t>(total));
    for (qint64 p = 0; p < parents && !portList.empty(); ++p) {
        // A port and a time with at least two customers who were connected then.
        Ts when = 0;
        std::vector<int> pool;
        for (int attempt = 0; attempt < 20 && pool.size() < 2; ++attempt) {
            const std::vector<int> &port = *portList[rng.below(static_cast<quint32>(portList.size()))];
            when = recentTime(rng, historyStart + 200, w.anchor);
            const Day day = dayOfTs(when);
            pool.clear();
            for (const int li : port) {
                const Customer &c = w.customers[static_cast<size_t>(w.locations[static_cast<size_t>(li)].customer)];
                if (c.created <= day && (c.status != CustTerminated || monthOfDay(day) <= c.endMonth))
                    pool.push_back(li);
            }
        }
        if (pool.size() < 2)
            continue;
        Ticket parent;
        parent.created = qMin(when, anchorTs - 6 * 3600);
        parent.type = TkOutage;
        parent.location = pool.front(); // identifies the port; not written as location_id
        parent.important = true;
        parent.staff = kManagerFirst + static_cast<int>(rng.below(kManagerCount));
        const qint64 age = (anchorTs - parent.created) / 86400;
        parent.status = age > 2 ? TsClosed : TsInProgress;
        if (parent.status == TsClosed)
            parent.closed = parent.created + rng.range(2 * 3600, 10 * 3600);
        const int parentIndex = static_cast<int>(t.size());
        t.push_back(parent);
        const qint64 want =
            qMax<qint64>(2, qMin<qint64>(childrenLeft / qMax<qint64>(1, parents - p) * 2, rng.range(5, 30)));
        for (qint64 k = 0; k < want && !pool.empty() && childrenLeft > 0; ++k) {
            const size_t pick = rng.below(static_cast<quint32>(pool.size()));
            const int li = pool[pick];
            pool[pick] = pool.back();
            pool.pop_back();
            const Location &l = w.locations[static_cast<size_t>(li)];
            const Customer &c = w.customers[static_cast<size_t>(l.customer)];
            Ticket child;
            child.created = qMin(parent.created + rng.range(300, 4 * 3600), anchorTs);
            child.type = TkNoInternet;
            child.parent = parentIndex;
            child.customer = l.customer;
            child.location = li;
            child.equipment = w.equipmentByLocation[static_cast<size_t>(li)];
            child.english = c.english;
            child.staff = kSupportFirst + static_cast<int>(rng.below(kSupportCount));
            child.status = parent.status == TsClosed ? TsClosed : TsOpen;
            if (parent.closed)
                child.closed = parent.closed + rng.range(60, 1800);
            t.push_back(child);
            --childrenLeft;
        }
    }

    std::vector<int> typeWeights;
    for (int k = 0; k < TkOutage; ++k)
        typeWeights.push_back(ticketTypeWeight(k));
    // Customers weighted by how long they have been customers (since 2019): a steady rate per customer-day.
    const auto windowOf = [&w, historyStart](const Customer &c) {
        const Day lo = qMax(historyStart, c.created);
        const Day hi = c.status == CustTerminated ? qMin(w.anchor, firstDayOfMonth(c.endMonth + 1) + 30) : w.anchor;
        return std::pair<Day, Day>(lo, hi);
    };
    // The history ends at noon on the anchor day (anchorTs). That day's tickets are spread over its morning in the
    // order their times were drawn (07:00-21:00 scaled onto 07:00-12:00), rather than all clamped to one instant.
    // Deterministic, and no extra draws: every other ticket is unchanged.
    const Ts lastMorning = localToUtc(w.anchor, 7 * 3600);
    const Ts lastEvening = localToUtc(w.anchor, 21 * 3600);
    const auto spreadLastDay = [&](Ts ts) {
        if (ts < lastMorning)
            return ts;
        return qMin(
            anchorTs, lastMorning + (ts - lastMorning) * (anchorTs - lastMorning) / (lastEvening - lastMorning));
    };
    std::vector<qint64> cumulative;
    qint64 acc = 0;
    for (const Customer &c : w.customers) {
        const auto [lo, hi] = windowOf(c);
        acc += hi >= lo ? hi - lo + 1 : 0;
        cumulative.push_back(acc);
    }
    while (static_cast<qint64>(t.size()) < total && acc > 0) {
        const qint64 r = rng.below64(acc);
        const int ci = static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
        const Customer &c = w.customers[static_cast<size_t>(ci)];
        const auto [lo, hi] = windowOf(c);
        Ticket x;
        x.customer = ci;
        x.english = c.english;
        x.created = spreadLastDay(localToUtc(lo + rng.range(0, hi - lo), rng.range(7 * 3600, 21 * 3600)));
        x.type = static_cast<quint8>(rng.weighted(typeWeights));
        const int pickLoc = rng.chance(700) ? 0 : static_cast<int>(rng.below(static_cast<quint32>(c.locationCount)));
        x.location = c.firstLocation + pickLoc;
        const int eq = w.equipmentByLocation[static_cast<size_t>(x.location)];
        if (eq >= 0 && x.type != TkBilling && x.type != TkGeneral && rng.chance(600))
            x.equipment = eq;
        x.status = statusForAge(rng, (anchorTs - x.created) / 86400);
        if (x.status == TsResolved || x.status == TsClosed)
            x.closed = qMin(anchorTs, x.created + rng.range(600, 10 * 86400));
        x.important = rng.chance(30);
        const bool unassigned = (x.status == TsOpen && rng.chance(400));
        if (!unassigned)
            x.staff = isBillingType(x.type) ? kBillingFirst + static_cast<int>(rng.below(kBillingCount))
                                            : kSupportFirst + static_cast<int>(rng.below(kSupportCount));
        t.push_back(x);
    }

    // Chronological ids; parents keep pointing at their (moved) parent.
    std::vector<int> order(t.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&t](int a, int b) { return t[a].created < t[b].created; });
    std::vector<int> newIndex(t.size());
    for (size_t k = 0; k < order.size(); ++k)
        newIndex[static_cast<size_t>(order[k])] = static_cast<int>(k);
    w.tickets.resize(t.size());
    for (size_t k = 0; k < order.size(); ++k) {
        Ticket x = t[static_cast<size_t>(order[k])];
        if (x.parent >= 0)
            x.parent = newIndex[static_cast<size_t>(x.parent)];
        w.tickets[k] = x;
    }

    // Legacy ids (ERPNext issue numbers) for the tickets migrated at the cut-over.
    const Ts migration = localToUtc(w.cutover, 0);
    qint64 legacy = 30000;
    w.lastTicketOfCustomer.assign(w.customers.size(), -1);
    for (size_t k = 0; k < w.tickets.size(); ++k) {
        Ticket &x = w.tickets[k];
        if (x.created < migration) {
            legacy += rng.range(1, 3);
            x.legacyId = legacy;
        }
        if (x.customer >= 0)
            w.lastTicketOfCustomer[static_cast<size_t>(x.customer)] = static_cast<int>(k);
    }

    // Messages per ticket, nudged until the total is exact.
    static constexpr int kCountWeights[] = {25, 25, 20, 12, 8, 5, 3, 2};
    qint64 sum = 0;
    for (Ticket &x : w.tickets) {
        x.messages = static_cast<quint8>(x.type == TkOutage ? rng.range(4, 8)
                : x.parent >= 0                             ? rng.range(1, 3)
                                                            : 1 + rng.weighted(kCountWeights));
        sum += x.messages;
    }
    const qint64 n = static_cast<qint64>(w.tickets.size());
    const qint64 target = qBound(n, w.volumes.messages, n * 40);
    while (sum != target) {
        Ticket &x = w.tickets[static_cast<size_t>(rng.below64(n))];
        if (sum > target && x.messages > 1) {
            --x.messages;
            --sum;
        } else if (sum < target && x.messages < 40) {
            ++x.messages;
            ++sum;
        }
    }
    w.volumes.tickets = n;
    w.volumes.messages = target;
}

Status writeTickets(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "tickets-write");
    std::vector<int> children(w.tickets.size(), 0);
    for (const Ticket &x : w.tickets) {
        if (x.parent >= 0)
            ++children[static_cast<size_t>(x.parent)];
    }
    static constexpr const char *kStatus[] = {"open", "in_progress", "waiting", "resolved", "closed"};
    return ctx.copy("tickets",
        "id, code, parent_id, customer_id, location_id, equipment_id, legacy_ticket_id, subject, issue_type, status, "
        "is_important, assigned_staff_id, created_at, updated_at, closed_at",
        static_cast<qint64>(w.tickets.size()), [&](CopyWriter &out, qint64 i) {
            const Ticket &x = w.tickets[static_cast<size_t>(i)];
            const bool outage = x.type == TkOutage;
            out.integer(i + 1);
            out.plain(codeOf("TCK-", i + 1).constData());
            const auto optionalId = [&out](int index) {
                if (index >= 0)
                    out.integer(index + 1);
                else
                    out.null();
            };
            optionalId(x.parent);
            optionalId(x.customer);
            optionalId(outage ? -1 : x.location);
            optionalId(x.equipment);
            if (x.legacyId)
                out.integer(x.legacyId);
            else
                out.null();
            if (outage) {
                const Location &l = w.locations[static_cast<size_t>(x.location)];
                QByteArray subject = "Panne – " + oltName(l.olt) + " port 1/";
                appendInt(subject, l.slot);
                subject += '/';
                appendInt(subject, l.port);
                subject += " (";
                appendInt(subject, children[static_cast<size_t>(i)]);
                subject += " clients)";
                out.text(subject);
            } else {
                out.text(std::string_view(ticketSubject(x.type, x.english, static_cast<int>(rng.below(6)))));
            }
            out.plain(ticketTypeKey(x.type));
            out.plain(kStatus[x.status]);
            out.boolean(x.important);
            if (x.staff >= 0)
                out.integer(w.staff[static_cast<size_t>(x.staff)].id);
            else
                out.null();
            out.timestamp(x.created);
            out.timestamp(x.closed ? x.closed : x.created + rng.range(0, 2 * 86400) / (x.status == TsOpen ? 8 : 1));
            if (x.closed)
                out.timestamp(x.closed);
            else
                out.null();
            out.endRow();
        });
}

Status writeMessages(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "messages");
    const auto staff = staffDefs();
    const auto townList = towns();
    std::vector<int> children(w.tickets.size(), 0);
    for (const Ticket &x : w.tickets) {
        if (x.parent >= 0)
            ++children[static_cast<size_t>(x.parent)];
    }
    const Ts anchorEnd = localToUtc(w.anchor, 18 * 3600);
    static constexpr const char *kChannels[] = {"phone", "email", "portal", "sms"};
    static constexpr int kChannelWeights[] = {35, 35, 20, 10};
    qint64 id = 0;
    QByteArray body;
    MessageContext mc;
    return ctx.copy("ticket_messages",
        "id, ticket_id, author_staff_id, author_name, channel, is_internal, body, created_at",
        static_cast<qint64>(w.tickets.size()), [&](CopyWriter &out, qint64 i) {
            const Ticket &x = w.tickets[static_cast<size_t>(i)];
            const bool outage = x.type == TkOutage;
            const Customer *c = x.customer >= 0 ? &w.customers[static_cast<size_t>(x.customer)] : nullptr;
            const Location &l = w.locations[static_cast<size_t>(x.location >= 0 ? x.location : 0)];
            const int agent = x.staff >= 0 ? x.staff : kSupportFirst + static_cast<int>(i % kSupportCount);
            mc.english = x.english;
            mc.customer = c ? c->firstName : QByteArray();
            mc.staff = firstWord(staff[agent].name);
            mc.address.clear();
            appendInt(mc.address, l.civic);
            mc.address += ' ' + streetName(l) + ", " + townList[l.town].name;
            mc.olt.clear();
            if (l.olt >= 0) {
                mc.olt = oltName(l.olt) + " port 1/";
                appendInt(mc.olt, l.slot);
                mc.olt += '/';
                appendInt(mc.olt, l.port);
            }
            mc.phone = c ? c->phone : QByteArray();
            mc.balance.clear();
            if (c) {
                const qint64 cents = c->balance > 0 ? c->balance : 0;
                if (x.english)
                    mc.balance += '$';
                appendInt(mc.balance, cents / 100);
                mc.balance += x.english ? '.' : ',';
                appendInt(mc.balance, cents % 100, 2);
                if (!x.english)
                    mc.balance += " $";
            }
            static constexpr int kPlans[] = {100, 300, 500, 1000, 1500};
            mc.planMbps = kPlans[rng.below(5)];
            mc.affected = children[static_cast<size_t>(i)];
            mc.ticketId = i + 1;
            const int opening = rng.weighted(kChannelWeights);
            const Ts limit = x.closed ? x.closed : anchorEnd;
            Ts at = x.created;
            const bool closing = x.closed != 0 && x.messages > 1;
            for (int k = 0; k < x.messages; ++k) {
                MessageRole role = MsgInternalNote;
                if (outage)
                    role = k == 0 ? MsgOpening : MsgInternalNote; // network team notes only
                else if (k == 0)
                    role = MsgOpening;
                else if (closing && k == x.messages - 1)
                    role = MsgClosing;
                else if (k % 2 == 1)
                    role = rng.chance(200) ? MsgInternalNote : MsgStaffReply;
                else
                    role = rng.chance(300) ? MsgInternalNote : MsgCustomerFollowUp;
                if (k > 0)
                    at = qMin(limit, at + (outage ? rng.range(600, 5400) : rng.range(600, 36 * 3600)));
                at = qMax(at, x.created);
                mc.when = at;
                const bool internal = outage || role == MsgInternalNote;
                const bool fromCustomer = !outage && (role == MsgOpening || role == MsgCustomerFollowUp);
                const bool loggedCall = !outage && role == MsgOpening && opening == 0;
                out.integer(++id);
                out.integer(i + 1);
                if (fromCustomer && !loggedCall) {
                    out.null();
                    out.text(c->displayName);
                } else {
                    out.integer(w.staff[static_cast<size_t>(agent)].id);
                    out.text(std::string_view(staff[agent].name));
                }
                if (internal)
                    out.plain("note");
                else if (role == MsgOpening || role == MsgCustomerFollowUp)
                    out.plain(kChannels[opening]);
                else
                    out.plain(c && !c->email.isEmpty() ? "email" : "sms");
                out.boolean(internal);
                body.clear();
                if (loggedCall)
                    body += x.english ? "Incoming call: " : "Appel entrant : ";
                appendMessage(body, rng, x.type, role, mc);
                out.text(body);
                out.timestamp(at);
                out.endRow();
            }
        });
}

} // namespace ops::demo
