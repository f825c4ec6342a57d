#include "core/embedded/EmbeddedPassword.h"

#include <memory>

#include <QCoreApplication>
#include <QFileInfo>
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
    runThen(store.read(key), &store, [s, key, baseDir, finish](const Result<QString> &read) {
        if (read.ok() || read.error().kind != Error::Kind::NotFound) {
            finish(read);
            return;
        }
        // A cluster made with a password that the store no longer has: a new one would be refused at every start
        // (and would replace the lost one for good). Say so; make one only for a cluster still to be created.
        if (QFileInfo::exists(EmbeddedServer(baseDir).dataDir() + QStringLiteral("/PG_VERSION"))) {
            finish(Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::EmbeddedServer",
                    "The embedded database in %1 was made with a password that the system's credential store no "
                    "longer holds. Restore the credential store's entry, or move the folder away to start a new "
                    "database.")
                    .arg(baseDir)));
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
