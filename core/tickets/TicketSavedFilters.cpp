#include "core/tickets/TicketSavedFilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace ops::tickets {

namespace {

constexpr auto kDateFormat = "yyyy-MM-dd";

QDate readDate(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), QLatin1String(kDateFormat)) : QDate();
}

} // namespace

QString sortKey(TicketSort sort)
{
    switch (sort) {
    case TicketSort::CreatedDesc:
        return u"created_desc"_s;
    case TicketSort::CreatedAsc:
        return u"created_asc"_s;
    case TicketSort::UpdatedDesc:
        return u"updated_desc"_s;
    }
    return u"created_desc"_s;
}

std::optional<TicketSort> sortFromKey(const QString &key)
{
    for (TicketSort s : {TicketSort::CreatedDesc, TicketSort::CreatedAsc, TicketSort::UpdatedDesc})
        if (sortKey(s) == key)
            return s;
    return std::nullopt;
}

bool SavedTicketFilter::sameCriteria(const SavedTicketFilter &other) const
{
    SavedTicketFilter a = *this;
    a.name = other.name;
    if (!a.hasDateRange())
        a.createdFrom = a.createdTo = {};
    SavedTicketFilter b = other;
    if (!b.hasDateRange())
        b.createdFrom = b.createdTo = {};
    return a == b;
}

QString SavedTicketFilters::normalizedName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > kMaxNameLength)
        return {};
    for (QChar c : n)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {};
    return n;
}

const SavedTicketFilter *SavedTicketFilters::find(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    for (const SavedTicketFilter &f : m_filters)
        if (f.name == name)
            return &f;
    return nullptr;
}

bool SavedTicketFilters::save(const SavedTicketFilter &filter)
{
    SavedTicketFilter f = filter;
    f.name = normalizedName(filter.name);
    if (f.name.isEmpty())
        return false;
    if (!f.hasDateRange())
        f.createdFrom = f.createdTo = {};
    for (SavedTicketFilter &existing : m_filters) {
        if (existing.name == f.name) {
            existing = f;
            return true;
        }
    }
    m_filters.append(f);
    return true;
}

bool SavedTicketFilters::rename(const QString &from, const QString &to)
{
    const QString n = normalizedName(to);
    if (n.isEmpty() || !find(from) || (n != from && find(n)))
        return false;
    for (SavedTicketFilter &f : m_filters)
        if (f.name == from)
            f.name = n;
    if (m_default == from)
        m_default = n;
    return true;
}

bool SavedTicketFilters::remove(const QString &name)
{
    const auto removed = m_filters.removeIf([&name](const SavedTicketFilter &f) { return f.name == name; });
    if (removed && m_default == name)
        m_default.clear();
    return removed > 0;
}

bool SavedTicketFilters::setDefaultName(const QString &name)
{
    if (!name.isEmpty() && !find(name))
        return false;
    m_default = name;
    return true;
}

QByteArray SavedTicketFilters::toJson() const
{
    QJsonArray list;
    for (const SavedTicketFilter &f : m_filters) {
        QJsonObject o;
        o.insert(u"name"_s, f.name);
        if (!f.statuses.isEmpty())
            o.insert(u"statuses"_s, QJsonArray::fromStringList(f.statuses));
        if (!f.issueType.isEmpty())
            o.insert(u"type"_s, f.issueType);
        if (f.assignedStaffId != 0)
            o.insert(u"assigned"_s, f.assignedStaffId);
        if (f.importantOnly)
            o.insert(u"important"_s, true);
        if (f.hasDateRange()) {
            o.insert(u"from"_s, f.createdFrom.toString(QLatin1String(kDateFormat)));
            o.insert(u"to"_s, f.createdTo.toString(QLatin1String(kDateFormat)));
        }
        if (!f.text.isEmpty())
            o.insert(u"text"_s, f.text);
        o.insert(u"sort"_s, sortKey(f.sort));
        list.append(o);
    }
    QJsonObject root;
    root.insert(u"version"_s, kVersion);
    if (!m_default.isEmpty())
        root.insert(u"default"_s, m_default);
    root.insert(u"filters"_s, list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SavedTicketFilters SavedTicketFilters::fromJson(const QByteArray &json, int *skipped)
{
    SavedTicketFilters out;
    int bad = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    const QJsonArray list = root.value(u"filters"_s).toArray();
    const QStringList known = ticketStatuses();
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SavedTicketFilter f;
        f.name = o.value(u"name"_s).isString() ? normalizedName(o.value(u"name"_s).toString()) : QString();
        if (f.name.isEmpty() || seen.contains(f.name)) {
            ++bad;
            continue;
        }
        seen.insert(f.name);
        for (const QJsonValue &s : o.value(u"statuses"_s).toArray())
            if (known.contains(s.toString()) && !f.statuses.contains(s.toString()))
                f.statuses.append(s.toString());
        f.issueType = o.value(u"type"_s).toString();
        const QJsonValue assigned = o.value(u"assigned"_s);
        if (assigned.isDouble()) {
            const qint64 id = assigned.toInteger();
            f.assignedStaffId = id >= TicketFilter::kUnassigned ? id : 0;
        }
        f.importantOnly = o.value(u"important"_s).toBool();
        f.createdFrom = readDate(o.value(u"from"_s));
        f.createdTo = readDate(o.value(u"to"_s));
        if (!f.hasDateRange() || f.createdFrom > f.createdTo)
            f.createdFrom = f.createdTo = {};
        f.text = o.value(u"text"_s).toString();
        f.sort = sortFromKey(o.value(u"sort"_s).toString()).value_or(TicketSort::CreatedDesc);
        out.m_filters.append(f);
    }
    out.setDefaultName(root.value(u"default"_s).toString());
    if (skipped)
        *skipped = bad;
    return out;
}

} // namespace ops::tickets
