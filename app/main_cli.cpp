// gatehouse-cli: the typed client layer from a terminal or a cron job (QtCore only).
#include "app/cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    gh::SystemClock clock;
    gh::cli::Cli cli(out, err, clock);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
