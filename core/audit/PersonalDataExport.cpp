#include "core/audit/PersonalDataExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/audit/AuditRepository.h"
#include "core/audit/PersonalDataRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/export/CsvWriter.h"
#include "core/export/ZipWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::audit {

namespace {

// Data files are for programs as much as for people: ',' and '.' whatever the language (RFC 4180), still with a BOM
// and CRLF so that Excel opens them right.
csv::CsvOptions dataCsvOptions()
{
    csv::CsvOptions o;
    o.separator = QLatin1Char(',');
    o.decimalPoint = QLatin1Char('.');
    return o;
}

Result<QByteArray> csvBytes(const PersonalDataRepository::Rows &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter w(&buffer, dataCsvOptions());
    w.writeRow(rows.columns);
    for (const QStringList &row : rows.cells) {
        for (const QString &cell : row)
            w.addField(cell, csv::CellKind::Number); // plain numbers as is, any other text formula-neutralised
        w.endRow();
    }
    if (!w.flush())
        return Error::make(Error::Kind::Internal, w.errorString());
    buffer.close();
    return bytes;
}

QByteArray jsonBytes(const PersonalDataRepository::Rows &rows)
{
    // PostgreSQL's own JSON of each row, kept byte for byte (exact bigints and numerics, ISO times).
    QByteArray out = "[";
    for (qsizetype i = 0; i < rows.json.size(); ++i) {
        out += i ? ",\n  " : "\n  ";
        out += rows.json.at(i);
    }
    out += rows.json.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace

Result<PersonalDataExportResult> exportPersonalData(
    db::PgConnection &c, const QString &customerCodeOrNumber, const QString &path, const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const auto cancelledError = [] {
        return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("ops::audit", "Export cancelled."));
    };
    if (path.isEmpty())
        return Error::make(
            Error::Kind::Validation, QCoreApplication::translate("ops::audit", "Choose the file to write."));

    db::Transaction tx(c, db::Isolation::RepeatableRead);
    if (!tx.begun().ok())
        return tx.begun().error();
    // The archive holds the customer's audit rows: only the roles that read the audit (managers, administrators).
    auto allowed = AuditRepository(c).canRead();
    if (!allowed.ok())
        return allowed.error();
    if (!allowed.value()) {
        Error e = Error::make(Error::Kind::Forbidden,
            QCoreApplication::translate(
                "ops::audit", "Only managers and administrators may export a customer's personal data."),
            u"no SELECT on audit_log"_s);
        e.code = u"42501"_s;
        return e;
    }
    PersonalDataRepository repo(c);
    auto customer = repo.customer(customerCodeOrNumber);
    if (!customer.ok())
        return customer.error();

    // Written to a temporary file beside path, renamed into place by commit(); destroyed uncommitted, it leaves
    // nothing behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::audit", "Could not create %1: %2")
                .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));

    PersonalDataExportResult result;
    result.path = path;
    result.customerId = customer.value().id;
    result.customerCode = customer.value().code;
    result.exportedAt = QDateTime::currentDateTimeUtc();
    const QDateTime stamp = result.exportedAt.toLocalTime();

    zip::ZipWriter zip(&file);
    QJsonArray tables;
    for (const QString &name : PersonalDataRepository::tableNames()) {
        if (cancelled())
            return cancelledError();
        auto rows = repo.rows(name, customer.value().id);
        if (!rows.ok())
            return rows.error();
        auto csv = csvBytes(rows.value());
        if (!csv.ok())
            return csv.error();
        zip.addFile(name + u".csv"_s, csv.value(), zip::ZipWriter::Method::Deflated, stamp);
        zip.addFile(name + u".json"_s, jsonBytes(rows.value()), zip::ZipWriter::Method::Deflated, stamp);
        if (!zip.ok())
            return Error::make(Error::Kind::Internal, zip.errorString());
        PersonalDataTable t{name, rows.value().json.size(), rows.value().columns, rows.value().excluded};
        tables.append(QJsonObject{{u"name"_s, name}, {u"rows"_s, t.rows},
            {u"files"_s, QJsonArray{QString(name + u".csv"_s), QString(name + u".json"_s)}},
            {u"columns"_s, QJsonArray::fromStringList(t.columns)},
            {u"excluded_columns"_s, QJsonArray::fromStringList(t.excludedColumns)}});
        result.tables.append(std::move(t));
    }
    const QJsonObject manifest{{u"format"_s, u"targo-ops-personal-data"_s}, {u"version"_s, 1},
        {u"customer"_s, QJsonObject{{u"id"_s, customer.value().id}, {u"code"_s, customer.value().code}}},
        {u"exported_at"_s, result.exportedAt.toString(Qt::ISODateWithMs)}, {u"exported_by"_s, c.user()},
        {u"application"_s, QCoreApplication::applicationName()}, {u"tables"_s, tables},
        {u"notes"_s,
            QJsonArray{u"One CSV and one JSON file per table; JSON values are exact (times in UTC)."_s,
                u"CSV: UTF-8 with BOM, comma separator, RFC 4180; text that a spreadsheet would run as a formula "
                "starts with an apostrophe."_s,
                u"RADIUS passwords are never exported (listed under excluded_columns)."_s}}};
    zip.addFile(u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented),
        zip::ZipWriter::Method::Deflated, stamp);
    if (cancelled())
        return cancelledError();
    if (!zip.finish())
        return Error::make(Error::Kind::Internal, zip.errorString());
    if (Status s = AuditRepository(c).recordAccess(u"export"_s, u"customer"_s, result.customerId, result.customerId);
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    result.bytes = zip.bytesWritten();
    if (!file.commit())
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::audit", "Could not save %1: %2")
                .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return result;
}

} // namespace ops::audit
