#pragma once

// Internal to gh_cli: what the destinations commands (DestinationCommands.cpp for list, import
// and export, DestinationEditCommands.cpp for show, create, update and delete) share.

#include "app/cli/Commands.h"
#include "app/workspace/Workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace gh::cli {

struct DestinationSession
{
    std::shared_ptr<LocalTenant> tenant;
    std::unique_ptr<Workspace> workspace;
    QList<Destination> destinations;

    // The destination of that exact name, or null.
    const Destination* find(const QString& name) const;
};

// Opens the tenant with a workspace on it and lists its destinations; Success, or the exit code
// after reporting why not.
int openDestinationSession(const Context& context, DestinationSession& session);

// A secret value on its way to the keychain (from a file or standard input, never the command line).
struct SecretValue
{
    QString destination;
    QString key;       // the property: Password, clientSecret …
    QByteArray value;  // a buffer of its own: wiped once kept
    // `copy` only: a credential's secret (`destination` then names the credential).
    EntityKind kind = EntityKind::Destination;
};

// The values of the --secret `keys` of `destination`: one line of standard input each, in order
// (unechoed and asked for by name at a terminal; a final newline, and a carriage return before
// it, are not part of the value). Usage when one is missing, empty or too long (every value read
// so far is wiped then). DestinationEditCommands.cpp; `copy` uses it too.
std::optional<int> readSecretValues(const Context& context, const QString& destination, const QStringList& keys,
                                    QList<SecretValue>& values);

// Keeps every value in the secret store under SecretStore::destinationKey, before the step that
// marks them set, and wipes the values. Usage (2) after reporting when no keychain answers or a
// value cannot be kept: the caller then changes nothing.
int keepDestinationSecrets(const Context& context, const DestinationSession& session, QList<SecretValue>& secrets);

} // namespace gh::cli
