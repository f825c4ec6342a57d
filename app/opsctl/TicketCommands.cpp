#include "app/opsctl/TicketCommands.h"

#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QThreadPool>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/tickets/TicketExport.h"
#include "core/tickets/TicketRepository.h"

namespace ops {

namespace {

using tickets::TicketCursor;
using tickets::TicketFilter;
using tickets::TicketPage;
using tickets::TicketRepository;
using tickets::TicketSort;

constexpr double kFirstPageTargetMs = 50;
constexpr double kFilteredTargetMs = 100;
constexpr double kDeepestFactor = 1.5;

// Runs fetch `runs` times after `warmup` unmeasured runs; milliseconds per run. Stops at the first error.
Result<std::vector<double>> measure(int runs, int warmup, const std::function<Result<TicketPage>(int run)> &fetch)
{
    std::vector<double> ms;
    for (int i = -warmup; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = fetch(i);
        const double elapsed = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!page.ok())
            return page.error();
        if (page.value().roundTrips != 1)
            return Error::internal(QStringLiteral("a ticket page took %1 round trips").arg(page.value().roundTrips));
        if (i >= 0)
            ms.push_back(elapsed);
    }
    return ms;
}

// Peak resident set size of this process (VmHWM, kB); resetPeakRss() restarts it (Linux; 0 elsewhere).
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QJsonObject messageJson(const tickets::TicketMessage &m, const QString &ticketCode)
{
    QJsonObject o{{QStringLiteral("ticket"), ticketCode}, {QStringLiteral("message_id"), m.id},
        {QStringLiteral("channel"), m.channel}, {QStringLiteral("internal"), m.internal},
        {QStringLiteral("author"), m.authorName}};
    if (m.isOutbound()) {
        o.insert(QStringLiteral("outbox_id"), m.outboxId);
        o.insert(QStringLiteral("sent_to"), m.sentTo);
        o.insert(QStringLiteral("delivery"), m.delivery);
        if (!m.subject.isEmpty())
            o.insert(QStringLiteral("subject"), m.subject);
    }
    return o;
}

// tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]: email and sms go to the customer
// through the outbox (the worker sends them), with the senders of the environment (TARGO_MAILJET_FROM_EMAIL,
// TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM).
int runTicketReply(QStringList args, CommandContext &ctx)
{
    const QString code = args.value(0);
    if (code.isEmpty() || code.startsWith(QLatin1String("--")))
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "usage: tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]"));
    args.removeFirst();
    const QString channel = takeOption(args, QStringLiteral("--channel"));
    const QString bodyFile = takeOption(args, QStringLiteral("--body-file"));
    const QString to = takeOption(args, QStringLiteral("--to"));
    const QStringList channels{
        QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("portal"), QStringLiteral("note")};
    if (!channels.contains(channel))
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "tickets reply needs --channel email, sms, portal or note"));
    if (bodyFile.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "tickets reply needs --body-file FILE"));
    if (!to.isEmpty() && channel != QLatin1String("email") && channel != QLatin1String("sms"))
        return usageError(ctx, QCoreApplication::translate("opsctl", "--to is for e-mail and SMS replies"));
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "unknown argument: %1").arg(args.first()));
    QString problem;
    const auto body = readTextFile(bodyFile, TicketRepository::kMaxMessageBytes, &problem);
    if (!body)
        return usageError(ctx, problem);

    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    TicketRepository repo(*c.value());
    auto id = repo.ticketIdByCode(code);
    if (!id.ok())
        return id.error().kind == Error::Kind::NotFound ? usageError(ctx, id.error().userMessage)
                                                        : fail(ctx, id.error());
    Result<tickets::TicketMessage> sent = Error::internal(QStringLiteral("not sent"));
    if (channel == QLatin1String("email") || channel == QLatin1String("sms")) {
        integrations::IntegrationSettings settings;
        settings.applyEnvironment();
        tickets::ReplySender sender;
        sender.mailFrom = settings.provider(QStringLiteral("mailjet")).sender;
        sender.smsAccountSid = settings.provider(QStringLiteral("twilio")).account;
        sender.smsFrom = settings.provider(QStringLiteral("twilio")).sender;
        sent = repo.sendReply(id.value(), {channel, *body, to}, sender);
    } else {
        sent = repo.addMessage(id.value(), *body, channel == QLatin1String("note"));
    }
    if (!sent.ok())
        return sent.error().kind == Error::Kind::Validation ? usageError(ctx, sent.error().userMessage)
                                                            : fail(ctx, sent.error());
    const tickets::TicketMessage &m = sent.value();
    const QString ticketCode = code.trimmed().toUpper();
    if (ctx.json) {
        ctx.out << QJsonDocument(messageJson(m, ticketCode)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (m.isOutbound()) {
        ctx.out << QCoreApplication::translate("opsctl", "%1: reply %2 queued to %3 (outbox %4)")
                       .arg(ticketCode)
                       .arg(m.id)
                       .arg(m.sentTo)
                       .arg(m.outboxId)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "%1: message %2 added").arg(ticketCode).arg(m.id) << Qt::endl;
    }
    return 0;
}

} // namespace

int runTicketCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) == QLatin1String("reply"))
        return runTicketReply(args.mid(1), ctx);
    if (args.value(0) != QLatin1String("export"))
        return usageError(ctx,
            QCoreApplication::translate(
                "opsctl", "usage: tickets export --out FILE [filters] | tickets reply CODE --channel C --body-file F"));
    args.removeFirst();
    tickets::TicketExportOptions o;
    const QString out = takeOption(args, QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "tickets export needs --out FILE"));
    for (QString s; !(s = takeOption(args, QStringLiteral("--status"))).isEmpty();)
        o.filter.statuses += s.split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.filter.issueType = takeOption(args, QStringLiteral("--type"));
    o.filter.importantOnly = takeFlag(args, QStringLiteral("--important"));
    o.filter.text = takeOption(args, QStringLiteral("--text"));
    const QString sort = takeOption(args, QStringLiteral("--sort"), QStringLiteral("created-desc"));
    if (sort == QLatin1String("created-asc"))
        o.sort = TicketSort::CreatedAsc;
    else if (sort == QLatin1String("updated-desc"))
        o.sort = TicketSort::UpdatedDesc;
    else if (sort != QLatin1String("created-desc"))
        return usageError(ctx, QCoreApplication::translate("opsctl", "unknown sort: %1").arg(sort));
    o.maxRows = takeOption(args, QStringLiteral("--max"), QStringLiteral("0")).toLongLong();
    o.csv = csv::CsvOptions::forLocale(QLocale());
    const QString sep = takeOption(args, QStringLiteral("--separator"));
    if (sep.size() == 1)
        o.csv.separator = sep.front();
    else if (!sep.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "the separator is one character"));
    if (!args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "unknown argument: %1").arg(args.first()));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    QThreadPool cpu; // formats the rows while the next page is read
    QElapsedTimer t;
    t.start();
    auto r = tickets::exportTickets(*c.value(), cpu, out, o);
    if (!r.ok())
        return fail(ctx, r.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                                     {QStringLiteral("rows"), r.value().rows},
                                     {QStringLiteral("bytes"), r.value().bytes}, {QStringLiteral("ms"), t.elapsed()}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "%1 tickets written to %2 in %3 s")
                       .arg(r.value().rows)
                       .arg(QFileInfo(out).absoluteFilePath())
                       .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    }
    return 0;
}

int runExportBench(QStringList args, CommandContext &ctx)
{
    constexpr double kTargetMs = 10000;
    constexpr qint64 kSmallRows = 10000;
    const int runs = qMax(1, takeOption(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ctx, Error::internal(QStringLiteral("no temporary folder")));
    const QString path = dir.filePath(QStringLiteral("tickets.csv"));
    tickets::TicketExportOptions o;
    o.csv = csv::CsvOptions::forLocale(QLocale(QLocale::French, QLocale::Canada));

    // Peak RSS of a small export, then of the full ones: flat memory means the two are close.
    tickets::TicketExportOptions small = o;
    small.maxRows = kSmallRows;
    resetPeakRss();
    const qint64 rssBefore = peakRssKb();
    QThreadPool cpu; // formats the rows while the next page is read
    auto warm = tickets::exportTickets(*c.value(), cpu, path, small);
    if (!warm.ok())
        return fail(ctx, warm.error());
    const qint64 rssSmall = peakRssKb();

    resetPeakRss();
    std::vector<double> ms;
    qint64 rows = 0, bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = tickets::exportTickets(*c.value(), cpu, path, o);
        if (!r.ok())
            return fail(ctx, r.error());
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        rows = r.value().rows;
        bytes = r.value().bytes;
        ctx.err << QCoreApplication::translate("opsctl", "run %1: %2 tickets, %3 MB in %4 ms")
                       .arg(i + 1)
                       .arg(rows)
                       .arg(bytes / 1e6, 0, 'f', 1)
                       .arg(ms.back(), 0, 'f', 0)
                << Qt::endl;
    }
    const qint64 rssFull = peakRssKb();
    writeBenchEntry(ctx, QStringLiteral("csv_export_tickets.json"), QStringLiteral("csv_export_tickets"),
        QStringLiteral("ms"), ms, kTargetMs,
        {{QStringLiteral("tickets"), rows}, {QStringLiteral("bytes"), bytes},
            {QStringLiteral("chunk_rows"), o.chunkRows}, {QStringLiteral("rss_start_kb"), rssBefore},
            {QStringLiteral("peak_rss_10k_kb"), rssSmall}, {QStringLiteral("peak_rss_all_kb"), rssFull},
            {QStringLiteral("peak_rss_growth_kb"), rssFull - rssSmall}});
    return 0;
}

int runTicketBench(QStringList args, CommandContext &ctx)
{
    const int runs = qMax(20, takeOption(args, QStringLiteral("--runs"), QStringLiteral("30")).toInt());
    auto c = ctx.connect(true);
    if (!c.ok())
        return fail(ctx, c.error());
    TicketRepository repo(*c.value());
    const QJsonObject onePage{
        {QStringLiteral("page_size"), TicketRepository::kDefaultLimit}, {QStringLiteral("round_trips_per_page"), 1}};

    // First page, no filter.
    auto first = measure(runs, 3, [&](int) { return repo.page({}); });
    if (!first.ok())
        return fail(ctx, first.error());
    const double firstP95 = benchPercentile(first.value(), 0.95);
    writeBenchEntry(ctx, QStringLiteral("tickets_first_page.json"), QStringLiteral("tickets_first_page"),
        QStringLiteral("ms"), first.value(), kFirstPageTargetMs, onePage);

    // Deepest page: walk the whole list once by cursor, then fetch the last page again and again.
    TicketCursor last;
    qint64 pages = 0, rows = 0;
    QElapsedTimer walk;
    walk.start();
    for (TicketCursor cursor;;) {
        auto page = repo.page({}, TicketSort::CreatedDesc, cursor);
        if (!page.ok())
            return fail(ctx, page.error());
        ++pages;
        rows += page.value().rows.size();
        if (!page.value().hasMore)
            break;
        last = cursor = page.value().nextCursor;
    }
    ctx.err << QCoreApplication::translate("opsctl", "walked %1 pages (%2 tickets) in %3 s")
                   .arg(pages)
                   .arg(rows)
                   .arg(walk.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    auto deepest = measure(runs, 3, [&](int) { return repo.page({}, TicketSort::CreatedDesc, last); });
    if (!deepest.ok())
        return fail(ctx, deepest.error());
    QJsonObject deepExtra = onePage;
    deepExtra.insert(QStringLiteral("pages"), pages);
    deepExtra.insert(QStringLiteral("tickets"), rows);
    deepExtra.insert(QStringLiteral("first_page_p95"), qRound64(firstP95 * 100) / 100.0);
    writeBenchEntry(ctx, QStringLiteral("tickets_deepest_page.json"), QStringLiteral("tickets_deepest_page"),
        QStringLiteral("ms"), deepest.value(), kDeepestFactor * firstP95, deepExtra);

    // Filtered first pages: open and important; then texts in subjects and messages, common and rare.
    TicketFilter openImportant;
    openImportant.statuses = {QStringLiteral("open")};
    openImportant.importantOnly = true;
    auto filtered = measure(runs, 3, [&](int) { return repo.page(openImportant); });
    if (!filtered.ok())
        return fail(ctx, filtered.error());
    QJsonObject filterExtra = onePage;
    filterExtra.insert(QStringLiteral("filter"), QStringLiteral("status=open, important"));
    writeBenchEntry(ctx, QStringLiteral("tickets_filtered_page.json"), QStringLiteral("tickets_filtered_page"),
        QStringLiteral("ms"), filtered.value(), kFilteredTargetMs, filterExtra);

    const QStringList texts{QStringLiteral("internet"), QStringLiteral("facture"), QStringLiteral("Canadien"),
        QStringLiteral("remplacé"), QStringLiteral("Wi-Fi"), QStringLiteral("TCK-00042 introuvable")};
    auto text = measure(runs, static_cast<int>(texts.size()), [&](int run) {
        TicketFilter f;
        f.text = texts.at((run + static_cast<int>(texts.size())) % texts.size());
        return repo.page(f);
    });
    if (!text.ok())
        return fail(ctx, text.error());
    QJsonObject textExtra = onePage;
    textExtra.insert(
        QStringLiteral("filter"), QString(QStringLiteral("text in subject or messages: ") + texts.join(u" | ")));
    writeBenchEntry(ctx, QStringLiteral("tickets_text_page.json"), QStringLiteral("tickets_text_filter_page"),
        QStringLiteral("ms"), text.value(), kFilteredTargetMs, textExtra);
    return 0;
}

} // namespace ops
