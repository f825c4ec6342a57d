#include "core/tickets/TicketExport.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/concurrency/DbExecutor.h"
#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/tickets/TicketRepository.h"

namespace ops::tickets {

namespace {

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("ops::tickets", "Export cancelled."));
}

void writeTicket(csv::CsvWriter &w, const TicketRow &t, const TicketExportOptions &o)
{
    w.addField(t.code);
    w.addField(t.subject);
    w.addField(t.customerCode);
    w.addField(t.customerName);
    w.addField(o.typeLabels.value(t.issueType, t.issueType));
    w.addField(o.statusLabels.value(t.status, t.status));
    w.addBool(t.important);
    w.addField(t.assignedStaffName);
    w.addDateTime(t.createdAt);
    w.addDateTime(t.updatedAt);
    w.addField(t.parentCode);
    w.addNumber(t.childCount);
    w.endRow();
}

} // namespace

QStringList ticketExportHeader()
{
    return {QCoreApplication::translate("ops::tickets", "Code"), QCoreApplication::translate("ops::tickets", "Subject"),
        QCoreApplication::translate("ops::tickets", "Customer code"),
        QCoreApplication::translate("ops::tickets", "Customer"), QCoreApplication::translate("ops::tickets", "Type"),
        QCoreApplication::translate("ops::tickets", "Status"), QCoreApplication::translate("ops::tickets", "Important"),
        QCoreApplication::translate("ops::tickets", "Assigned to"),
        QCoreApplication::translate("ops::tickets", "Created"), QCoreApplication::translate("ops::tickets", "Updated"),
        QCoreApplication::translate("ops::tickets", "Parent ticket"),
        QCoreApplication::translate("ops::tickets", "Child tickets")};
}

Result<TicketExportResult> exportTickets(db::PgConnection &c, QThreadPool &cpu, const QString &path,
    const TicketExportOptions &options, const std::atomic<bool> *cancel, const TicketExportProgress &progress)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    if (cancelled())
        return cancelledError();

    db::Transaction tx(c, db::Isolation::RepeatableRead);
    if (!tx.begun().ok())
        return tx.begun().error();
    TicketRepository repo(c);
    if (auto ro = repo.setTransactionReadOnly(); !ro.ok())
        return ro.error();

    auto estimate = repo.estimateCount(options.filter);
    if (!estimate.ok())
        return estimate.error();
    qint64 total = estimate.value();
    if (options.maxRows > 0 && (total < 0 || total > options.maxRows))
        total = options.maxRows;

    csv::CsvFile file(path, options.csv);
    if (!file.open())
        return Error::make(Error::Kind::Internal, file.errorString());
    csv::CsvWriter &w = file.writer();
    w.writeRow(ticketExportHeader());

    const int chunk = qBound(1, options.chunkRows, TicketRepository::kMaxLimit);
    qint64 rows = 0;
    if (progress)
        progress(0, total);
    // Two stages in step: while the server prepares page n + 1, a thread of the CPU pool formats page n. At most two
    // pages are in memory; the writer is used by one thread at a time (each encode finishes before the next one
    // starts).
    QFuture<void> encoding;
    qint64 encodingRows = 0;
    const auto settle = [&]() -> bool {
        encoding.waitForFinished();
        rows += encodingRows;
        encodingRows = 0;
        if (progress)
            progress(rows, total);
        return w.ok();
    };
    for (TicketCursor cursor;;) {
        if (cancelled()) {
            encoding.waitForFinished();
            return cancelledError(); // file discards its temporary copy
        }
        int limit = chunk;
        if (options.maxRows > 0)
            limit = int(qMin<qint64>(limit, options.maxRows - rows - encodingRows));
        if (limit <= 0)
            break;
        auto page = repo.page(options.filter, options.sort, cursor, limit);
        if (!settle())
            return Error::make(Error::Kind::Internal, w.errorString());
        if (!page.ok())
            return page.error();
        const bool more = page.value().hasMore;
        cursor = page.value().nextCursor;
        encodingRows = page.value().rows.size();
        encoding = QtConcurrent::run(&cpu, [&w, &options, list = std::move(page.value().rows)] {
            for (const TicketRow &t : list)
                writeTicket(w, t, options);
        });
        if (!more)
            break;
    }
    if (!settle())
        return Error::make(Error::Kind::Internal, w.errorString());
    if (cancelled())
        return cancelledError();
    tx.rollback(); // read only: nothing to commit
    if (!file.commit())
        return Error::make(Error::Kind::Internal, file.errorString());
    return TicketExportResult{path, rows, w.bytesWritten()};
}

struct TicketExporter::State
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> rows{0};
    std::atomic<qint64> total{-1};
    std::atomic<bool> running{false};
};

TicketExporter::TicketExporter(DbExecutor &db, QThreadPool &cpu, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cpu(cpu)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TicketExporter::poll);
}

TicketExporter::~TicketExporter()
{
    cancel();
}

QFuture<Result<TicketExportResult>> TicketExporter::start(const QString &path, const TicketExportOptions &options)
{
    if (isRunning()) {
        return QtFuture::makeReadyFuture<Result<TicketExportResult>>(Error::make(
            Error::Kind::Conflict, QCoreApplication::translate("ops::tickets", "An export is already running.")));
    }
    m_state = std::make_shared<State>();
    m_state->running = true;
    auto state = m_state;
    QThreadPool *cpu = &m_cpu;
    auto future = m_db.run([state, cpu, path, options](db::PgConnection &c) -> Result<TicketExportResult> {
        auto r = exportTickets(c, *cpu, path, options, &state->cancel, [&state](qint64 rows, qint64 total) {
            state->rows = rows;
            state->total = total;
        });
        state->running = false;
        return r;
    });
    auto *watcher = new QFutureWatcher<Result<TicketExportResult>>(this);
    connect(watcher, &QFutureWatcher<Result<TicketExportResult>>::finished, this, [this, watcher, state] {
        watcher->deleteLater();
        state->running = false;
        if (state == m_state) {
            m_timer->stop();
            poll();
        }
    });
    watcher->setFuture(future);
    m_timer->start();
    return future;
}

void TicketExporter::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

bool TicketExporter::isRunning() const
{
    return m_state && m_state->running;
}

qint64 TicketExporter::rowsWritten() const
{
    return m_state ? m_state->rows.load() : 0;
}

qint64 TicketExporter::estimatedTotal() const
{
    return m_state ? m_state->total.load() : -1;
}

void TicketExporter::poll()
{
    if (m_state)
        emit progress(m_state->rows, m_state->total);
}

} // namespace ops::tickets
