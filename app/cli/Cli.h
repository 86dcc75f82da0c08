#pragma once

#include "app/domain/Clock.h"

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace gh::cli {

// Exit codes, as DESIGN.md sets them for gatehouse-cli.
enum ExitCode { Success = 0, Finding = 1, Usage = 2 };

// gatehouse-cli [--tenant PATH] [--json] RESOURCE VERB [ARGS]. Runs one command and returns its
// exit code; output goes to `out`, errors (naming what and where) to `err`. Cli parses the
// global options and dispatches; the commands live in ListCommands.cpp, TenantCommands.cpp,
// CertCommands.cpp and KeystoreCommands.cpp.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err, const Clock& clock);
    // Where binary output (DER, PKCS#7) goes, and whether that is a terminal (binary output to
    // a terminal is refused). Without this, binary output goes through `out`'s device.
    void setBinaryOutput(QIODevice* device, bool isTerminal);
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem);
    int help();

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QIODevice* m_binaryOut = nullptr;
    bool m_outIsTerminal = false;
    QString m_tenantPath;
    bool m_json = false;
};

} // namespace gh::cli
