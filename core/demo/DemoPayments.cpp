// Payments and their allocations to invoices. Most invoices are paid in full, some customers pay two months at once,
// a few pay in instalments, the current invoice of manual payers is often still open, and the accounts chosen as in
// arrears keep their last invoices unpaid. Invoice paid amounts, statuses and customer balances follow exactly.

#include <algorithm>

#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

enum PayState : quint8
{
    Unpaid,
    Full,
    Partial
};

int payDelay(Rng &rng, const Customer &c)
{
    if (c.ppa)
        return rng.range(1, 3);
    switch (c.method) {
    case PayCard:
        return rng.range(2, 20);
    case PayCheque:
        return rng.range(8, 30);
    case PayCash:
        return rng.range(5, 25);
    default:
        return rng.range(3, 20);
    }
}

int payTime(Rng &rng, quint8 method, bool ppa)
{
    if (ppa)
        return 6 * 3600 + rng.range(0, 3599);
    if (method == PayCheque || method == PayCash)
        return rng.range(9 * 3600, 16 * 3600);
    return rng.range(7 * 3600, 23 * 3600);
}

QByteArray base62(Rng &rng, int n)
{
    static constexpr char kChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out.append(kChars[rng.below(62)]);
    return out;
}

void appendBase62(QByteArray &out, quint32 v, int width)
{
    static constexpr char kChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < width; ++i, v /= 62)
        out.append(kChars[v % 62]);
}

} // namespace

void planPayments(World &w)
{
    Rng rng(w.seed, "payments");
    const size_t ni = w.invoices.size();
    std::vector<quint8> state(ni, Unpaid);
    std::vector<Ts> payAt(ni, 0);
    std::vector<qint64> partialAmount(ni, 0);

    qint64 full = 0, partial = 0;
    for (size_t i = 0; i < ni; ++i) {
        const Invoice &inv = w.invoices[i];
        const Customer &c = w.customers[static_cast<size_t>(inv.customer)];
        const Day issue = firstDayOfMonth(inv.month);
        if (inv.month >= c.unpaidFrom) {
            if (inv.month == c.unpaidFrom && inv.total >= 200 && rng.chance(300)) {
                qint64 amount = inv.total * rng.range(20, 80) / 100 / 100 * 100;
                amount = qBound<qint64>(100, amount, inv.total - 1);
                state[i] = Partial;
                partialAmount[i] = amount;
                payAt[i] = localToUtc(qMin(issue + rng.range(5, 25), w.anchor), payTime(rng, c.method, false));
                ++partial;
            }
            continue;
        }
        const Day day = issue + payDelay(rng, c);
        if (day > w.anchor)
            continue;
        state[i] = Full;
        payAt[i] = localToUtc(day, payTime(rng, c.method, c.ppa));
        ++full;
    }

    // Invoices are month-major; walk them per customer in date order.
    const size_t nc = w.customers.size();
    std::vector<int> first(nc + 1, 0);
    for (const Invoice &inv : w.invoices)
        ++first[static_cast<size_t>(inv.customer) + 1];
    for (size_t c = 0; c < nc; ++c)
        first[c + 1] += first[c];
    std::vector<int> byCustomer(ni);
    {
        std::vector<int> fill(first.begin(), first.end() - 1);
        for (size_t i = 0; i < ni; ++i)
            byCustomer[static_cast<size_t>(fill[static_cast<size_t>(w.invoices[i].customer)]++)] = static_cast<int>(i);
    }
    qint64 eligiblePairs = 0;
    for (size_t c = 0; c < nc; ++c) {
        if (w.customers[c].ppa)
            continue;
        for (int k = first[c] + 1; k < first[c + 1]; ++k)
            eligiblePairs += state[static_cast<size_t>(byCustomer[static_cast<size_t>(k)])] == Full
                && state[static_cast<size_t>(byCustomer[static_cast<size_t>(k) - 1])] == Full;
    }

    // Exact payment count: merge two months into one payment, or split one invoice into two instalments; about 1 %
    // are declined card or debit attempts with no allocation.
    const qint64 target = w.volumes.payments;
    qint64 failed = target / 100;
    qint64 diff = full + partial + failed - target;
    qint64 merges = 0, splits = 0;
    if (diff > 0) {
        merges = qMin(diff, eligiblePairs);
        failed = qMax<qint64>(0, failed - (diff - merges));
    } else if (diff < 0) {
        splits = qMin(-diff, full);
        failed += -diff - splits;
    }
    std::vector<quint8> mergeWithPrevious(ni, 0), split(ni, 0);
    qint64 left = eligiblePairs;
    for (size_t c = 0; c < nc && merges > 0; ++c) {
        if (w.customers[c].ppa)
            continue;
        for (int k = first[c] + 1; k < first[c + 1]; ++k) {
            const auto cur = static_cast<size_t>(byCustomer[static_cast<size_t>(k)]);
            const auto prev = static_cast<size_t>(byCustomer[static_cast<size_t>(k) - 1]);
            if (state[cur] != Full || state[prev] != Full)
                continue;
            if (merges > 0 && rng.below64(left) < merges) {
                mergeWithPrevious[cur] = 1;
                --merges;
            }
            --left;
        }
    }
    left = full;
    for (size_t i = 0; i < ni && splits > 0; ++i) {
        if (state[i] != Full)
            continue;
        if (rng.below64(left) < splits) {
            split[i] = 1;
            --splits;
        }
        --left;
    }

    const auto newPayment = [&w](int customer, Ts at, quint8 method) -> Payment & {
        Payment p;
        p.customer = customer;
        p.at = at;
        p.method = method;
        p.firstAlloc = static_cast<int>(w.allocations.size());
        w.payments.push_back(p);
        return w.payments.back();
    };
    const auto allocate = [&w](Payment &p, int invoice, qint64 amount) {
        w.allocations.push_back({invoice, amount});
        ++p.allocCount;
        p.amount += amount;
    };

    w.payments.reserve(static_cast<size_t>(target));
    for (size_t c = 0; c < nc; ++c) {
        const Customer &cust = w.customers[c];
        int open = -1; // payment still accepting merged invoices
        for (int k = first[c]; k < first[c + 1]; ++k) {
            const int i = byCustomer[static_cast<size_t>(k)];
            const auto ui = static_cast<size_t>(i);
            const Invoice &inv = w.invoices[ui];
            const quint8 method =
                !cust.ppa && rng.chance(80) ? static_cast<quint8>(rng.below(5)) : static_cast<quint8>(cust.method);
            if (state[ui] == Partial) {
                open = -1;
                allocate(newPayment(static_cast<int>(c), payAt[ui], method), i, partialAmount[ui]);
            } else if (state[ui] != Full) {
                open = -1;
            } else if (split[ui]) {
                open = -1;
                const qint64 firstPart = qBound<qint64>(1, inv.total / 2 / 100 * 100, inv.total - 1);
                const Ts earlier = qMax(localToUtc(firstDayOfMonth(inv.month), 12 * 3600),
                    payAt[ui] - static_cast<Ts>(rng.range(3, 10)) * 86400);
                allocate(newPayment(static_cast<int>(c), earlier, method), i, firstPart);
                allocate(newPayment(static_cast<int>(c), payAt[ui], method), i, inv.total - firstPart);
            } else if (mergeWithPrevious[ui] && open >= 0) {
                Payment &p = w.payments[static_cast<size_t>(open)];
                p.at = payAt[ui];
                allocate(p, i, inv.total);
            } else {
                allocate(newPayment(static_cast<int>(c), payAt[ui], method), i, inv.total);
                open = static_cast<int>(w.payments.size()) - 1;
            }
        }
    }
    // Declined attempts: card and debit customers, a day or two before the retry that went through.
    for (qint64 f = 0; f < failed; ++f) {
        size_t c = rng.below(static_cast<quint32>(nc));
        for (int tries = 0; tries < 20 && w.customers[c].method != PayCard && w.customers[c].method != PayPad; ++tries)
            c = rng.below(static_cast<quint32>(nc));
        const int k = rng.range(first[c], first[c + 1] - 1);
        const Invoice &inv = w.invoices[static_cast<size_t>(byCustomer[static_cast<size_t>(k)])];
        Payment &p = newPayment(static_cast<int>(c),
            localToUtc(qMin(firstDayOfMonth(inv.month) + 1, w.anchor), 6 * 3600 + rng.range(0, 3599)),
            w.customers[c].method);
        p.amount = inv.total;
        p.failed = true;
    }
    std::stable_sort(w.payments.begin(), w.payments.end(),
        [](const Payment &a, const Payment &b) { return a.at != b.at ? a.at < b.at : a.customer < b.customer; });
    w.volumes.payments = static_cast<qint64>(w.payments.size());

    for (const Payment &p : w.payments) {
        for (int a = 0; a < p.allocCount; ++a) {
            const Allocation &al = w.allocations[static_cast<size_t>(p.firstAlloc + a)];
            Invoice &inv = w.invoices[static_cast<size_t>(al.invoice)];
            inv.paid += al.amount;
            inv.lastPaid = qMax(inv.lastPaid, p.at);
        }
    }
    for (Invoice &inv : w.invoices) {
        inv.status = inv.paid >= inv.total ? InvPaid : inv.paid > 0 ? InvPartial : InvIssued;
        w.customers[static_cast<size_t>(inv.customer)].balance += inv.total - inv.paid;
    }
}

Status writePayments(SeedContext &ctx)
{
    World &w = ctx.w;
    Rng rng(w.seed, "payments-write");
    const auto townList = towns();
    static constexpr const char *kMethods[] = {"card", "pad", "cheque", "cash", "etransfer"};
    static constexpr const char *kBrands[] = {"Visa", "Mastercard", "Visa", "Amex"};
    static constexpr const char *kBanks[] = {"Desjardins", "Banque Nationale", "RBC", "TD", "BMO", "Scotia"};
    Status s = ctx.copy("payments",
        "id, code, customer_id, received_at, amount_cents, method, reference, status, stripe_payment_intent_id, "
        "stripe_charge_id, created_at, updated_at",
        static_cast<qint64>(w.payments.size()), [&](CopyWriter &out, qint64 i) {
            const Payment &p = w.payments[static_cast<size_t>(i)];
            const Customer &c = w.customers[static_cast<size_t>(p.customer)];
            out.integer(i + 1);
            out.plain(codeOf("PAY-", i + 1).constData());
            out.integer(p.customer + 1);
            out.timestamp(p.at);
            out.integer(p.amount);
            out.plain(kMethods[p.method]);
            QByteArray ref;
            const int last4 = static_cast<int>((static_cast<qint64>(p.customer) * 7919 + 1234) % 10000);
            switch (p.method) {
            case PayCard:
                ref = QByteArray(kBrands[p.customer % 4]) + " ****";
                appendInt(ref, last4, 4);
                break;
            case PayPad:
                ref = QByteArray("Débit préautorisé – ") + kBanks[p.customer % 6];
                break;
            case PayCheque:
                ref = "Chèque n° ";
                appendInt(ref, 100 + (last4 % 400) + rng.range(0, 60));
                break;
            case PayCash:
                ref = QByteArray("Comptoir ") + townList[c.town].name;
                break;
            default:
                ref = "Interac CA" + base62(rng, 8).toUpper();
                break;
            }
            out.text(ref);
            out.plain(p.failed ? "failed" : "succeeded");
            if (p.method == PayCard || p.method == PayPad) {
                QByteArray intent = "pi_3" + base62(rng, 14);
                appendBase62(intent, scramble32(static_cast<quint32>(i), 0x9a7e3c11U), 6);
                out.plain(intent.constData());
                const QByteArray charge = QByteArray(p.method == PayCard ? "ch_3" : "py_3") + base62(rng, 20);
                out.plain(charge.constData());
            } else {
                out.null();
                out.null();
            }
            out.timestamp(p.at);
            out.timestamp(p.at + (p.failed ? 0 : rng.range(0, 120)));
            out.endRow();
        });
    if (!s.ok())
        return s;

    ctx.progress.stage("allocations");
    return ctx.copy("payment_allocations", "payment_id, invoice_id, amount_cents",
        static_cast<qint64>(w.payments.size()), [&](CopyWriter &out, qint64 i) {
            const Payment &p = w.payments[static_cast<size_t>(i)];
            for (int a = 0; a < p.allocCount; ++a) {
                const Allocation &al = w.allocations[static_cast<size_t>(p.firstAlloc + a)];
                out.integer(i + 1);
                out.integer(al.invoice + 1);
                out.integer(al.amount);
                out.endRow();
            }
        });
}

} // namespace ops::demo
