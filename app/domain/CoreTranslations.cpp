#include "app/domain/CoreTranslations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace gh {

bool installCoreTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* core = new QTranslator(&app);
    const QString folder = QStringLiteral(":/gatehouse-core/i18n");
    if (core->load(locale, QStringLiteral("gatehouse-core"), QStringLiteral("_"), folder) ||
        core->load(QStringLiteral("gatehouse-core_en"), folder)) {
        QCoreApplication::installTranslator(core);
        return true;
    }
    delete core;
    return false;
}

} // namespace gh
