#pragma once

#include <functional>

#include "core/billing/CustomerDocumentsApi.h"

namespace ops {
class DbExecutor;
}
namespace ops::db {
class PgConnection;
}

namespace ops::billing {

struct ReceiptDocument;
struct StatementDocument;

// How receipts and statements become PDFs and e-mails: Qt GUI (ops_render), which ops_core does not link, so the
// composition root provides them (render/billing/CustomerDocumentOutput); the e-mail ones only when a sender is set
// up. Each runs on a DB executor thread (the mail ones with that thread's connection, to queue the outbox row).
struct CustomerDocumentOutput
{
    std::function<Result<InvoicePreview>(const ReceiptDocument &doc)> receiptPreview;
    std::function<Result<InvoicePreview>(const StatementDocument &doc)> statementPreview;
    std::function<Result<qint64>(db::PgConnection &c, const ReceiptDocument &doc)> mailReceipt;
    std::function<Result<qint64>(db::PgConnection &c, const StatementDocument &doc)> mailStatement;
};

// CustomerDocumentsApi over ReceiptRepository and StatementRepository, every call on the DB executor. Lives on the
// GUI thread, owned by BillingUiService (BillingApi::documentsApi()).
class CustomerDocumentsService : public CustomerDocumentsApi
{
    Q_OBJECT
public:
    explicit CustomerDocumentsService(DbExecutor &db, QObject *parent = nullptr);
    ~CustomerDocumentsService() override;

    void setOutput(CustomerDocumentOutput output);

    QFuture<Result<InvoicePreview>> receiptPreview(qint64 paymentId, const QString &language = {}) override;
    QFuture<Result<InvoicePreview>> statementPreview(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language = {}) override;
    bool canMail() const override;
    QFuture<Result<qint64>> mailReceipt(qint64 paymentId, const QString &language = {}) override;
    QFuture<Result<qint64>> mailStatement(
        qint64 customerId, const QDate &from, const QDate &to, const QString &language = {}) override;

private:
    DbExecutor &m_db;
    CustomerDocumentOutput m_output;
};

} // namespace ops::billing
