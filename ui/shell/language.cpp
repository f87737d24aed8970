// Translation loading (see language.h).
#include "shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "tracelot.ui.language")

namespace tracelot::ui {

QLocale installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return locale;

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tracelot"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        qCInfo(lcLanguage) << "loaded" << own->filePath();
    } else {
        qCInfo(lcLanguage) << "no Tracelot translation for" << locale.name() << "- using English";
        delete own;
        return QLocale(QLocale::English);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

}  // namespace tracelot::ui
