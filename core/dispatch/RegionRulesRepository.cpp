#include "core/dispatch/RegionRulesRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/db/PgConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::dispatch {

namespace {

Error validation(const QString &message)
{
    return Error::make(Error::Kind::Validation, message);
}

// A unique violation (the same city or prefix twice) or a foreign key (the region was deleted meanwhile) in words.
Error explained(Error e, const RegionRuleInput &input)
{
    if (e.code == "23505"_L1)
        return Error::make(Error::Kind::Conflict,
            input.city.isEmpty()
                ? QCoreApplication::translate("ops::dispatch::RegionRules", "There is already a rule for %1.")
                      .arg(input.postalPrefix)
                : QCoreApplication::translate("ops::dispatch::RegionRules", "There is already a rule for %1.")
                      .arg(input.city),
            e.detail);
    if (e.code == "23503"_L1)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch::RegionRules", "That region no longer exists."), e.detail);
    return e;
}

} // namespace

Result<RegionRuleInput> normalisedRule(RegionRuleInput input)
{
    input.city = input.city.simplified();
    QString prefix = input.postalPrefix.simplified().remove(u' ').toUpper();
    if (input.regionTagId <= 0)
        return validation(QCoreApplication::translate("ops::dispatch::RegionRules", "Choose the region."));
    if (input.city.isEmpty() == prefix.isEmpty())
        return validation(QCoreApplication::translate(
            "ops::dispatch::RegionRules", "A rule names either a city or the start of a postal code."));
    if (!prefix.isEmpty()) {
        static const QRegularExpression shape(u"^[A-Z]([0-9]([A-Z]([0-9]([A-Z]([0-9])?)?)?)?)?$"_s);
        if (prefix.size() < 2 || !shape.match(prefix).hasMatch())
            return validation(QCoreApplication::translate("ops::dispatch::RegionRules",
                "“%1” is not the start of a Canadian postal code (for example J8X or J8X 1).")
                                  .arg(input.postalPrefix.simplified()));
        if (prefix.size() > 3)
            prefix.insert(3, u' ');
        input.postalPrefix = prefix;
    } else {
        input.postalPrefix.clear();
        if (input.city.size() > 120)
            return validation(
                QCoreApplication::translate("ops::dispatch::RegionRules", "A city name has at most 120 characters."));
    }
    return input;
}

Result<QString> normalisedRegionName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return validation(QCoreApplication::translate("ops::dispatch::RegionRules", "Name the region."));
    if (n.size() > 60)
        return validation(
            QCoreApplication::translate("ops::dispatch::RegionRules", "A region name has at most 60 characters."));
    return n;
}

RegionRulesRepository::RegionRulesRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<RegionRulesView> RegionRulesRepository::load()
{
    RegionRulesView view;
    auto rules = m_c.exec("SELECT r.id, r.region_tag_id, t.name, coalesce(r.city, ''), coalesce(r.postal_prefix, '')"
                          "  FROM region_rules r JOIN dispatch_tags t ON t.id = r.region_tag_id"
                          " ORDER BY r.postal_prefix IS NULL, r.postal_prefix, lower(r.city)");
    if (!rules.ok())
        return rules.error();
    for (int i = 0; i < rules.value().rows(); ++i) {
        const db::PgResult &r = rules.value();
        view.rules.append({r.int64(i, 0), r.int64(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4)});
    }
    auto regions = m_c.exec("SELECT t.id, t.name, count(l.id)::int"
                            "  FROM dispatch_tags t LEFT JOIN service_locations l ON l.region_tag_id = t.id"
                            " WHERE t.category = 'region' GROUP BY t.id, t.name ORDER BY lower(t.name)");
    if (!regions.ok())
        return regions.error();
    for (int i = 0; i < regions.value().rows(); ++i) {
        const db::PgResult &r = regions.value();
        view.regions.append({r.int64(i, 0), r.text(i, 1), int(r.int64(i, 2))});
    }
    auto totals = m_c.exec("SELECT count(*) FILTER (WHERE region_tag_id IS NULL)::int, count(*)::int"
                           "  FROM service_locations");
    if (!totals.ok())
        return totals.error();
    view.locationsWithoutRegion = int(totals.value().int64(0, 0));
    view.locationsTotal = int(totals.value().int64(0, 1));
    return view;
}

Result<RegionRule> RegionRulesRepository::addRule(const RegionRuleInput &raw)
{
    auto input = normalisedRule(raw);
    if (!input.ok())
        return input.error();
    const RegionRuleInput &in = input.value();
    db::SqlParams params;
    params.add(in.regionTagId);
    if (in.city.isEmpty())
        params.addNull();
    else
        params.add(in.city);
    if (in.postalPrefix.isEmpty())
        params.addNull();
    else
        params.add(in.postalPrefix);
    auto r = m_c.exec("WITH tag AS (SELECT id, name FROM dispatch_tags WHERE id = $1 AND category = 'region'),"
                      " ins AS (INSERT INTO region_rules (region_tag_id, city, postal_prefix)"
                      "         SELECT id, $2, $3 FROM tag RETURNING id, region_tag_id, city, postal_prefix)"
                      " SELECT ins.id, ins.region_tag_id, tag.name, coalesce(ins.city, ''),"
                      "        coalesce(ins.postal_prefix, '') FROM ins JOIN tag ON tag.id = ins.region_tag_id",
        params);
    if (!r.ok())
        return explained(r.error(), in);
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch::RegionRules", "That region no longer exists."));
    const db::PgResult &row = r.value();
    return RegionRule{row.int64(0, 0), row.int64(0, 1), row.text(0, 2), row.text(0, 3), row.text(0, 4)};
}

Status RegionRulesRepository::removeRule(qint64 ruleId)
{
    db::SqlParams params;
    params.add(ruleId);
    auto r = m_c.exec("DELETE FROM region_rules WHERE id = $1", params);
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::dispatch::RegionRules", "That rule was already removed."));
    return Unit{};
}

Result<Region> RegionRulesRepository::addRegion(const QString &raw)
{
    auto name = normalisedRegionName(raw);
    if (!name.ok())
        return name.error();
    db::SqlParams params;
    params.add(name.value());
    auto r = m_c.exec("INSERT INTO dispatch_tags (name, category) VALUES ($1, 'region') RETURNING id, name", params);
    if (!r.ok()) {
        if (r.error().code == "23505"_L1)
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::dispatch::RegionRules", "A tag named %1 already exists.")
                    .arg(name.value()),
                r.error().detail);
        return r.error();
    }
    return Region{r.value().int64(0, 0), r.value().text(0, 1), 0};
}

Result<int> RegionRulesRepository::reassign()
{
    auto r = m_c.exec("SELECT ops_region_reassign()");
    if (!r.ok())
        return r.error();
    return int(r.value().int64(0, 0));
}

} // namespace ops::dispatch
