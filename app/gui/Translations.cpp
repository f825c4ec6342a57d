#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

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
    if (ours->load(QStringLiteral(":/i18n/ops_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace Translations
