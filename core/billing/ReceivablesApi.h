#pragma once

#include <atomic>
#include <memory>

#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/billing/ReceivablesRepository.h"
#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

namespace ops::billing {

// The customers' lines of the aging report for one bucket (or all), written to a CSV file (the Receivables tab's
// "Export…" of every row, not only the shown ones). The screen gives the translated column headers; money is written
// plain with the options' decimal point.
struct AgingExportRequest
{
    QString path;
    QDate asOf;
    int bucket = -1; // AgingBucket, or -1: every customer owing something
    csv::CsvOptions options;
    // Customer code, customer, current, 1–30, 31–60, 61–90, over 90, total, invoices, oldest due.
    QStringList headers;
};

// The Receivables tab's view of the database (issue 13 item 4): the aging report as of a date, its customers by
// bucket and one customer's open invoices. Every call returns at once; the work runs off the GUI thread. UI tests use
// a fake.
class ReceivablesApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ReceivablesApi() override = default;

    virtual QFuture<Result<AgingReport>> aging(const QDate &asOf) = 0;
    // bucket: an AgingBucket, or -1 for every customer owing something; at most limit rows (1..5000), largest first.
    virtual QFuture<Result<QList<AgingCustomerRow>>> customers(const QDate &asOf, int bucket, int limit) = 0;
    virtual QFuture<Result<QList<AgingInvoiceRow>>> invoices(qint64 customerId, const QDate &asOf) = 0;
    // The rows written (header excluded); a Cancelled error, and no file, once *cancel is set. *progress counts rows.
    virtual QFuture<Result<qint64>> exportCustomers(const AgingExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) = 0;
};

} // namespace ops::billing
