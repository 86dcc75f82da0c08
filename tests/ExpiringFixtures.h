#pragma once

// What the expiry view's tests share (issue 7): certificates made with OpenSSL, dated relative to
// the test's "now", as keystore entries and destination certificates, and a tenant file that
// holds them.

#include "TestSupport.h"
#include "app/client/local/LocalTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/local/Seeder.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/DestinationCertificateNodes.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/crypto/PrivateKey.h"

namespace gh::test {

// A self-signed certificate (or one issued by `issuer`) valid from a year before `now` until
// `now` + `daysLeft` days (negative: expired). Fails the test through qFatal: fixtures only.
struct MadeCertificate
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

inline MadeCertificate makeCertificate(const QString& subject, const QDateTime& now, int daysLeft,
                                       const MadeCertificate* issuer = nullptr)
{
    auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!key)
        qFatal("key: %s", qPrintable(key.error().toString()));
    crypto::CertificateSpec spec;
    auto dn = crypto::DistinguishedName::parse(subject);
    if (!dn)
        qFatal("dn: %s", qPrintable(dn.error().toString()));
    spec.subject = *dn;
    const QDateTime whole = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    spec.notBefore = whole.addDays(-365);
    spec.notAfter = whole.addDays(daysLeft);
    spec.isCa = issuer == nullptr;
    auto certificate = issuer ? crypto::CertificateBuilder::issue(spec, *key, issuer->certificate, issuer->key)
                              : crypto::CertificateBuilder::selfSigned(spec, *key);
    if (!certificate)
        qFatal("certificate: %s", qPrintable(certificate.error().toString()));
    return {std::move(*key), *certificate};
}

inline KeystoreEntry keystoreEntry(const QString& keystore, const QString& alias,
                                   const QList<crypto::Certificate>& chain, const QDateTime& now)
{
    return crypto::keystoreEntryFor(keystore, alias, QStringLiteral("Certificate"),
                                    QStringLiteral("Tenant Administrator"), chain, now, QStringLiteral("tester"));
}

inline DestinationCertificate destinationCertificate(const QString& name, const QList<crypto::Certificate>& chain)
{
    DestinationCertificate c;
    c.name = name;
    for (const crypto::Certificate& certificate : chain)
        c.nodes.append(crypto::destinationCertificateNode(certificate));
    return c;
}

// The expiry tests' material, relative to `now`:
// - keystore system/partner: leaf CN=partner.example.com (10 days left) issued by CN=Partner CA
//   (200 days left);
// - keystore system/old-root: CN=Old Root, expired 5 days ago;
// - keystore KeyHistory/1_partner: expired 100 days ago (history: never listed);
// - destination certificate backend.pem: CN=backend.example.com, 45 days left.
struct ExpiringMaterial
{
    QList<KeystoreEntry> keystore;
    QList<DestinationCertificate> destinationCertificates;
};

inline ExpiringMaterial makeExpiringMaterial(const QDateTime& now)
{
    const MadeCertificate ca = makeCertificate(QStringLiteral("CN=Partner CA,O=Tests"), now, 200);
    const MadeCertificate leaf = makeCertificate(QStringLiteral("CN=partner.example.com,O=Tests"), now, 10, &ca);
    const MadeCertificate oldRoot = makeCertificate(QStringLiteral("CN=Old Root,O=Tests"), now, -5);
    const MadeCertificate history = makeCertificate(QStringLiteral("CN=partner.example.com,O=Tests"), now, -100);
    const MadeCertificate backend = makeCertificate(QStringLiteral("CN=backend.example.com,O=Tests"), now, 45);
    ExpiringMaterial m;
    m.keystore = {keystoreEntry(QStringLiteral("system"), QStringLiteral("partner"), {leaf.certificate, ca.certificate}, now),
                  keystoreEntry(QStringLiteral("system"), QStringLiteral("old-root"), {oldRoot.certificate}, now),
                  keystoreEntry(QStringLiteral("KeyHistory"), QStringLiteral("1_partner"), {history.certificate}, now)};
    m.destinationCertificates = {destinationCertificate(QStringLiteral("backend.pem"), {backend.certificate})};
    return m;
}

// A tenant file at `path` holding `material` (and nothing else).
inline void writeTenant(const QString& path, const ExpiringMaterial& material)
{
    const Status created = Seeder::createTenantFile(path, [](TenantStore&) { return Status(); });
    if (!created)
        qFatal("tenant: %s", qPrintable(created.error().toString()));
    auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    if (!tenant)
        qFatal("tenant: %s", qPrintable(tenant.error().toString()));
    LocalTenantClient client(*tenant);
    for (const KeystoreEntry& e : material.keystore) {
        const auto r = client.keystore().create(e).result();
        if (!r)
            qFatal("keystore entry %s: %s", qPrintable(e.alias), qPrintable(r.error().toString()));
    }
    for (const DestinationCertificate& c : material.destinationCertificates) {
        const auto r = client.destinationCertificates().create(c).result();
        if (!r)
            qFatal("destination certificate %s: %s", qPrintable(c.name), qPrintable(r.error().toString()));
    }
}

} // namespace gh::test
