#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "core/common/Result.h"

namespace ops {
class Settings;
}
namespace ops::integrations {
class IntegrationSettings;
}

namespace ops::payments {

struct SetupLinkSender;

// The payment page the setup links point to (File → Integrations → Stripe, "Payment page URL"): stored in the
// settings file as Integrations/stripe/setup_page_url (an address, not a secret). TARGO_STRIPE_SETUP_PAGE_URL, when
// set, wins (headless machines, targo-opsctl).
inline constexpr const char *kSetupPageEnv = "TARGO_STRIPE_SETUP_PAGE_URL";

// Empty when url is usable (an http or https address with a host) or empty (not set); else why not, translated.
QString setupPageUrlProblem(const QString &url);
QString storedSetupPageUrl(const Settings &settings);
// Validated: a bad address is refused and nothing is written.
Status saveSetupPageUrl(Settings &settings, const QString &url);
// The environment's when set, else the stored one.
QString setupPageUrl(
    const Settings &settings, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// Who sends the links: the page, Mailjet's sender address, Twilio's account and sender (no secret).
SetupLinkSender setupLinkSender(const QString &pageUrl, const integrations::IntegrationSettings &integrations);

} // namespace ops::payments
