#include "app/crypto/CertificateRequest.h"

#include "app/crypto/GeneralNames.h"

#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <algorithm>
#include <climits>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::CertificateRequest)
};
} // namespace

namespace {

void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack) noexcept
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}
using ExtensionStackPtr =
    std::unique_ptr<STACK_OF(X509_EXTENSION), OpenSslDeleter<&freeExtensionStack>>;

// The subjectAltName extension for the spec, or null (no error) if it asks for none.
Result<X509ExtensionPtr> subjectAltName(const CsrSpec& spec)
{
    const QString context = Tr::tr("adding subjectAltName to the request");
    auto names = subjectAltNames(spec.dnsNames, spec.ipAddresses, spec.emails, context);
    if (!names)
        return names.error();
    if (!*names)
        return X509ExtensionPtr();
    X509ExtensionPtr extension(X509V3_EXT_i2d(NID_subject_alt_name, 0, names->get()));
    if (!extension)
        return openSslError(Error::Kind::Crypto, context);
    return extension;
}

} // namespace

QString publicKeySha256(const EVP_PKEY* key)
{
    if (!key)
        return {};
    const auto der = derOf(i2d_PUBKEY, key);
    if (!der) {
        clearOpenSslErrors();
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

CertificateRequest::CertificateRequest(X509ReqPtr request) : m_request(std::move(request)) {}

Result<CertificateRequest> CertificateRequest::create(const PrivateKey& key, const CsrSpec& spec)
{
    if (key.isNull())
        return Error::validation(QStringLiteral("Key"), Tr::tr("no key for the request"));
    if (spec.subject.isEmpty())
        return Error::validation(QStringLiteral("Subject"), Tr::tr("the subject is empty"));
    const int keyId = EVP_PKEY_get_base_id(key.get());
    const bool edDsa = keyId == EVP_PKEY_ED25519 || keyId == EVP_PKEY_ED448;
    const EVP_MD* md = digestByName(spec.digest);
    if (!md && !edDsa)
        return Error::validation(QStringLiteral("Digest"),
                                 Tr::tr("unsupported digest \"%1\" (use SHA256, SHA384 "
                                        "or SHA512)")
                                     .arg(spec.digest));
    Result<X509NamePtr> subject = spec.subject.toX509Name();
    if (!subject)
        return subject.error();
    Result<X509ExtensionPtr> san = subjectAltName(spec);
    if (!san)
        return san.error();

    const QString context =
        Tr::tr("creating a certificate request for %1").arg(spec.subject.toString());
    X509ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(request.get(), subject->get()) != 1 ||
        X509_REQ_set_pubkey(request.get(), key.get()) != 1)
        return openSslError(Error::Kind::Crypto, context);
    if (*san) {
        ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
        if (!extensions || sk_X509_EXTENSION_push(extensions.get(), san->get()) <= 0)
            return openSslError(Error::Kind::Crypto, context);
        san->release(); // owned by the stack now
        if (X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
            return openSslError(Error::Kind::Crypto, context);
    }
    EvpMdCtxPtr signing(EVP_MD_CTX_new());
    if (!signing ||
        EVP_DigestSignInit(signing.get(), nullptr, edDsa ? nullptr : md, nullptr, key.get()) != 1 ||
        X509_REQ_sign_ctx(request.get(), signing.get()) <= 0)
        return openSslError(Error::Kind::Crypto, context);
    // Re-read the encoding so that the object is exactly what any parser of it will see.
    return fromDer(CertificateRequest(std::move(request)).toDer());
}

Result<CertificateRequest> CertificateRequest::fromPem(QByteArrayView pem)
{
    const QString context = Tr::tr("reading PEM certificate request");
    BioPtr bio = readOnlyBio(pem);
    if (!bio)
        return openSslError(Error::Kind::Crypto, context);
    // Reads both "CERTIFICATE REQUEST" and "NEW CERTIFICATE REQUEST"; never prompts.
    X509ReqPtr request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!request)
        return openSslError(Error::Kind::Crypto, context);
    clearOpenSslErrors();
    return CertificateRequest(std::move(request));
}

Result<CertificateRequest> CertificateRequest::fromDer(QByteArrayView der)
{
    const QString context = Tr::tr("reading DER certificate request");
    if (der.size() > LONG_MAX)
        return Error::make(Error::Kind::Crypto, Tr::tr("%1: input too large").arg(context));
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    X509ReqPtr request(d2i_X509_REQ(nullptr, &cursor, static_cast<long>(der.size())));
    if (!request)
        return openSslError(Error::Kind::Crypto, context);
    if (cursor != begin + der.size())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: %n trailing byte(s) after the request", nullptr,
                                  static_cast<int>(der.size() - (cursor - begin)))
                               .arg(context));
    return CertificateRequest(std::move(request));
}

QByteArray CertificateRequest::toPem() const
{
    BioPtr bio = writableBio();
    if (!m_request || !bio || PEM_write_bio_X509_REQ(bio.get(), m_request.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioToByteArray(bio.get());
}

QByteArray CertificateRequest::toDer() const
{
    if (!m_request)
        return {};
    auto der = derOf(i2d_X509_REQ, m_request.get());
    if (!der)
        clearOpenSslErrors();
    return der.value_or(QByteArray());
}

DistinguishedName CertificateRequest::subject() const
{
    return m_request ? DistinguishedName::fromX509Name(X509_REQ_get_subject_name(m_request.get()))
                     : DistinguishedName();
}

QString CertificateRequest::subjectDN() const
{
    return subject().toString();
}

QStringList CertificateRequest::subjectAltNames(int type) const
{
    QStringList result;
    if (!m_request)
        return result;
    OpenSslErrorScope scope;
    ExtensionStackPtr extensions(X509_REQ_get_extensions(m_request.get()));
    const int index = X509v3_get_ext_by_NID(extensions.get(), NID_subject_alt_name, -1);
    if (index < 0)
        return result;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES*>(
        X509V3_EXT_d2i(sk_X509_EXTENSION_value(extensions.get(), index))));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != type)
            continue;
        const unsigned char* bytes = ASN1_STRING_get0_data(name->d.ia5);
        const int length = ASN1_STRING_length(name->d.ia5);
        result.append(type == GEN_IPADD
                          ? ipAddressText(bytes, length)
                          : QString::fromLatin1(reinterpret_cast<const char*>(bytes), length));
    }
    return result;
}

QStringList CertificateRequest::dnsNames() const
{
    return subjectAltNames(GEN_DNS);
}

QStringList CertificateRequest::ipAddresses() const
{
    return subjectAltNames(GEN_IPADD);
}

QStringList CertificateRequest::emails() const
{
    return subjectAltNames(GEN_EMAIL);
}

QString CertificateRequest::keyType() const
{
    OpenSslErrorScope scope;
    return m_request ? keyTypeName(X509_REQ_get0_pubkey(m_request.get())) : QString();
}

int CertificateRequest::keySize() const
{
    OpenSslErrorScope scope;
    return m_request ? keySizeBits(X509_REQ_get0_pubkey(m_request.get())) : 0;
}

QByteArray CertificateRequest::publicKeyDer() const
{
    if (!m_request)
        return {};
    OpenSslErrorScope scope;
    return derOf(i2d_PUBKEY, X509_REQ_get0_pubkey(m_request.get())).value_or(QByteArray());
}

bool CertificateRequest::verifySignature() const
{
    if (!m_request)
        return false;
    OpenSslErrorScope scope;
    EVP_PKEY* key = X509_REQ_get0_pubkey(m_request.get());
    return key && X509_REQ_verify(m_request.get(), key) == 1;
}

namespace {

Error chainError(const QString& message)
{
    clearOpenSslErrors();
    return Error::validation(QStringLiteral("Chain"), message);
}

bool issued(const Certificate& issuer, const Certificate& subject)
{
    OpenSslErrorScope scope;
    return X509_check_issued(issuer.get(), subject.get()) == X509_V_OK;
}

} // namespace

namespace {

// acceptSignedChain for the public key `pending`.
Result<QList<Certificate>> acceptChainFor(const EVP_PKEY* pending, QList<Certificate> chain)
{
    QList<Certificate> remaining;
    for (const Certificate& certificate : std::as_const(chain)) {
        if (!certificate.isNull() && !remaining.contains(certificate))
            remaining.append(certificate);
    }
    if (remaining.isEmpty())
        return chainError(Tr::tr("no certificate was given"));

    const auto leafIt =
        std::find_if(remaining.cbegin(), remaining.cend(),
                     [&](const Certificate& c) {
                         // Keys of different types compare with an error on the queue.
                         OpenSslErrorScope scope;
                         return EVP_PKEY_eq(c.publicKey(), pending) == 1;
                     });
    if (leafIt == remaining.cend()) {
        // Name the certificate that looks most like the leaf: one that issued none of the
        // others, preferably not a CA and not self-signed.
        Certificate leaf = remaining.first();
        int bestScore = -1;
        for (const Certificate& candidate : std::as_const(remaining)) {
            const bool issuesAnother =
                std::any_of(remaining.cbegin(), remaining.cend(), [&](const Certificate& other) {
                    return !(other == candidate) && issued(candidate, other);
                });
            const int score = (issuesAnother ? 0 : 4) + (candidate.isCa() ? 0 : 2) +
                              (candidate.isSelfIssued() ? 0 : 1);
            if (score > bestScore) {
                bestScore = score;
                leaf = candidate;
            }
        }
        return chainError(Tr::tr("the certificate %1 is for another key (SHA-256 of its "
                                 "public key %2; of the pending key %3)")
                              .arg(leaf.subjectDN(), publicKeySha256(leaf.publicKey()),
                                   publicKeySha256(pending)));
    }

    QList<Certificate> ordered{*leafIt};
    remaining.removeAt(leafIt - remaining.cbegin());
    while (!remaining.isEmpty()) {
        const Certificate& current = ordered.last();
        if (current.isSelfIssued() && issued(current, current))
            break; // reached a root
        const auto issuerIt =
            std::find_if(remaining.cbegin(), remaining.cend(),
                         [&](const Certificate& candidate) { return issued(candidate, current); });
        if (issuerIt == remaining.cend())
            break;
        OpenSslErrorScope scope;
        if (X509_verify(current.get(), issuerIt->publicKey()) != 1)
            return chainError(Tr::tr("the signature of %1 does not verify with the key "
                                     "of %2")
                                  .arg(current.subjectDN(), issuerIt->subjectDN()));
        ordered.append(*issuerIt);
        remaining.removeAt(issuerIt - remaining.cbegin());
    }
    if (!remaining.isEmpty())
        return chainError(Tr::tr("the certificate %1 does not belong to the chain of %2")
                              .arg(remaining.first().subjectDN(), ordered.first().subjectDN()));
    return ordered;
}

} // namespace

Result<QList<Certificate>> acceptSignedChain(const PrivateKey& pending, QList<Certificate> chain)
{
    if (pending.isNull())
        return Error::validation(QStringLiteral("Key"), Tr::tr("no pending key"));
    return acceptChainFor(pending.get(), std::move(chain));
}

Result<QList<Certificate>> acceptSignedChain(const Certificate& pending, QList<Certificate> chain)
{
    if (pending.isNull())
        return Error::validation(QStringLiteral("Key"), Tr::tr("no pending certificate"));
    return acceptChainFor(pending.publicKey(), std::move(chain));
}

} // namespace gh::crypto
