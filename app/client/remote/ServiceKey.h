#pragma once

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace gh::remote {

// The three BTP services a tenant profile talks to, each with its own OAuth2 client.
enum class Service { Integration, Destination, Xsuaa };

// Every service, in the order profiles list them.
inline constexpr Service kServices[] = {Service::Integration, Service::Destination, Service::Xsuaa};

// "integration", "destination", "xsuaa": the name in settings keys, secret keys and the CLI.
QString serviceName(Service service);
std::optional<Service> serviceFromName(QStringView name);
// For people: "Cloud Integration API", "Destination service", "XSUAA API access".
QString serviceTitle(Service service);

// One BTP service key (the JSON the cockpit or `cf service-key` hands out), reduced to what a
// client-credentials client needs. Three shapes are recognised (SAP_APIS.md §1.1, §2.1, §3.1):
//   Cloud Integration, plan api:  {"oauth": {"clientid", "clientsecret", "url", "tokenurl", ...}}
//   Destination service:          {"clientid", "clientsecret", "url", "uri", ...}
//   XSUAA, plan apiaccess:        {"clientid", "clientsecret", "url", "apiurl", ...}
// Keys with an X.509 client certificate instead of a secret are refused for now.
//
// The client secret is held only in a SecretBuffer (wiped when released); it is never part of
// an error message, of `extra`, or of anything this type writes. Move-only because of it.
struct ServiceKey
{
    // Service keys are a few hundred bytes to a few KiB (an XSUAA key carries its verification
    // key); anything much larger is not a service key and is refused before parsing.
    static constexpr qint64 MaxSize = 64 * 1024;

    Service service = Service::Integration;
    QString clientId;
    crypto::SecretBuffer clientSecret;
    QUrl tokenUrl; // POST here with grant_type=client_credentials
    QUrl apiRoot;  // https://<host>/api/v1, <uri>/destination-configuration/v1, or <apiurl>
    // Informational fields of the key when present (never secret): identityzone, tenantid,
    // subaccountid, xsappname, createdate.
    QString identityZone;
    QString tenantId;
    QString subaccountId;
    QString xsappname;
    QString createDate;
    // Fields nobody here reads, kept as given (for the Cloud Integration key, those beside and
    // inside "oauth"). The client secret is never among them.
    QJsonObject extra;

    // Parses the bytes of one service key; `source` (the file name) is the `where` of every
    // error, the JSON path ("$.oauth.tokenurl") its `field`. Validation errors only.
    static Result<ServiceKey> parse(QByteArrayView bytes, const QString& source);
    // Reads and parses the file at `path` (at most MaxSize bytes); the bytes read are wiped
    // afterwards, since they hold the secret.
    static Result<ServiceKey> readFile(const QString& path);
};

} // namespace gh::remote
