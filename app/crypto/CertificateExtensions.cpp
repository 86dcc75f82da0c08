// Certificate's accessors for X.509 v3 extensions: basicConstraints, keyUsage,
// extendedKeyUsage and subjectAltName. (The rest of Certificate is in Certificate.cpp.)

#include "app/crypto/Certificate.h"

#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace gh::crypto {

bool Certificate::isCa() const
{
    if (!m_data)
        return false;
    OpenSslErrorScope scope;
    const uint32_t flags = X509_get_extension_flags(view());
    return (flags & EXFLAG_BCONS) && (flags & EXFLAG_CA);
}

int Certificate::pathLength() const
{
    if (!m_data)
        return -1;
    OpenSslErrorScope scope;
    return static_cast<int>(X509_get_pathlen(view()));
}

KeyUsages Certificate::keyUsage() const
{
    if (!m_data)
        return {};
    OpenSslErrorScope scope;
    const uint32_t bits = X509_get_key_usage(view());
    if (bits == UINT32_MAX) // no keyUsage extension
        return {};
    return KeyUsages::fromInt(bits);
}

QStringList Certificate::extendedKeyUsages() const
{
    QStringList result;
    if (!m_data)
        return result;
    OpenSslErrorScope scope;
    auto* usages = static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(view(), NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return result;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(usages, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            result.append(QString::fromLatin1(OBJ_nid2sn(nid)));
        } else {
            char oid[128] = {};
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            result.append(QString::fromLatin1(oid));
        }
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return result;
}

QStringList Certificate::dnsNames() const
{
    return subjectAltNames(GEN_DNS);
}

QStringList Certificate::ipAddresses() const
{
    return subjectAltNames(GEN_IPADD);
}

QStringList Certificate::emails() const
{
    return subjectAltNames(GEN_EMAIL);
}

QStringList Certificate::subjectAltNames(int type) const
{
    QStringList result;
    if (!m_data)
        return result;
    OpenSslErrorScope scope;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(view(), NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != type)
            continue;
        const ASN1_STRING* value = name->d.ia5; // ia5 and iPAddress are both ASN1_STRINGs
        const unsigned char* bytes = ASN1_STRING_get0_data(value);
        const int length = ASN1_STRING_length(value);
        if (type != GEN_IPADD)
            result.append(QString::fromLatin1(reinterpret_cast<const char*>(bytes), length));
        else if (length == 4 || length == 16)
            result.append(ipAddressText(bytes, length));
    }
    return result;
}

} // namespace gh::crypto
