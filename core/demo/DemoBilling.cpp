// Monthly invoices with their lines and Quebec taxes (GST 5 % and QST 9.975 %, each on the pre-tax amount, integer
// cents, half rounded up).

#include "core/common/Money.h"
#include "core/db/PgConnection.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoStages.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

constexpr const char *kGstNumber = "784512369 RT0001";
constexpr const char *kQstNumber = "1220456789 TQ0001";
constexpr int kGstPpm = 50000;
constexpr int kQstPpm = 99750;
constexpr int kDueDays = 21;

} // namespace

void planInvoices(World &w)
{
    Rng rng(w.seed, "invoices");
    const auto itemList = items();
    const size_t n = w.customers.size();

    // Who will owe money: a few active customers in arrears, suspended ones, some terminated accounts in collection.
    for (Customer &c : w.customers) {
        if (c.status == CustSuspended)
            c.unpaidFrom = qMax(c.startMonth, w.lastMonth - rng.range(2, 5));
        else if (c.status == CustActive && !c.ppa && rng.chance(60))
            c.unpaidFrom = qMax(c.startMonth, w.lastMonth - rng.range(1, 3));
        else if (c.status == CustTerminated && rng.chance(100))
            c.unpaidFrom = qMax(c.startMonth, c.endMonth - rng.range(0, 1));
    }

    std::vector<int> first(n + 1, 0);
    for (const Subscription &s : w.subscriptions)
        ++first[static_cast<size_t>(s.customer) + 1];
    for (size_t i = 0; i < n; ++i)
        first[i + 1] += first[i];
    std::vector<int> bySub(w.subscriptions.size());
    {
        std::vector<int> fill(first.begin(), first.end() - 1);
        for (size_t s = 0; s < w.subscriptions.size(); ++s)
            bySub[static_cast<size_t>(fill[static_cast<size_t>(w.subscriptions[s].customer)]++)] = static_cast<int>(s);
    }

    const int feeInstall = itemIndex("FEE-INSTALL");
    const int feeActivation = itemIndex("FEE-ACTIVATION");
    const int feeTruck = itemIndex("FEE-TRUCK");
    const int feeLate = itemIndex("FEE-LATE");
    const int feePaper = itemIndex("FEE-PAPER");
    const int outageCredit = itemIndex("DSC-OUTAGE");
    const Day windowStart = firstDayOfMonth(w.firstMonth);

    w.invoices.reserve(static_cast<size_t>(w.volumes.invoices));
    w.lines.reserve(static_cast<size_t>(w.volumes.invoices) * 3);
    std::vector<InvoiceLine> discounts;
    for (int m = w.firstMonth; m <= w.lastMonth; ++m) {
        for (size_t ci = 0; ci < n; ++ci) {
            const Customer &c = w.customers[ci];
            if (m < c.startMonth || m > c.endMonth)
                continue;
            Invoice inv;
            inv.customer = static_cast<int>(ci);
            inv.month = m;
            inv.firstLine = static_cast<int>(w.lines.size());
            qint64 positive = 0;
            discounts.clear();
            for (int k = first[ci]; k < first[ci + 1]; ++k) {
                const int si = bySub[static_cast<size_t>(k)];
                const Subscription &s = w.subscriptions[static_cast<size_t>(si)];
                if (m < s.startMonth || m > s.endMonth)
                    continue;
                const InvoiceLine line{s.item, si, s.quantity, s.price};
                if (s.price < 0) {
                    discounts.push_back(line);
                    continue;
                }
                w.lines.push_back(line);
                positive += s.price * s.quantity;
                // One-time fees on the first invoice of a new installation.
                if (s.startMonth == m && s.start >= windowStart && itemList[s.item].downMbps > 0) {
                    const int r = static_cast<int>(rng.below(100));
                    const int fee = r < 40 ? feeInstall : r < 70 ? feeActivation : -1;
                    if (fee >= 0) {
                        w.lines.push_back({fee, -1, 1, itemList[fee].priceCents});
                        positive += itemList[fee].priceCents;
                    }
                }
            }
            if (m > c.unpaidFrom) {
                w.lines.push_back({feeLate, -1, 1, itemList[feeLate].priceCents});
                positive += itemList[feeLate].priceCents;
            }
            if (c.method == PayCheque && ci % 3 == 0) {
                w.lines.push_back({feePaper, -1, 1, itemList[feePaper].priceCents});
                positive += itemList[feePaper].priceCents;
            }
            if (rng.chance(15)) {
                w.lines.push_back({feeTruck, -1, 1, itemList[feeTruck].priceCents});
                positive += itemList[feeTruck].priceCents;
            }
            if (rng.chance(5))
                discounts.push_back({outageCredit, -1, 1, itemList[outageCredit].priceCents});
            // Discounts never take an invoice below half of its charges.
            qint64 subtotal = positive;
            for (const InvoiceLine &d : discounts) {
                const qint64 amount = d.unitPrice * d.quantity;
                if ((subtotal + amount) * 2 < positive)
                    continue;
                w.lines.push_back(d);
                subtotal += amount;
            }
            inv.lineCount = static_cast<int>(w.lines.size()) - inv.firstLine;
            inv.subtotal = subtotal;
            inv.gst = Money::fromCents(subtotal).applyRate(kGstRatePer100k).cents();
            inv.qst = Money::fromCents(subtotal).applyRate(kQstRatePer100k).cents();
            inv.total = inv.subtotal + inv.gst + inv.qst;
            w.invoices.push_back(inv);
        }
    }
    w.volumes.invoices = static_cast<qint64>(w.invoices.size());
}

Status writeInvoices(SeedContext &ctx)
{
    World &w = ctx.w;
    const auto itemList = items();
    QByteArray run;
    Status s = ctx.copy("invoices",
        "id, code, customer_id, period_start, period_end, issue_date, due_date, language, subtotal_cents, gst_cents, "
        "qst_cents, total_cents, paid_cents, status, billing_run, created_at, updated_at",
        static_cast<qint64>(w.invoices.size()), [&](CopyWriter &out, qint64 i) {
            const Invoice &inv = w.invoices[static_cast<size_t>(i)];
            const Customer &c = w.customers[static_cast<size_t>(inv.customer)];
            const Day issue = firstDayOfMonth(inv.month);
            out.integer(i + 1);
            out.plain(codeOf("INV-", i + 1).constData());
            out.integer(inv.customer + 1);
            out.date(issue);
            out.date(issue + daysInMonth(inv.month) - 1);
            out.date(issue);
            out.date(issue + kDueDays);
            out.plain(c.english ? "en" : "fr");
            out.integer(inv.subtotal);
            out.integer(inv.gst);
            out.integer(inv.qst);
            out.integer(inv.total);
            out.integer(inv.paid);
            out.plain(inv.status == InvPaid ? "paid" : inv.status == InvPartial ? "partially_paid" : "issued");
            run = "RUN-";
            appendInt(run, inv.month / 12, 4);
            run += '-';
            appendInt(run, inv.month % 12 + 1, 2);
            out.plain(run.constData());
            const Ts created = localToUtc(issue, 3 * 3600 + static_cast<int>(i % 3600));
            out.timestamp(created);
            out.timestamp(qMax(created, inv.lastPaid));
            out.endRow();
        });
    if (!s.ok())
        return s;

    ctx.progress.stage("invoice lines");
    qint64 lineId = 0;
    s = ctx.copy("invoice_lines",
        "id, invoice_id, line_no, item_id, subscription_id, description, quantity, unit_price_cents, amount_cents, "
        "taxable",
        static_cast<qint64>(w.invoices.size()), [&](CopyWriter &out, qint64 i) {
            const Invoice &inv = w.invoices[static_cast<size_t>(i)];
            const Customer &c = w.customers[static_cast<size_t>(inv.customer)];
            for (int k = 0; k < inv.lineCount; ++k) {
                const InvoiceLine &line = w.lines[static_cast<size_t>(inv.firstLine + k)];
                const ItemDef &item = itemList[line.item];
                out.integer(++lineId);
                out.integer(i + 1);
                out.integer(k + 1);
                out.integer(line.item + 1);
                if (line.subscription >= 0)
                    out.integer(line.subscription + 1);
                else
                    out.null();
                if (line.subscription >= 0 && c.locationCount > 1) {
                    const Subscription &sub = w.subscriptions[static_cast<size_t>(line.subscription)];
                    const Location &l = w.locations[static_cast<size_t>(sub.location)];
                    QByteArray d(c.english ? item.nameEn : item.nameFr);
                    d += " – ";
                    appendInt(d, l.civic);
                    d += ' ';
                    d += streetName(l);
                    out.text(d);
                } else {
                    out.text(std::string_view(c.english ? item.nameEn : item.nameFr));
                }
                out.integer(line.quantity);
                out.integer(line.unitPrice);
                out.integer(line.unitPrice * line.quantity);
                out.boolean(true);
                out.endRow();
            }
        });
    if (!s.ok())
        return s;

    // The company's billing settings, when nobody has filled them in yet: the registration numbers and due days the
    // demo invoices carry (a real database keeps its own).
    auto settings = ctx.c.exec(
        "UPDATE billing_settings SET company_name = $1, address_line1 = $2, address_line2 = $3, phone = $4, email = $5,"
        " gst_number = $6, qst_number = $7, due_days = $8, payment_instructions_fr = $9, payment_instructions_en = $10"
        " WHERE company_name = '' AND gst_number = '' AND qst_number = ''",
        db::SqlParams()
            .add("Targo Communications inc.")
            .add("1200, boulevard du Curé-Labelle")
            .add("Saint-Jérôme (Québec)  J7Z 5T4")
            .add("450 555-0100")
            .add("facturation@targo.example")
            .add(kGstNumber)
            .add(kQstNumber)
            .add(kDueDays)
            .add("Paiement préautorisé, carte de crédit, virement Interac à paiements@targo.example ou chèque à "
                 "l’ordre de Targo Communications inc. Indiquez votre numéro de client.")
            .add("Pre-authorized debit, credit card, Interac e-Transfer to paiements@targo.example or cheque payable "
                 "to Targo Communications inc. Quote your customer number."));
    if (!settings.ok())
        return settings.error();

    ctx.progress.stage("invoice taxes");
    return ctx.copy("invoice_taxes", "invoice_id, tax, rate_ppm, base_cents, amount_cents, registration_number",
        static_cast<qint64>(w.invoices.size()), [&](CopyWriter &out, qint64 i) {
            const Invoice &inv = w.invoices[static_cast<size_t>(i)];
            out.integer(i + 1);
            out.plain("GST");
            out.integer(kGstPpm);
            out.integer(inv.subtotal);
            out.integer(inv.gst);
            out.plain(kGstNumber);
            out.endRow();
            out.integer(i + 1);
            out.plain("QST");
            out.integer(kQstPpm);
            out.integer(inv.subtotal);
            out.integer(inv.qst);
            out.plain(kQstNumber);
            out.endRow();
        });
}

} // namespace ops::demo
