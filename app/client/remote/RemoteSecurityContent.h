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

#include "app/client/KeystoreWrites.h"
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

// The certificates of a chain file (concatenated PEM, or one DER certificate), each as one PEM
// block ending in a newline; MalformedResponse naming `where` when there is none.
Result<QList<QByteArray>> splitChainPem(const QByteArray& body, const QString& where);

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
// "<keystore>/<HEXALIAS>"), each with its chain: list() and get() read it one entry at a time
// (RemoteKeystoreWrites.cpp), ChainResource/$value for key pairs, Certificate/$value otherwise
// (and for KeyHistory). An entry of the system or KeyRenewal keystore is deleted through the
// CSRF session; the KeystoreWrites go through it too (RemoteKeystoreWrites.cpp). create() and
// update() of a certificate entry upload it (CertificateResources); update() of a key pair
// uploads its chain (CertificateChainResources); creating a key pair needs its private key
// (putKeyPair), so create() refuses one.
class RemoteKeystore final : public RemoteResource<KeystoreEntry>, public KeystoreWrites
{
public:
    RemoteKeystore(HttpTransport* transport, CsrfSession* csrf, QString service);
    QFuture<Result<QList<KeystoreEntry>>> list(PageRequest page = {}) override;
    QFuture<Result<KeystoreEntry>> get(const QString& key) override;
    QFuture<Result<KeystoreEntry>> create(const KeystoreEntry& value) override;
    QFuture<Result<KeystoreEntry>> update(const KeystoreEntry& value) override;
    QFuture<Status> remove(const QString& key) override;

    QFuture<Result<KeystoreEntry>> generateKeyPair(const KeyPairGeneration& request) override;
    QFuture<Result<QByteArray>> signingRequest(const QString& key) override;
    QFuture<Result<KeystoreEntry>> putCertificate(const QString& keystore, const QString& alias, const QByteArray& pem,
                                                  bool update) override;
    QFuture<Result<KeystoreEntry>> putChain(const QString& key, const QByteArray& chainPem) override;
    QFuture<Result<KeystoreEntry>> putKeyPair(const QString& keystore, const QString& alias, const QByteArray& pkcs12,
                                              const crypto::SecretBuffer& password, bool update) override;
    QFuture<Result<KeystoreEntry>> rename(const QString& key, const QString& newAlias) override;
    QFuture<Status> activateRenewal(const QString& key) override;

private:
    // Sends `request` through the CSRF session, then reads the entry `key` back.
    QFuture<Result<KeystoreEntry>> writeThenRead(HttpRequest request, const QString& key);

private:
    QPointer<CsrfSession> m_csrf;
};

} // namespace gh::remote
