#pragma once

// Internal to app/secrets (and its tests): QtKeychain's error codes as gh::Error.

#include "app/domain/Error.h"

#include <qt6keychain/keychain.h>

namespace gh::detail {

// EntryNotFound -> NotFound; AccessDenied, AccessDeniedByUser -> Forbidden; everything else
// (NoBackendAvailable, OtherError, CouldNotDeleteEntry, NotImplemented) -> Io. The message carries
// QtKeychain's errorString; `where` is "keychain:<service>/<key>".
Error keychainError(QKeychain::Error code, const QString& errorString, const QString& service,
                    const QString& key);

} // namespace gh::detail
