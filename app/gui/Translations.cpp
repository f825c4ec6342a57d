#include "app/gui/Translations.h"

#include <utility>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {
// The translators installed by the last install(): removed when the language is switched (the first-run dialog).
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}
} // namespace

QLocale resolveLocale(const QString &setting, const QLocale &system)
{
    const bool french =
        setting == QLatin1String("fr") || (setting != QLatin1String("en") && system.language() == QLocale::French);
    return french ? QLocale(QLocale::French, QLocale::Canada) : QLocale(QLocale::English, QLocale::Canada);
}

QString install(const QString &languageSetting)
{
    const QLocale locale = resolveLocale(languageSetting);
    QLocale::setDefault(locale);
    const QString lang = locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto *app = QCoreApplication::instance();

    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/ops_") + lang + QStringLiteral(".qm")))
        delete std::exchange(ours, nullptr);
    auto *qt = new QTranslator(app);
    if (!qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        delete std::exchange(qt, nullptr);
    replace(g_ours, ours);
    replace(g_qt, qt);
    return lang;
}

} // namespace Translations
