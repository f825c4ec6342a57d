#pragma once

#include <optional>

#include <QFuture>
#include <QObject>
#include <QString>

#include "core/common/Result.h"

namespace ops {

// The only way to store a secret (QtKeychain: Secret Service on Linux, Credential Manager on Windows, Keychain on
// macOS). Service name "ops-client"; keys look like db/<profileId>/password, api/<provider>/token,
// smtp/<profileId>/password. Never falls back to plain-text storage.
//
// Asynchronous: each call starts a QtKeychain job and returns at once; the future finishes when the job's finished
// signal arrives on this object's thread, which must run an event loop (the GUI thread). Never blocks.
// Errors: a missing entry is Error::Kind::NotFound ("ask the user"); anything else is Error::Kind::Unavailable
// ("keychain unavailable": show the banner, never fall back to plain text). Destroying the store cancels the
// futures of jobs still running.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kService = "ops-client";

    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(const QString &service, QObject *parent); // tests and tools
    ~SecretStore() override;

    QString service() const { return m_service; }

    QFuture<Result<QString>> read(const QString &key);
    QFuture<Status> write(const QString &key, const QString &value);
    // Removing an entry that does not exist succeeds.
    QFuture<Status> remove(const QString &key);

private:
    std::optional<Error> precondition(const QString &key) const;

    const QString m_service;
};

} // namespace ops
