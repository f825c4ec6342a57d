#include "core/export/ExportService.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace ops::csv {

namespace {
constexpr qint64 kCancelCheckRows = 1000;
}

ExportService::ExportService(QThreadPool &cpu, QObject *parent)
    : QObject(parent)
    , m_cpu(cpu)
{}

ExportService::~ExportService() = default;

QFuture<Result<qint64>> ExportService::writeCsv(const QString &path, std::shared_ptr<const CsvTable> table,
    const CsvOptions &options, std::shared_ptr<const std::atomic<bool>> cancel,
    std::shared_ptr<std::atomic<qint64>> progress)
{
    if (!cancel)
        cancel = std::make_shared<const std::atomic<bool>>(false);
    if (!progress)
        progress = std::make_shared<std::atomic<qint64>>(0);
    return QtConcurrent::run(&m_cpu, [path, table = std::move(table), options, cancel, progress]() -> Result<qint64> {
        if (!table)
            return Error::internal(QStringLiteral("no table to export"));
        return writeCsvNow(path, *table, options, *cancel, *progress);
    });
}

Result<qint64> ExportService::writeCsvNow(const QString &path, const CsvTable &table, const CsvOptions &options,
    const std::atomic<bool> &cancel, std::atomic<qint64> &progress)
{
    const auto cancelled = [] {
        return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("GridTools", "Export cancelled."));
    };
    CsvFile file(path, options);
    if (!file.open())
        return Error::make(Error::Kind::Internal, file.errorString());
    CsvWriter &w = file.writer();
    w.writeRow(table.header);
    const qsizetype width = qMax<qsizetype>(1, table.header.size());
    qint64 rows = 0;
    for (qsizetype i = 0; i + width <= table.cells.size(); i += width) {
        for (qsizetype c = i; c < i + width; ++c)
            w.addField(table.cells.at(c), table.numeric.value(c) ? CellKind::Number : CellKind::Text);
        w.endRow();
        if (++rows % kCancelCheckRows == 0) {
            if (cancel)
                return cancelled();
            progress = rows;
        }
    }
    if (cancel)
        return cancelled();
    progress = rows;
    if (!file.commit())
        return Error::make(Error::Kind::Internal, file.errorString());
    return rows;
}

} // namespace ops::csv
