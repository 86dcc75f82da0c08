#pragma once

// The service keys a BTP administrator would download for the sandbox: per API client one key
// for the XSUAA API access plan, one for the Destination service and one for the Cloud
// Integration API, in BTP's exact shapes (the remote backend's parser reads these files).

#include "app/domain/Result.h"
#include "app/tenantd/Tokens.h"

#include <QDateTime>
#include <vector>
#include <QString>

namespace gh::tenantd {

// "full-access" (read and write scopes of XSUAA and the Destination service) and "read-only"
// (their read scopes), each with a random client id and secret.
std::vector<ApiClient> makeSandboxClients();

// --keep-service-keys: each client whose DIR/<client>-xsuaa-apiaccess.json exists takes its
// client id and secret from there, so that a restarted sandbox (same --listen port) accepts the
// profiles made from its keys. A key file that cannot be read is an error naming it.
Status keepServiceKeys(const QString& dir, std::vector<ApiClient>& clients);

// Writes DIR/<client>-xsuaa-apiaccess.json, -destination.json and -integration-api.json for
// every client, readable by the owner only (they hold the client secret). `baseUrl` is
// "https://127.0.0.1:PORT"; `now` stamps the integration key's createdate.
Status writeServiceKeys(const QString& dir, const std::vector<ApiClient>& clients, const QString& baseUrl,
                        const QDateTime& now);

} // namespace gh::tenantd
