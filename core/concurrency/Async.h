#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace ops {

// Delivers a future's result to callback on context's thread; nothing is delivered after context is destroyed
// (the watcher is its child). Never blocks.
template <typename T, typename Callback> void runThen(QFuture<T> future, QObject *context, Callback &&callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcher<T>::finished, context, [watcher, cb = std::forward<Callback>(callback)]() mutable {
            watcher->deleteLater();
            if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
                return;
            cb(watcher->future().result());
        });
    watcher->setFuture(future);
}

} // namespace ops
