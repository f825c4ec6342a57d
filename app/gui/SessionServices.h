#pragma once

// The services a session gets from the composition root (Bootstrap): the integrations that need settings or secrets
// the core does not read itself. Each is called when a session opens; some again when the integration settings are
// saved.
class QThreadPool;

namespace ops {
class SecretStore;
class Session;
class Settings;
} // namespace ops

namespace ops::gui {

void startBillingOutput(ops::Session &session, const ops::Settings &settings);
void startCampaigns(ops::Session &session, const ops::Settings &settings);
void startStripeRunners(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets);
void startInboundPump(
    ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets, QThreadPool &pool);
void startCpe(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets, QThreadPool &pool);
void startDispatchIntegrations(ops::Session &session, const ops::Settings &settings, ops::SecretStore *secrets);

} // namespace ops::gui
