#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/export/CsvWriter.h"
#include "core/tickets/TicketTypes.h"

class QThreadPool;
class QTimer;

namespace ops {
class DbExecutor;
namespace db {
class PgConnection;
}
} // namespace ops

namespace ops::tickets {

struct TicketExportOptions
{
    TicketFilter filter;
    TicketSort sort = TicketSort::CreatedDesc;
    csv::CsvOptions csv;
    int chunkRows = 1000; // rows per keyset page (1..TicketRepository::kMaxLimit)
    qint64 maxRows = 0; // 0: every matching ticket
    // Display labels for status and issue-type keys (the UI passes its translated labels); a key without a label is
    // written as is.
    QHash<QString, QString> statusLabels;
    QHash<QString, QString> typeLabels;
};

struct TicketExportResult
{
    QString path;
    qint64 rows = 0;
    qint64 bytes = 0;
};

// rows written so far, estimated total (-1: unknown). Called on the exporting thread after each chunk.
using TicketExportProgress = std::function<void(qint64 rows, qint64 estimatedTotal)>;

// The header row of a ticket export (translated), in column order.
QStringList ticketExportHeader();

// Writes every ticket matching options.filter, in options.sort order, to path (atomically: QSaveFile). The rows are
// read by keyset pages (TicketRepository::page, the same filter semantics as the list) in one REPEATABLE READ,
// READ ONLY transaction (one snapshot: no row missed or repeated while others write); one page in memory at a time.
// cancel is checked before every page: when set, the result is a Cancelled error and no file is written.
// The rows are formatted on cpu (the session's CPU pool), one page at a time, while the next page is read.
// Synchronous: run it on a DB executor thread only.
Result<TicketExportResult> exportTickets(db::PgConnection &c, QThreadPool &cpu, const QString &path,
    const TicketExportOptions &options, const std::atomic<bool> *cancel = nullptr,
    const TicketExportProgress &progress = {});

// GUI-thread facade: one export at a time on a DB executor thread, formatting on cpu (the session's CPU pool; both
// outlive the exporter). progress() is emitted on this object's thread
// (every 100 ms while running, and once at the end). Destroying the exporter cancels a running export.
class TicketExporter : public QObject
{
    Q_OBJECT
public:
    TicketExporter(DbExecutor &db, QThreadPool &cpu, QObject *parent = nullptr);
    ~TicketExporter() override;

    QFuture<Result<TicketExportResult>> start(const QString &path, const TicketExportOptions &options);
    void cancel();
    bool isRunning() const;
    qint64 rowsWritten() const;
    qint64 estimatedTotal() const;

signals:
    void progress(qint64 rows, qint64 estimatedTotal);

private:
    struct State;
    void poll();

    DbExecutor &m_db;
    QThreadPool &m_cpu;
    std::shared_ptr<State> m_state;
    QTimer *m_timer = nullptr;
};

} // namespace ops::tickets
