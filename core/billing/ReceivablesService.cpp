#include "core/billing/ReceivablesService.h"

#include <QCoreApplication>

#include "core/common/Money.h"
#include "core/concurrency/DbExecutor.h"

namespace ops::billing {

ReceivablesService::ReceivablesService(DbExecutor &db, QObject *parent)
    : ReceivablesApi(parent)
    , m_db(db)
{}

ReceivablesService::~ReceivablesService() = default;

QFuture<Result<AgingReport>> ReceivablesService::aging(const QDate &asOf)
{
    return m_db.run([asOf](db::PgConnection &c) { return ReceivablesRepository(c).aging(asOf); });
}

QFuture<Result<QList<AgingCustomerRow>>> ReceivablesService::customers(const QDate &asOf, int bucket, int limit)
{
    return m_db.run(
        [asOf, bucket, limit](db::PgConnection &c) { return ReceivablesRepository(c).customers(asOf, bucket, limit); });
}

QFuture<Result<QList<AgingInvoiceRow>>> ReceivablesService::invoices(qint64 customerId, const QDate &asOf)
{
    return m_db.run(
        [customerId, asOf](db::PgConnection &c) { return ReceivablesRepository(c).invoices(customerId, asOf); });
}

QFuture<Result<qint64>> ReceivablesService::exportCustomers(const AgingExportRequest &request,
    std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress)
{
    return m_db.run([request, cancel, progress](
                        db::PgConnection &c) { return writeCustomers(c, request, cancel.get(), progress.get()); });
}

Result<qint64> ReceivablesService::writeCustomers(db::PgConnection &c, const AgingExportRequest &request,
    const std::atomic<bool> *cancel, std::atomic<qint64> *progress)
{
    // The repository's largest page: every customer owing something in a base of this size.
    auto rows = ReceivablesRepository(c).customers(request.asOf, request.bucket, 5000);
    if (!rows.ok())
        return rows.error();
    if (cancel && cancel->load())
        return Error::make(Error::Kind::Cancelled,
            QCoreApplication::translate("ops::billing::ReceivablesService", "Export cancelled."));
    csv::CsvFile file(request.path, request.options);
    if (!file.open())
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::billing::ReceivablesService", "The file could not be written."),
            file.errorString());
    csv::CsvWriter &w = file.writer();
    w.writeRow(request.headers);
    qint64 written = 0;
    for (const AgingCustomerRow &r : rows.value()) {
        w.addField(r.code);
        w.addField(r.name);
        for (qint64 cents : r.cents)
            w.addMoney(Money::fromCents(cents));
        w.addMoney(Money::fromCents(r.totalCents));
        w.addNumber(r.invoices);
        w.addField(r.oldestDue.toString(Qt::ISODate));
        w.endRow();
        ++written;
        if (progress)
            progress->store(written);
    }
    if (cancel && cancel->load()) {
        file.cancel();
        return Error::make(Error::Kind::Cancelled,
            QCoreApplication::translate("ops::billing::ReceivablesService", "Export cancelled."));
    }
    if (!file.commit())
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::billing::ReceivablesService", "The file could not be written."),
            file.errorString());
    return written;
}

} // namespace ops::billing
