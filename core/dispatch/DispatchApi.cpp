#include "core/dispatch/DispatchApi.h"

#include <QCoreApplication>

namespace ops::dispatch {

DispatchWriteResult DispatchWriteResult::refused(QList<Violation> violations)
{
    QStringList lines;
    for (const Violation &v : violations) {
        if (v.hard)
            lines << v.message;
    }
    DispatchWriteResult r(Error::make(Error::Kind::Validation, lines.join(QLatin1Char('\n'))));
    r.violations = std::move(violations);
    return r;
}

DispatchWriteResult DispatchWriteResult::stale(QString message, std::optional<Job> current)
{
    DispatchWriteResult r(Error::make(Error::Kind::Conflict, std::move(message)));
    r.staleVersion = true;
    r.current = std::move(current);
    return r;
}

} // namespace ops::dispatch
