#pragma once

#include "app/domain/Clock.h"
#include "app/domain/Error.h"

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QSettings;

namespace gh {
class SecretStore;
class KeychainSecretStore;
}

namespace gh::cli {

// Exit codes, as DESIGN.md sets them for gatehouse-cli.
enum ExitCode { Success = 0, Finding = 1, Usage = 2 };

// gatehouse-cli [--tenant PATH] [--json] RESOURCE VERB [ARGS]. Runs one command and returns its
// exit code; output goes to `out`, errors (naming what and where) to `err`. Cli parses the
// global options and dispatches; the commands live in ListCommands.cpp, TenantCommands.cpp,
// CertCommands.cpp, KeystoreCommands.cpp, KeystoreEditCommands.cpp, UsersCommands.cpp,
// RoleCollectionCommands.cpp, AccessCommands.cpp and ProfileCommands.cpp.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err, const Clock& clock);
    ~Cli();
    // Where binary output (DER, PKCS#7) goes, and whether that is a terminal (binary output to
    // a terminal is refused). Without this, binary output goes through `out`'s device.
    void setBinaryOutput(QIODevice* device, bool isTerminal);
    // The store that keeps the private keys of generated and imported key pairs (tests inject a
    // MemorySecretStore; not owned). Without this, the system keychain is probed on first use.
    void setSecretStore(SecretStore* store) { m_injectedStore = store; }
    // The settings that keep tenant profiles (not owned): main passes the user's, tests a
    // temporary file. Without this, the profile commands fail with exit code 2.
    void setSettings(QSettings* settings) { m_settings = settings; }
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
    SecretStore* m_injectedStore = nullptr;
    QSettings* m_settings = nullptr;
    std::unique_ptr<KeychainSecretStore> m_keychain; // after a successful probe
    std::optional<Error> m_keychainError;            // after a failed one
};

} // namespace gh::cli
