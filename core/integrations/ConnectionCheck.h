#pragma once

#include <QFuture>
#include <QString>

#include "core/common/Result.h"

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

struct ProviderSettings;

// A non-destructive call that proves a provider's settings work: the address answers, the credentials are accepted,
// and nothing is sent, charged or changed. Twilio: list one message; Mailjet: a sandboxed send to the sender (Mailjet
// validates, delivers nothing); Stripe: list one event; Traccar: server information; GenieACS: one device id;
// routing server (OSRM): a two-point table.
// The provider is (re)registered on net first. The result is a translated one-line description of what answered,
// or the mapped error that says what to fix. Never blocks.
QFuture<Result<QString>> checkConnection(net::NetExecutor &net, const ProviderSettings &settings);

} // namespace ops::integrations
