#include "app/cli/Text.h"

#include "app/domain/CoreTranslations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace gh::cli {

namespace {

bool isoDates(const QLocale& locale)
{
    return locale.language() == QLocale::C || locale.language() == QLocale::English;
}

} // namespace

QString dateText(const QDateTime& date, const QLocale& locale)
{
    if (!date.isValid())
        return QStringLiteral("-");
    const QDate day = date.toUTC().date();
    if (isoDates(locale))
        return day.toString(QStringLiteral("yyyy-MM-dd"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A two-digit year reads ambiguously in a table that spans decades (certificates, keys).
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

QString statusText(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Valid: return Text::tr("Valid");
    case ExpiryStatus::Expiring: return Text::tr("Expiring");
    case ExpiryStatus::Expired: return Text::tr("Expired");
    case ExpiryStatus::NotYetValid: return Text::tr("Not yet valid");
    case ExpiryStatus::Unknown: return Text::tr("Unknown");
    }
    return {};
}

QString numberText(qint64 n, const QLocale& locale)
{
    return locale.toString(n);
}

bool installCliTranslations(QCoreApplication& app, const QLocale& locale, bool core)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (core)
        installCoreTranslations(app, locale); // the lower layers' messages

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("gatehouse-cli"), QStringLiteral("_"), QStringLiteral(":/gatehouse-cli/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace gh::cli
