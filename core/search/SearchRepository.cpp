#include "core/search/SearchRepository.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include "core/db/PgConnection.h"

namespace ops::search {

namespace {
constexpr int kMaxTokens = 6;

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

    // Tokens are normalised in SQL (ops_norm) and matched as substrings: every word must appear (AND). The SQL text
    // is built from a fixed template with one placeholder per word; values always travel as parameters.
    db::SqlParams p;
    p.add(text); // $1 raw text
    p.add(limit); // $2
    QString tokenConds;
    for (int i = 0; i < tokens.size(); ++i) {
        p.add(likeEscaped(tokens.at(i))); // $3..
        tokenConds += QStringLiteral(" AND s.terms LIKE '%' || ops_norm($%1) || '%'").arg(i + 3);
    }
    const QString sql = QStringLiteral(
        // Typo tolerance: a lower word-similarity threshold than pg_trgm's 0.6 (one wrong letter in a name). The
        // materialised CTE runs before any <% comparison: every plan needs q's row first.
        "WITH cfg AS MATERIALIZED (SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', false) AS v),"
        " q AS MATERIALIZED ("
        "  SELECT ops_norm($1) AS t, ops_key($1) AS k, ops_phone_key($1) AS d, lower(btrim($1)) AS e FROM cfg),"
        // An exact key (code, phone, e-mail, serial, MAC, legacy id) answers the question: the word and digit
        // searches run only without one.
        " ex AS MATERIALIZED ("
        "  SELECT s.*, 0 AS rank FROM search_doc s, q WHERE q.k <> ''"
        "    AND s.keys && ARRAY[nullif(q.k, ''), nullif(q.d, ''), nullif(q.e, '')]),"
        " tok AS MATERIALIZED ("
        "  SELECT s.*, 4 AS rank FROM search_doc s, q WHERE q.t <> '' AND NOT EXISTS (SELECT 1 FROM ex) %1 LIMIT 500),"
        " cand AS ("
        "  SELECT * FROM ex"
        "  UNION ALL"
        "  SELECT * FROM tok"
        "  UNION ALL"
        "  SELECT s.*, 4 FROM search_doc s, q WHERE length(q.d) >= 4 AND length(q.d) * 2 >= length(q.k)"
        "    AND NOT EXISTS (SELECT 1 FROM ex)"
        "    AND s.digits LIKE '%' || q.d || '%'"
        "  UNION ALL"
        // Typo tolerance only when neither an exact key nor the words found anything: similarity over
        // thousands of near matches ("loc 0359") is the slow path and adds nothing then.
        "  (SELECT s.*, 5 FROM search_doc s, q WHERE length(q.t) >= 3 AND NOT EXISTS (SELECT 1 FROM ex)"
        "    AND NOT EXISTS (SELECT 1 FROM tok)"
        "    AND q.t <% s.terms ORDER BY q.t <<-> s.terms LIMIT 60)"
        " ), best AS ("
        "  SELECT DISTINCT ON (kind, entity_id) cand.*,"
        "    CASE WHEN rank > 0 AND ops_key(code) LIKE q.k || '%' AND q.k ~ '[0-9]' THEN 1"
        "         WHEN rank > 0 AND ops_norm(title) LIKE q.t || '%' THEN 2"
        "         WHEN rank > 0 AND ' ' || ops_norm(title) LIKE '% ' || q.t || '%' THEN 3 ELSE rank END AS r,"
        "    word_similarity(q.t, terms) AS sim"
        "  FROM cand, q ORDER BY kind, entity_id, rank)"
        " SELECT kind, entity_id, coalesce(customer_id, 0), code, title, subtitle, status, r, sim"
        " FROM best ORDER BY r, sim DESC, kind, title LIMIT $2")
                            .arg(tokenConds);
    auto r = m_c.exec(sql, p);
    if (!r.ok())
        return r.error();
    const db::PgResult &res = r.value();
    out.hits.reserve(res.rows());
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
        out.hits << h;
    }
    out.elapsedUs = timer.nsecsElapsed() / 1000;
    return out;
}

} // namespace ops::search
