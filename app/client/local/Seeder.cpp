#include "app/client/local/Seeder.h"

#include "app/client/local/Codec.h"
#include "app/crypto/Certificate.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/DestinationCertificateNodes.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/crypto/PrivateKey.h"
#include "app/domain/Catalogue.h"
#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <vector>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Seeder)
};
} // namespace

namespace {

const QUuid kUserNamespace(QStringLiteral("{6f1c1d52-8f4e-4a57-9a43-8a0f3c4b2e11}"));

template<class T>
Status put(TenantStore& store, const T& value)
{
    return store.put(T::entityKind, value.key(), storedForm(value));
}

Result<QJsonObject> loadSeed()
{
    QFile file(QStringLiteral(":/gatehouse/demo/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Internal, Tr::tr("the demo seed is missing from the program"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error::make(Error::Kind::Internal, error.errorString(), Tr::tr("demo seed, offset %1").arg(error.offset));
    return doc.object();
}

// ---- Users, roles, role collections -----------------------------------------------------------

User makeUser(const QString& origin, const QString& given, const QString& family, const QString& email,
              int daysSinceLogon, const QStringList& groups, const QString& zoneId, const QDateTime& now)
{
    User u;
    u.id = QUuid::createUuidV5(kUserNamespace, origin + QLatin1Char('/') + email).toString(QUuid::WithoutBraces);
    u.userName = email;
    u.origin = origin;
    u.givenName = given;
    u.familyName = family;
    u.emails = {{email, true}};
    u.zoneId = zoneId;
    u.verified = true;
    u.created = now.addDays(-400 - daysSinceLogon % 97);
    u.lastModified = now.addDays(-daysSinceLogon);
    u.lastLogonTime = now.addDays(-daysSinceLogon).addSecs(-3600 * (daysSinceLogon % 9));
    u.version = 1 + daysSinceLogon % 5;
    u.idpGroups = groups;
    return u;
}

Status seedCatalogue(TenantStore& store, QHash<QString, RoleReference>& roleByTemplate)
{
    const Catalogue& catalogue = Catalogue::builtIn();
    QHash<QString, QString> appNames;
    for (const CatalogueApplication& app : catalogue.applications())
        appNames.insert(app.appId, app.appName);
    for (const CatalogueRoleTemplate& t : catalogue.roleTemplates()) {
        RoleTemplate rt{t.appId, t.name, t.description, appNames.value(t.appId), {}, {}};
        if (Status s = put(store, rt); !s)
            return s;
        // Every template has a default role of the same name, as BTP creates it.
        Role role{t.appId, t.name, t.name, t.description, appNames.value(t.appId), true, {}};
        if (Status s = put(store, role); !s)
            return s;
        roleByTemplate.insert(t.name, RoleReference{t.appId, t.name, t.name, t.description});
    }
    for (const CatalogueRoleCollection& c : catalogue.roleCollections()) {
        RoleCollection rc;
        rc.name = c.name;
        rc.description = c.description;
        rc.roleReferences = c.roles;
        rc.isReadOnly = c.readOnly;
        if (Status s = put(store, rc); !s)
            return s;
    }
    return {};
}

// ---- Keystore ---------------------------------------------------------------------------------

struct Issued
{
    crypto::Certificate certificate;
    crypto::PrivateKey key;
};

Result<Issued> issue(const QString& subject, const QDateTime& notBefore, const QDateTime& notAfter,
                     const crypto::KeySpec& keySpec, bool isCa, const Issued* issuer,
                     const QStringList& dnsNames = {}, const QStringList& eku = {})
{
    auto key = crypto::PrivateKey::generate(keySpec);
    if (!key)
        return key.error();
    auto dn = crypto::DistinguishedName::parse(subject);
    if (!dn)
        return dn.error();
    crypto::CertificateSpec spec;
    spec.subject = *dn;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.isCa = isCa;
    spec.dnsNames = dnsNames;
    spec.extendedKeyUsages = eku;
    auto cert = issuer ? crypto::CertificateBuilder::issue(spec, *key, issuer->certificate, issuer->key)
                       : crypto::CertificateBuilder::selfSigned(spec, *key);
    if (!cert)
        return cert.error();
    return Issued{std::move(cert).value(), std::move(key).value()};
}

KeystoreEntry entryFor(const QString& alias, const QString& type, const QString& owner,
                       const QList<const crypto::Certificate*>& chain, const QDateTime& modified)
{
    QList<crypto::Certificate> certificates;
    for (const crypto::Certificate* c : chain)
        certificates.append(*c);
    const QString by = owner == QLatin1String("SAP") ? QStringLiteral("SAP") : QStringLiteral("anna.becker@contoso.example");
    return crypto::keystoreEntryFor(QStringLiteral("system"), alias, type, owner, certificates, modified, by);
}

Status seedKeystore(TenantStore& store, const QDateTime& now)
{
    const QDateTime t = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    const auto rsa = crypto::KeySpec::rsa(2048);
    const auto p256 = crypto::KeySpec::ec(QStringLiteral("P-256"));
    const auto p384 = crypto::KeySpec::ec(QStringLiteral("P-384"));

    auto sapRoot = issue(QStringLiteral("CN=SAP Global Root CA (demo),O=SAP SE,L=Walldorf,C=DE"),
                         t.addYears(-8), t.addYears(12), rsa, true, nullptr);
    if (!sapRoot)
        return sapRoot.error();
    auto sapKey = issue(QStringLiteral("CN=contoso-dev.it-cpi018.cfapps.eu10-003.hana.ondemand.com,OU=SAP Cloud Platform Integration,O=SAP SE,C=DE"),
                        t.addDays(-200), t.addDays(530), rsa, false, &*sapRoot,
                        {QStringLiteral("contoso-dev.it-cpi018.cfapps.eu10-003.hana.ondemand.com")},
                        {QStringLiteral("clientAuth")});
    if (!sapKey)
        return sapKey.error();

    auto root = issue(QStringLiteral("CN=Contoso Root CA G2,O=Contoso Ltd,C=DE"), t.addYears(-3), t.addYears(17), p384, true, nullptr);
    if (!root)
        return root.error();
    auto intermediate = issue(QStringLiteral("CN=Contoso Issuing CA 01,O=Contoso Ltd,C=DE"), t.addYears(-2), t.addYears(5),
                              p384, true, &*root);
    if (!intermediate)
        return intermediate.error();
    auto signing = issue(QStringLiteral("CN=cpi-signing.contoso.com,OU=Integration,O=Contoso Ltd,C=DE"), t.addDays(-90),
                         t.addDays(640), rsa, false, &*intermediate, {QStringLiteral("cpi-signing.contoso.com")},
                         {QStringLiteral("clientAuth")});
    if (!signing)
        return signing.error();
    auto ariba = issue(QStringLiteral("CN=ariba-client.contoso.com,OU=Procurement,O=Contoso Ltd,C=DE"), t.addDays(-355),
                       t.addDays(10), p256, false, &*intermediate, {QStringLiteral("ariba-client.contoso.com")},
                       {QStringLiteral("clientAuth")});
    if (!ariba)
        return ariba.error();
    auto samlSigning = issue(QStringLiteral("CN=S4HC SAML signing,OU=Integration,O=Contoso Ltd,C=DE"), t.addDays(-30),
                             t.addDays(700), rsa, false, nullptr);
    if (!samlSigning)
        return samlSigning.error();
    auto partnerRoot = issue(QStringLiteral("CN=Partner Logistics Root CA,O=Partner Logistics GmbH,C=NL"), t.addYears(-6),
                             t.addYears(9), p256, true, nullptr);
    if (!partnerRoot)
        return partnerRoot.error();
    auto partnerOld = issue(QStringLiteral("CN=as2.partner-logistics.example,O=Partner Logistics GmbH,C=NL"), t.addDays(-750),
                            t.addDays(-20), p256, false, &*partnerRoot, {QStringLiteral("as2.partner-logistics.example")});
    if (!partnerOld)
        return partnerOld.error();
    auto sftpHost = issue(QStringLiteral("CN=sftp.partner-logistics.example,O=Partner Logistics GmbH,C=NL"), t.addDays(-340),
                          t.addDays(25), p256, false, &*partnerRoot, {QStringLiteral("sftp.partner-logistics.example")});
    if (!sftpHost)
        return sftpHost.error();

    const QList<KeystoreEntry> entries{
        entryFor(QStringLiteral("sap_cloudintegrationcertificate"), QStringLiteral("Key Pair"), QStringLiteral("SAP"),
                 {&sapKey->certificate, &sapRoot->certificate}, t.addDays(-200)),
        entryFor(QStringLiteral("sap_global_root_ca"), QStringLiteral("Certificate"), QStringLiteral("SAP"),
                 {&sapRoot->certificate}, t.addDays(-200)),
        entryFor(QStringLiteral("contoso_root_ca_g2"), QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                 {&root->certificate}, t.addDays(-180)),
        entryFor(QStringLiteral("contoso_issuing_ca_01"), QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                 {&intermediate->certificate, &root->certificate}, t.addDays(-180)),
        entryFor(QStringLiteral("contoso_signing"), QStringLiteral("Key Pair"), QStringLiteral("Tenant Administrator"),
                 {&signing->certificate, &intermediate->certificate, &root->certificate}, t.addDays(-90)),
        entryFor(QStringLiteral("ariba_client"), QStringLiteral("Key Pair"), QStringLiteral("Tenant Administrator"),
                 {&ariba->certificate, &intermediate->certificate, &root->certificate}, t.addDays(-355)),
        entryFor(QStringLiteral("s4hc_saml_signing"), QStringLiteral("Key Pair"), QStringLiteral("Tenant Administrator"),
                 {&samlSigning->certificate}, t.addDays(-30)),
        entryFor(QStringLiteral("partner_root_ca"), QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                 {&partnerRoot->certificate}, t.addDays(-400)),
        entryFor(QStringLiteral("partner_as2_2024"), QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                 {&partnerOld->certificate, &partnerRoot->certificate}, t.addDays(-700)),
        entryFor(QStringLiteral("partner_sftp_host"), QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                 {&sftpHost->certificate, &partnerRoot->certificate}, t.addDays(-340)),
    };
    for (const KeystoreEntry& e : entries) {
        if (Status s = put(store, e); !s)
            return s;
    }
    return {};
}

// ---- Destination certificates ----------------------------------------------------------------

DestinationCertificate destinationCertificate(const QString& name, const QList<const crypto::Certificate*>& chain,
                                              const QString& keyAlgorithm = {})
{
    DestinationCertificate c;
    c.name = name;
    c.type = DestinationCertificate::typeForName(name);
    if (!keyAlgorithm.isEmpty()) {
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.algorithm = keyAlgorithm;
        key.alias = QStringLiteral("1");
        c.nodes.append(key);
    }
    for (const crypto::Certificate* certificate : chain)
        c.nodes.append(crypto::destinationCertificateNode(*certificate));
    return c;
}

// A partner's trust chain, a server certificate that expires within 12 days, and a client
// keystore (.p12) of which only the public nodes exist: its file, which would hold the private
// key, is not on this machine. Two destinations use them.
Status seedDestinationCertificates(TenantStore& store, const QDateTime& now)
{
    const QDateTime t = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    const auto p256 = crypto::KeySpec::ec(QStringLiteral("P-256"));
    auto partnerCa = issue(QStringLiteral("CN=Northwind Partner CA,O=Northwind Traders,C=US"), t.addYears(-4),
                           t.addYears(6), p256, true, nullptr);
    if (!partnerCa)
        return partnerCa.error();
    auto erpServer = issue(QStringLiteral("CN=erp-gateway.northwind.example,O=Northwind Traders,C=US"), t.addDays(-353),
                           t.addDays(12), p256, false, &*partnerCa, {QStringLiteral("erp-gateway.northwind.example")},
                           {QStringLiteral("serverAuth")});
    if (!erpServer)
        return erpServer.error();
    auto client = issue(QStringLiteral("CN=cpi-client.contoso.com,OU=Integration,O=Contoso Ltd,C=DE"), t.addDays(-60),
                        t.addDays(305), p256, false, &*partnerCa, {QStringLiteral("cpi-client.contoso.com")},
                        {QStringLiteral("clientAuth")});
    if (!client)
        return client.error();
    const QList<DestinationCertificate> certificates{
        destinationCertificate(QStringLiteral("northwind-trust.pem"), {&partnerCa->certificate}),
        destinationCertificate(QStringLiteral("erp-gateway.crt"), {&erpServer->certificate}),
        destinationCertificate(QStringLiteral("contoso-client.p12"), {&client->certificate, &partnerCa->certificate},
                               QStringLiteral("EC")),
    };
    for (const DestinationCertificate& c : certificates) {
        if (Status s = put(store, c); !s)
            return s;
    }
    Destination portal;
    portal.set(QStringLiteral("Name"), QStringLiteral("Northwind_Portal_mTLS"));
    portal.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    portal.set(QStringLiteral("URL"), QStringLiteral("https://portal.northwind.example/api"));
    portal.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    portal.set(QStringLiteral("Authentication"), QStringLiteral("ClientCertificateAuthentication"));
    portal.set(QStringLiteral("Description"), QStringLiteral("Northwind partner portal with a client certificate"));
    portal.set(QStringLiteral("KeyStoreLocation"), QStringLiteral("contoso-client.p12"));
    portal.setSecretState(QStringLiteral("KeyStorePassword"), Destination::SecretState::Set);
    portal.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("northwind-trust.pem"));
    Destination erp;
    erp.set(QStringLiteral("Name"), QStringLiteral("Northwind_ERP_Gateway"));
    erp.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    erp.set(QStringLiteral("URL"), QStringLiteral("https://erp-gateway.northwind.example/sap/opu/odata"));
    erp.set(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    erp.set(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
    erp.set(QStringLiteral("Description"), QStringLiteral("Northwind ERP gateway, server certificate pinned"));
    erp.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("erp-gateway.crt"));
    for (const Destination& d : {portal, erp}) {
        if (Status s = put(store, d); !s)
            return s;
    }
    return {};
}

// ---- Security material without keys ----------------------------------------------------------

template<class T>
Status seedList(TenantStore& store, const QJsonArray& items, const QString& path,
                const std::function<void(T&, int)>& complete)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto value = T::fromJson(items.at(i).toObject(), path + QStringLiteral("[%1]").arg(i));
        if (!value)
            return value.error();
        complete(*value, static_cast<int>(i));
        if (Status s = put(store, *value); !s)
            return s;
    }
    return {};
}

} // namespace

Status Seeder::populateDemo(TenantStore& store, const QDateTime& now)
{
    auto seed = loadSeed();
    if (!seed)
        return seed.error();
    return store.transaction([&]() -> Status {
        const QJsonObject tenant = seed->value(QStringLiteral("tenant")).toObject();
        const QString zoneId = tenant.value(QStringLiteral("zoneId")).toString();
        if (Status s = store.setMeta(QStringLiteral("name"), tenant.value(QStringLiteral("name")).toString()); !s)
            return s;
        if (Status s = store.setMeta(QStringLiteral("kind"), QStringLiteral("demo")); !s)
            return s;
        if (Status s = store.setMeta(QStringLiteral("created"), toIsoUtc(now)); !s)
            return s;

        QHash<QString, QString> idpNames;
        if (Status s = seedList<IdentityProvider>(store, seed->value(QStringLiteral("identityProviders")).toArray(),
                                                  QStringLiteral("seed.identityProviders"),
                                                  [&](IdentityProvider& idp, int) { idpNames.insert(idp.originKey, idp.name); });
            !s)
            return s;

        QHash<QString, RoleReference> roleByTemplate;
        if (Status s = seedCatalogue(store, roleByTemplate); !s)
            return s;

        for (const QJsonValue& v : seed->value(QStringLiteral("customRoleCollections")).toArray()) {
            const QJsonObject o = v.toObject();
            RoleCollection rc;
            rc.name = o.value(QStringLiteral("name")).toString();
            rc.description = o.value(QStringLiteral("description")).toString();
            for (const QJsonValue& t : o.value(QStringLiteral("templates")).toArray()) {
                if (!roleByTemplate.contains(t.toString()))
                    return Error::make(Error::Kind::Internal, Tr::tr("demo seed names unknown role template %1").arg(t.toString()));
                rc.roleReferences.append(roleByTemplate.value(t.toString()));
            }
            for (const QJsonValue& g : o.value(QStringLiteral("groups")).toArray()) {
                const QJsonArray pair = g.toArray();
                const QString idp = pair.at(0).toString();
                rc.attributeMappings.append({QStringLiteral("Groups"), pair.at(1).toString(), QStringLiteral("equals"), idp, idpNames.value(idp)});
            }
            if (Status s = put(store, rc); !s)
                return s;
        }

        const QJsonObject users = seed->value(QStringLiteral("users")).toObject();
        for (auto it = users.begin(); it != users.end(); ++it) {
            for (const QJsonValue& v : it.value().toArray()) {
                const QJsonArray row = v.toArray();
                QStringList groups;
                for (const QJsonValue& g : row.at(5).toArray())
                    groups.append(g.toString());
                const User u = makeUser(it.key(), row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                        row.at(3).toInt(), groups, zoneId, now);
                if (Status s = put(store, u); !s)
                    return s;
                for (const QJsonValue& rcName : row.at(4).toArray()) {
                    if (Status s = put(store, Assignment{rcName.toString(), u.id}); !s)
                        return s;
                }
            }
        }

        if (Status s = seedList<Destination>(store, seed->value(QStringLiteral("destinations")).toArray(),
                                             QStringLiteral("seed.destinations"), [](Destination&, int) {});
            !s)
            return s;
        const auto deployed = [&](SecurityArtifactDescriptor& d, const QString& type, int i) {
            d = {type, QStringLiteral("anna.becker@contoso.example"), now.addDays(-20 - 7 * i), QStringLiteral("DEPLOYED")};
        };
        if (Status s = seedList<UserCredential>(store, seed->value(QStringLiteral("userCredentials")).toArray(),
                                                QStringLiteral("seed.userCredentials"), [&](UserCredential& c, int i) {
                                                    c.passwordSet = true;
                                                    deployed(c.descriptor, QStringLiteral("BUNDLE"), i);
                                                });
            !s)
            return s;
        if (Status s = seedList<OAuth2ClientCredential>(store, seed->value(QStringLiteral("oauth2ClientCredentials")).toArray(),
                                                        QStringLiteral("seed.oauth2ClientCredentials"),
                                                        [&](OAuth2ClientCredential& c, int i) {
                                                            c.clientSecretSet = true;
                                                            deployed(c.descriptor, QStringLiteral("CREDENTIALS"), i);
                                                        });
            !s)
            return s;
        if (Status s = seedList<SecureParameter>(store, seed->value(QStringLiteral("secureParameters")).toArray(),
                                                 QStringLiteral("seed.secureParameters"), [&](SecureParameter& p, int i) {
                                                     p.secureParamSet = true;
                                                     p.deployedBy = QStringLiteral("rosa.schmitt@contoso.com");
                                                     p.deployedOn = now.addDays(-3 - 11 * i);
                                                     p.status = QStringLiteral("DEPLOYED");
                                                 });
            !s)
            return s;
        if (Status s = seedKeystore(store, now); !s)
            return s;
        // SFTP receivers' host keys and partners' PGP public keys: fixed public data in the seed
        // (fingerprints computed from the keys; PGP keys without expiry, so never stale).
        if (Status s = seedList<KnownHost>(store, seed->value(QStringLiteral("knownHosts")).toArray(),
                                           QStringLiteral("seed.knownHosts"), [](KnownHost&, int) {});
            !s)
            return s;
        if (Status s = seedList<PgpKey>(store, seed->value(QStringLiteral("pgpKeys")).toArray(),
                                        QStringLiteral("seed.pgpKeys"), [](PgpKey&, int) {});
            !s)
            return s;
        return seedDestinationCertificates(store, now);
    });
}

Result<ScaleSpec> ScaleSpec::parse(const QString& text)
{
    ScaleSpec spec;
    static const QRegularExpression item(QStringLiteral("^(users|role-collections|destinations|keystore)=(\\d{1,7})$"));
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = item.match(part.trimmed());
        if (!m.hasMatch())
            return Error::validation(QStringLiteral("--scale"),
                                     Tr::tr("'%1' is not NAME=COUNT with NAME one of users, role-collections, destinations, keystore").arg(part));
        const int n = m.captured(2).toInt();
        const QString name = m.captured(1);
        if (name == QLatin1String("users"))
            spec.users = n;
        else if (name == QLatin1String("role-collections"))
            spec.roleCollections = n;
        else if (name == QLatin1String("destinations"))
            spec.destinations = n;
        else
            spec.keystore = n;
    }
    if (spec.keystore > 5000)
        return Error::validation(QStringLiteral("keystore"), Tr::tr("at most 5000 generated certificates"));
    return spec;
}

Status Seeder::populateScale(TenantStore& store, const ScaleSpec& spec, const QDateTime& now)
{
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(QStringLiteral("name"),
                                     QStringLiteral("Synthetic tenant (%1 users, %2 role collections, %3 destinations, %4 keystore entries)")
                                         .arg(spec.users).arg(spec.roleCollections).arg(spec.destinations).arg(spec.keystore));
            !s)
            return s;
        if (Status s = store.setMeta(QStringLiteral("kind"), QStringLiteral("synthetic")); !s)
            return s;
        const QStringList origins{QStringLiteral("sap.default"), QStringLiteral("synthetic-idp")};
        for (const QString& origin : origins) {
            if (Status s = put(store, IdentityProvider{origin, origin == QLatin1String("sap.default") ? QStringLiteral("SAP ID service")
                                                                                                        : QStringLiteral("Synthetic IdP"),
                                                       origin == QLatin1String("sap.default") ? QStringLiteral("sap") : QStringLiteral("saml"),
                                                       {}, QStringLiteral("active"), {}});
                !s)
                return s;
        }
        QHash<QString, RoleReference> roles;
        if (Status s = seedCatalogue(store, roles); !s)
            return s;
        const QList<RoleReference> roleList = roles.values();
        QStringList collections;
        for (int i = 0; i < spec.roleCollections; ++i) {
            RoleCollection rc;
            rc.name = QStringLiteral("Synthetic_Collection_%1").arg(i, 5, 10, QLatin1Char('0'));
            rc.description = QStringLiteral("Synthetic role collection %1").arg(i);
            if (!roleList.isEmpty()) {
                rc.roleReferences.append(roleList.at(i % roleList.size()));
                rc.roleReferences.append(roleList.at((i * 7 + 3) % roleList.size()));
            }
            collections.append(rc.name);
            if (Status s = put(store, rc); !s)
                return s;
        }
        // Written in key order, as a bulk load should be: rows inserted in the order of their
        // random ids split pages all over the file and leave them a third empty.
        std::vector<User> users;
        users.reserve(std::size_t(std::max(0, spec.users)));
        for (int i = 0; i < spec.users; ++i) {
            const QString origin = origins.at(i % 2);
            const QString email = QStringLiteral("user%1@synthetic.example").arg(i, 6, 10, QLatin1Char('0'));
            users.push_back(makeUser(origin, QStringLiteral("User"), QString::number(i), email, i % 400, {}, QString(), now));
        }
        QList<Assignment> assignments;
        if (!collections.isEmpty()) {
            for (int i = 0; i < spec.users; ++i)
                assignments.append(Assignment{collections.at(i % collections.size()), users[std::size_t(i)].id});
        }
        std::sort(users.begin(), users.end(), [](const User& a, const User& b) { return a.id < b.id; });
        std::sort(assignments.begin(), assignments.end(), [](const Assignment& a, const Assignment& b) {
            return std::tie(a.roleCollection, a.userId) < std::tie(b.roleCollection, b.userId);
        });
        for (const User& u : users) {
            if (Status s = put(store, u); !s)
                return s;
        }
        for (const Assignment& a : assignments) {
            if (Status s = put(store, a); !s)
                return s;
        }
        for (int i = 0; i < spec.destinations; ++i) {
            Destination d;
            d.set(QStringLiteral("Name"), QStringLiteral("Synthetic_Destination_%1").arg(i, 6, 10, QLatin1Char('0')));
            d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
            d.set(QStringLiteral("URL"), QStringLiteral("https://backend%1.synthetic.example/api").arg(i));
            d.set(QStringLiteral("ProxyType"), i % 3 == 0 ? QStringLiteral("OnPremise") : QStringLiteral("Internet"));
            if (i % 2 == 0) {
                d.set(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
                d.set(QStringLiteral("User"), QStringLiteral("svc%1").arg(i));
                d.setSecretState(QStringLiteral("Password"), Destination::SecretState::Set);
            } else {
                d.set(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
            }
            if (Status s = put(store, d); !s)
                return s;
        }
        if (spec.keystore > 0) {
            auto ca = issue(QStringLiteral("CN=Synthetic Root CA,O=Gatehouse,C=DE"), now.addYears(-1), now.addYears(10),
                            crypto::KeySpec::ec(QStringLiteral("P-256")), true, nullptr);
            if (!ca)
                return ca.error();
            for (int i = 0; i < spec.keystore; ++i) {
                // Spread expiry over two years, some already expired.
                auto leaf = issue(QStringLiteral("CN=synthetic-%1.example,O=Gatehouse,C=DE").arg(i), now.addDays(-365),
                                  now.addDays(-30 + (i * 37) % 730), crypto::KeySpec::ec(QStringLiteral("P-256")), false, &*ca);
                if (!leaf)
                    return leaf.error();
                const KeystoreEntry e = entryFor(QStringLiteral("synthetic_%1").arg(i, 5, 10, QLatin1Char('0')),
                                                 QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                                                 {&leaf->certificate, &ca->certificate}, now);
                if (Status s = put(store, e); !s)
                    return s;
            }
        }
        return {};
    });
}

Status Seeder::createTenantFile(const QString& path, const std::function<Status(TenantStore&)>& populate)
{
    const QFileInfo target(path);
    if (target.exists())
        return Error::make(Error::Kind::Conflict, Tr::tr("already exists; choose another path"), path);
    const QString partial = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    const auto removePartial = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial(); // a crashed earlier run with the same process id may have left these
    {
        auto store = TenantStore::open(partial, TenantStore::OpenMode::CreateIfMissing);
        if (!store) {
            removePartial();
            return store.error();
        }
        if (Status s = populate(**store); !s) {
            store->reset();
            removePartial();
            return s;
        }
    } // closed: SQLite checkpoints the WAL into the file and removes it
    if (!QFile::rename(partial, path)) {
        removePartial();
        // Someone else made it meanwhile (another first start): theirs stands.
        if (QFileInfo::exists(path))
            return Error::make(Error::Kind::Conflict, Tr::tr("already exists; choose another path"), path);
        return Error::make(Error::Kind::Io, Tr::tr("cannot move the new tenant into place"), path);
    }
    return {};
}

} // namespace gh
