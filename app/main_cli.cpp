// gatehouse-cli: the typed client layer from a terminal or a cron job (QtCore only).
#include "app/cli/Cli.h"
#include "app/cli/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define GH_ISATTY _isatty
#define GH_FILENO _fileno
#else
#include <unistd.h>
#define GH_ISATTY isatty
#define GH_FILENO fileno
#endif

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    // Help, messages and table headers in the system locale's language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG; German or English), dates and numbers in its format. --json stays as is:
    // the lower layers' sentences in its values (a plan's summary, a step's description) English,
    // their numbers written as the C locale writes them.
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    if (json)
        QLocale::setDefault(QLocale::c());
    gh::cli::installCliTranslations(app, QLocale::system(), !json);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile binaryOut;
    // Raw bytes (DER, PKCS#7) go through this, after `out` is flushed.
    const bool binaryOpen = binaryOut.open(stdout, QIODevice::WriteOnly);
    gh::SystemClock clock;
    // The user's settings ($XDG_CONFIG_HOME/Gatehouse/gatehouse.ini): tenant profiles, never a
    // secret. Made here and handed down, so that nothing below reaches for a global QSettings.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Gatehouse"),
                       QStringLiteral("gatehouse"));
    gh::cli::Cli cli(out, err, clock);
    cli.setSettings(&settings);
    cli.setBinaryOutput(binaryOpen ? &binaryOut : nullptr, GH_ISATTY(GH_FILENO(stdout)) != 0);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    binaryOut.flush();
    return code;
}
