#include "core/integrations/ProviderSettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>

#include "core/integrations/StripeClient.h"
#include "core/settings/Settings.h"

namespace ops::integrations {

namespace {

QString envPrefix(const QString &id)
{
    return QStringLiteral("TARGO_") + id.toUpper() + QLatin1Char('_');
}

// The environment names of the account, sender and secret fields for a provider (empty: not used there).
struct EnvNames
{
    QStringList account;
    QStringList sender;
    QStringList secret;
};

EnvNames envNames(const QString &id)
{
    if (id == u"twilio")
        return {{QStringLiteral("ACCOUNT_SID")}, {QStringLiteral("FROM")}, {QStringLiteral("AUTH_TOKEN")}};
    if (id == u"mailjet")
        return {{QStringLiteral("API_KEY")}, {QStringLiteral("FROM_EMAIL")}, {QStringLiteral("SECRET_KEY")}};
    if (id == u"stripe")
        return {{}, {}, {QStringLiteral("SECRET_KEY")}};
    if (id == u"traccar")
        return {{QStringLiteral("USER")}, {}, {QStringLiteral("TOKEN"), QStringLiteral("PASSWORD")}};
    if (id == u"genieacs")
        return {{QStringLiteral("USER")}, {}, {QStringLiteral("PASSWORD")}};
    return {};
}

} // namespace

QStringList ProviderSettings::providerIds()
{
    return {QStringLiteral("twilio"), QStringLiteral("mailjet"), QStringLiteral("stripe"), QStringLiteral("traccar"),
        QStringLiteral("genieacs"), QStringLiteral("osrm")};
}

QString ProviderSettings::displayName(const QString &id)
{
    if (id == u"twilio")
        return QStringLiteral("Twilio");
    if (id == u"mailjet")
        return QStringLiteral("Mailjet");
    if (id == u"stripe")
        return QStringLiteral("Stripe");
    if (id == u"traccar")
        return QStringLiteral("Traccar");
    if (id == u"genieacs")
        return QStringLiteral("GenieACS");
    if (id == u"osrm")
        return QCoreApplication::translate("ops::integrations", "Routing server (OSRM)");
    return id;
}

QString ProviderSettings::secretKey(const QString &id)
{
    return QStringLiteral("api/") + id + QStringLiteral("/secret");
}

ProviderSettings ProviderSettings::defaults(const QString &id)
{
    ProviderSettings p;
    p.id = id;
    // Limits stay below each vendor's documented ceilings: Twilio queues above ~1 message/s per long code (a
    // Messaging Service spreads over its pool), Mailjet allows a few calls per second of up to 50 messages each,
    // Stripe allows 100 requests/s in live mode. Self-hosted servers get a modest default.
    if (id == u"twilio") {
        p.baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
        p.ratePerSec = 10;
        p.concurrency = 4;
    } else if (id == u"mailjet") {
        p.baseUrl = QUrl(QStringLiteral("https://api.mailjet.com"));
        p.ratePerSec = 50; // messages per second: a batch of 50 counts 50 (HttpRequest::rateWeight)
        p.concurrency = 2;
    } else if (id == u"stripe") {
        p.baseUrl = QUrl(QStringLiteral("https://api.stripe.com"));
        p.ratePerSec = 25;
        p.concurrency = 8;
    } else if (id == u"traccar" || id == u"genieacs") {
        p.ratePerSec = 10;
        p.concurrency = 4;
    } else if (id == u"osrm") {
        // One table per plan; a 600-point table is about 8 MB of JSON (durations and distances).
        p.concurrency = 2;
        p.maxResponseBytes = 64 * 1024 * 1024;
    }
    return p;
}

QStringList ProviderSettings::problems() const
{
    QStringList out;
    const QString name = displayName(id);
    if (baseUrl.isEmpty())
        out << QCoreApplication::translate("ops::integrations", "%1: the server address is not set.").arg(name);
    else if (!baseUrl.isValid() || (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")
        || baseUrl.host().isEmpty())
        out << QCoreApplication::translate("ops::integrations", "%1: the server address %2 is not an http(s) address.")
                   .arg(name, baseUrl.toDisplayString());
    else if (!net::isAllowedBaseUrl(baseUrl))
        out << QCoreApplication::translate("ops::integrations",
            "%1: the server address %2 must start with https:// (plain http is allowed only for this computer: "
            "localhost, 127.0.0.1 or ::1).")
                   .arg(name, baseUrl.toDisplayString());
    if (id == u"twilio") {
        if (account.isEmpty() || secret.isEmpty())
            out << QCoreApplication::translate(
                "ops::integrations", "Twilio: the Account SID and the auth token are both needed.");
        if (!sender.isEmpty() && !sender.startsWith(u"+") && !sender.startsWith(u"MG"))
            out << QCoreApplication::translate("ops::integrations",
                "Twilio: the sender must be a number in international form (+1...) or a Messaging Service SID "
                "(MG...).");
    } else if (id == u"mailjet") {
        if (account.isEmpty() || secret.isEmpty())
            out << QCoreApplication::translate(
                "ops::integrations", "Mailjet: the API key and the secret key are both needed.");
    } else if (id == u"stripe") {
        if (secret.isEmpty())
            out << QCoreApplication::translate("ops::integrations", "Stripe: the secret key is not set.");
        else if (!secret.startsWith(u"sk_") && !secret.startsWith(u"rk_"))
            out << QCoreApplication::translate(
                "ops::integrations", "Stripe: a secret key starts with sk_ or rk_ (never the publishable pk_ key).");
    } else if (id == u"traccar") {
        if (secret.isEmpty())
            out << QCoreApplication::translate(
                "ops::integrations", "Traccar: set a token, or a user name and its password.");
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        out << QCoreApplication::translate("ops::integrations", "%1: the CA file %2 cannot be read.").arg(name, caFile);
    if (ratePerSec < 0 || concurrency < 0 || timeoutMs <= 0 || maxResponseBytes <= 0)
        out << QCoreApplication::translate("ops::integrations", "%1: the limits must be positive numbers.").arg(name);
    return out;
}

bool ProviderSettings::isConfigured() const
{
    return problems().isEmpty();
}

net::ProviderConfig ProviderSettings::netConfig() const
{
    net::ProviderConfig c;
    c.id = id;
    c.baseUrl = baseUrl;
    c.ratePerSec = ratePerSec;
    // Starts are spaced evenly (no burst): a burst of n requests reaches the provider spread over a few ms, and a
    // receiver counting per sliding second would then see more than ratePerSec in one window.
    c.burst = 1;
    c.concurrency = concurrency;
    c.caFile = caFile;
    c.timeoutMs = timeoutMs;
    c.maxResponseBytes = maxResponseBytes;
    return c;
}

net::RawHeaders ProviderSettings::authHeaders() const
{
    net::RawHeaders h;
    const QByteArray authorization = QByteArrayLiteral("Authorization");
    if (id == u"twilio" || id == u"mailjet") {
        if (!account.isEmpty())
            h.append({authorization, net::basicAuthorization(account, secret)});
    } else if (id == u"stripe") {
        if (!secret.isEmpty())
            h.append({authorization, net::bearerAuthorization(secret)});
        h.append({QByteArrayLiteral("Stripe-Version"), StripeConfig().apiVersion.toLatin1()});
    } else if (id == u"traccar") {
        if (!account.isEmpty())
            h.append({authorization, net::basicAuthorization(account, secret)});
        else if (!secret.isEmpty())
            h.append({authorization, net::bearerAuthorization(secret)});
    } else if (id == u"genieacs") {
        if (!account.isEmpty())
            h.append({authorization, net::basicAuthorization(account, secret)});
    }
    return h;
}

IntegrationSettings::IntegrationSettings()
{
    for (const QString &id : ProviderSettings::providerIds())
        m_providers.insert(id, ProviderSettings::defaults(id));
}

const ProviderSettings &IntegrationSettings::provider(const QString &id) const
{
    static const ProviderSettings none;
    auto it = m_providers.constFind(id);
    return it == m_providers.constEnd() ? none : it.value();
}

void IntegrationSettings::setProvider(const ProviderSettings &p)
{
    m_providers.insert(p.id, p);
}

QList<ProviderSettings> IntegrationSettings::all() const
{
    QList<ProviderSettings> out;
    for (const QString &id : ProviderSettings::providerIds())
        out.append(provider(id));
    return out;
}

QList<ProviderSettings> IntegrationSettings::configured() const
{
    QList<ProviderSettings> out;
    for (const ProviderSettings &p : all())
        if (p.isConfigured())
            out.append(p);
    return out;
}

void IntegrationSettings::load(const Settings &settings)
{
    for (auto it = m_providers.begin(); it != m_providers.end(); ++it) {
        ProviderSettings &p = it.value();
        const QString id = it.key();
        const QString url = settings.integrationValue(id, QStringLiteral("base_url")).toString().trimmed();
        if (!url.isEmpty())
            p.baseUrl = QUrl(url);
        p.account = settings.integrationValue(id, QStringLiteral("account"), p.account).toString().trimmed();
        p.sender = settings.integrationValue(id, QStringLiteral("sender"), p.sender).toString().trimmed();
        p.ratePerSec = settings.integrationValue(id, QStringLiteral("rate_per_sec"), p.ratePerSec).toDouble();
        p.concurrency = settings.integrationValue(id, QStringLiteral("concurrency"), p.concurrency).toInt();
        p.caFile = settings.integrationValue(id, QStringLiteral("ca_file"), p.caFile).toString().trimmed();
        p.timeoutMs = settings.integrationValue(id, QStringLiteral("timeout_ms"), p.timeoutMs).toInt();
        p.maxResponseBytes =
            settings.integrationValue(id, QStringLiteral("max_response_bytes"), p.maxResponseBytes).toLongLong();
    }
}

Status IntegrationSettings::save(Settings &settings, const ProviderSettings &p)
{
    const std::pair<const char *, QVariant> fields[] = {{"base_url", p.baseUrl.toString()}, {"account", p.account},
        {"sender", p.sender}, {"rate_per_sec", p.ratePerSec}, {"concurrency", p.concurrency}, {"ca_file", p.caFile},
        {"timeout_ms", p.timeoutMs}, {"max_response_bytes", p.maxResponseBytes}};
    for (const auto &[name, value] : fields) {
        Status s = settings.setIntegrationValue(p.id, QString::fromLatin1(name), value);
        if (!s.ok())
            return s;
    }
    return settings.sync();
}

QStringList IntegrationSettings::environmentNames(const QString &id)
{
    const QString prefix = envPrefix(id);
    const EnvNames n = envNames(id);
    QStringList out{prefix + QStringLiteral("BASE_URL")};
    for (const QStringList *l : {&n.account, &n.sender, &n.secret})
        for (const QString &s : *l)
            out << prefix + s;
    for (const char *s : {"RATE_PER_SEC", "CONCURRENCY", "CA_FILE", "TIMEOUT_MS", "MAX_RESPONSE_BYTES"})
        out << prefix + QString::fromLatin1(s);
    return out;
}

void IntegrationSettings::applyEnvironment(const QProcessEnvironment &env)
{
    for (auto it = m_providers.begin(); it != m_providers.end(); ++it) {
        ProviderSettings &p = it.value();
        const QString prefix = envPrefix(it.key());
        auto get = [&](const QString &suffix) {
            return env.value(prefix + suffix).trimmed();
        };
        auto first = [&](const QStringList &suffixes) {
            for (const QString &s : suffixes)
                if (!get(s).isEmpty())
                    return get(s);
            return QString();
        };
        const EnvNames n = envNames(it.key());
        if (const QString v = get(QStringLiteral("BASE_URL")); !v.isEmpty())
            p.baseUrl = QUrl(v);
        if (const QString v = first(n.account); !v.isEmpty())
            p.account = v;
        if (const QString v = first(n.sender); !v.isEmpty())
            p.sender = v;
        if (const QString v = first(n.secret); !v.isEmpty())
            p.secret = v;
        bool ok = false;
        if (const double v = get(QStringLiteral("RATE_PER_SEC")).toDouble(&ok); ok)
            p.ratePerSec = v;
        if (const int v = get(QStringLiteral("CONCURRENCY")).toInt(&ok); ok)
            p.concurrency = v;
        if (const QString v = get(QStringLiteral("CA_FILE")); !v.isEmpty())
            p.caFile = v;
        if (const int v = get(QStringLiteral("TIMEOUT_MS")).toInt(&ok); ok)
            p.timeoutMs = v;
        if (const qint64 v = get(QStringLiteral("MAX_RESPONSE_BYTES")).toLongLong(&ok); ok)
            p.maxResponseBytes = v;
    }
}

} // namespace ops::integrations
