#pragma once

#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Error.h"
#include "app/domain/Types.h"

#include <QList>

namespace gh {

// Validation rules. Each returns every problem found (empty when valid), each an
// Error of kind Validation whose `field` names the offending property.
using Problems = QList<Error>;

Problems validateDestination(const Destination& destination);
Problems validateDestinationName(const QString& name);
// KeyStoreLocation, TrustStoreLocation and tokenService.KeyStoreLocation name destination
// certificates (or keystore entries) that exist (`certificateNames`).
Problems validateDestinationReferences(const Destination& destination, const QStringList& certificateNames);
// Not errors, but what an administrator should know before saving: TrustAll, credentials over
// plain http, secrets missing since an export.
Problems destinationWarnings(const Destination& destination);
// The properties that a destination's Type and Authentication require.
QStringList requiredDestinationProperties(const QString& type, const QString& authentication);
QStringList knownAuthenticationTypes();
QStringList knownDestinationTypes();
QStringList knownProxyTypes();

Problems validateAlias(const QString& alias);
Problems validateKeystoreEntry(const KeystoreEntry& entry);
Problems validateRoleCollectionName(const QString& name);
Problems validateRoleCollection(const RoleCollection& collection);
Problems validateUser(const User& user);
Problems validateUserCredential(const UserCredential& credential);
Problems validateOAuth2ClientCredential(const OAuth2ClientCredential& credential);
Problems validateSecureParameter(const SecureParameter& parameter);

// A destination certificate's name as BTP allows it: letters, digits, '.', '-' and '_', ending in
// .pem, .cer, .crt, .der (certificates) or .p12, .pfx, .jks (keystores).
Problems validateDestinationCertificateName(const QString& name);
// The name, the type against the name's extension, the nodes (at least one certificate; private
// key nodes without key material), and no file content.
Problems validateDestinationCertificate(const DestinationCertificate& certificate);

// True for an absolute http(s) URL with a host.
bool isHttpUrl(const QString& text);

} // namespace gh
