#include "core/audit/AuditExport.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/audit/AuditRepository.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::audit {

namespace {

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void writeEntry(csv::CsvWriter &w, const AuditEntry &e)
{
    w.addDateTime(e.at);
    w.addField(e.staffName);
    w.addField(e.dbRole);
    w.addField(e.action);
    w.addField(e.entity);
    if (e.entityId)
        w.addNumber(e.entityId);
    else
        w.addField(QString());
    w.addField(e.customerCode);
    w.addField(e.changedFields().join(u", "_s));
    w.addField(compact(e.before));
    w.addField(compact(e.after));
    w.addField(e.client);
    w.endRow();
}

} // namespace

QStringList auditExportHeader()
{
    return {QCoreApplication::translate("ops::audit", "Time"), QCoreApplication::translate("ops::audit", "Staff"),
        QCoreApplication::translate("ops::audit", "Database role"), QCoreApplication::translate("ops::audit", "Action"),
        QCoreApplication::translate("ops::audit", "Entity"), QCoreApplication::translate("ops::audit", "Entity id"),
        QCoreApplication::translate("ops::audit", "Customer"),
        QCoreApplication::translate("ops::audit", "Changed fields"),
        QCoreApplication::translate("ops::audit", "Before"), QCoreApplication::translate("ops::audit", "After"),
        QCoreApplication::translate("ops::audit", "Application")};
}

Result<AuditExportResult> exportAudit(db::PgConnection &c, const QString &path, const AuditQuery &query,
    const csv::CsvOptions &options, const std::atomic<bool> *cancel, std::atomic<qint64> *progress, int pageRows)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const auto cancelledError = [] {
        return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("ops::audit", "Export cancelled."));
    };
    if (cancelled())
        return cancelledError();
    db::Transaction tx(c, db::Isolation::RepeatableRead);
    if (!tx.begun().ok())
        return tx.begun().error();
    AuditRepository repo(c);
    auto customer = repo.resolveCustomer(query.customer);
    if (!customer.ok())
        return customer.error();

    csv::CsvFile file(path, options);
    if (!file.open())
        return Error::make(Error::Kind::Validation, file.errorString());
    csv::CsvWriter &w = file.writer();
    w.writeRow(auditExportHeader());
    qint64 rows = 0;
    for (AuditCursor cursor;;) {
        if (cancelled())
            return cancelledError();
        auto page = repo.pageResolved(query, customer.value(), cursor, pageRows);
        if (!page.ok())
            return page.error();
        for (const AuditEntry &e : std::as_const(page.value().rows))
            writeEntry(w, e);
        rows += page.value().rows.size();
        if (progress)
            progress->store(rows);
        if (!w.flush())
            return Error::make(Error::Kind::Internal, w.errorString());
        if (!page.value().hasMore)
            break;
        cursor = page.value().next;
    }
    if (cancelled())
        return cancelledError();
    if (customer.value() > 0) {
        if (Status s = repo.recordAccess(u"export"_s, u"customer"_s, customer.value(), customer.value()); !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    if (!file.commit())
        return Error::make(Error::Kind::Internal, file.errorString());
    return AuditExportResult{path, rows};
}

} // namespace ops::audit
