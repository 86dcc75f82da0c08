#include "models/Translations.h"

#include "app/domain/CoreTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace gh {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    installCoreTranslations(app, locale);

    auto* own = new QTranslator(&app);
    const QString folder = QStringLiteral(":/gatehouse/i18n");
    if (own->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"), folder) ||
        own->load(QStringLiteral("gatehouse_en"), folder)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace gh
