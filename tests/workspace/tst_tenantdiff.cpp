// TenantDiff: two demo tenants (one file copied, so the generated certificates are the same)
// with known edits made to B through its Workspace, compared through LocalTenantClient; the
// comparable forms' rules (secrets as set or not, noise and `extra` left out, SAP's own key pair by
// presence, read-only roles skipped) on listings made in the test.
#include "DemoTenant.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/crypto/PrivateKey.h"
#include "app/workspace/TenantDiff.h"
#include "app/workspace/Workspace.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <random>

using namespace gh;

namespace {

// One line per difference, so that a failed comparison shows what differed.
QStringList lines(const QList<TenantDifference>& differences)
{
    QStringList out;
    for (const TenantDifference& d : differences) {
        QString line = entityKindName(d.kind) + QLatin1Char(' ') + d.key + QLatin1Char(' ') + differenceStatusName(d.status);
        for (const changes::PropertyDiff& f : d.fields)
            line += QStringLiteral(" | %1: %2 -> %3").arg(f.property, f.before, f.after);
        out.append(line);
    }
    return out;
}

template<class T>
T valueOr(Result<T> r)
{
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r ? std::move(r).value() : T();
}

} // namespace

class TestTenantDiff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};

    QString copyOfTemplate(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_template, path) ? path : QString();
    }

    static std::shared_ptr<LocalTenant> open(const QString& path)
    {
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            qWarning("%s", qPrintable(tenant.error().toString()));
        return tenant ? *tenant : nullptr;
    }

    static QList<TenantDifference> diff(const QString& a, const QString& b, const QList<EntityKind>& kinds = {})
    {
        auto ta = open(a);
        auto tb = open(b);
        if (!ta || !tb)
            return {};
        LocalTenantClient ca(ta);
        LocalTenantClient cb(tb);
        return valueOr(diffTenants(ca, cb, kinds).result());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void identicalTenantsDoNotDiffer()
    {
        const QString a = copyOfTemplate(QStringLiteral("a.ghtenant"));
        const QString b = copyOfTemplate(QStringLiteral("b.ghtenant"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto ta = open(a);
        QVERIFY(ta);
        LocalTenantClient ca(ta);
        const Result<TenantListing> listed = listTenant(ca).result();
        QVERIFY(listed.ok());
        // Every compared kind has something, so "no difference" means something.
        QVERIFY(listed->users.size() >= 40);
        QVERIFY(listed->destinations.size() >= 12);
        QVERIFY(listed->keystore.size() >= 6);
        QVERIFY(!listed->roleCollections.isEmpty() && !listed->identityProviders.isEmpty());
        QVERIFY(!listed->userCredentials.isEmpty() && !listed->oauth2ClientCredentials.isEmpty());
        QVERIFY(!listed->secureParameters.isEmpty());
        QCOMPARE(lines(diff(a, b)), QStringList());
        QCOMPARE(lines(diff(a, a)), QStringList()); // the same file opened twice
    }

    void knownEditsAreExactlyTheDifferences()
    {
        const QString a = copyOfTemplate(QStringLiteral("a.ghtenant"));
        const QString b = copyOfTemplate(QStringLiteral("b.ghtenant"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QString annaKey;
        {
            auto tb = open(b);
            QVERIFY(tb);
            Workspace ws(tb, m_clock);
            TenantClient& client = ws.client();

            // A user loses a role collection.
            const QList<User> users = valueOr(client.users().list().result());
            const auto anna = std::find_if(users.cbegin(), users.cend(), [](const User& u) {
                return u.userName == QLatin1String("anna.becker@contoso.example");
            });
            QVERIFY(anna != users.cend());
            QVERIFY(anna->roleCollections.contains(QStringLiteral("PI_Administrator")));
            annaKey = anna->origin + QLatin1Char('/') + anna->userName;
            QVERIFY(ws.apply({Change::removed(Assignment{QStringLiteral("PI_Administrator"), anna->id})},
                             QStringLiteral("unassign"))
                        .result()
                        .ok());

            // A destination property changes; another's missing password is set in B only.
            const Destination northwind = valueOr(client.destinations().get(QStringLiteral("northwind")).result());
            Destination changed = northwind;
            changed.set(QStringLiteral("URL"), QStringLiteral("https://services.odata.org/V4"));
            const Destination legacy = valueOr(client.destinations().get(QStringLiteral("Legacy_PO_SOAP")).result());
            QCOMPARE(legacy.secretState(QStringLiteral("Password")), Destination::SecretState::Missing);
            Destination withPassword = legacy;
            withPassword.setSecretState(QStringLiteral("Password"), Destination::SecretState::Set);
            QVERIFY(ws.apply({Change::updated(northwind, changed), Change::updated(legacy, withPassword)},
                             QStringLiteral("edit destinations"))
                        .result()
                        .ok());

            // A certificate made here enters B's keystore.
            auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
            QVERIFY(key.ok());
            crypto::CertificateSpec spec;
            spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=New Partner CA,O=Test"));
            spec.notBefore = test::fixedNow().addDays(-1);
            spec.notAfter = test::fixedNow().addDays(365);
            spec.isCa = true;
            auto cert = crypto::CertificateBuilder::selfSigned(spec, *key);
            QVERIFY(cert.ok());
            const KeystoreEntry entry = crypto::keystoreEntryFor(QStringLiteral("system"), QStringLiteral("new_partner_ca"),
                                                                 QStringLiteral("Certificate"),
                                                                 QStringLiteral("Tenant Administrator"), {*cert},
                                                                 test::fixedNow(), QStringLiteral("admin"));
            QVERIFY(ws.apply({Change::created(entry)}, QStringLiteral("add certificate")).result().ok());

            // A role collection goes (it has no direct users, so no user changes with it).
            const RoleCollection support =
                valueOr(client.roleCollections().get(QStringLiteral("Contoso_Support_Monitoring")).result());
            QVERIFY(support.userReferences.isEmpty());
            QVERIFY(ws.apply(Change::removal(support), QStringLiteral("delete collection")).result().ok());
        }

        const QStringList expected{
            QStringLiteral("users %1 differs | roleCollections: PI_Administrator -> ").arg(annaKey),
            QStringLiteral("role_collections Contoso_Support_Monitoring onlyInA"),
            QStringLiteral("destinations Legacy_PO_SOAP differs | Password: (missing) -> (set)"),
            QStringLiteral("destinations northwind differs | URL: https://services.odata.org -> https://services.odata.org/V4"),
            QStringLiteral("keystore_entries system/new_partner_ca onlyInB"),
        };
        QCOMPARE(lines(diff(a, b)), expected);

        // Reversed, the sides swap.
        const QList<TenantDifference> reversed = diff(b, a);
        QCOMPARE(reversed.size(), expected.size());
        QCOMPARE(reversed.at(1).status, TenantDifference::Status::OnlyInB);
        QCOMPARE(reversed.at(3).fields.value(0).before, QStringLiteral("https://services.odata.org/V4"));

        // Only the kinds asked for.
        QCOMPARE(lines(diff(a, b, {EntityKind::KeystoreEntry, EntityKind::RoleCollection})),
                 (QStringList{expected.at(1), expected.at(4)}));
        QCOMPARE(lines(diff(a, b, {EntityKind::SecureParameter})), QStringList());

        // The JSON form: kind, key, status and fields with A's and B's values (null: none).
        const QJsonObject json = differenceJson(diff(a, b, {EntityKind::User}).value(0));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("users"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        const QJsonObject field = json.value(QStringLiteral("fields")).toArray().at(0).toObject();
        QCOMPARE(field.value(QStringLiteral("field")).toString(), QStringLiteral("roleCollections"));
        QCOMPARE(field.value(QStringLiteral("a")).toString(), QStringLiteral("PI_Administrator"));
        QVERIFY(field.value(QStringLiteral("b")).isNull());
    }

    void demoTenantsSeededTwiceDifferOnlyInGeneratedCertificates()
    {
        // The same seed at the same clock time: users, collections, destinations … are equal;
        // the certificates (keystore and destination certificates) are generated anew, so only their
        // fingerprints differ, and
        // SAP's own key pair (per tenant by design) not even there.
        QTemporaryDir other;
        const QString b = test::createDemoTenant(other);
        QVERIFY(!b.isEmpty());
        const QList<TenantDifference> differences = diff(m_template, b);
        QVERIFY(!differences.isEmpty());
        for (const TenantDifference& d : differences) {
            if (d.kind != EntityKind::KeystoreEntry && d.kind != EntityKind::DestinationCertificate)
                QFAIL(qPrintable(lines({d}).value(0)));
            QCOMPARE(d.status, TenantDifference::Status::Differs);
            QVERIFY(d.key != QLatin1String("system/sap_cloudintegrationcertificate"));
            for (const changes::PropertyDiff& f : d.fields) {
                QCOMPARE(f.property, d.kind == EntityKind::KeystoreEntry ? QStringLiteral("FingerprintSha256")
                                                                         : QStringLiteral("fingerprintsSha256"));
            }
        }
    }

    void secretsCompareOnlyAsSetOrNot()
    {
        TenantListing a;
        TenantListing b;
        UserCredential cred{QStringLiteral("SFTP_User"), QStringLiteral("default"), QStringLiteral("SFTP"),
                            QStringLiteral("sftp"), {}, true, {}, {}};
        cred.descriptor.deployedBy = QStringLiteral("anna");
        cred.descriptor.deployedOn = test::fixedNow();
        a.userCredentials.append(cred);
        cred.descriptor.deployedBy = QStringLiteral("ben"); // noise
        cred.descriptor.deployedOn = test::fixedNow().addDays(3);
        cred.extra.insert(QStringLiteral("NewApiField"), QStringLiteral("x")); // not compared
        b.userCredentials.append(cred);
        QCOMPARE(lines(diffListings(a, b)), QStringList());
        // What does not differ is told as the same (the diff view's "all items").
        QCOMPARE(sameInListings(a, b), (QList<SameItem>{{EntityKind::UserCredential, QStringLiteral("SFTP_User")}}));

        b.userCredentials.first().passwordSet = false;
        b.userCredentials.first().user = QStringLiteral("sftp2");
        QCOMPARE(lines(diffListings(a, b)),
                 QStringList{QStringLiteral("user_credentials SFTP_User differs | Password: set -> not set | User: sftp -> sftp2")});
        QCOMPARE(sameInListings(a, b), QList<SameItem>());

        SecureParameter p{QStringLiteral("token"), {}, true, QStringLiteral("anna"), test::fixedNow(), QStringLiteral("DEPLOYED"), {}};
        a.secureParameters.append(p);
        p.deployedOn = test::fixedNow().addYears(1);
        p.status = QStringLiteral("ERROR");
        b.secureParameters.append(p);
        QCOMPARE(diffListings(a, b, {EntityKind::SecureParameter}).size(), 0);
    }

    void knownHostsAndPgpKeys()
    {
        // An Ed25519 host key (the blob is the type and 32 bytes; any bytes make a valid key).
        const auto blob = [](char fill) {
            QByteArray b;
            const QByteArray type = "ssh-ed25519";
            b += QByteArray::fromHex("0000000b") + type + QByteArray::fromHex("00000020") + QByteArray(32, fill);
            return b;
        };
        KnownHost sftp;
        sftp.hosts = {QStringLiteral("sftp.example.com")};
        sftp.keyType = QStringLiteral("ssh-ed25519");
        sftp.blob = blob('a');
        TenantListing a;
        TenantListing b;
        a.knownHosts.append(sftp);
        sftp.comment = QStringLiteral("rotated"); // the same key, another comment
        b.knownHosts.append(sftp);
        KnownHost rekeyed = sftp;
        rekeyed.hosts = {QStringLiteral("ftp.example.com")};
        rekeyed.blob = blob('b');
        b.knownHosts.append(rekeyed);

        PgpKey key;
        key.fingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
        key.keyId = QStringLiteral("89ABCDEF01234567");
        key.userIds = {QStringLiteral("Alice <alice@example.com>")};
        key.algorithm = QStringLiteral("EdDSA ed25519");
        key.publicKey = "packets";
        key.expires = test::fixedNow().addDays(30);
        a.pgpKeys.append(key);
        key.expires = test::fixedNow().addDays(400); // extended
        b.pgpKeys.append(key);

        const QString expires30 = toIsoUtc(test::fixedNow().addDays(30));
        const QString expires400 = toIsoUtc(test::fixedNow().addDays(400));
        QCOMPARE(lines(diffListings(a, b, {EntityKind::KnownHost, EntityKind::PgpKey})),
                 (QStringList{QStringLiteral("known_hosts ftp.example.com ssh-ed25519 %1 onlyInB").arg(rekeyed.fingerprintSha256()),
                              QStringLiteral("known_hosts sftp.example.com ssh-ed25519 %1 differs | Comment:  -> rotated")
                                  .arg(sftp.fingerprintSha256()),
                              QStringLiteral("pgp_keys public/%1 differs | Expires: %2 -> %3")
                                  .arg(key.fingerprint, expires30, expires400)}));
        QVERIFY(diffedKinds().contains(EntityKind::KnownHost));
        QVERIFY(diffedKinds().contains(EntityKind::PgpKey));
    }

    void noiseFieldsAndSapKeyPairsAndReadOnlyRoles()
    {
        TenantListing a;
        TenantListing b;
        User u;
        u.id = QStringLiteral("id-in-a");
        u.userName = QStringLiteral("anna");
        u.origin = QStringLiteral("sap.default");
        u.roleCollections = {QStringLiteral("X"), QStringLiteral("Y")};
        u.lastLogonTime = test::fixedNow();
        a.users.append(u);
        u.id = QStringLiteral("id-in-b"); // ids are per tenant
        u.lastLogonTime = test::fixedNow().addDays(-40);
        u.lastModified = test::fixedNow();
        u.version = 7;
        u.idpGroups = {QStringLiteral("G")};
        u.roleCollections = {QStringLiteral("Y"), QStringLiteral("X")}; // a set, not a sequence
        b.users.append(u);

        KeystoreEntry sap;
        sap.alias = QStringLiteral("sap_cloudintegrationcertificate");
        sap.type = QStringLiteral("Key Pair");
        sap.owner = QStringLiteral("SAP");
        sap.fingerprintSha256 = QStringLiteral("AA");
        a.keystore.append(sap);
        sap.fingerprintSha256 = QStringLiteral("BB");
        sap.validNotAfter = test::fixedNow();
        b.keystore.append(sap);

        Role readOnly{QStringLiteral("it!b1"), QStringLiteral("T"), QStringLiteral("Default"), QStringLiteral("d"), {}, true, {}};
        a.roles.append(readOnly);
        readOnly.description = QStringLiteral("changed by the app");
        b.roles.append(readOnly);
        QCOMPARE(lines(diffListings(a, b)), QStringList());

        Role custom{QStringLiteral("it!b1"), QStringLiteral("T"), QStringLiteral("Custom"), QStringLiteral("d"), {}, false, {}};
        a.roles.append(custom);
        custom.description = QStringLiteral("e");
        b.roles.append(custom);
        b.keystore.clear();
        QCOMPARE(lines(diffListings(a, b)),
                 (QStringList{QStringLiteral("roles it!b1/T/Custom differs | description: d -> e"),
                              QStringLiteral("keystore_entries system/sap_cloudintegrationcertificate onlyInA")}));
    }

    void orderIsDeterministic()
    {
        TenantListing a;
        TenantListing b;
        for (int i = 0; i < 50; ++i) {
            Destination d;
            d.set(QStringLiteral("Name"), QStringLiteral("dest_%1").arg(i, 2, 10, QLatin1Char('0')));
            d.set(QStringLiteral("URL"), QStringLiteral("https://a/%1").arg(i));
            if (i % 3 != 0)
                a.destinations.append(d);
            if (i % 5 == 0)
                d.set(QStringLiteral("URL"), QStringLiteral("https://b/%1").arg(i));
            if (i % 7 != 0)
                b.destinations.append(d);
        }
        const QStringList first = lines(diffListings(a, b));
        QVERIFY(first.size() > 10);
        std::mt19937 random(7);
        std::shuffle(a.destinations.begin(), a.destinations.end(), random);
        std::shuffle(b.destinations.begin(), b.destinations.end(), random);
        QCOMPARE(lines(diffListings(a, b)), first);
        QStringList sorted = first;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(first, sorted); // key order (the names sort as their text)
    }
};

QTEST_GUILESS_MAIN(TestTenantDiff)
#include "tst_tenantdiff.moc"
