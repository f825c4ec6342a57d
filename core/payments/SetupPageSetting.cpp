#include "core/payments/SetupPageSetting.h"

#include <QCoreApplication>
#include <QUrl>

#include "core/integrations/ProviderSettings.h"
#include "core/payments/StripeSetupLinks.h"
#include "core/settings/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

QString setupPageUrlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl page(text, QUrl::StrictMode);
    if (!page.isValid() || page.host().isEmpty() || (page.scheme() != u"https"_s && page.scheme() != u"http"_s))
        return QCoreApplication::translate("ops::payments::PaymentMethods",
            "Stripe: the payment page URL must be an http or https address, for example "
            "https://pay.example.ca/save-method.");
    return {};
}

QString storedSetupPageUrl(const Settings &settings)
{
    return settings.integrationValue(u"stripe"_s, u"setup_page_url"_s).toString().trimmed();
}

Status saveSetupPageUrl(Settings &settings, const QString &url)
{
    if (const QString problem = setupPageUrlProblem(url); !problem.isEmpty())
        return Error::make(Error::Kind::Validation, problem);
    return settings.setIntegrationValue(u"stripe"_s, u"setup_page_url"_s, url.trimmed());
}

QString setupPageUrl(const Settings &settings, const QProcessEnvironment &env)
{
    const QString fromEnv = env.value(QString::fromLatin1(kSetupPageEnv)).trimmed();
    return fromEnv.isEmpty() ? storedSetupPageUrl(settings) : fromEnv;
}

SetupLinkSender setupLinkSender(const QString &pageUrl, const integrations::IntegrationSettings &integrations)
{
    SetupLinkSender sender;
    sender.pageUrl = pageUrl;
    sender.mailFromEmail = integrations.provider(u"mailjet"_s).sender.trimmed();
    sender.twilioAccountSid = integrations.provider(u"twilio"_s).account.trimmed();
    sender.smsFrom = integrations.provider(u"twilio"_s).sender.trimmed();
    return sender;
}

} // namespace ops::payments
