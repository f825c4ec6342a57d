#pragma once

#include <QString>

namespace ops::import {

struct ImportReport;

// The validation report of an ERPNext import as CSV (issue 16): one line per row refused or changed, deleted upstream
// or doctype skipped, with its stable reason code and the translated explanation (reasonText). UTF-8 with a BOM, the
// locale's separator (csv::CsvFile); nothing is left at path unless the whole file was written. Shared by
// `targo-opsctl import erpnext --report FILE.csv` and the GUI's "Save report as CSV…". Returns false with *error set
// (the file's error text) when the file cannot be written.
bool writeImportReportCsv(const QString &path, const ImportReport &report, QString *error);

} // namespace ops::import
