// CertificateReader::readPkcs12: PKCS#12 (PFX) files, including old ones encrypted with RC2,
// RC4 or single DES, which OpenSSL 3 only decrypts with its "legacy" provider. That provider is
// loaded into a private OSSL_LIB_CTX for the one file, never into the process-wide default
// context, and only after the default context failed with an "unsupported algorithm" error.

#include "app/crypto/CertificateReader.h"
#include "app/crypto/ReaderSupport.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/provider.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::Pkcs12Reader)
};
} // namespace

namespace {

// A library context with the legacy and default providers, for one PKCS#12 file. Everything
// created in it must be freed (or re-created in the default context) before it goes away.
class LegacyContext
{
public:
    LegacyContext() = default;
    LegacyContext(const LegacyContext&) = delete;
    LegacyContext& operator=(const LegacyContext&) = delete;
    ~LegacyContext()
    {
        if (m_legacy)
            OSSL_PROVIDER_unload(m_legacy);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
        // m_context is freed after this body, once the providers are gone.
    }

    // False with the reasons on the error queue if a provider could not be loaded.
    bool load()
    {
        m_context.reset(OSSL_LIB_CTX_new());
        if (!m_context)
            return false;
        m_legacy = OSSL_PROVIDER_load(m_context.get(), "legacy");
        m_default = OSSL_PROVIDER_load(m_context.get(), "default");
        return m_legacy && m_default;
    }

    OSSL_LIB_CTX* get() const { return m_context.get(); }

private:
    OsslLibCtxPtr m_context; // declared first: destroyed last
    OSSL_PROVIDER* m_legacy = nullptr;
    OSSL_PROVIDER* m_default = nullptr;
};

bool isUnsupported(unsigned long code)
{
    const int reason = ERR_GET_REASON(code);
    if (reason == ERR_R_UNSUPPORTED || reason == ERR_R_FETCH_FAILED)
        return true;
    if (ERR_GET_LIB(code) == ERR_LIB_EVP) {
        switch (reason) {
        case EVP_R_UNSUPPORTED_ALGORITHM:
        case EVP_R_UNKNOWN_CIPHER:
        case EVP_R_UNSUPPORTED_CIPHER:
        case EVP_R_UNKNOWN_PBE_ALGORITHM:
        case EVP_R_UNSUPPORTED_PRF:
        case EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION:
        case EVP_R_UNSUPPORTED_KEYLENGTH:
        case EVP_R_UNKNOWN_DIGEST:
            return true;
        default:
            break;
        }
    }
    return ERR_GET_LIB(code) == ERR_LIB_PKCS12 && reason == PKCS12_R_UNSUPPORTED_PKCS12_MODE;
}

bool anyUnsupported(const QList<OpenSslErrorEntry>& entries)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const OpenSslErrorEntry& entry) { return isUnsupported(entry.code); });
}

QString objectName(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        return QString::fromLatin1(nid == NID_pbes2 || nid == NID_id_pbkdf2 ? OBJ_nid2sn(nid)
                                                                            : OBJ_nid2ln(nid));
    char oid[128] = {};
    OBJ_obj2txt(oid, sizeof oid, object, 1);
    return QString::fromLatin1(oid);
}

// "pbeWithSHA1And40BitRC2-CBC", "PBES2 (PBKDF2, AES-256-CBC)".
QString describeAlgorithm(const X509_ALGOR* algorithm)
{
    const ASN1_OBJECT* object = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&object, &parameterType, &parameter, algorithm);
    if (OBJ_obj2nid(object) != NID_pbes2 || parameterType != V_ASN1_SEQUENCE)
        return objectName(object);
    OpenSslErrorScope scope;
    auto* params = static_cast<PBE2PARAM*>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
    if (!params)
        return objectName(object);
    const int cipher = OBJ_obj2nid(params->encryption->algorithm);
    const QString text =
        QStringLiteral("PBES2 (%1, %2)")
            .arg(objectName(params->keyfunc->algorithm),
                 cipher != NID_undef ? QString::fromLatin1(OBJ_nid2sn(cipher)).toUpper()
                                     : objectName(params->encryption->algorithm));
    PBE2PARAM_free(params);
    return text;
}

// The encryption schemes of the certificate and key bags; needs no password.
QStringList describeEncryption(const PKCS12* p12)
{
    QStringList schemes;
    OpenSslErrorScope scope;
    STACK_OF(PKCS7)* safes = PKCS12_unpack_authsafes(p12);
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes, i);
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_encrypted && safe->d.encrypted && safe->d.encrypted->enc_data) {
            schemes.append(describeAlgorithm(safe->d.encrypted->enc_data->algorithm));
        } else if (type == NID_pkcs7_data) {
            STACK_OF(PKCS12_SAFEBAG)* bags = PKCS12_unpack_p7data(safe);
            for (int j = 0; j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
                const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, j);
                if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                    continue;
                const X509_ALGOR* algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                if (algorithm)
                    schemes.append(describeAlgorithm(algorithm));
            }
            sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
        }
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    schemes.removeDuplicates();
    return schemes;
}

using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<&PKCS8_PRIV_KEY_INFO_free>>;

// What the bags of a PKCS#12 file hold. Keys and certificates are created in the default library
// context (EVP_PKCS82PKEY_ex with no context, PKCS12_SAFEBAG_get1_cert), so they stay usable
// once a legacy context used for decryption is gone.
struct Parsed
{
    EvpPkeyPtr key; // the first private key found
    QString keyFriendlyName;
    QList<Certificate> certificates;
    QStringList friendlyNames; // per certificate
};

struct Password
{
    const char* data = nullptr; // null: "no password" (as opposed to the empty string)
    int length = 0;
};

bool walkBags(const STACK_OF(PKCS12_SAFEBAG) * bags, Password password, OSSL_LIB_CTX* context,
              Parsed& parsed, int depth = 0)
{
    if (depth > 4) { // nested safeContents bags; real files have none
        ERR_raise_data(ERR_LIB_PKCS12, PKCS12_R_DECODE_ERROR, "safe contents nested too deeply");
        return false;
    }
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        OpenSslString friendlyName(PKCS12_get_friendlyname(bag));
        const QString name = friendlyName ? QString::fromUtf8(friendlyName.get()) : QString();
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
        case NID_pkcs8ShroudedKeyBag: {
            if (parsed.key)
                break; // one key pair per import; further keys are ignored
            Pkcs8Ptr decrypted;
            const PKCS8_PRIV_KEY_INFO* p8 = nullptr;
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_keyBag) {
                p8 = PKCS12_SAFEBAG_get0_p8inf(bag);
            } else {
                decrypted.reset(
                    PKCS12_decrypt_skey_ex(bag, password.data, password.length, context, nullptr));
                p8 = decrypted.get();
            }
            if (!p8)
                return false;
            parsed.key.reset(EVP_PKCS82PKEY_ex(p8, nullptr, nullptr));
            if (!parsed.key)
                return false;
            parsed.keyFriendlyName = name;
            break;
        }
        case NID_certBag: {
            if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate)
                break; // SDSI certificates: not X.509
            X509Ptr x509(PKCS12_SAFEBAG_get1_cert(bag));
            if (!x509)
                return false;
            parsed.certificates.append(Certificate(std::move(x509)));
            parsed.friendlyNames.append(name);
            break;
        }
        case NID_safeContentsBag:
            if (!walkBags(PKCS12_SAFEBAG_get0_safes(bag), password, context, parsed, depth + 1))
                return false;
            break;
        default:
            break; // CRL and secret bags
        }
    }
    return true;
}

void freeSafes(STACK_OF(PKCS7) * safes) noexcept
{
    sk_PKCS7_pop_free(safes, PKCS7_free);
}
void freeBags(STACK_OF(PKCS12_SAFEBAG) * bags) noexcept
{
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
}
using SafesPtr = std::unique_ptr<STACK_OF(PKCS7), OpenSslDeleter<&freeSafes>>;
using BagsPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), OpenSslDeleter<&freeBags>>;

// Decrypts and reads every bag; false with the reasons on the error queue. Encrypted safes
// are decrypted in the library context `p12` was created in.
bool parse(const PKCS12* p12, Password password, OSSL_LIB_CTX* context, Parsed& parsed)
{
    parsed = Parsed();
    SafesPtr safes(PKCS12_unpack_authsafes(p12));
    if (!safes)
        return false;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes.get(), i);
        BagsPtr bags;
        switch (OBJ_obj2nid(safe->type)) {
        case NID_pkcs7_data:
            bags.reset(PKCS12_unpack_p7data(safe));
            break;
        case NID_pkcs7_encrypted:
            bags.reset(PKCS12_unpack_p7encdata(safe, password.data, password.length));
            break;
        default:
            continue; // public-key (enveloped) safes: not used by any tool we know
        }
        if (!bags || !walkBags(bags.get(), password, context, parsed))
            return false;
    }
    return true;
}

Error wrongPassword(const SecretBuffer& password)
{
    return Error::make(Error::Kind::WrongPassword,
                       password.isEmpty()
                           ? Tr::tr("the PKCS#12 file is password protected; a password "
                                    "is required")
                           : Tr::tr("wrong password for the PKCS#12 file (its integrity "
                                    "check failed)"));
}

} // namespace

Result<CertificateFileContents> CertificateReader::readPkcs12(QByteArrayView der,
                                                              const QString& source,
                                                              const SecretBuffer& password)
{
    if (Status size = checkInputSize(der, source); !size)
        return size.error();
    const auto fail = [&](Error error) -> Result<CertificateFileContents> {
        clearOpenSslErrors();
        return withSource(std::move(error), source);
    };
    if (password.view().contains('\0'))
        return fail(Error::validation(QStringLiteral("Password"),
                                      Tr::tr("the password contains a NUL character")));
    // A NUL-terminated copy: OpenSSL takes some passwords as C strings.
    SecretBuffer terminated = SecretBuffer::zeroed(password.size() + 1);
    if (!password.isEmpty())
        std::memcpy(terminated.data(), password.data(), static_cast<std::size_t>(password.size()));
    const int passwordLength = static_cast<int>(password.size());

    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(der.size())));
    if (!p12)
        return fail(openSslError(Error::Kind::Crypto, Tr::tr("not a readable PKCS#12 file")));
    if (cursor != begin + der.size())
        return fail(Error::make(Error::Kind::Crypto,
                                Tr::tr("%n trailing byte(s) after the PKCS#12 data", nullptr,
                                       static_cast<int>(der.size() - (cursor - begin)))));

    CertificateFileContents contents;
    contents.format = CertificateFormat::Pkcs12;
    contents.encryption = describeEncryption(p12.get());
    const QString schemes = contents.encryption.isEmpty()
                                ? Tr::tr("an unknown scheme")
                                : contents.encryption.join(QStringLiteral(", "));

    // The integrity check (MAC) tells a wrong password apart from damage or an algorithm
    // problem. An empty password may mean "none" or "the empty string": try both.
    QList<Password> candidates;
    const Password given{terminated.data(), passwordLength};
    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac) {
        std::optional<Password> verified;
        const QList<Password> tries =
            password.isEmpty() ? QList<Password>{{nullptr, 0}, {"", 0}} : QList<Password>{given};
        for (const Password& attempt : tries) {
            if (PKCS12_verify_mac(p12.get(), attempt.data, attempt.length) == 1) {
                verified = attempt;
                break;
            }
        }
        if (!verified) {
            const QList<OpenSslErrorEntry> errors = takeOpenSslErrors();
            const bool cannotCompute =
                std::any_of(errors.cbegin(), errors.cend(), [](const OpenSslErrorEntry& entry) {
                    return isUnsupported(entry.code) ||
                           (ERR_GET_LIB(entry.code) == ERR_LIB_PKCS12 &&
                            ERR_GET_REASON(entry.code) == PKCS12_R_MAC_GENERATION_ERROR);
                });
            if (cannotCompute)
                return fail(openSslError(Error::Kind::UnsupportedAlgorithm,
                                         Tr::tr("the PKCS#12 integrity check (MAC) uses "
                                                "an algorithm OpenSSL cannot compute"),
                                         errors));
            return fail(wrongPassword(password));
        }
        candidates.append(*verified);
    } else if (password.isEmpty()) {
        candidates = {{nullptr, 0}, {"", 0}};
    } else {
        candidates = {given};
    }

    // Decrypts with each candidate password in `context`; the errors of the last attempt.
    Parsed parsed;
    const auto parseWith = [&](const PKCS12* file,
                               OSSL_LIB_CTX* context) -> std::optional<QList<OpenSslErrorEntry>> {
        QList<OpenSslErrorEntry> errors;
        for (const Password& candidate : std::as_const(candidates)) {
            if (parse(file, candidate, context, parsed))
                return std::nullopt;
            errors = takeOpenSslErrors();
            if (anyUnsupported(errors))
                break;
        }
        return errors;
    };
    const auto decryptionFailed = [&](const QList<OpenSslErrorEntry>& errors) {
        if (!hasMac) // no integrity check: a wrong password shows up as a decryption error
            return fail(Error::make(Error::Kind::WrongPassword,
                                    password.isEmpty()
                                        ? Tr::tr("the PKCS#12 file is encrypted; a "
                                                 "password is required")
                                        : Tr::tr("wrong password, or a damaged file (the "
                                                 "PKCS#12 file has no integrity check to "
                                                 "tell which)")));
        return fail(
            openSslError(Error::Kind::Crypto, Tr::tr("cannot read the PKCS#12 contents"), errors));
    };

    if (const auto errors = parseWith(p12.get(), nullptr)) {
        if (!anyUnsupported(*errors))
            return decryptionFailed(*errors);
        // Old algorithms: once more in a private context with the legacy provider.
        LegacyContext legacy;
        if (!legacy.load())
            return fail(openSslError(Error::Kind::UnsupportedAlgorithm,
                                     Tr::tr("the PKCS#12 file is encrypted with %1, "
                                            "which needs OpenSSL's legacy provider, and "
                                            "that could not be loaded")
                                         .arg(schemes)));
        Pkcs12Ptr legacyP12(PKCS12_init_ex(NID_pkcs7_data, legacy.get(), nullptr));
        PKCS12* reused = legacyP12.get();
        cursor = begin;
        if (!reused || !d2i_PKCS12(&reused, &cursor, static_cast<long>(der.size()))) {
            (void)legacyP12.release(); // d2i freed it on failure
            return fail(
                openSslError(Error::Kind::Crypto, Tr::tr("reading the PKCS#12 file again")));
        }
        if (const auto legacyErrors = parseWith(legacyP12.get(), legacy.get())) {
            if (anyUnsupported(*legacyErrors))
                return fail(openSslError(Error::Kind::UnsupportedAlgorithm,
                                         Tr::tr("the PKCS#12 file is encrypted with %1, "
                                                "which OpenSSL does not support (not "
                                                "even with its legacy provider)")
                                             .arg(schemes),
                                         *legacyErrors));
            return decryptionFailed(*legacyErrors);
        }
        contents.usedLegacyProvider = true;
    }
    clearOpenSslErrors(); // decoders tried and rejected on the way can leave entries

    // The key's certificate first, then the others in file order.
    qsizetype keyCertificate = -1;
    if (parsed.key) {
        for (qsizetype i = 0; i < parsed.certificates.size() && keyCertificate < 0; ++i) {
            OpenSslErrorScope scope;
            if (EVP_PKEY_eq(parsed.certificates.at(i).publicKey(), parsed.key.get()) == 1)
                keyCertificate = i;
        }
    }
    if (keyCertificate >= 0) {
        contents.certificates.append(parsed.certificates.takeAt(keyCertificate));
        contents.friendlyName = parsed.friendlyNames.takeAt(keyCertificate);
    }
    if (contents.friendlyName.isEmpty())
        contents.friendlyName = parsed.keyFriendlyName;
    contents.certificates.append(parsed.certificates);
    contents.privateKey = PrivateKey(std::move(parsed.key));
    if (contents.certificates.isEmpty())
        return fail(Error::make(Error::Kind::Crypto,
                                contents.hasPrivateKey()
                                    ? Tr::tr("the PKCS#12 file holds a private key but "
                                             "no certificate")
                                    : Tr::tr("the PKCS#12 file holds no certificates")));
    return contents;
}

} // namespace gh::crypto
