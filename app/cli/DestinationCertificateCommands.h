#pragma once

// Internal to gh_cli: `destination-certificates list|show|import|export|delete`.

#include "app/cli/Commands.h"

namespace gh::cli {

// DestinationCertificateCommands.cpp (args after "destination-certificates").
int destinationCertificatesCommand(const Context& context, const QStringList& args);

} // namespace gh::cli
