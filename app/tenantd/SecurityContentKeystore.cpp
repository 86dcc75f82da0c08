#include "app/tenantd/SecurityContentKeystore.h"

#include "app/client/TenantClient.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Clock.h"
#include "app/domain/Json.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/tenantd/SecurityContentApi.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gh::tenantd {

namespace {

// KeyPairResource.Resource maxLength (SAP_APIS.md 1.3).
constexpr qsizetype kMaxKeyPairResource = 24576;

const QString kExists = QStringLiteral("Entity with specified name already exists.");

HttpResponse err(int status, const QString& message)
{
    return SecurityContentApi::odataError(status, message);
}

HttpResponse failure(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::NotFound: return err(404, e.message);
    case Error::Kind::Conflict: return err(409, kExists);
    case Error::Kind::Validation:
    case Error::Kind::Forbidden:
    case Error::Kind::ReadOnly:
    case Error::Kind::Crypto:
    case Error::Kind::WrongPassword:
    case Error::Kind::UnsupportedAlgorithm: return err(400, e.toString());
    default:
        qWarning("tenantd: %s", qPrintable(e.toString()));
        return err(500, QStringLiteral("Internal error"));
    }
}

QJsonObject wireOf(const KeystoreEntry& e)
{
    QJsonObject o = e.toJson(JsonStyle::Wire);
    o.remove(QStringLiteral("Keystore"));
    o.remove(QStringLiteral("Chain"));
    return o;
}

bool returnEntries(const HttpRequest& r)
{
    return r.query.queryItemValue(QStringLiteral("returnKeystoreEntries")) == QLatin1String("true");
}

// 200 {"d":{"results":[…]}} when asked for, else 204 (SAP_APIS.md 1.4).
HttpResponse written(const HttpRequest& r, const KeystoreEntry& e, const QString& status)
{
    if (!returnEntries(r))
        return HttpResponse::empty(204);
    QJsonObject o = wireOf(e);
    o.insert(QStringLiteral("Status"), status);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("results"), QJsonArray{o}}}}})
        .withHeader(QByteArrayLiteral("DataServiceVersion"), QByteArrayLiteral("2.0"));
}

std::optional<QJsonObject> jsonBody(const HttpRequest& r, HttpResponse& fail)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail = err(400, error.error != QJsonParseError::NoError
                            ? QStringLiteral("The request body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                            : QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    if (o.value(QStringLiteral("d")).isObject())
        o = o.value(QStringLiteral("d")).toObject();
    return o;
}

// The alias a hex alias encodes (UTF-8 bytes as hex, either case); nothing when it is not hex.
std::optional<QString> aliasOfHex(const QString& hexalias)
{
    static const QRegularExpression hex(QStringLiteral("^(?:[0-9A-Fa-f]{2})+$"));
    if (!hex.match(hexalias).hasMatch())
        return std::nullopt;
    return QString::fromUtf8(QByteArray::fromHex(hexalias.toLatin1()));
}

QString keyOf(const QString& keystore, const QString& hexalias)
{
    return keystore + QLatin1Char('/') + hexalias.toUpper();
}

// Applies a keystore action's changes to the tenant, in order.
Status apply(TenantClient& tenant, const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (!c.after) {
            if (Status s = tenant.keystore().remove(c.key).result(); !s)
                return s;
            continue;
        }
        auto entry = KeystoreEntry::fromJson(*c.after);
        if (!entry)
            return entry.error();
        auto done = c.before ? tenant.keystore().update(*entry).result() : tenant.keystore().create(*entry).result();
        if (!done)
            return done.error();
    }
    return {};
}

Result<QList<crypto::Certificate>> certificatesOf(const QByteArray& body, const QString& source)
{
    auto read = crypto::CertificateReader::read(body, source);
    if (!read)
        return read.error();
    if (read->certificates.isEmpty())
        return Error::validation(QStringLiteral("Certificate"), QStringLiteral("the body holds no certificate"));
    return read->certificates;
}

// "SHA-512/RSA", "SHA-256/ECDSA" … → "SHA512"; empty for anything else.
QString digestOf(const QString& signatureAlgorithm)
{
    const QString hash = signatureAlgorithm.section(QLatin1Char('/'), 0, 0).remove(QLatin1Char('-')).toUpper();
    return hash == QLatin1String("SHA256") || hash == QLatin1String("SHA384") || hash == QLatin1String("SHA512") ? hash : QString();
}

// "secp256r1", "prime256v1", "P-256" … → "P-256".
QString curveOf(const QString& name)
{
    const QString n = name.toLower().remove(QLatin1Char('-'));
    if (n == QLatin1String("p256") || n == QLatin1String("secp256r1") || n == QLatin1String("prime256v1"))
        return QStringLiteral("P-256");
    if (n == QLatin1String("p384") || n == QLatin1String("secp384r1"))
        return QStringLiteral("P-384");
    if (n == QLatin1String("p521") || n == QLatin1String("secp521r1"))
        return QStringLiteral("P-521");
    return {};
}

} // namespace

SecurityContentKeystore::SecurityContentKeystore(TenantClient& tenant, const Clock& clock)
    : m_tenant(tenant)
    , m_clock(clock)
    , m_secrets(std::make_unique<MemorySecretStore>())
    , m_vault(std::make_unique<KeyVault>(*m_secrets, QStringLiteral("tenantd")))
{
}

SecurityContentKeystore::~SecurityContentKeystore() = default;

std::optional<HttpResponse> SecurityContentKeystore::handle(const HttpRequest& r, const ODataSegment& s, const QStringList& more,
                                                            const QString& keystore, const QString& user)
{
    const QString& set = s.entitySet;
    const QStringList value{QStringLiteral("$value")};
    // Entries are written into the system and KeyRenewal keystores only (KeyHistory fills itself
    // on activation; backup_admin_system is a backup's).
    const bool writable = keystore == QLatin1String("system") || keystore == QLatin1String("KeyRenewal");
    const auto notWritable = [&keystore] {
        return err(400, QStringLiteral("Entries of the %1 keystore cannot be written (system, KeyRenewal)").arg(keystore));
    };
    if (set == QLatin1String("KeyPairGenerationRequests") || set == QLatin1String("KeyPairResources")) {
        if (s.key || !more.isEmpty())
            return err(404, QStringLiteral("No such resource"));
        if (r.method != "POST")
            return err(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
        if (!writable)
            return notWritable();
        return set == QLatin1String("KeyPairResources") ? putKeyPair(r, keystore, user) : generate(r, keystore, user);
    }
    if (set == QLatin1String("CertificateResources") || set == QLatin1String("CertificateChainResources")) {
        if (!s.key || more != value)
            return err(404, QStringLiteral("No such resource"));
        if (r.method != "PUT")
            return err(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
        if (!writable)
            return notWritable();
        return set == QLatin1String("CertificateResources") ? putCertificate(r, *s.key, keystore, user)
                                                            : putChain(r, keyOf(keystore, *s.key), user);
    }
    if (set != QLatin1String("KeystoreEntries") || !s.key)
        return std::nullopt;
    const QString key = keyOf(keystore, *s.key);
    if (r.method == "GET" && more == QStringList{QStringLiteral("SigningRequest"), QStringLiteral("$value")})
        return signingRequest(key);
    if (r.method == "GET" && more == QStringList{QStringLiteral("ChainResource"), QStringLiteral("$value")}) {
        auto entry = m_tenant.keystore().get(key).result();
        if (!entry)
            return failure(entry.error());
        HttpResponse out = HttpResponse::empty(200);
        for (const QByteArray& pem : entry->chain)
            out.body += pem.trimmed() + '\n';
        return out.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-pem-file"));
    }
    if (!more.isEmpty())
        return std::nullopt;
    if (r.method == "PUT")
        return writable ? rename(r, key, user) : notWritable();
    if (r.method == "DELETE" && r.query.queryItemValue(QStringLiteral("activate")) == QLatin1String("true"))
        return activate(r, key, user);
    return std::nullopt;
}

HttpResponse SecurityContentKeystore::generate(const HttpRequest& r, const QString& keystore, const QString& user)
{
    HttpResponse fail;
    const auto body = jsonBody(r, fail);
    if (!body)
        return fail;
    JsonReader in(*body, QStringLiteral("$"));
    keystore::GenerateRequest request;
    request.keystore = keystore;
    request.alias = in.string(QLatin1String("Alias"), true);
    const QString keyType = in.optionalString(QLatin1String("KeyType")).value_or(QStringLiteral("RSA"));
    const QString signature = in.optionalString(QLatin1String("SignatureAlgorithm")).value_or(QString());
    const int keySize = in.integer32(QLatin1String("KeySize"), 4096);
    const QString curve = in.optionalString(QLatin1String("KeyAlgorithmParameter")).value_or(QString());
    const QString cn = in.string(QLatin1String("CommonName"), true);
    const QString country = in.string(QLatin1String("Country"), true);
    const QString ou = in.string(QLatin1String("OrganizationUnit"));
    const QString o = in.string(QLatin1String("Organization"));
    const QString l = in.string(QLatin1String("Locality"));
    const QString st = in.string(QLatin1String("State"));
    const QString email = in.string(QLatin1String("Email"));
    request.certificate.notBefore = in.date(QLatin1String("ValidNotBefore"));
    request.certificate.notAfter = in.date(QLatin1String("ValidNotAfter"));
    in.string(QLatin1String("Hexalias")); // a dummy: recomputed from Alias
    if (!in.ok())
        return err(400, in.error()->toString());
    if (keyType == QLatin1String("RSA")) {
        request.key = crypto::KeySpec::rsa(keySize);
    } else if (keyType == QLatin1String("EC")) {
        request.key = crypto::KeySpec::ec(curveOf(curve.isEmpty() ? QStringLiteral("P-256") : curve));
        if (request.key.curve.isEmpty())
            return err(400, QStringLiteral("$.KeyAlgorithmParameter: unknown elliptic curve '%1'").arg(curve));
    } else {
        return err(400, QStringLiteral("$.KeyType: '%1' is not supported (RSA, EC)").arg(keyType));
    }
    if (keyType == QLatin1String("RSA") && keySize != 2048 && keySize != 3072 && keySize != 4096)
        return err(400, QStringLiteral("$.KeySize: %1 is not supported (2048, 3072, 4096)").arg(keySize));
    if (!signature.isEmpty()) {
        request.certificate.digest = digestOf(signature);
        if (request.certificate.digest.isEmpty())
            return err(400, QStringLiteral("$.SignatureAlgorithm: '%1' is not supported").arg(signature));
    } else {
        request.certificate.digest = QStringLiteral("SHA512");
    }
    if (country.size() != 2)
        return err(400, QStringLiteral("$.Country: two letters expected"));
    crypto::DistinguishedName dn;
    dn.append(QStringLiteral("CN"), cn);
    for (const auto& [type, v] : {std::pair{QStringLiteral("OU"), ou}, std::pair{QStringLiteral("O"), o},
                                  std::pair{QStringLiteral("L"), l}, std::pair{QStringLiteral("ST"), st}})
        if (!v.isEmpty())
            dn.append(type, v);
    dn.append(QStringLiteral("C"), country);
    request.certificate.subject = dn;
    if (!email.isEmpty())
        request.certificate.emails = QStringList{email};

    auto all = m_tenant.keystore().list().result();
    if (!all)
        return failure(all.error());
    if (keystore::findEntry(*all, keystore, request.alias))
        return err(409, kExists);
    auto generated = keystore::generateKeyPair(request, *all, keystore::Actor{user, m_clock.now()});
    if (!generated)
        return failure(generated.error());
    // The key first: an entry without its key would be a key pair nobody can use.
    if (Status kept = m_vault->keep(*generated->privateKey).result(); !kept)
        return failure(kept.error());
    auto created = m_tenant.keystore().create(generated->entry).result();
    if (!created)
        return failure(created.error());
    return written(r, *created, QStringLiteral("new"));
}

HttpResponse SecurityContentKeystore::signingRequest(const QString& key)
{
    auto entry = m_tenant.keystore().get(key).result();
    if (!entry)
        return failure(entry.error());
    if (!entry->isKeyPair())
        return err(400, QStringLiteral("Entry %1 does not represent a Key Pair").arg(entry->alias));
    auto privateKey = m_vault->keyOf(*entry).result();
    if (!privateKey)
        return privateKey.error().kind == Error::Kind::NotFound
            ? err(404, QStringLiteral("The private key of %1 is not held by this server").arg(entry->alias))
            : failure(privateKey.error());
    auto csr = keystore::signingRequest(*entry, **privateKey);
    if (!csr)
        return failure(csr.error());
    HttpResponse out = HttpResponse::empty(200);
    out.body = csr->toPem();
    return out.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/pkcs10"));
}

HttpResponse SecurityContentKeystore::putCertificate(const HttpRequest& r, const QString& hexalias, const QString& keystore,
                                                     const QString& user)
{
    const QByteArray type = r.header("Content-Type").split(';').first().trimmed().toLower();
    if (!type.isEmpty() && type != "application/pkix-cert" && type != "application/x-x509-ca-cert"
        && type != "application/octet-stream")
        return err(415, QStringLiteral("Content-Type %1 is not supported: send application/pkix-cert").arg(QString::fromLatin1(type)));
    const auto alias = aliasOfHex(hexalias);
    if (!alias)
        return err(400, QStringLiteral("'%1' is not a hex alias").arg(hexalias));
    auto certificates = certificatesOf(r.body, QStringLiteral("the request body"));
    if (!certificates)
        return failure(certificates.error());
    const bool update = r.query.queryItemValue(QStringLiteral("update")) == QLatin1String("true");
    auto current = m_tenant.keystore().get(keyOf(keystore, hexalias)).result();
    if (!current && current.error().kind != Error::Kind::NotFound)
        return failure(current.error());
    const QDateTime now = m_clock.now();
    KeystoreEntry entry = crypto::keystoreEntryFor(keystore, *alias, QStringLiteral("Certificate"), keystore::TenantOwner,
                                                   {certificates->first()}, now, user);
    if (current) {
        if (!update)
            return err(409, kExists);
        if (current->isSapOwned())
            return err(400, QStringLiteral("Entry %1 is owned by SAP and cannot be changed").arg(current->alias));
        if (current->isKeyPair())
            return err(400, QStringLiteral("Entry %1 is a Key Pair: its chain is changed through CertificateChainResources").arg(current->alias));
        if (current->fingerprintSha256 == entry.fingerprintSha256)
            return written(r, *current, QStringLiteral("unchanged"));
        entry.createdBy = current->createdBy;
        entry.createdTime = current->createdTime;
        auto updated = m_tenant.keystore().update(entry).result();
        return updated ? written(r, *updated, QStringLiteral("changed")) : failure(updated.error());
    }
    auto created = m_tenant.keystore().create(entry).result();
    return created ? written(r, *created, QStringLiteral("new")) : failure(created.error());
}

HttpResponse SecurityContentKeystore::putChain(const HttpRequest& r, const QString& key, const QString& user)
{
    auto entry = m_tenant.keystore().get(key).result();
    if (!entry)
        return failure(entry.error());
    if (!entry->isKeyPair())
        return err(400, QStringLiteral("Entry %1 does not represent a Key Pair").arg(entry->alias));
    auto chain = certificatesOf(r.body, QStringLiteral("the request body"));
    if (!chain)
        return failure(chain.error());
    auto change = keystore::updateWithSignedChain(*entry, *chain, keystore::Actor{user, m_clock.now()});
    if (!change) {
        // The same chain again: already done (a repeated request changes nothing).
        if (change.error().kind == Error::Kind::Validation && change.error().message.contains(QLatin1String("exactly this chain")))
            return written(r, *entry, QStringLiteral("unchanged"));
        return failure(change.error());
    }
    if (Status s = apply(m_tenant, {*change}); !s)
        return failure(s.error());
    auto updated = m_tenant.keystore().get(key).result();
    return updated ? written(r, *updated, QStringLiteral("changed")) : failure(updated.error());
}

HttpResponse SecurityContentKeystore::putKeyPair(const HttpRequest& r, const QString& keystore, const QString& user)
{
    HttpResponse fail;
    const auto body = jsonBody(r, fail);
    if (!body)
        return fail;
    const QJsonValue resource = body->value(QStringLiteral("Resource"));
    const QJsonValue alias = body->value(QStringLiteral("Alias"));
    const QJsonValue password = body->value(QStringLiteral("Password"));
    if (!alias.isString() || alias.toString().isEmpty())
        return err(400, QStringLiteral("$.Alias: required"));
    if (!resource.isString() || resource.toString().isEmpty())
        return err(400, QStringLiteral("$.Resource: required (base64 PKCS#12)"));
    if (!password.isUndefined() && !password.isNull() && !password.isString())
        return err(400, QStringLiteral("$.Password: expected a string"));
    if (resource.toString().size() > kMaxKeyPairResource)
        return err(413, QStringLiteral("$.Resource is longer than %1 characters").arg(kMaxKeyPairResource));
    const auto der = QByteArray::fromBase64Encoding(resource.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!der)
        return err(400, QStringLiteral("$.Resource: not base64"));
    const crypto::SecretBuffer secret(password.toString().toUtf8());
    auto read = crypto::CertificateReader::readPkcs12(*der, QStringLiteral("$.Resource"), secret);
    if (!read)
        return read.error().kind == Error::Kind::WrongPassword ? err(400, QStringLiteral("$.Password: wrong password for the PKCS#12"))
                                                             : failure(read.error());
    if (!read->hasPrivateKey() || read->certificates.isEmpty())
        return err(400, QStringLiteral("$.Resource: the PKCS#12 holds no private key with its certificate"));
    const QString name = alias.toString();
    const bool update = r.query.queryItemValue(QStringLiteral("update")) == QLatin1String("true");
    const QString key = keyOf(keystore, KeystoreEntry::hexaliasOf(name));
    auto current = m_tenant.keystore().get(key).result();
    if (!current && current.error().kind != Error::Kind::NotFound)
        return failure(current.error());
    if (current && !update)
        return err(409, kExists);
    if (current && current->isSapOwned())
        return err(400, QStringLiteral("Entry %1 is owned by SAP and cannot be changed").arg(current->alias));
    KeystoreEntry entry = crypto::keystoreEntryFor(keystore, name, QStringLiteral("Key Pair"), keystore::TenantOwner,
                                                   read->certificates, m_clock.now(), user);
    if (current && current->fingerprintSha256 == entry.fingerprintSha256 && current->chain.size() == entry.chain.size()
        && current->isKeyPair())
        return written(r, *current, QStringLiteral("unchanged"));
    if (Status kept = m_vault->keep(read->privateKey).result(); !kept)
        return failure(kept.error());
    if (current) {
        entry.createdBy = current->createdBy;
        entry.createdTime = current->createdTime;
        auto updated = m_tenant.keystore().update(entry).result();
        return updated ? written(r, *updated, QStringLiteral("changed")) : failure(updated.error());
    }
    auto created = m_tenant.keystore().create(entry).result();
    return created ? written(r, *created, QStringLiteral("new")) : failure(created.error());
}

HttpResponse SecurityContentKeystore::rename(const HttpRequest& r, const QString& key, const QString& user)
{
    if (!r.query.hasQueryItem(QStringLiteral("renameAlias")))
        return err(400, QStringLiteral("renameAlias is required"));
    const QString newAlias = r.query.queryItemValue(QStringLiteral("renameAlias"), QUrl::FullyDecoded);
    auto all = m_tenant.keystore().list().result();
    if (!all)
        return failure(all.error());
    const auto it = std::find_if(all->cbegin(), all->cend(), [&key](const KeystoreEntry& e) { return e.key() == key; });
    if (it == all->cend())
        return err(404, QStringLiteral("Entity with specified key does not exist."));
    if (keystore::findEntry(*all, it->keystore, newAlias))
        return err(400, QStringLiteral("An entry with the alias %1 exists already").arg(newAlias));
    auto changes = keystore::rename(*it, newAlias, *all, keystore::Actor{user, m_clock.now()});
    if (!changes)
        return failure(changes.error());
    if (Status s = apply(m_tenant, *changes); !s)
        return failure(s.error());
    auto renamed = m_tenant.keystore().get(keyOf(it->keystore, KeystoreEntry::hexaliasOf(newAlias))).result();
    if (!renamed)
        return failure(renamed.error());
    if (!returnEntries(r))
        return HttpResponse::empty(204);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), wireOf(*renamed)}});
}

HttpResponse SecurityContentKeystore::activate(const HttpRequest& r, const QString& key, const QString& user)
{
    if (!key.startsWith(keystore::RenewalKeystore + QLatin1Char('/')))
        return err(400, QStringLiteral("activate=true is for entries of the KeyRenewal keystore (keystoreName=KeyRenewal)"));
    auto all = m_tenant.keystore().list().result();
    if (!all)
        return failure(all.error());
    const auto it = std::find_if(all->cbegin(), all->cend(), [&key](const KeystoreEntry& e) { return e.key() == key; });
    if (it == all->cend())
        return err(404, QStringLiteral("Entity with specified key does not exist."));
    auto changes = keystore::activateRenewal(*it, *all, keystore::Actor{user, m_clock.now()});
    if (!changes)
        return failure(changes.error());
    if (Status s = apply(m_tenant, *changes); !s)
        return failure(s.error());
    if (!returnEntries(r))
        return HttpResponse::empty(204);
    auto active = m_tenant.keystore().get(keyOf(keystore::SystemKeystore, it->hexalias)).result();
    return active ? written(r, *active, QStringLiteral("changed")) : failure(active.error());
}

} // namespace gh::tenantd
