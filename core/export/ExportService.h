#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/export/CsvWriter.h"

class QThreadPool;

namespace ops::csv {

// A table copied from a grid: header, then cells row-major (header.size() per row), numeric per cell.
struct CsvTable
{
    QStringList header;
    QList<QString> cells;
    QList<bool> numeric;
    qint64 rowCount() const { return header.isEmpty() ? 0 : cells.size() / header.size(); }
};

// Writing exports off the GUI thread, on the session's CPU pool (never the global pool): the caller copies what it
// shows, this formats and writes it (QSaveFile: nothing at the path unless complete). Lives on the GUI thread.
class ExportService : public QObject
{
    Q_OBJECT
public:
    explicit ExportService(QThreadPool &cpu, QObject *parent = nullptr);
    ~ExportService() override;

    // The rows written; a Cancelled error (no file) when *cancel was set; progress counts rows as they go.
    QFuture<Result<qint64>> writeCsv(const QString &path, std::shared_ptr<const CsvTable> table,
        const CsvOptions &options, std::shared_ptr<const std::atomic<bool>> cancel,
        std::shared_ptr<std::atomic<qint64>> progress);

    // The same, synchronously (the calling thread; for the worker above and for tests).
    static Result<qint64> writeCsvNow(const QString &path, const CsvTable &table, const CsvOptions &options,
        const std::atomic<bool> &cancel, std::atomic<qint64> &progress);

private:
    QThreadPool &m_cpu;
};

} // namespace ops::csv
