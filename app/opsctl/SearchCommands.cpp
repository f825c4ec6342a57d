#include "app/opsctl/SearchCommands.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "app/opsctl/BenchReport.h"
#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/demo/DemoSeeder.h"
#include "core/search/SearchRepository.h"
#include "core/search/TypoDistance.h"

namespace ops {

namespace {
QString kindName(search::HitKind k)
{
    switch (k) {
    case search::HitKind::Customer:
        return QStringLiteral("customer");
    case search::HitKind::Location:
        return QStringLiteral("location");
    case search::HitKind::Equipment:
        break;
    }
    return QStringLiteral("equipment");
}

// Lower-case, without accents: what the search compares.
QString folded(const QString &w)
{
    QString out;
    for (const QChar ch : w.normalized(QString::NormalizationForm_D)) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch.toLower();
    }
    return out;
}

// " les mots pliés " : folded words between single spaces, to look for whole words.
QString spacedWords(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return QLatin1Char(' ') + folded(text).split(sep, Qt::SkipEmptyParts).join(QLatin1Char(' ')) + QLatin1Char(' ');
}

bool lettersOnly(const QString &w)
{
    return !w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar ch) { return ch.isLetter(); });
}

// One random Damerau edit: insertion, deletion, substitution or transposition of two adjacent letters.
QString withEdit(QString w, QRandomGenerator &rng)
{
    const auto letter = [&rng] {
        return QChar(u'a' + static_cast<char16_t>(rng.bounded(26)));
    };
    const int at = int(rng.bounded(int(w.size())));
    switch (rng.bounded(4)) {
    case 0:
        w.insert(int(rng.bounded(int(w.size()) + 1)), letter());
        break;
    case 1:
        w.remove(at, 1);
        break;
    case 2: {
        QChar c = letter();
        while (c == w.at(at))
            c = letter();
        w[at] = c;
        break;
    }
    default:
        if (w.size() >= 2) {
            const int i = std::min(at, int(w.size()) - 2);
            std::swap(w[i], w[i + 1]);
        }
        break;
    }
    return w;
}

struct TypoQuery
{
    QString text;
    search::SearchProbe probe;
};

// The typo query set, built from the database itself: real names, streets and towns with random Damerau edits
// within the typo budget of the typed word (1 from 5 letters, 2 from 9) and random accent drops. Deterministic
// for a given seed and database.
QList<TypoQuery> typoQueries(const QList<search::SearchProbe> &probes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<TypoQuery> out;
    for (const search::SearchProbe &p : probes) {
        QList<int> eligible;
        for (int i = 0; i < p.words.size(); ++i) {
            if (lettersOnly(p.words.at(i)) && folded(p.words.at(i)).size() >= 5)
                eligible << i;
        }
        if (eligible.isEmpty())
            continue;
        const int target = eligible.at(int(rng.bounded(int(eligible.size()))));
        QStringList typed;
        for (int i = 0; i < p.words.size(); ++i) {
            const QString &w = p.words.at(i);
            // A lost accent is no typo: half the words lose theirs, half are lower-cased.
            QString t = rng.bounded(2) ? folded(w) : w;
            if (rng.bounded(2))
                t = t.toLower();
            if (i == target) {
                const QString clean = folded(w);
                for (int attempt = 0; attempt < 50; ++attempt) {
                    QString candidate = folded(t);
                    const int edits = 1 + int(rng.bounded(search::typoBudget(clean.size())));
                    for (int e = 0; e < edits; ++e)
                        candidate = withEdit(candidate, rng);
                    const int budget = search::typoBudget(candidate.size());
                    const int d = search::osaDistance(candidate, clean, budget);
                    if (d >= 1 && d <= budget) {
                        t = candidate;
                        break;
                    }
                }
            }
            typed << t;
        }
        if (typed.at(target) == p.words.at(target) || folded(typed.at(target)) == folded(p.words.at(target)))
            continue; // no valid typo found for this word
        out << TypoQuery{typed.join(QLatin1Char(' ')), p};
    }
    return out;
}

int benchSearch(QStringList args, CommandContext &ctx)
{
    const QString file = takeOption(args, QStringLiteral("--queries"));
    const int rounds = takeOption(args, QStringLiteral("--rounds"), QStringLiteral("20")).toInt();
    const int typoCount = takeOption(args, QStringLiteral("--typo-queries"), QStringLiteral("60")).toInt();
    const quint32 seed = takeOption(args, QStringLiteral("--seed"), QStringLiteral("42")).toUInt();
    if (file.isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("opsctl", "bench search needs --queries FILE (one query a line)"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return usageError(ctx, QCoreApplication::translate("opsctl", "cannot read %1").arg(file));
    QStringList queries;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            queries << line;
    }
    if (queries.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "%1 holds no query").arg(file));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    search::SearchRepository repo(*c.value());
    for (const QString &q : std::as_const(queries)) // warm-up round, not measured
        (void)repo.find(q);
    std::vector<double> ms;
    std::vector<std::pair<double, QString>> slowest;
    qint64 empty = 0;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        for (const QString &q : std::as_const(queries)) {
            QElapsedTimer t;
            t.start();
            auto res = repo.find(q);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            slowest.emplace_back(ms.back(), q);
            if (!res.ok())
                return fail(ctx, res.error());
            if (r == 0 && res.value().hits.isEmpty())
                ++empty;
        }
    }
    // The slowest queries, to tell where time goes (stderr: not part of the JSON).
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
        ctx.err << QCoreApplication::translate("opsctl", "slow: %1 ms  %2")
                       .arg(slowest[i].first, 0, 'f', 1)
                       .arg(slowest[i].second.left(60))
                << Qt::endl;
    writeBenchEntry(ctx, QStringLiteral("search.json"), QStringLiteral("search_query_to_results"), QStringLiteral("ms"),
        ms, 50,
        {{QStringLiteral("queries"), static_cast<qint64>(queries.size())}, {QStringLiteral("rounds"), rounds},
            {QStringLiteral("queries_without_results"), empty}});

    // Typo set: recall@3 (the intended thing, or one with the very same title, among the first three; for a surname
    // alone, any customer of that name) and latency.
    auto probes = repo.sampleProbes(std::max(typoCount, 0));
    if (!probes.ok())
        return fail(ctx, probes.error());
    const QList<TypoQuery> typos = typoQueries(probes.value(), seed);
    if (typos.isEmpty()) {
        ctx.err << QCoreApplication::translate("opsctl", "no typo query could be built (empty database?)") << Qt::endl;
        return 0;
    }
    for (const TypoQuery &q : typos) // warm-up
        (void)repo.find(q.text);
    std::vector<double> typoMs;
    qint64 found1 = 0;
    qint64 found3 = 0;
    qint64 marked = 0;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        for (const TypoQuery &q : typos) {
            QElapsedTimer t;
            t.start();
            auto res = repo.find(q.text);
            typoMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (!res.ok())
                return fail(ctx, res.error());
            if (r != 0)
                continue;
            const auto &hits = res.value().hits;
            int at = -1;
            for (int i = 0; i < std::min<int>(3, int(hits.size())); ++i) {
                const auto &h = hits.at(i);
                if (h.kind == q.probe.kind
                    && (h.entityId == q.probe.entityId || h.title == q.probe.title
                        || (!q.probe.titleWord.isEmpty()
                            && spacedWords(h.title).contains(spacedWords(q.probe.titleWord))))) {
                    at = i;
                    break;
                }
            }
            if (at == 0)
                ++found1;
            if (at >= 0) {
                ++found3;
                marked += hits.at(at).typos > 0 ? 1 : 0;
            } else {
                ctx.err
                    << QCoreApplication::translate("opsctl", "typo miss: %1  (wanted %2)").arg(q.text, q.probe.title)
                    << Qt::endl;
            }
        }
    }
    const double n = static_cast<double>(typos.size());
    const double recall3 = 100.0 * static_cast<double>(found3) / n;
    writeBenchEntry(ctx, QStringLiteral("search-typos.json"), QStringLiteral("search_typo_query_to_results"),
        QStringLiteral("ms"), typoMs, 50,
        {{QStringLiteral("queries"), static_cast<qint64>(typos.size())}, {QStringLiteral("rounds"), rounds},
            {QStringLiteral("seed"), static_cast<qint64>(seed)},
            {QStringLiteral("recall_at_3"), qRound64(recall3 * 10) / 10.0}});
    writeBenchEntry(ctx, QStringLiteral("search-typos-recall.json"), QStringLiteral("search_typo_recall_at_3"),
        QStringLiteral("%"), {recall3}, 90,
        {{QStringLiteral("better"), QStringLiteral("higher")}, {QStringLiteral("pass"), recall3 >= 90},
            {QStringLiteral("runs"), static_cast<qint64>(typos.size())},
            {QStringLiteral("recall_at_1"), qRound64(1000.0 * static_cast<double>(found1) / n) / 10.0},
            {QStringLiteral("found_marked_as_typo"), marked}, {QStringLiteral("seed"), static_cast<qint64>(seed)}});
    return 0;
}

int benchSeed(QStringList args, CommandContext &ctx)
{
    const double scale = takeOption(args, QStringLiteral("--scale"), QStringLiteral("1")).toDouble();
    const int runs = takeOption(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    std::vector<double> secs;
    for (int r = 0; r < std::max(runs, 1); ++r) {
        auto c = ctx.connect(true);
        if (!c.ok())
            return fail(ctx, c.error());
        demo::DemoOptions o;
        o.scale = scale;
        o.replace = true;
        QElapsedTimer t;
        t.start();
        auto rep = demo::DemoSeeder(*c.value(), o).run();
        if (!rep.ok())
            return fail(ctx, rep.error());
        secs.push_back(static_cast<double>(t.elapsed()) / 1000.0);
        ctx.err << QCoreApplication::translate("opsctl", "run %1: %2 s").arg(r + 1).arg(secs.back(), 0, 'f', 1)
                << Qt::endl;
    }
    writeBenchEntry(ctx, QStringLiteral("seed.json"), QStringLiteral("demo_seed_s1"), QStringLiteral("s"), secs, 45,
        {{QStringLiteral("scale"), scale}});
    return 0;
}
} // namespace

int runSearchCommand(QStringList args, CommandContext &ctx)
{
    const int limit = takeOption(args, QStringLiteral("--limit"), QStringLiteral("20")).toInt();
    if (args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "search needs a text"));
    const QString text = args.join(QLatin1Char(' '));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto res = search::SearchRepository(*c.value()).find(text, limit);
    if (!res.ok())
        return fail(ctx, res.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const auto &h : res.value().hits) {
            arr.append(QJsonObject{{QStringLiteral("kind"), kindName(h.kind)}, {QStringLiteral("id"), h.entityId},
                {QStringLiteral("customerId"), h.customerId}, {QStringLiteral("code"), h.code},
                {QStringLiteral("title"), h.title}, {QStringLiteral("subtitle"), h.subtitle},
                {QStringLiteral("status"), h.status}, {QStringLiteral("rank"), h.rank},
                {QStringLiteral("typos"), h.typos}});
        }
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (res.value().hits.isEmpty()) {
        ctx.out << QCoreApplication::translate("opsctl", "No results for \"%1\".").arg(text) << Qt::endl;
        return 0;
    }
    for (const auto &h : res.value().hits) {
        ctx.out << h.code.leftJustified(12) << QLatin1Char(' ') << h.title << QStringLiteral("  —  ") << h.subtitle;
        if (h.typos > 0)
            ctx.out << QStringLiteral("  ") << QCoreApplication::translate("opsctl", "≈ close match");
        ctx.out << Qt::endl;
    }
    return 0;
}

int runBenchCommand(QStringList args, CommandContext &ctx)
{
    if (args.isEmpty())
        return usageError(ctx, QCoreApplication::translate("opsctl", "bench needs a subcommand: search or seed"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("search"))
        return benchSearch(args, ctx);
    if (sub == QLatin1String("seed"))
        return benchSeed(args, ctx);
    return usageError(ctx, QCoreApplication::translate("opsctl", "unknown bench subcommand: %1").arg(sub));
}

} // namespace ops
