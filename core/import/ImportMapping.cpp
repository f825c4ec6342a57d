#include "core/import/ImportMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ops::import {

namespace {

Error mappingError(const QString &origin, const QString &why)
{
    return Error::make(Error::Kind::Validation,
        QCoreApplication::translate("ops::import", "The import mapping %1 cannot be used: %2").arg(origin, why));
}

bool validName(const QString &s)
{
    return !s.isEmpty() && s.size() <= 61 && !s.contains(u'"') && !s.contains(QChar(0));
}

} // namespace

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral(":/import/erpnext-mapping.json") : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return mappingError(file, f.errorString());
    if (f.size() > 1024 * 1024)
        return mappingError(file, QCoreApplication::translate("ops::import", "the file is larger than 1 MB."));
    return parse(f.readAll(), file);
}

Result<ImportMapping> ImportMapping::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return mappingError(origin,
            QCoreApplication::translate("ops::import", "it is not a JSON object (%1 at offset %2).")
                .arg(pe.errorString())
                .arg(pe.offset));
    ImportMapping m;
    const QJsonValue tz = doc.object().value(u"time_zone");
    if (!tz.isUndefined()) {
        if (!tz.isString() || !validName(tz.toString()))
            return mappingError(
                origin, QCoreApplication::translate("ops::import", "time_zone is not a time zone name."));
        m.m_timeZone = tz.toString();
    }
    const QJsonValue types = doc.object().value(u"issue_types");
    if (!types.isUndefined()) {
        if (!types.isObject())
            return mappingError(
                origin, QCoreApplication::translate("ops::import", "issue_types is not a JSON object."));
        m.m_issueTypes = QJsonDocument(types.toObject()).toJson(QJsonDocument::Compact);
    }
    const QJsonObject doctypes = doc.object().value(u"doctypes").toObject();
    for (auto it = doctypes.begin(); it != doctypes.end(); ++it) {
        if (!it.value().isString() || !validName(it.value().toString()))
            return mappingError(origin,
                QCoreApplication::translate("ops::import", "the doctype of \"%1\" is not a name.").arg(it.key()));
        m.m_doctypes.insert(it.key(), it.value().toString());
    }
    const QJsonObject fields = doc.object().value(u"fields").toObject();
    for (auto d = fields.begin(); d != fields.end(); ++d) {
        if (!d.value().isObject())
            return mappingError(origin,
                QCoreApplication::translate("ops::import", "the fields of \"%1\" are not a JSON object.").arg(d.key()));
        const QJsonObject f = d.value().toObject();
        for (auto it = f.begin(); it != f.end(); ++it) {
            const QString col = it.value().toString();
            if (!it.value().isString() || (!col.isEmpty() && !validName(col)))
                return mappingError(origin,
                    QCoreApplication::translate("ops::import", "the column of %1.%2 is not a name.")
                        .arg(d.key(), it.key()));
            m.m_fields[d.key()].insert(it.key(), col);
        }
    }
    return m;
}

QString ImportMapping::table(const QString &doctype) const
{
    return QStringLiteral("tab") + m_doctypes.value(doctype, doctype);
}

QString ImportMapping::column(const QString &doctype, const QString &field) const
{
    const auto d = m_fields.constFind(doctype);
    if (d == m_fields.constEnd())
        return field;
    return d->value(field, field);
}

bool ImportMapping::isMapped(const QString &doctype, const QString &field) const
{
    const auto d = m_fields.constFind(doctype);
    return d != m_fields.constEnd() && d->contains(field);
}

} // namespace ops::import
