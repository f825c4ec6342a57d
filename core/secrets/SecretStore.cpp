#include "core/secrets/SecretStore.h"

#include <memory>
#include <optional>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QPromise>
#include <QThread>

#include <qt6keychain/keychain.h>

#include "core/logging/Logger.h"

namespace ops {

// User messages use QCoreApplication::translate with the runtime context of tr() ("ops::SecretStore") spelled out, so
// lupdate files them under the right context even when it cannot resolve the class from the header.

namespace {

template <typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

QString describe(const QKeychain::Job *job)
{
    return QStringLiteral("QtKeychain error %1: %2").arg(static_cast<int>(job->error())).arg(job->errorString());
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QString::fromLatin1(kService), parent)
{}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore() = default;

// Programmer errors (wrong thread, no event loop) and an empty key are answered at once, without a job.
std::optional<Error> SecretStore::precondition(const QString &key) const
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "SecretStore", "called from a thread other than its own");
    Q_ASSERT_X(QAbstractEventDispatcher::instance(), "SecretStore", "needs a thread with an event loop");
    if (thread() != QThread::currentThread() || !QAbstractEventDispatcher::instance())
        return Error::internal(QStringLiteral("SecretStore used off its event-loop thread"));
    if (key.isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::SecretStore", "No keychain entry name was given."),
            QStringLiteral("empty key"));
    return std::nullopt;
}

// Each operation: create the job, hook its finished signal (delivered on our thread through the `this` context), start
// it, and hand back the promise's future. The job is not our child: a store deleted while a job runs must not delete
// the job under the backend's pending callback (libsecret calls it later: a crash); the job deletes itself when it
// ends, the `this` context drops the delivery, and the dropped promise cancels the future.
QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    if (auto e = precondition(key))
        return readyFuture<Result<QString>>(std::move(*e));

    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key](QKeychain::Job *j) {
        const auto *rj = static_cast<const QKeychain::ReadPasswordJob *>(j);
        switch (j->error()) {
        case QKeychain::NoError:
            promise->addResult(Result<QString>(rj->textData()));
            break;
        case QKeychain::EntryNotFound:
            log::keychain()->info("no entry for {}", key);
            promise->addResult(Result<QString>(Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("ops::SecretStore", "No saved password was found in the system keychain."),
                describe(j))));
            break;
        default:
            log::keychain()->warn("read {} failed: {}", key, describe(j));
            promise->addResult(Result<QString>(Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("ops::SecretStore",
                    "The system keychain is not available, so the saved password cannot be read. Unlock the keychain "
                    "(or start a keyring service) and try again."),
                describe(j))));
            break;
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::write(const QString &key, const QString &value)
{
    if (auto e = precondition(key))
        return readyFuture<Status>(std::move(*e));

    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            log::keychain()->info("stored {}", key);
            promise->addResult(success());
        } else {
            log::keychain()->warn("write {} failed: {}", key, describe(j));
            promise->addResult(Status(Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("ops::SecretStore",
                    "The system keychain is not available, so the password was not saved. Unlock the keychain (or "
                    "start a keyring service) and try again."),
                describe(j))));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::remove(const QString &key)
{
    if (auto e = precondition(key))
        return readyFuture<Status>(std::move(*e));

    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            log::keychain()->info("removed {}", key);
            promise->addResult(success());
        } else {
            log::keychain()->warn("remove {} failed: {}", key, describe(j));
            promise->addResult(Status(Error::make(Error::Kind::Unavailable,
                QCoreApplication::translate("ops::SecretStore",
                    "The system keychain is not available, so the saved password was not removed. Unlock the "
                    "keychain (or start a keyring service) and try again."),
                describe(j))));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace ops
