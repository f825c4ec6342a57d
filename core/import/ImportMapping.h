#pragma once

#include <QHash>
#include <QString>

#include "core/common/Result.h"

namespace ops::import {

// The site-specific part of an ERPNext import (issue 16): the custom doctypes' names and the custom fields' columns,
// from an editable JSON file (resources/import/erpnext-mapping.json is the default, docs/import-erpnext.md the
// format). A field mapped to "" does not exist on the site and is imported as empty.
class ImportMapping
{
public:
    // The default mapping (embedded), or the file at path; a clear, translated error when it cannot be read.
    static Result<ImportMapping> load(const QString &path = {});
    static Result<ImportMapping> parse(const QByteArray &json, const QString &origin);

    // The source table of a doctype ("tabService Location"): custom doctypes as mapped, others as they are.
    QString table(const QString &doctype) const;
    // The site's column for one of our fields of a doctype; the field name itself when the mapping does not list it,
    // empty when it is mapped to "" (absent on the site).
    QString column(const QString &doctype, const QString &field) const;
    bool isMapped(const QString &doctype, const QString &field) const;
    // Whether the doctype is one of the site's custom doctypes (listed under "doctypes"): skipped when absent.
    bool isCustomDoctype(const QString &doctype) const { return m_doctypes.contains(doctype); }
    // The site's time zone (Frappe stores local timestamps), "America/Toronto" by default.
    QString timeZone() const { return m_timeZone; }
    // ERPNext issue type -> ours, as a JSON object (the transform looks the values up in it).
    QByteArray issueTypesJson() const { return m_issueTypes; }

private:
    QHash<QString, QString> m_doctypes;
    QString m_timeZone = QStringLiteral("America/Toronto");
    QByteArray m_issueTypes = "{}";
    QHash<QString, QHash<QString, QString>> m_fields;
};

} // namespace ops::import
