#include "core/settings/Settings.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/logging/Logger.h"

namespace ops {

namespace {

struct Spec
{
    SettingKey key;
    QString path;
    QVariant defaultValue;
    QStringList choices; // non-empty: the value must be one of these
    int min = 0; // int keys: accepted range
    int max = 0;
};

const std::array<Spec, 4> &table()
{
    static const std::array<Spec, 4> t{{
        {SettingKey::Language, QStringLiteral("Preferences/Language"), QStringLiteral("system"),
            {QStringLiteral("system"), QStringLiteral("fr"), QStringLiteral("en")}},
        {SettingKey::ActiveProfile, QStringLiteral("Preferences/ActiveProfile"), QStringLiteral("embedded"), {}},
        {SettingKey::SearchLimit, QStringLiteral("Search/Limit"), 50, {}, 1, 500},
        {SettingKey::LogLevel, QStringLiteral("Logging/Level"), QStringLiteral("info"),
            {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("off")}},
    }};
    return t;
}

const Spec &spec(SettingKey key)
{
    const auto &t = table();
    const auto it = std::find_if(t.begin(), t.end(), [key](const Spec &s) { return s.key == key; });
    Q_ASSERT(it != t.end());
    return *it;
}

const QString kVersionKey = QStringLiteral("Settings/Version");
const QString kProfilesGroup = QStringLiteral("DbProfile");
const QString kUiStateGroup = QStringLiteral("UiState");

// Key names an old build might have used for a secret. They are deleted on migrate(), whatever the group.
bool looksLikeSecretKey(const QString &key)
{
    static const QStringList names{QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("pwd"),
        QStringLiteral("secret"), QStringLiteral("token"), QStringLiteral("apitoken"), QStringLiteral("api_token"),
        QStringLiteral("accesstoken"), QStringLiteral("access_token"), QStringLiteral("apikey"),
        QStringLiteral("api_key"), QStringLiteral("conninfo"), QStringLiteral("dsn")};
    const QString last = key.section(QLatin1Char('/'), -1).toLower();
    return names.contains(last);
}

// An INI value with an unquoted comma reads back as a QStringList; a host list must stay one string.
QString asString(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString();
}

std::optional<QVariant> sanitize(const Spec &s, const QVariant &v)
{
    if (!v.isValid())
        return std::nullopt;
    if (s.defaultValue.typeId() == QMetaType::Int) {
        bool ok = false;
        const int i = asString(v).trimmed().toInt(&ok);
        if (!ok || i < s.min || i > s.max)
            return std::nullopt;
        return QVariant(i);
    }
    const QString str = asString(v).trimmed();
    if (!s.choices.isEmpty()) {
        const QString lower = str.toLower();
        if (!s.choices.contains(lower))
            return std::nullopt;
        return QVariant(lower);
    }
    if (s.key == SettingKey::ActiveProfile && !Settings::isValidProfileId(str))
        return std::nullopt;
    return QVariant(str);
}

QString modeName(db::ConnectionProfile::Mode m)
{
    return m == db::ConnectionProfile::Mode::Server ? QStringLiteral("server") : QStringLiteral("embedded");
}

} // namespace

Settings::Settings(const QString &iniPath)
    : m_s(std::make_unique<QSettings>(iniPath.isEmpty() ? defaultPath() : iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::defaultPath()
{
    const QSettings s(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
        QCoreApplication::applicationName());
    return s.fileName();
}

QString Settings::fileName() const
{
    return m_s->fileName();
}

QVariant Settings::value(SettingKey key) const
{
    const Spec &s = spec(key);
    return sanitize(s, m_s->value(s.path)).value_or(s.defaultValue);
}

Status Settings::set(SettingKey key, const QVariant &value)
{
    const Spec &s = spec(key);
    const auto clean = sanitize(s, value);
    if (!clean) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::Settings", "The value \"%1\" is not valid for this setting.")
                .arg(asString(value)),
            s.path);
    }
    m_s->setValue(s.path, *clean);
    return success();
}

bool Settings::contains(SettingKey key) const
{
    return m_s->contains(spec(key).path);
}

void Settings::reset(SettingKey key)
{
    m_s->remove(spec(key).path);
}

void Settings::resetPreferences()
{
    for (const Spec &s : table())
        m_s->remove(s.path);
}

QVariant Settings::defaultValue(SettingKey key)
{
    return spec(key).defaultValue;
}

QString Settings::keyPath(SettingKey key)
{
    return spec(key).path;
}

int Settings::version() const
{
    return m_s->value(kVersionKey, 0).toInt();
}

int Settings::migrate()
{
    const int found = version();
    if (found > kCurrentVersion) {
        log::app()->warn("settings file {} has version {}, newer than this build ({}); left untouched", m_s->fileName(),
            found, kCurrentVersion);
        return found;
    }

    if (found < 1) {
        // Version 0: flat keys in the [General] section, as written by the first prototypes.
        const struct
        {
            const char *legacy;
            SettingKey key;
        } moves[] = {
            {"language", SettingKey::Language},
            {"search_limit", SettingKey::SearchLimit},
            {"log_level", SettingKey::LogLevel},
            {"active_profile", SettingKey::ActiveProfile},
        };
        for (const auto &m : moves) {
            const QString legacy = QString::fromLatin1(m.legacy);
            if (!m_s->contains(legacy))
                continue;
            const QVariant v = m_s->value(legacy);
            m_s->remove(legacy);
            if (!contains(m.key) && !set(m.key, v).ok())
                log::app()->warn("settings: dropped invalid legacy value for {}", legacy);
        }
    }

    // Whatever the version: a secret must never stay in this file (the ownCloud lesson).
    const QStringList keys = m_s->allKeys();
    for (const QString &k : keys) {
        if (looksLikeSecretKey(k)) {
            m_s->remove(k);
            log::app()->warn(
                "settings: removed a stored secret ({}) from {}; secrets belong in the keychain", k, m_s->fileName());
        }
    }

    m_s->setValue(kVersionKey, kCurrentVersion);
    return found;
}

QList<db::ConnectionProfile> Settings::profiles() const
{
    QList<db::ConnectionProfile> out;
    m_s->beginGroup(kProfilesGroup);
    const QStringList ids = m_s->childGroups();
    m_s->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::stable_sort(out.begin(), out.end(), [](const db::ConnectionProfile &a, const db::ConnectionProfile &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<db::ConnectionProfile> Settings::profile(const QString &id) const
{
    if (!isValidProfileId(id))
        return std::nullopt;
    const QString g = kProfilesGroup + QLatin1Char('/') + id;
    m_s->beginGroup(g);
    const bool exists = !m_s->childKeys().isEmpty();
    db::ConnectionProfile p;
    if (exists) {
        p.id = id;
        p.name = asString(m_s->value(QStringLiteral("name"), id));
        const QString mode = asString(m_s->value(QStringLiteral("mode"))).toLower();
        p.mode = mode == QLatin1String("embedded") ? db::ConnectionProfile::Mode::Embedded
                                                   : db::ConnectionProfile::Mode::Server;
        p.hosts = asString(m_s->value(QStringLiteral("hosts")));
        p.ports = asString(m_s->value(QStringLiteral("ports")));
        p.database = asString(m_s->value(QStringLiteral("database"), p.database));
        p.user = asString(m_s->value(QStringLiteral("user")));
        p.sslMode = asString(m_s->value(QStringLiteral("sslMode"), p.sslMode));
        p.sslRootCert = asString(m_s->value(QStringLiteral("sslRootCert")));
        p.targetSessionAttrs = asString(m_s->value(QStringLiteral("targetSessionAttrs"), p.targetSessionAttrs));
        p.embeddedDir = asString(m_s->value(QStringLiteral("embeddedDir")));
        bool ok = false;
        const int timeout = m_s->value(QStringLiteral("connectTimeout"), p.connectTimeoutSec).toInt(&ok);
        if (ok && timeout > 0)
            p.connectTimeoutSec = timeout;
    }
    m_s->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

Status Settings::saveProfile(const db::ConnectionProfile &p)
{
    if (!isValidProfileId(p.id)) {
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::Settings", "A profile id may only contain letters, digits, dots, dashes and underscores."),
            p.id);
    }
    const QString g = kProfilesGroup + QLatin1Char('/') + p.id;
    m_s->remove(g); // no stale keys from an older layout (a password from a prototype, say)
    m_s->beginGroup(g);
    m_s->setValue(QStringLiteral("name"), p.name.isEmpty() ? p.id : p.name);
    m_s->setValue(QStringLiteral("mode"), modeName(p.mode));
    m_s->setValue(QStringLiteral("hosts"), p.hosts);
    m_s->setValue(QStringLiteral("ports"), p.ports);
    m_s->setValue(QStringLiteral("database"), p.database);
    m_s->setValue(QStringLiteral("user"), p.user);
    m_s->setValue(QStringLiteral("sslMode"), p.sslMode);
    m_s->setValue(QStringLiteral("sslRootCert"), p.sslRootCert);
    m_s->setValue(QStringLiteral("targetSessionAttrs"), p.targetSessionAttrs);
    m_s->setValue(QStringLiteral("embeddedDir"), p.embeddedDir);
    m_s->setValue(QStringLiteral("connectTimeout"), p.connectTimeoutSec);
    m_s->endGroup();
    return success();
}

void Settings::removeProfile(const QString &id)
{
    if (!isValidProfileId(id))
        return;
    m_s->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (get<QString>(SettingKey::ActiveProfile) == id)
        reset(SettingKey::ActiveProfile);
}

db::ConnectionProfile Settings::activeProfile() const
{
    const QString id = get<QString>(SettingKey::ActiveProfile);
    if (auto p = profile(id))
        return *p;
    return defaultEmbeddedProfile();
}

db::ConnectionProfile Settings::defaultEmbeddedProfile()
{
    db::ConnectionProfile p;
    p.id = QStringLiteral("embedded");
    p.name = QCoreApplication::translate("ops::Settings", "This computer (embedded database)");
    p.mode = db::ConnectionProfile::Mode::Embedded;
    return p;
}

bool Settings::isValidProfileId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

QString Settings::uniqueProfileId(const QString &base) const
{
    QString stem = base.toLower();
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9_.-]+"));
    stem.replace(bad, QStringLiteral("-"));
    stem = stem.left(48);
    if (!isValidProfileId(stem))
        stem = QStringLiteral("server");
    QString candidate = stem;
    for (int n = 2; profile(candidate).has_value() || candidate == QLatin1String("embedded"); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n);
    return candidate;
}

QVariant Settings::uiState(const QString &name, const QVariant &fallback) const
{
    return m_s->value(kUiStateGroup + QLatin1Char('/') + name, fallback);
}

void Settings::setUiState(const QString &name, const QVariant &value)
{
    m_s->setValue(kUiStateGroup + QLatin1Char('/') + name, value);
}

void Settings::clearUiState()
{
    m_s->remove(kUiStateGroup);
}

QVariant Settings::integrationValue(const QString &provider, const QString &name, const QVariant &fallback) const
{
    return m_s->value(QStringLiteral("Integrations/") + provider + QLatin1Char('/') + name, fallback);
}

Status Settings::setIntegrationValue(const QString &provider, const QString &name, const QVariant &value)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    static const QRegularExpression secretLike(
        QStringLiteral("password|passwd|secret|token|api_?key"), QRegularExpression::CaseInsensitiveOption);
    if (!idPattern.match(provider).hasMatch() || !idPattern.match(name).hasMatch())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::Settings", "Invalid integration setting name %1/%2.")
                .arg(provider, name));
    if (secretLike.match(name).hasMatch())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::Settings",
                "The setting %1/%2 looks like a secret: secrets are kept in the system keychain, never in the "
                "settings file.")
                .arg(provider, name));
    m_s->setValue(QStringLiteral("Integrations/") + provider + QLatin1Char('/') + name, value);
    return success();
}

Status Settings::sync()
{
    m_s->sync();
    switch (m_s->status()) {
    case QSettings::NoError:
        return success();
    case QSettings::AccessError:
        return Error::make(Error::Kind::Unavailable,
            QCoreApplication::translate("ops::Settings", "The settings file %1 cannot be written.")
                .arg(m_s->fileName()),
            QStringLiteral("QSettings::AccessError"));
    case QSettings::FormatError:
        break;
    }
    return Error::make(Error::Kind::Unavailable,
        QCoreApplication::translate("ops::Settings", "The settings file %1 is damaged.").arg(m_s->fileName()),
        QStringLiteral("QSettings::FormatError"));
}

} // namespace ops
