#pragma once

#include <QStringList>

#include "core/common/Result.h"

namespace ops::integrations {
struct ProviderSettings;
} // namespace ops::integrations

namespace ops {
struct CommandContext;
// The provider's settings from the environment when usable, else a Validation error naming the variables to set.
Result<integrations::ProviderSettings> providerFromEnvironment(const QString &id);
// Providers come from the environment (TARGO_<PROVIDER>_*, see integrations::IntegrationSettings).
int runIntegrationsCommand(QStringList args, CommandContext &ctx); // integrations check
int runSmsCommand(QStringList args, CommandContext &ctx); // sms send --to N --body T (through the outbox)
int runEmailCommand(QStringList args, CommandContext &ctx); // email send --to A --subject S --text T (outbox)
int runCpeCommand(QStringList args, CommandContext &ctx); // cpe show SERIAL | cpe task SERIAL refresh|reboot
int runGpsCommand(QStringList args, CommandContext &ctx); // gps positions [--device ID]
int runStripeCommand(QStringList args, CommandContext &ctx); // stripe events [--peek] (from the stored cursor)
} // namespace ops
