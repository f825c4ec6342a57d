#include "core/import/ImportReportCsv.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/export/CsvWriter.h"
#include "core/import/ImportTypes.h"

namespace ops::import {

bool writeImportReportCsv(const QString &path, const ImportReport &report, QString *error)
{
    csv::CsvFile file(path, csv::CsvOptions::forLocale(QLocale()));
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    file.writer().writeRow({QCoreApplication::translate("ops::import", "entity"),
        QCoreApplication::translate("ops::import", "ERPNext name"), QCoreApplication::translate("ops::import", "field"),
        QCoreApplication::translate("ops::import", "action"), QCoreApplication::translate("ops::import", "reason"),
        QCoreApplication::translate("ops::import", "explanation")});
    for (const auto &i : report.issues)
        file.writer().writeRow({i.entity, i.erpnextName, i.field, i.action, i.reason, reasonText(i.reason)});
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ops::import
