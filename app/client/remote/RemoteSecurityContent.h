#pragma once

// Cloud Integration's Security Content API (/api/v1, OData V2, SAP_APIS.md 1) for
// RemoteTenantClient (internal to it): keystore entries read; user credentials, OAuth2 client
// credentials and secure parameters read, created, changed and deleted, the writes through the
// CSRF session.
//
// Secrets: SAP answers Password, ClientSecret and SecureParam as null, so what is read says
// nothing about them (the flag reads "not set"). A write sends the secret's value only when the
// RemoteOptions' secret source has one for it; otherwise the field is left out, which keeps a
// set secret on update and makes a create of a secure parameter fail (it needs its value).

#include "app/client/remote/CsrfSession.h"
#include "app/client/remote/RemoteResources.h"
#include "app/crypto/SecretBuffer.h"

#include <functional>
#include <memory>

namespace gh::remote {

// The value of one credential's secret (Password, ClientSecret, SecureParam) for a write, or
// null when this machine has none.
using SecretSource = std::function<std::shared_ptr<const crypto::SecretBuffer>(EntityKind kind, const QString& name)>;

// An OData V2 envelope's parts, checked strictly: `{"d":{"results":[…]}}` and `{"d":{…}}`.
// MalformedResponse naming the JSON path ("$.d.results") and the request.
Result<QJsonArray> odataResults(const HttpResponse& response);
Result<QJsonObject> odataEntity(const HttpResponse& response);

// The domain value of one OData entity at `path` (__metadata dropped, OAuth2's expanded
// CustomParameters {"results":[…]} read as the list); the keystore entry's keystore is `keystore`.
Result<UserCredential> decodeUserCredential(const QJsonObject& json, const QString& path);
Result<OAuth2ClientCredential> decodeOAuth2ClientCredential(const QJsonObject& json, const QString& path);
Result<SecureParameter> decodeSecureParameter(const QJsonObject& json, const QString& path);
Result<KeystoreEntry> decodeKeystoreEntry(const QJsonObject& json, const QString& path, const QString& keystore);

// "/UserCredentials('O''Brien')", the single segment percent-encoded.
QString odataItemPath(const QString& entitySet, const QString& key);

template<class T>
class RemoteCredentials final : public RemoteResource<T>
{
public:
    RemoteCredentials(HttpTransport* transport, CsrfSession* csrf, QString entitySet, QString label, QString service,
                      SecretSource secrets);

    QFuture<Result<T>> get(const QString& key) override;
    QFuture<Result<T>> create(const T& value) override;
    QFuture<Result<T>> update(const T& value) override;
    QFuture<Status> remove(const QString& key) override;

private:
    QFuture<Result<T>> write(QByteArray method, QString path, const T& value);

    QPointer<CsrfSession> m_csrf;
    QString m_entitySet;
    SecretSource m_secrets;
};

// The keystore entries of the system, KeyRenewal and KeyHistory keystores (keys
// "<keystore>/<HEXALIAS>"), without their chains (the API answers them one entry at a time).
// An entry of the system or KeyRenewal keystore is deleted through the CSRF session; creating and
// changing entries answer "not supported by the remote backend yet".
class RemoteKeystore final : public RemoteResource<KeystoreEntry>
{
public:
    RemoteKeystore(HttpTransport* transport, CsrfSession* csrf, QString service);
    QFuture<Result<KeystoreEntry>> get(const QString& key) override;
    QFuture<Status> remove(const QString& key) override;

private:
    QPointer<CsrfSession> m_csrf;
};

} // namespace gh::remote
