#pragma once

#include <QFuture>
#include <QString>

#include "core/common/Result.h"

namespace ops {

class SecretStore;

// The embedded cluster's password in TCP + password mode (EmbeddedOptions::tcp), kept in the system's credential
// store (Secret Service, Windows Credential Manager) under EmbeddedServer::passwordKey(baseDir). When the store has
// none (the first start), a new strong one is made (EmbeddedServer::newPassword) and stored before the future
// finishes, so the cluster is never initialised with a password that is not saved. Asynchronous like SecretStore:
// the store's thread must run an event loop; never blocks. Errors are the store's (Unavailable: keychain unavailable).
QFuture<Result<QString>> embeddedPassword(SecretStore &store, const QString &baseDir);

} // namespace ops
