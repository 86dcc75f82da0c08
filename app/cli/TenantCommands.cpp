// `tenant create PATH --demo|--scale SPEC`.
#include "app/cli/Commands.h"
#include "app/client/local/Seeder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace gh::cli {

int tenantCreate(const Context& context, const QStringList& args)
{
    QString path;
    bool demo = false;
    QString scale;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--demo")) {
            demo = true;
        } else if (args.at(i) == QLatin1String("--scale")) {
            if (i + 1 >= args.size())
                return context.usage(Text::tr("--scale needs a specification such as users=1000,destinations=100"));
            scale = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--"))) {
            return context.usage(Text::tr("unknown option '%1'").arg(args.at(i)));
        } else if (path.isEmpty()) {
            path = args.at(i);
        } else {
            return context.usage(Text::tr("unexpected argument '%1'").arg(args.at(i)));
        }
    }
    if (path.isEmpty())
        return context.usage(Text::tr("tenant create needs a PATH"));
    if (demo == !scale.isEmpty())
        return context.usage(Text::tr("tenant create needs exactly one of --demo or --scale SPEC"));
    const QDateTime now = context.clock.now();
    Status created;
    if (demo) {
        created = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateDemo(store, now); });
    } else {
        auto spec = ScaleSpec::parse(scale);
        if (!spec)
            return context.usage(spec.error().toString());
        created = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateScale(store, *spec, now); });
    }
    if (!created) {
        context.error(created.error().toString());
        return Usage;
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}}).toJson();
    else
        context.out << Text::tr("Created %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                    << "\n";
    return Success;
}

} // namespace gh::cli
