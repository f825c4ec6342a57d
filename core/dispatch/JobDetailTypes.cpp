#include "core/dispatch/JobDetailTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ops::dispatch {

namespace {

QString pick(const QString &language, const QString &fr, const QString &en, const QString &fallback)
{
    const QString &first = language == QLatin1String("en") ? en : fr;
    const QString &second = language == QLatin1String("en") ? fr : en;
    if (!first.isEmpty())
        return first;
    if (!second.isEmpty())
        return second;
    return fallback;
}

} // namespace

QString JobMaterial::label(const QString &language) const
{
    return pick(language, nameFr, nameEn, description);
}

QString CatalogueItem::label(const QString &language) const
{
    return pick(language, nameFr, nameEn, sku);
}

QString ChecklistItem::label(const QString &language) const
{
    return pick(language, fr, en, {});
}

QList<ChecklistItem> parseChecklist(const QByteArray &json)
{
    QList<ChecklistItem> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ChecklistItem item;
        item.fr = o.value("fr"_L1).toString();
        item.en = o.value("en"_L1).toString();
        if (item.fr.isEmpty() && item.en.isEmpty())
            item.fr = o.value("label"_L1).toString(); // the demo seed's single-language items
        if (item.fr.isEmpty() && item.en.isEmpty())
            continue;
        item.done = o.value("done"_L1).toBool();
        item.doneAt = QDateTime::fromString(o.value("done_at"_L1).toString(), Qt::ISODateWithMs).toUTC();
        item.doneBy = o.value("done_by"_L1).toString();
        out.append(item);
    }
    return out;
}

QByteArray checklistJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        QJsonObject o;
        if (!item.fr.isEmpty())
            o.insert("fr"_L1, item.fr);
        if (!item.en.isEmpty())
            o.insert("en"_L1, item.en);
        o.insert("done"_L1, item.done);
        if (item.done && item.doneAt.isValid())
            o.insert("done_at"_L1, item.doneAt.toUTC().toString(Qt::ISODateWithMs));
        if (item.done && !item.doneBy.isEmpty())
            o.insert("done_by"_L1, item.doneBy);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

JobDetailWriteResult JobDetailWriteResult::stale(Error error, std::optional<JobDetail> current)
{
    JobDetailWriteResult r(std::move(error));
    r.staleVersion = true;
    r.current = std::move(current);
    return r;
}

} // namespace ops::dispatch
