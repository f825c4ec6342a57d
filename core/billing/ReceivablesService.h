#pragma once

#include "core/billing/ReceivablesApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::billing {

// ReceivablesApi over ReceivablesRepository, on the session's DB executor (never the GUI thread). Lives on the GUI
// thread; the Session owns it.
class ReceivablesService : public ReceivablesApi
{
    Q_OBJECT
public:
    explicit ReceivablesService(DbExecutor &db, QObject *parent = nullptr);
    ~ReceivablesService() override;

    QFuture<Result<AgingReport>> aging(const QDate &asOf) override;
    QFuture<Result<QList<AgingCustomerRow>>> customers(const QDate &asOf, int bucket, int limit) override;
    QFuture<Result<QList<AgingInvoiceRow>>> invoices(qint64 customerId, const QDate &asOf) override;
    QFuture<Result<qint64>> exportCustomers(const AgingExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) override;

    // The export's work on a connection (the service's worker; tests call it directly).
    static Result<qint64> writeCustomers(db::PgConnection &c, const AgingExportRequest &request,
        const std::atomic<bool> *cancel, std::atomic<qint64> *progress);

private:
    DbExecutor &m_db;
};

} // namespace ops::billing
