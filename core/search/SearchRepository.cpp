#include "core/search/SearchRepository.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QRegularExpression>

#include "core/db/PgConnection.h"
#include "core/search/TypoDistance.h"

namespace ops::search {

namespace {
constexpr int kMaxTokens = 6;
constexpr int kMaxTypoWordsPerToken = 12;
constexpr int kTypoScale = 10; // typo scores: typos * 10, + 1 when only a prefix of the word matched
constexpr int kNoMatch = 999; // a word that matches neither exactly nor through a neighbour

// Normalises the way ops_norm() does in SQL closely enough to split words; SQL does the real normalisation.
QStringList tokensOf(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList t = text.split(sep, Qt::SkipEmptyParts);
    if (t.size() > kMaxTokens)
        t = t.mid(0, kMaxTokens);
    return t;
}

// LIKE pattern text: % and _ and \ are literal (the normaliser removes them anyway; this is the second guard).
QString likeEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

// A PostgreSQL array literal; every element quoted.
QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (QString s : items) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        s.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool mayHaveTypos(const QString &token)
{
    if (token.size() < 5)
        return false;
    return std::none_of(token.begin(), token.end(), [](QChar ch) { return ch.isDigit(); });
}

// The vocabulary words a query word may have meant, with their typo count.
struct TypoWords
{
    QStringList words;
    QStringList scores; // typos * kTypoScale (+ 1 for a prefix match)
};

// Round trip 1: for each query word of 5+ letters (no digits), the vocabulary words within its typo budget. SQL
// pre-filters by length and Levenshtein <= 2 x budget (a transposition costs 2 there), which never drops a word
// within the Damerau budget; the exact Damerau (OSA) check runs here. The last word may be unfinished, so it is
// also compared with the start of longer words (those with the same first letter: a scan of the whole vocabulary
// per keystroke would cost too much).
Result<std::vector<TypoWords>> typoWordsFor(db::PgConnection &c, const QStringList &tokens)
{
    std::vector<TypoWords> out(tokens.size());
    QStringList eligible;
    for (const QString &t : tokens)
        eligible << (mayHaveTypos(t) ? t : QString());
    if (std::all_of(eligible.begin(), eligible.end(), [](const QString &t) { return t.isEmpty(); }))
        return out;
    // Materialised: ops_norm() (unaccent + regexp) must run once per word, not once per vocabulary row.
    auto r = c.exec(
        "WITH q AS MATERIALIZED (SELECT i::int AS i, ops_norm(x) AS t FROM unnest($1::text[]) WITH ORDINALITY u(x, i))"
        " SELECT q.i, q.t, v.word, v.freq FROM q"
        " CROSS JOIN LATERAL (SELECT CASE WHEN length(q.t) >= 9 THEN 2 ELSE 1 END AS k) b"
        " JOIN LATERAL ("
        "  SELECT v.word, v.freq FROM search_vocab v"
        "  WHERE length(q.t) >= 5 AND q.t ~ '^[^0-9 ]+$' AND v.word <> q.t"
        "   AND ((length(v.word) BETWEEN length(q.t) - b.k AND length(q.t) + b.k"
        "         AND levenshtein_less_equal(v.word, q.t, 2 * b.k) <= 2 * b.k)"
        "     OR (q.i = $2 AND length(v.word) > length(q.t) - b.k AND left(v.word, 1) = left(q.t, 1)"
        "         AND levenshtein_less_equal(left(v.word, length(q.t)), q.t, 3 * b.k) <= 3 * b.k))"
        " ) v ON true",
        db::SqlParams().add(arrayLiteral(eligible)).add(int(tokens.size())));
    if (!r.ok())
        return r.error();
    struct Candidate
    {
        QString word;
        int score; // typos * kTypoScale, + 1 when only the start of the word matches
        int freq;
    };
    std::vector<std::vector<Candidate>> found(tokens.size());
    const db::PgResult &res = r.value();
    for (int row = 0; row < res.rows(); ++row) {
        const int i = res.int32(row, 0) - 1;
        if (i < 0 || i >= int(tokens.size()))
            continue;
        const QString t = res.text(row, 1);
        const QString w = res.text(row, 2);
        const int budget = typoBudget(t.size());
        const int whole = osaDistance(t, w, budget);
        const int d = i == int(tokens.size()) - 1 ? std::min(whole, osaPrefixDistance(t, w, budget)) : whole;
        // 0: the word itself or an exact prefix, which the exact search finds already. A match of the start of a
        // longer word only ranks after a whole word with as many typos ("tremblya": tremblay before tremblant).
        if (d >= 1 && d <= budget)
            found[i].push_back({w, d * kTypoScale + (whole > d ? 1 : 0), res.int32(row, 3)});
    }
    for (size_t i = 0; i < found.size(); ++i) {
        auto &f = found[i];
        std::sort(f.begin(), f.end(), [](const Candidate &a, const Candidate &b) {
            return a.score != b.score ? a.score < b.score : a.freq != b.freq ? a.freq > b.freq : a.word < b.word;
        });
        if (f.size() > size_t(kMaxTypoWordsPerToken))
            f.resize(kMaxTypoWordsPerToken);
        for (const Candidate &cand : f) {
            out[i].words << cand.word;
            out[i].scores << QString::number(cand.score);
        }
    }
    return out;
}
} // namespace

namespace {
Result<QList<SearchHit>> runFind(db::PgConnection &c, const QString &text, const QStringList &tokens,
    const std::vector<TypoWords> &typoWords, int limit);
} // namespace

SearchRepository::SearchRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<SearchResults> SearchRepository::find(const QString &rawText, int limit)
{
    QElapsedTimer timer;
    timer.start();
    SearchResults out;
    out.query = rawText.left(kMaxQueryLength);
    // Drop control characters and unpaired surrogates that a paste can carry.
    QString text;
    text.reserve(out.query.size());
    for (int i = 0; i < out.query.size(); ++i) {
        const QChar ch = out.query.at(i);
        if (ch.isHighSurrogate() && i + 1 < out.query.size() && out.query.at(i + 1).isLowSurrogate()) {
            text += ch;
            text += out.query.at(++i);
        } else if (!ch.isSurrogate() && ch.category() != QChar::Other_Control) {
            text += ch;
        }
    }
    const QStringList tokens = tokensOf(text);
    if (tokens.isEmpty()) {
        out.elapsedUs = timer.nsecsElapsed() / 1000;
        return out;
    }
    limit = std::clamp(limit, 1, 200);
    // One query without typos first (most searches end there); typo neighbours only when it leaves room, as in
    // Meilisearch's bucket sort, and never after an exact key.
    auto first = runFind(m_c, text, tokens, std::vector<TypoWords>(tokens.size()), limit);
    if (!first.ok())
        return first.error();
    out.hits = std::move(first).value();
    const bool exactKey = !out.hits.isEmpty() && out.hits.first().rank == 0;
    if (!exactKey && out.hits.size() < limit && std::any_of(tokens.begin(), tokens.end(), mayHaveTypos)) {
        auto typoWords = typoWordsFor(m_c, tokens);
        if (!typoWords.ok())
            return typoWords.error();
        if (std::any_of(typoWords.value().begin(), typoWords.value().end(),
                [](const TypoWords &w) { return !w.words.isEmpty(); })) {
            auto second = runFind(m_c, text, tokens, typoWords.value(), limit);
            if (!second.ok())
                return second.error();
            out.hits = std::move(second).value();
        }
    }
    out.elapsedUs = timer.nsecsElapsed() / 1000;
    return out;
}

namespace {
Result<QList<SearchHit>> runFind(db::PgConnection &c, const QString &text, const QStringList &tokens,
    const std::vector<TypoWords> &typoWords, int limit)
{
    const bool anyTypoWords =
        std::any_of(typoWords.begin(), typoWords.end(), [](const TypoWords &w) { return !w.words.isEmpty(); });

    // Tokens are normalised in SQL (ops_norm) and matched as substrings: every word must appear (AND). The SQL text
    // is built from a fixed template with placeholders per word; values always travel as parameters.
    db::SqlParams p;
    p.add(text); // $1 raw text
    p.add(limit); // $2
    int next = 3;
    QString tokenConds;
    QString typoConds;
    QStringList typoCounts;
    for (int i = 0; i < tokens.size(); ++i) {
        p.add(likeEscaped(tokens.at(i)));
        QString exact = QStringLiteral("s.terms LIKE '%' || ops_norm($%1) || '%'").arg(next++);
        // Quebec place names: "St-Édouard", "Ste-Adèle" are typed for Saint-Édouard, Sainte-Adèle.
        const QString lower = tokens.at(i).toLower();
        if (lower == QLatin1String("st") || lower == QLatin1String("ste")) {
            p.add(lower == QLatin1String("st") ? QStringLiteral("%saint%") : QStringLiteral("%sainte%"));
            exact = QStringLiteral("(%1 OR s.terms LIKE $%2)").arg(exact).arg(next++);
        }
        tokenConds += QStringLiteral(" AND ") + exact;
        if (!anyTypoWords)
            continue;
        // A word matches exactly (0 typos) or as one of its accepted neighbours (whole words of terms).
        const TypoWords &tw = typoWords.at(i);
        QStringList patterns;
        for (const QString &w : tw.words)
            patterns << QLatin1Char('%') + w + QLatin1Char('%');
        p.add(arrayLiteral(patterns));
        p.add(arrayLiteral(tw.words));
        p.add(arrayLiteral(tw.scores));
        typoConds += QStringLiteral(" AND (%1 OR s.terms LIKE ANY ($%2::text[]))").arg(exact).arg(next);
        typoCounts << QStringLiteral("CASE WHEN %1 THEN 0 ELSE coalesce((SELECT min(a.d) FROM unnest($%2::text[],"
                                     " $%3::int[]) a(w, d) WHERE ' ' || s.terms || ' ' LIKE '% ' || a.w || ' %'),"
                                     " %4) END")
                          .arg(exact)
                          .arg(next + 1)
                          .arg(next + 2)
                          .arg(kNoMatch);
        next += 3;
    }
    // Documents that need typos: every word matches, at least one only through a neighbour. Fewest typos first.
    // As in Meilisearch's bucket sort, the typo bucket is only explored when the exact ones leave room.
    const QString typoPart = anyTypoWords
        ? QStringLiteral("  UNION ALL"
                         "  (SELECT x.* FROM (SELECT s.*, 5 AS rank, %1 AS typos FROM search_doc s"
                         "     WHERE NOT EXISTS (SELECT 1 FROM ex)"
                         "       AND (SELECT count(*) FROM (SELECT 1 FROM tok LIMIT $2) z) < $2 %2) x, q"
                         "   WHERE x.typos BETWEEN 1 AND %3"
                         "   ORDER BY x.typos, word_similarity(q.t, ops_norm(x.title)) DESC LIMIT 300)")
              .arg(typoCounts.join(QStringLiteral(" + ")), typoConds, QString::number(kNoMatch - 1))
        : QString();
    const QString sql = QStringLiteral(
        "WITH q AS MATERIALIZED ("
        "  SELECT ops_norm($1) AS t, ops_key($1) AS k, ops_phone_key($1) AS d, lower(btrim($1)) AS e),"
        // An exact key (code, phone, e-mail, serial, MAC, legacy id) answers the question: the word and digit
        // searches run only without one.
        " ex AS MATERIALIZED ("
        "  SELECT s.*, 0 AS rank, 0 AS typos FROM search_doc s, q WHERE q.k <> ''"
        "    AND s.keys && ARRAY[nullif(q.k, ''), nullif(q.d, ''), nullif(q.e, '')]),"
        " tok AS MATERIALIZED ("
        "  SELECT s.*, 4 AS rank, 0 AS typos FROM search_doc s, q WHERE q.t <> '' AND NOT EXISTS (SELECT 1 FROM ex)"
        "   %1 LIMIT 500),"
        " cand AS ("
        "  SELECT * FROM ex"
        "  UNION ALL"
        "  SELECT * FROM tok"
        "  UNION ALL"
        "  SELECT s.*, 4, 0 FROM search_doc s, q WHERE length(q.d) >= 4 AND length(q.d) * 2 >= length(q.k)"
        "    AND NOT EXISTS (SELECT 1 FROM ex)"
        "    AND s.digits LIKE '%' || q.d || '%'"
        "  %2"
        " ), best AS ("
        "  SELECT DISTINCT ON (kind, entity_id) cand.*,"
        "    CASE WHEN rank BETWEEN 1 AND 4 AND ops_key(code) LIKE q.k || '%' AND q.k ~ '[0-9]' THEN 1"
        "         WHEN rank BETWEEN 1 AND 4 AND ops_norm(title) LIKE q.t || '%' THEN 2"
        "         WHEN rank BETWEEN 1 AND 4 AND ' ' || ops_norm(title) LIKE '% ' || q.t || '%' THEN 3"
        "         ELSE rank END AS r,"
        // Typo hits: the ones whose title (the name, the address) holds the words come first.
        "    CASE WHEN typos > 0 THEN word_similarity(q.t, ops_norm(title)) ELSE word_similarity(q.t, terms) END"
        "      AS sim,"
        // Exact before prefix: the text as whole words ("marchetti" before "marchettiano").
        "    ' ' || terms || ' ' LIKE '% ' || q.t || ' %' AS whole"
        "  FROM cand, q ORDER BY kind, entity_id, rank, typos)"
        " SELECT kind, entity_id, coalesce(customer_id, 0), code, title, subtitle, status, r, sim, typos / %3"
        " FROM best ORDER BY r, typos, whole DESC, sim DESC, kind, title LIMIT $2")
                            .arg(tokenConds, typoPart, QString::number(kTypoScale));
    auto r = c.exec(sql, p);
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    QList<SearchHit> hits;
    hits.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i) {
        SearchHit h;
        h.kind = static_cast<HitKind>(res.int32(i, 0));
        h.entityId = res.int64(i, 1);
        h.customerId = res.int64(i, 2);
        h.code = res.text(i, 3);
        h.title = res.text(i, 4);
        h.subtitle = res.text(i, 5);
        h.status = res.text(i, 6);
        h.rank = res.int32(i, 7);
        h.score = res.real(i, 8);
        h.typos = res.int32(i, 9);
        hits << h;
    }
    return hits;
}
} // namespace

Result<QList<SearchProbe>> SearchRepository::sampleProbes(int count, int step)
{
    auto r =
        m_c.exec("(SELECT 1, id, display_name, concat_ws(' ', first_name, last_name), false FROM customers"
                 "  WHERE last_name IS NOT NULL AND first_name IS NOT NULL AND id % $2 = 1 ORDER BY id LIMIT $1)"
                 " UNION ALL"
                 " (SELECT 2, l.id, concat_ws(', ', concat_ws(' ', l.civic_number, l.street)"
                 "    || coalesce(' #' || l.unit, ''), l.city), concat_ws(' ', l.civic_number, l.street, l.city), false"
                 "  FROM service_locations l WHERE l.id % $2 = 2 ORDER BY l.id LIMIT $1)"
                 " UNION ALL"
                 " (SELECT 1, id, last_name, last_name, true FROM customers"
                 "  WHERE last_name IS NOT NULL AND id % $2 = 3 ORDER BY id LIMIT $1)",
            db::SqlParams().add(std::max(count, 0)).add(std::max(step, 1)));
    if (!r.ok())
        return r.error();
    QList<SearchProbe> out;
    const db::PgResult &res = r.value();
    for (int i = 0; i < res.rows(); ++i) {
        SearchProbe p;
        p.kind = static_cast<HitKind>(res.int32(i, 0));
        p.entityId = res.int64(i, 1);
        p.title = res.text(i, 2);
        p.words = tokensOf(res.text(i, 3));
        if (res.boolean(i, 4))
            p.titleWord = res.text(i, 3);
        out << p;
    }
    return out;
}

} // namespace ops::search
