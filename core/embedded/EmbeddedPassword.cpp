#include "core/embedded/EmbeddedPassword.h"

#include <memory>

#include <QPromise>

#include "core/concurrency/Async.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

namespace ops {

QFuture<Result<QString>> embeddedPassword(SecretStore &store, const QString &baseDir)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    QFuture<Result<QString>> future = promise->future();
    promise->start();
    auto finish = [promise](Result<QString> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    const QString key = EmbeddedServer::passwordKey(baseDir);
    SecretStore *s = &store;
    runThen(store.read(key), &store, [s, key, finish](const Result<QString> &read) {
        if (read.ok() || read.error().kind != Error::Kind::NotFound) {
            finish(read);
            return;
        }
        const QString fresh = EmbeddedServer::newPassword();
        runThen(s->write(key, fresh), s, [fresh, finish](const Status &written) {
            finish(written.ok() ? Result<QString>(fresh) : Result<QString>(written.error()));
        });
    });
    return future;
}

} // namespace ops
