#pragma once

#include <optional>

#include <QFuture>
#include <QPromise>
#include <QTest>

#include "core/concurrency/Async.h"

namespace ops::test {

// The result of a service's future, delivered the way a screen receives it (runThen on context's thread, through
// the event loop); nullopt when it has not arrived within timeoutMs.
template <typename T> std::optional<T> await(QFuture<T> future, QObject *context, int timeoutMs = 10000)
{
    std::optional<T> out;
    runThen(future, context, [&out](T v) { out = std::move(v); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}

// A future that already holds its value (fakes of service APIs answer with it).
template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

} // namespace ops::test
