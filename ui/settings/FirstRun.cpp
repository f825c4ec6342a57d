#include "ui/settings/FirstRun.h"

#include <QCoreApplication>

#include "core/db/ConnectionProfile.h"
#include "core/settings/Settings.h"

namespace FirstRun {

bool isFirstRun(const ops::Settings &settings)
{
    // Cheapest first: a returning user has an active profile and stops here.
    if (settings.contains(ops::SettingKey::ActiveProfile))
        return false;
    return settings.profiles().isEmpty();
}

bool shouldAsk(const ops::Settings &settings, const Startup &startup)
{
    if (startup.smokeTest || startup.benchmark || startup.embeddedDir)
        return false;
    return isFirstRun(settings);
}

ops::Status complete(ops::Settings &settings, const QString &language, const ops::db::ConnectionProfile &profile)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return ops::Error::make(ops::Error::Kind::Validation,
            QCoreApplication::translate("FirstRun", "Choose French or English."), language);
    if (!ops::Settings::isValidProfileId(profile.id))
        return ops::Error::make(ops::Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::Settings", "A profile id may only contain letters, digits, dots, dashes and underscores."),
            profile.id);
    if (!profile.isEmbedded()) {
        if (ops::Status saved = settings.saveProfile(profile); !saved.ok())
            return saved;
    }
    if (ops::Status s = settings.set(ops::SettingKey::Language, language); !s.ok())
        return s;
    if (ops::Status s = settings.set(ops::SettingKey::ActiveProfile, profile.id); !s.ok())
        return s;
    return settings.sync();
}

} // namespace FirstRun
