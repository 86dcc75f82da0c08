#pragma once

#include "app/domain/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace gh::cli {

// Exit codes, as DESIGN.md sets them for gatehouse-cli.
enum ExitCode { Success = 0, Finding = 1, Usage = 2 };

// gatehouse-cli [--tenant PATH] [--json] RESOURCE VERB [ARGS]. Runs one command and returns its
// exit code; output goes to `out`, errors (naming what and where) to `err`.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err, const Clock& clock);
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem);
    int help();
    int tenantCreate(const QStringList& args);
    int list(const QString& resource);

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_tenantPath;
    bool m_json = false;
};

} // namespace gh::cli
