#pragma once

#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/ProviderConfig.h"

namespace ops {
class Settings;
}

namespace ops::integrations {

// One external service as the operator configured it: where it is, who we are there, how fast we may call it. The
// secret (Twilio auth token, Mailjet secret key, Stripe secret key, Traccar token or password, GenieACS password) is
// held in memory only: it comes from the keychain (SecretStore, key secretKey()) or from the environment, and is never
// written to the settings file or the outbox.
//
// Field meaning per provider:
//   twilio   account = Account SID (AC...), sender = From number (E.164) or Messaging Service SID (MG...),
//            secret = auth token
//   mailjet  account = API key (public), sender = From e-mail address, secret = secret key
//   stripe   secret = secret key (sk_...); account and sender unused
//   traccar  account = user name (empty: secret is a bearer token), secret = token or password
//   genieacs account = user name (empty: no authentication), secret = password
//   osrm     the root of an OSRM-compatible routing server (its `table` service); no account, no secret. Optional:
//            used only when the travel source (dispatch::TravelSourceSettings) is "routing server".
struct ProviderSettings
{
    QString id; // one of providerIds()
    QUrl baseUrl;
    QString account;
    QString sender;
    QString secret;
    double ratePerSec = 0.0; // <= 0: unlimited
    int concurrency = 0; // <= 0: unlimited
    QString caFile; // extra trusted CAs (PEM), for self-hosted Traccar / GenieACS
    int timeoutMs = 30000;
    qint64 maxResponseBytes = net::ProviderConfig::kDefaultMaxResponseBytes; // a longer answer is refused

    // Defaults for id: the vendor's public base URL (none for the self-hosted ones) and conservative limits.
    static ProviderSettings defaults(const QString &id);
    static QStringList providerIds(); // twilio, mailjet, stripe, traccar, genieacs, osrm
    static QString displayName(const QString &id); // "Twilio", "GenieACS", ... (translated for osrm)
    static QString secretKey(const QString &id); // SecretStore key: "api/<id>/secret"

    // Enough is set to call the service: a base URL, plus the credentials the service requires.
    bool isConfigured() const;
    // What is missing or wrong, translated, one line each; empty when usable.
    QStringList problems() const;

    net::ProviderConfig netConfig() const; // for NetExecutor::setProvider
    // Authentication (and Stripe-Version) headers added to every call; empty when the service needs none.
    net::RawHeaders authHeaders() const;
};

// Every provider's settings. The application reads them from Settings (+ SecretStore); targo-opsctl from the
// environment (TARGO_<PROVIDER>_{BASE_URL, ACCOUNT_SID | API_KEY, AUTH_TOKEN | SECRET_KEY | TOKEN, FROM | FROM_EMAIL,
// RATE_PER_SEC, CONCURRENCY, CA_FILE, TIMEOUT_MS, MAX_RESPONSE_BYTES, USER, PASSWORD}); an environment variable wins
// over the file.
class IntegrationSettings
{
public:
    IntegrationSettings(); // every provider at its defaults()

    const ProviderSettings &provider(const QString &id) const; // defaults() for an unknown id
    void setProvider(const ProviderSettings &p);
    QList<ProviderSettings> all() const;
    QList<ProviderSettings> configured() const; // isConfigured() only

    // Non-secret fields from the settings file (Integrations/<id>/...), secrets left as they are.
    void load(const Settings &settings);
    // Writes the non-secret fields (the caller stores the secret in SecretStore).
    static Status save(Settings &settings, const ProviderSettings &p);
    // Applies the TARGO_* variables that are set (non-empty).
    void applyEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The names of the TARGO_* variables read for provider id (documentation, usage texts).
    static QStringList environmentNames(const QString &id);

private:
    QMap<QString, ProviderSettings> m_providers;
};

} // namespace ops::integrations
