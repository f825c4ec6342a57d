#include "core/catalogue/CatalogueRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::catalogue {

namespace {

constexpr const char *kSelect = R"sql(
SELECT i.id, i.sku, i.kind, i.name_fr, i.name_en, i.download_mbps, i.upload_mbps, coalesce(i.olt_profile, ''),
       ops_item_price(i.id, current_date), i.taxable, i.active, i.version, np.price_cents, np.effective_from,
       coalesce(u.n, 0), coalesce(u.following, 0)
  FROM items i
  LEFT JOIN LATERAL (SELECT p.price_cents, p.effective_from FROM item_prices p
                      WHERE p.item_id = i.id AND p.effective_from > current_date
                      ORDER BY p.effective_from LIMIT 1) np ON true
  LEFT JOIN (SELECT item_id, count(*)::int AS n, (count(*) FILTER (WHERE NOT custom_price))::int AS following
               FROM subscriptions GROUP BY item_id) u ON u.item_id = i.id
)sql";

CatalogueItem readItem(const db::PgResult &r, int i)
{
    CatalogueItem x;
    x.id = r.int64(i, 0);
    x.sku = r.text(i, 1);
    x.kind = r.text(i, 2);
    x.nameFr = r.text(i, 3);
    x.nameEn = r.text(i, 4);
    if (!r.isNull(i, 5))
        x.downloadMbps = r.int32(i, 5);
    if (!r.isNull(i, 6))
        x.uploadMbps = r.int32(i, 6);
    x.oltProfile = r.text(i, 7);
    x.priceCents = r.int64(i, 8);
    x.taxable = r.boolean(i, 9);
    x.active = r.boolean(i, 10);
    x.version = r.int32(i, 11);
    if (!r.isNull(i, 12)) {
        x.pendingPriceCents = r.int64(i, 12);
        x.pendingFrom = r.date(i, 13);
    }
    x.subscriptions = r.int32(i, 14);
    x.followingSubscriptions = r.int32(i, 15);
    return x;
}

Error mapWriteError(const Error &e)
{
    if (e.code == u"23505"_s)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::catalogue", "Another item already has this SKU."), e.detail);
    if (e.kind == Error::Kind::Forbidden)
        return Error::make(Error::Kind::Forbidden,
            QCoreApplication::translate("ops::catalogue", "Your role may not change the catalogue."), e.detail);
    return e;
}

} // namespace

Result<QList<CatalogueItem>> CatalogueRepository::list()
{
    // Prices whose month has come become the items' current price (a no-op most of the time).
    auto applied = m_c.exec("SELECT ops_apply_item_prices()");
    if (!applied.ok())
        return applied.error();
    auto r = m_c.exec(QString::fromUtf8(kSelect) + u" ORDER BY i.kind, i.sku"_s);
    if (!r.ok())
        return r.error();
    QList<CatalogueItem> out;
    out.reserve(r.value().rows());
    for (int i = 0; i < r.value().rows(); ++i)
        out.append(readItem(r.value(), i));
    return out;
}

Result<CatalogueItem> CatalogueRepository::item(qint64 id)
{
    auto r = m_c.exec(QString::fromUtf8(kSelect) + u" WHERE i.id = $1"_s, db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("ops::catalogue", "This item no longer exists."));
    return readItem(r.value(), 0);
}

Result<CatalogueSaveResult> CatalogueRepository::save(const CatalogueItem &in)
{
    const QStringList problems = validateItem(in);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(u'\n'));
    db::Transaction tx(m_c);
    if (!tx.begun().ok())
        return tx.begun().error();
    const QString olt = in.oltProfile.trimmed();
    CatalogueSaveResult out;
    if (in.id == 0) {
        auto r = m_c.exec("INSERT INTO items (sku, kind, name_fr, name_en, download_mbps, upload_mbps, olt_profile,"
                          " monthly_price_cents, taxable, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                          " RETURNING id",
            db::SqlParams()
                .add(in.sku.trimmed())
                .add(in.kind)
                .add(in.nameFr.trimmed())
                .add(in.nameEn.trimmed())
                .add(in.downloadMbps)
                .add(in.uploadMbps)
                .add(olt.isEmpty() ? std::optional<QString>() : std::optional<QString>(olt))
                .add(in.priceCents)
                .add(in.taxable)
                .add(in.active));
        if (!r.ok())
            return mapWriteError(r.error());
        out.id = r.value().int64(0, 0);
    } else {
        auto before = item(in.id);
        if (!before.ok())
            return before.error();
        auto r = m_c.exec("UPDATE items SET sku = $3, kind = $4, name_fr = $5, name_en = $6, download_mbps = $7,"
                          " upload_mbps = $8, olt_profile = $9, taxable = $10, active = $11, updated_at = now(),"
                          " version = version + 1 WHERE id = $1 AND version = $2",
            db::SqlParams()
                .add(in.id)
                .add(in.version)
                .add(in.sku.trimmed())
                .add(in.kind)
                .add(in.nameFr.trimmed())
                .add(in.nameEn.trimmed())
                .add(in.downloadMbps)
                .add(in.uploadMbps)
                .add(olt.isEmpty() ? std::optional<QString>() : std::optional<QString>(olt))
                .add(in.taxable)
                .add(in.active));
        if (!r.ok())
            return mapWriteError(r.error());
        if (r.value().affectedRows() == 0)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "ops::catalogue", "Someone else changed this item meanwhile. Close the editor and open it again."));
        out.id = in.id;
        const qint64 wanted = before.value().pendingPriceCents.value_or(before.value().priceCents);
        if (in.priceCents != wanted) {
            auto p = m_c.exec("SELECT ops_schedule_item_price($1, $2)", db::SqlParams().add(in.id).add(in.priceCents));
            if (!p.ok())
                return mapWriteError(p.error());
            if (p.value().isNull(0, 0))
                out.priceChangeWithdrawn = true;
            else
                out.priceFrom = p.value().date(0, 0);
        }
    }
    auto st = tx.commit();
    if (!st.ok())
        return mapWriteError(st.error());
    return out;
}

} // namespace ops::catalogue
