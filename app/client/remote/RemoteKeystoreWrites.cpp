// RemoteKeystore's reads with chains and its writes (SAP_APIS.md 1.4–1.6).
#include "app/client/remote/RemoteSecurityContent.h"

#include "app/crypto/Certificate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteKeystoreWrites)
};
} // namespace

namespace {

Error gone()
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"));
}

std::pair<QString, QString> splitKey(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return {slash > 0 ? key.left(slash) : QStringLiteral("system"), key.mid(slash + 1)};
}

QString keyOf(const QString& keystore, const QString& alias)
{
    return keystore + QLatin1Char('/') + KeystoreEntry::hexaliasOf(alias);
}

// A request on one entry of KeystoreEntries (also for KeyHistory: its navigations are served
// there with keystoreName=KeyHistory), `more` appended ("/Certificate/$value").
HttpRequest entryRequest(const QString& keystore, const QString& hexalias, const QString& more = {})
{
    HttpRequest r;
    r.path = odataItemPath(QStringLiteral("KeystoreEntries"), hexalias) + more;
    if (keystore != QLatin1String("system"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), keystore);
    return r;
}

// The entity itself: KeyHistory's entries are read from HistoryKeystoreEntries.
HttpRequest entityRequest(const QString& keystore, const QString& hexalias)
{
    if (keystore != QLatin1String("KeyHistory"))
        return entryRequest(keystore, hexalias);
    HttpRequest r;
    r.path = odataItemPath(QStringLiteral("HistoryKeystoreEntries"), hexalias);
    return r;
}

// The request for an entry's chain (a key pair's ChainResource, else its certificate).
HttpRequest chainRequest(const KeystoreEntry& entry)
{
    const bool chainResource = entry.isKeyPair() && entry.keystore != QLatin1String("KeyHistory");
    HttpRequest r = entryRequest(entry.keystore, entry.hexalias,
                                 chainResource ? QStringLiteral("/ChainResource/$value") : QStringLiteral("/Certificate/$value"));
    r.passStatuses.append(404);
    return r;
}

// The chain answered for `entry`, each certificate checked to parse (the costly part of a chain,
// run on the thread pool). A 404 (a tenant that has no chain resource for the entry) leaves the
// chain empty.
Result<KeystoreEntry> withChainFrom(KeystoreEntry entry, const Result<HttpResponse>& sent)
{
    if (!sent)
        return sent.error();
    if (sent->status == 404) {
        entry.chain.clear();
        return entry;
    }
    auto chain = splitChainPem(sent->body, sent->where);
    if (!chain)
        return chain.error();
    entry.chain = std::move(*chain);
    return entry;
}

// The entry's chain, read from the tenant into `entry`.
QFuture<Result<KeystoreEntry>> withChain(QPointer<HttpTransport> transport, KeystoreEntry entry)
{
    using R = Result<KeystoreEntry>;
    if (!transport)
        return readyFuture(R(gone()));
    return transport->send(chainRequest(entry)).then(QtFuture::Launch::Async, [entry = std::move(entry)](Result<HttpResponse> sent) mutable -> R {
        return withChainFrom(std::move(entry), sent);
    });
}

// Fills the chains of `entries`, in the transport's thread, with up to kWindow requests in
// flight (QNetworkAccessManager opens up to six connections to a host): a pull of a large
// keystore would otherwise wait for one round trip per entry. An answer is checked on the
// thread pool while the next request goes out at once, so that the requests never wait for a
// busy pool (a pull makes 100,000 users' rows there meanwhile). The first failure ends it.
struct ChainFill : std::enable_shared_from_this<ChainFill>
{
    static constexpr qsizetype kWindow = 6;
    QPointer<HttpTransport> transport;
    QList<KeystoreEntry> entries;
    qsizetype next = 0;
    qsizetype inFlight = 0; // requests sent and not answered
    qsizetype checking = 0; // answers on the pool
    bool finished = false;
    QPromise<Result<QList<KeystoreEntry>>> promise;
    // The checks' continuations run here, in the transport's thread (where this is made); not on
    // the transport itself, which may be gone when a check ends (fill() then says so). Lives as
    // long as the continuations' `self`; deleteLater: the last one may drop it.
    std::unique_ptr<QObject, void (*)(QObject*)> context{new QObject, [](QObject* o) { o->deleteLater(); }};

    QFuture<Result<QList<KeystoreEntry>>> start()
    {
        promise.start();
        auto future = promise.future();
        fill();
        return future;
    }
    void finish(Result<QList<KeystoreEntry>> r)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(std::move(r));
        promise.finish();
    }
    void checked(qsizetype index, Result<KeystoreEntry> e)
    {
        --checking;
        if (finished)
            return;
        if (!e)
            return finish(e.error());
        entries[index] = std::move(*e);
        fill();
    }
    void fill()
    {
        if (finished)
            return;
        if (next >= entries.size() && inFlight == 0 && checking == 0)
            return finish(std::move(entries));
        if (!transport)
            return finish(gone());
        while (next < entries.size() && inFlight < kWindow) {
            const qsizetype index = next++;
            ++inFlight;
            transport->send(chainRequest(entries.at(index)))
                .then(transport.data(), [self = shared_from_this(), index](Result<HttpResponse> sent) {
                    --self->inFlight;
                    if (self->finished)
                        return;
                    ++self->checking;
                    QtConcurrent::run([entry = self->entries.at(index), sent = std::move(sent)]() mutable {
                        return withChainFrom(std::move(entry), sent);
                    }).then(self->context.get(), [self, index](Result<KeystoreEntry> e) { self->checked(index, std::move(e)); });
                    self->fill();
                });
        }
    }
};

QFuture<Result<KeystoreEntry>> readEntry(QPointer<HttpTransport> transport, const QString& keystore, const QString& hexalias)
{
    using R = Result<KeystoreEntry>;
    if (!transport)
        return readyFuture(R(gone()));
    return transport->send(entityRequest(keystore, hexalias))
        .then(transport.data(), [transport, keystore](Result<HttpResponse> r) -> QFuture<R> {
            if (!r)
                return readyFuture(R(r.error()));
            auto entity = odataEntity(*r);
            if (!entity)
                return readyFuture(R(entity.error()));
            auto entry = decodeKeystoreEntry(*entity, QStringLiteral("$.d"), keystore);
            if (!entry)
                return readyFuture(R(malformed(entry.error(), r->where)));
            return withChain(transport, std::move(*entry));
        })
        .unwrap();
}

Status sentStatus(const Result<HttpResponse>& sent)
{
    if (!sent)
        return sent.error();
    return {};
}

} // namespace

Result<QList<QByteArray>> splitChainPem(const QByteArray& body, const QString& where)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    QList<QByteArray> out;
    qsizetype at = body.indexOf(begin);
    while (at >= 0) {
        const qsizetype stop = body.indexOf(end, at);
        if (stop < 0)
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("a PEM certificate is not terminated"), where);
        const QByteArray block = body.mid(at, stop + end.size() - at) + '\n';
        if (auto c = crypto::Certificate::fromPem(block); !c)
            return Error::make(Error::Kind::MalformedResponse,
                               Tr::tr("certificate %1 of the chain does not parse: %2").arg(out.size() + 1).arg(c.error().message),
                               where);
        out.append(block);
        at = body.indexOf(begin, stop);
    }
    if (out.isEmpty() && !body.trimmed().isEmpty()) {
        auto der = crypto::Certificate::fromDer(body);
        if (!der)
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("neither PEM certificates nor a DER certificate"), where);
        out.append(der->toPem());
    }
    return out;
}

QFuture<Result<QList<KeystoreEntry>>> RemoteKeystore::list(PageRequest page)
{
    using R = Result<QList<KeystoreEntry>>;
    QPointer<HttpTransport> transport = m_transport;
    return RemoteResource<KeystoreEntry>::list(page)
        .then(QtFuture::Launch::Sync, [transport](R entries) -> QFuture<R> {
            if (!entries)
                return readyFuture(std::move(entries));
            auto fill = std::make_shared<ChainFill>();
            fill->transport = transport;
            fill->entries = std::move(*entries);
            return fill->start();
        })
        .unwrap();
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::get(const QString& key)
{
    using R = Result<KeystoreEntry>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    const auto [keystore, hexalias] = splitKey(key);
    static const QStringList known{QStringLiteral("system"), QStringLiteral("KeyRenewal"), QStringLiteral("KeyHistory"),
                                   QStringLiteral("backup_admin_system")};
    if (!known.contains(keystore))
        return readyFuture(R(Error::notFound(Tr::tr("no keystore %1").arg(keystore))));
    return readEntry(m_transport, keystore, hexalias);
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::writeThenRead(HttpRequest request, const QString& key)
{
    using R = Result<KeystoreEntry>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    if (!m_csrf)
        return readyFuture(R(gone()));
    QPointer<HttpTransport> transport = m_transport;
    const auto [keystore, hexalias] = splitKey(key);
    const QString ks = keystore, hex = hexalias; // named copies for the capture
    return m_csrf->send(std::move(request))
        .then(transport.data(), [transport, ks, hex](Result<HttpResponse> sent) -> QFuture<R> {
            if (!sent)
                return readyFuture(R(sent.error()));
            return readEntry(transport, ks, hex);
        })
        .unwrap();
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::create(const KeystoreEntry& value)
{
    if (value.isKeyPair())
        return readyFuture(Result<KeystoreEntry>(Error::validation(
            QStringLiteral("Type"), Tr::tr("a key pair goes to the tenant with its private key (KeyPairResources), not as an entry alone: '%1'").arg(value.alias))));
    if (value.chain.isEmpty())
        return readyFuture(Result<KeystoreEntry>(Error::validation(QStringLiteral("Chain"), Tr::tr("'%1' has no certificate").arg(value.alias))));
    return putCertificate(value.keystore, value.alias, value.chain.first(), false);
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::update(const KeystoreEntry& value)
{
    if (value.chain.isEmpty())
        return readyFuture(Result<KeystoreEntry>(Error::validation(QStringLiteral("Chain"), Tr::tr("'%1' has no certificate").arg(value.alias))));
    if (value.isKeyPair())
        return putChain(value.key(), value.chain.join());
    return putCertificate(value.keystore, value.alias, value.chain.first(), true);
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::generateKeyPair(const KeyPairGeneration& g)
{
    QJsonObject body{{QStringLiteral("Hexalias"), KeystoreEntry::hexaliasOf(g.alias)},
                     {QStringLiteral("Alias"), g.alias},
                     {QStringLiteral("KeyType"), g.keyType},
                     {QStringLiteral("SignatureAlgorithm"), g.signatureAlgorithm},
                     {QStringLiteral("CommonName"), g.commonName},
                     {QStringLiteral("Country"), g.country}};
    if (g.keyType == QLatin1String("RSA"))
        body.insert(QStringLiteral("KeySize"), g.keySize);
    const std::pair<QLatin1String, QString> optional[] = {
        {QLatin1String("KeyAlgorithmParameter"), g.ellipticCurve}, {QLatin1String("OrganizationUnit"), g.organizationUnit},
        {QLatin1String("Organization"), g.organization}, {QLatin1String("Locality"), g.locality},
        {QLatin1String("State"), g.state}, {QLatin1String("Email"), g.email}};
    for (const auto& [name, value] : optional)
        if (!value.isEmpty())
            body.insert(name, value);
    if (g.validNotBefore.isValid())
        body.insert(QStringLiteral("ValidNotBefore"), writeDate(g.validNotBefore, JsonStyle::Wire, true));
    if (g.validNotAfter.isValid())
        body.insert(QStringLiteral("ValidNotAfter"), writeDate(g.validNotAfter, JsonStyle::Wire, true));
    HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/KeyPairGenerationRequests");
    if (g.keystore != QLatin1String("system"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), g.keystore);
    r.body = QJsonDocument(body);
    r.idempotent = false; // a repeat would answer 409 for the alias just made
    return writeThenRead(std::move(r), keyOf(g.keystore, g.alias));
}

QFuture<Result<QByteArray>> RemoteKeystore::signingRequest(const QString& key)
{
    using R = Result<QByteArray>;
    if (const auto e = unavailable())
        return readyFuture(R(*e));
    const auto [keystore, hexalias] = splitKey(key);
    return m_transport->send(entryRequest(keystore, hexalias, QStringLiteral("/SigningRequest/$value")))
        .then(QtFuture::Launch::Sync, [](Result<HttpResponse> r) -> R {
            if (!r)
                return r.error();
            if (!r->body.contains("-----BEGIN CERTIFICATE REQUEST-----") && !r->body.contains("-----BEGIN NEW CERTIFICATE REQUEST-----"))
                return Error::make(Error::Kind::MalformedResponse, Tr::tr("the answer is not a PEM certificate request"), r->where);
            return r->body;
        });
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::putCertificate(const QString& keystore, const QString& alias, const QByteArray& pem,
                                                              bool update)
{
    HttpRequest r;
    r.method = "PUT";
    r.path = odataItemPath(QStringLiteral("CertificateResources"), KeystoreEntry::hexaliasOf(alias)) + QStringLiteral("/$value");
    if (keystore != QLatin1String("system"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), keystore);
    if (update)
        r.query.addQueryItem(QStringLiteral("update"), QStringLiteral("true"));
    r.rawBody = pem;
    r.rawContentType = QByteArrayLiteral("application/pkix-cert");
    return writeThenRead(std::move(r), keyOf(keystore, alias));
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::putChain(const QString& key, const QByteArray& chainPem)
{
    const auto [keystore, hexalias] = splitKey(key);
    HttpRequest r;
    r.method = "PUT";
    r.path = odataItemPath(QStringLiteral("CertificateChainResources"), hexalias) + QStringLiteral("/$value");
    if (keystore != QLatin1String("system"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), keystore);
    r.rawBody = chainPem; // concatenated PEM: no Content-Type (SAP_APIS.md 1.4)
    return writeThenRead(std::move(r), key);
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::putKeyPair(const QString& keystore, const QString& alias, const QByteArray& pkcs12,
                                                          const crypto::SecretBuffer& password, bool update)
{
    HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/KeyPairResources");
    if (keystore != QLatin1String("system"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), keystore);
    if (update)
        r.query.addQueryItem(QStringLiteral("update"), QStringLiteral("true"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Hexalias"), KeystoreEntry::hexaliasOf(alias)},
                                       {QStringLiteral("Alias"), alias},
                                       {QStringLiteral("Password"), QString::fromUtf8(password.view())},
                                       {QStringLiteral("Resource"), QString::fromLatin1(pkcs12.toBase64())}});
    r.idempotent = update; // replacing twice is harmless, creating twice answers 409
    return writeThenRead(std::move(r), keyOf(keystore, alias));
}

QFuture<Result<KeystoreEntry>> RemoteKeystore::rename(const QString& key, const QString& newAlias)
{
    const auto [keystore, hexalias] = splitKey(key);
    HttpRequest r = entryRequest(keystore, hexalias);
    r.method = "PUT";
    r.query.addQueryItem(QStringLiteral("renameAlias"), QString::fromLatin1(QUrl::toPercentEncoding(newAlias)));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Status"), QJsonValue::Null}});
    return writeThenRead(std::move(r), keyOf(keystore, newAlias));
}

QFuture<Status> RemoteKeystore::activateRenewal(const QString& key)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    if (!m_csrf)
        return readyFuture(Status(gone()));
    const auto [keystore, hexalias] = splitKey(key);
    if (keystore != QLatin1String("KeyRenewal"))
        return readyFuture(Status(Error::validation(QStringLiteral("Keystore"), Tr::tr("only KeyRenewal entries are activated, not %1").arg(key))));
    HttpRequest r = entryRequest(keystore, hexalias);
    r.method = "DELETE";
    r.query.addQueryItem(QStringLiteral("activate"), QStringLiteral("true"));
    return m_csrf->send(std::move(r)).then(QtFuture::Launch::Sync, [](Result<HttpResponse> sent) { return sentStatus(sent); });
}

} // namespace gh::remote
