#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "core/common/Result.h"
#include "core/db/ConnectionProfile.h"

namespace ops {

// Every user preference has one key here and one row in the table in Settings.cpp ({key string, default, allowed}).
enum class SettingKey
{
    Language, // "system" | "fr" | "en"; a change needs a restart
    ActiveProfile, // id of a DbProfile/<id> group; "embedded" (the built-in private cluster) by default
    SearchLimit, // maximum number of global search results (1..500)
    LogLevel, // "trace" | "debug" | "info" | "warn" | "error" | "critical" | "off"
};

// One INI file (QSettings::IniFormat: readable, portable, no registry on Windows). Read and written on the GUI thread;
// workers receive values as arguments. Never holds a secret: passwords live in SecretStore only, keyed by
// db::ConnectionProfile::keychainKey().
//
// Layout of the file:
//   Settings/Version                       schema version of this file (kCurrentVersion)
//   <table keys>                           preferences, see SettingKey
//   DbProfile/<id>/{name,mode,hosts,...}   server profiles (no password, ever)
//   UiState/<name>                         geometry, splitters, header states; survives resetPreferences()
//   Integrations/<provider>/<name>         base URL, account ids, rate and concurrency limits (no secret, ever)
class Settings
{
public:
    static constexpr int kCurrentVersion = 1;

    // iniPath empty: defaultPath() (needs the organisation and application names set by app/).
    explicit Settings(const QString &iniPath = {});
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static QString defaultPath();
    QString fileName() const;

    // Value of key, or its default when absent or invalid (an unknown language, an out-of-range limit).
    QVariant value(SettingKey key) const;
    template <typename T> T get(SettingKey key) const { return value(key).template value<T>(); }
    // Returns a Validation error (and writes nothing) when value is not acceptable for key.
    Status set(SettingKey key, const QVariant &value);
    bool contains(SettingKey key) const;
    void reset(SettingKey key);
    // Every preference back to its default. Profiles and UiState are kept.
    void resetPreferences();

    static QVariant defaultValue(SettingKey key);
    static QString keyPath(SettingKey key);

    // Settings/Version as stored (0 for a file written before versioning, or an empty file).
    int version() const;
    // True when the file was written by a newer Targo Ops: nothing is migrated or downgraded.
    bool isNewerThanBinary() const { return version() > kCurrentVersion; }
    // Brings the file to kCurrentVersion. Version 0 → 1 moves the legacy flat keys (language, search_limit,
    // log_level, active_profile) into their groups and deletes any password/token that an old build left in the
    // file. Returns the version found before migrating.
    int migrate();

    // Server profiles (DbProfile/<id>/...). The built-in embedded profile is not stored unless customised.
    QList<db::ConnectionProfile> profiles() const;
    std::optional<db::ConnectionProfile> profile(const QString &id) const;
    // Writes every field of p except the password (which ConnectionProfile does not carry anyway).
    Status saveProfile(const db::ConnectionProfile &p);
    void removeProfile(const QString &id);
    // The profile named by ActiveProfile, or defaultEmbeddedProfile() when it names nothing stored.
    db::ConnectionProfile activeProfile() const;
    static db::ConnectionProfile defaultEmbeddedProfile();
    static bool isValidProfileId(const QString &id);
    // A free id derived from base ("server" → "server", "server-2", ...).
    QString uniqueProfileId(const QString &base) const;

    // UI state (UiState/<name>): geometry, splitter and header states.
    QVariant uiState(const QString &name, const QVariant &fallback = {}) const;
    void setUiState(const QString &name, const QVariant &value);
    void clearUiState();

    // Integration settings (Integrations/<provider>/<name>): base URL, account ids, limits. Never a secret: keys and
    // tokens live in SecretStore (integrations::ProviderSettings::secretKey()). A name that looks like a secret
    // (password, token, secret) is refused and not written.
    QVariant integrationValue(const QString &provider, const QString &name, const QVariant &fallback = {}) const;
    Status setIntegrationValue(const QString &provider, const QString &name, const QVariant &value);

    // Writes pending changes to disk; an error when the file is not writable or not a valid INI file.
    Status sync();

private:
    std::unique_ptr<QSettings> m_s;
};

} // namespace ops
