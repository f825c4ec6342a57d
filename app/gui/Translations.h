#pragma once

#include <QLocale>
#include <QString>

// Picks the UI language (setting "system" | "fr" | "en"; French on French system locales) and installs our
// translator (:/i18n/ops_<lang>.qm) and Qt's (qtbase_<lang>.qm). Call before the first widget is created.
namespace Translations {

QLocale resolveLocale(const QString &languageSetting, const QLocale &system = QLocale::system());
// Returns the language code installed ("fr" or "en"). Called again (the first-run dialog's language), it replaces
// the translators it installed before: every widget receives a LanguageChange event.
QString install(const QString &languageSetting);

} // namespace Translations
