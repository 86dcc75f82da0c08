// The expiry view's items (app/workspace/Expiring): every certificate of every keystore chain and
// destination certificate, PGP keys and subkeys, their status against a threshold at a fixed
// clock, and the order.

#include "ExpiringFixtures.h"
#include "app/workspace/Expiring.h"

#include <QTest>

using namespace gh;
using namespace gh::expiring;

class TestExpiring : public QObject
{
    Q_OBJECT

    FixedClock m_clock{test::fixedNow()};

    static const ExpiringItem* find(const QList<ExpiringItem>& items, const QString& subject)
    {
        for (const ExpiringItem& item : items) {
            if (item.subject.contains(subject))
                return &item;
        }
        return nullptr;
    }

private Q_SLOTS:
    void keystoreChainsGiveOneItemPerCertificate()
    {
        const test::ExpiringMaterial m = test::makeExpiringMaterial(m_clock.now());
        const QList<ExpiringItem> items = fromKeystore(m.keystore);
        // partner (leaf + CA) and old-root; the KeyHistory entry is left out.
        QCOMPARE(items.size(), 3);
        const ExpiringItem* leaf = find(items, QStringLiteral("CN=partner.example.com"));
        const ExpiringItem* ca = find(items, QStringLiteral("CN=Partner CA"));
        QVERIFY(leaf && ca);
        QCOMPARE(leaf->kind, SourceKind::KeystoreCertificate);
        QCOMPARE(leaf->owner, QStringLiteral("partner"));
        QCOMPARE(leaf->keystore, QStringLiteral("system"));
        QCOMPARE(leaf->entityKey, m.keystore.at(0).key());
        QCOMPARE(leaf->position, 0);
        QCOMPARE(ca->position, 1);
        QCOMPARE(ca->count, 2);
        QCOMPARE(ca->owner, QStringLiteral("partner"));
        QVERIFY(leaf->key() != ca->key());
        QCOMPARE(leaf->label(), QStringLiteral("partner — %1 (chain 1/2)").arg(leaf->subject));
        QCOMPARE(ca->notAfter, QDateTime::fromSecsSinceEpoch(m_clock.now().toSecsSinceEpoch(), Qt::UTC).addDays(200));
        for (const ExpiringItem& item : items)
            QVERIFY(item.owner != QLatin1String("1_partner"));
    }

    void statusFollowsTheThreshold()
    {
        const test::ExpiringMaterial m = test::makeExpiringMaterial(m_clock.now());
        const QList<ExpiringItem> items = fromKeystore(m.keystore);
        const ExpiringItem* leaf = find(items, QStringLiteral("CN=partner.example.com"));
        const ExpiringItem* old = find(items, QStringLiteral("CN=Old Root"));
        QVERIFY(leaf && old);
        const QDateTime now = m_clock.now();

        QCOMPARE(leaf->expiry(now, 30).status, ExpiryStatus::Expiring);
        QCOMPARE(leaf->expiry(now, 30).daysLeft, 10);
        // "Warn 10 days before" warns with 10 days left, 9 days before does not.
        QCOMPARE(leaf->expiry(now, 10).status, ExpiryStatus::Expiring);
        QCOMPARE(leaf->expiry(now, 9).status, ExpiryStatus::Valid);
        QVERIFY(dueWithin(*leaf, now, 10));
        QVERIFY(!dueWithin(*leaf, now, 9));
        // Expired whatever the threshold, and due even within 0 days.
        QCOMPARE(old->expiry(now, 0).status, ExpiryStatus::Expired);
        QCOMPARE(old->expiry(now, 0).daysLeft, -5);
        QVERIFY(dueWithin(*old, now, 0));

        // Time comes from the clock: 11 days later the leaf has expired too.
        FixedClock later(now.addDays(11));
        QCOMPARE(leaf->expiry(later.now(), 30).status, ExpiryStatus::Expired);
    }

    void destinationCertificatesGiveTheirX509Nodes()
    {
        const QDateTime now = m_clock.now();
        const test::MadeCertificate ca = test::makeCertificate(QStringLiteral("CN=Client CA"), now, 400);
        const test::MadeCertificate leaf = test::makeCertificate(QStringLiteral("CN=client"), now, 20, &ca);
        DestinationCertificate keystore = test::destinationCertificate(QStringLiteral("client.p12"),
                                                                       {leaf.certificate, ca.certificate});
        keystore.type = DestinationCertificate::KeystoreType;
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.algorithm = QStringLiteral("EC");
        keystore.nodes.insert(0, key);

        const QList<ExpiringItem> items = fromDestinationCertificates({keystore});
        QCOMPARE(items.size(), 2); // the private key node has no validity
        QCOMPARE(items.at(0).kind, SourceKind::DestinationCertificate);
        QCOMPARE(items.at(0).owner, QStringLiteral("client.p12"));
        QCOMPARE(items.at(0).entityKey, QStringLiteral("client.p12"));
        QVERIFY2(items.at(0).subject.contains(QStringLiteral("CN=client")), qPrintable(items.at(0).subject));
        QCOMPARE(items.at(0).expiry(now, 30).status, ExpiryStatus::Expiring);
        QCOMPARE(items.at(1).expiry(now, 30).status, ExpiryStatus::Valid);
        QCOMPARE(items.at(1).position, 1);
    }

    void unreadableChainCertificateIsNamedAndNeverDue()
    {
        const test::ExpiringMaterial m = test::makeExpiringMaterial(m_clock.now());
        KeystoreEntry broken = m.keystore.at(0);
        broken.chain[1] = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
        QList<ExpiringItem> items = fromKeystore({broken});
        QCOMPARE(items.size(), 2);
        const ExpiringItem& bad = items.at(1);
        QVERIFY(!bad.notAfter.isValid());
        QVERIFY2(bad.problem.contains(QStringLiteral("certificate 2 of the chain of 'partner'")), qPrintable(bad.problem));
        QCOMPARE(bad.expiry(m_clock.now(), 30).status, ExpiryStatus::Unknown);
        QVERIFY(!dueWithin(bad, m_clock.now(), 100000));
        sortByNotAfter(items);
        QVERIFY(!items.last().notAfter.isValid()); // unknown dates go last
    }

    void entryWithoutChainUsesItsOwnDates()
    {
        KeystoreEntry ssh;
        ssh.alias = QStringLiteral("sftp");
        ssh.hexalias = KeystoreEntry::hexaliasOf(ssh.alias);
        ssh.type = QStringLiteral("SSH Key");
        ssh.subjectDN = QStringLiteral("CN=sftp");
        ssh.validNotAfter = m_clock.now().addDays(3);
        KeystoreEntry noDates = ssh;
        noDates.alias = QStringLiteral("undated");
        noDates.validNotAfter = QDateTime();
        const QList<ExpiringItem> items = fromKeystore({ssh, noDates});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).subject, QStringLiteral("CN=sftp"));
        QCOMPARE(items.at(0).expiry(m_clock.now(), 30).daysLeft, 3);
    }

    void pgpKeysAndSubkeys()
    {
        const QDateTime now = m_clock.now();
        QList<PgpKeyDates> keys;
        keys.append({QStringLiteral("AAAA1111BBBB2222"), {}, QStringLiteral("Alice <alice@example.com>"),
now.addDays(-10), now.addDays(5), false});
        keys.append({QStringLiteral("AAAA1111BBBB2222"), QStringLiteral("CCCC3333DDDD4444"),
                     QStringLiteral("Alice <alice@example.com>"), now.addDays(-10),
                     now.addDays(50), false});
        keys.append({QStringLiteral("AAAA1111BBBB2222"), QStringLiteral("EEEE5555FFFF6666"),
                     QStringLiteral("Alice <alice@example.com>"), now.addDays(-10),
                     now.addDays(-1), true}); // revoked: not in use
        keys.append({QStringLiteral("9999888877776666"), {}, QStringLiteral("Bob <bob@example.com>"),
now.addDays(-10), QDateTime(), false}); // never expires
        const QList<ExpiringItem> items = fromPgpKeys(keys);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, SourceKind::PgpKey);
        QCOMPARE(items.at(0).owner, QStringLiteral("AAAA1111BBBB2222"));
        QCOMPARE(items.at(0).subject, QStringLiteral("Alice <alice@example.com>"));
        QCOMPARE(items.at(0).expiry(now, 30).status, ExpiryStatus::Expiring);
        QCOMPARE(items.at(1).subject, QStringLiteral("subkey CCCC3333DDDD4444 of Alice <alice@example.com>"));
        QCOMPARE(items.at(1).expiry(now, 30).status, ExpiryStatus::Valid);
        QVERIFY(items.at(0).key() != items.at(1).key());
        QVERIFY(items.at(0).entityKey.isEmpty());
    }

    void tenantPgpKeysAreKeyedToTheirEntity()
    {
        const QDateTime now = m_clock.now();
        PgpKey key;
        key.keyring = PgpKey::SecretKeyring;
        key.fingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
        key.keyId = QStringLiteral("89ABCDEF01234567");
        key.userIds = {QStringLiteral("Alice <alice@example.com>")};
        key.created = now.addDays(-10);
        key.expires = now.addDays(5);
        key.subkeys.append({QStringLiteral("CCCC3333DDDD4444"), {}, QStringLiteral("ECDH cv25519"), now.addDays(-10),
                            now.addDays(3), false});
        PgpKey same = key; // the same key in the public keyring: items of their own
        same.keyring = PgpKey::PublicKeyring;
        const QList<ExpiringItem> items = fromTenantPgpKeys({key, same});
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).entityKey, key.key());
        QCOMPARE(items.at(0).keystore, PgpKey::SecretKeyring);
        QCOMPARE(items.at(1).subject, QStringLiteral("subkey CCCC3333DDDD4444 of Alice <alice@example.com>"));
        QCOMPARE(items.at(1).count, 2);
        QCOMPARE(items.at(2).entityKey, same.key());
        QVERIFY(items.at(0).key() != items.at(2).key());
        QCOMPARE(key.status(now), PgpStatus::Critical); // the subkey in 3 days decides
        QCOMPARE(key.effectiveExpiry(), now.addDays(3));
        key.revoked = true;
        QCOMPARE(fromTenantPgpKeys({key}).size(), 0); // a revoked key is not in use
    }

    void sortedByNotAfterAcrossSources()
    {
        const test::ExpiringMaterial m = test::makeExpiringMaterial(m_clock.now());
        QList<ExpiringItem> items = fromDestinationCertificates(m.destinationCertificates) + fromKeystore(m.keystore);
        sortByNotAfter(items);
        QStringList order;
        for (const ExpiringItem& item : items)
            order.append(item.subject.section(QLatin1Char(','), 0, 0));
        QCOMPARE(order, (QStringList{QStringLiteral("CN=Old Root"), QStringLiteral("CN=partner.example.com"),
                                     QStringLiteral("CN=backend.example.com"), QStringLiteral("CN=Partner CA")}));
        QCOMPARE(kindName(items.at(2).kind), QStringLiteral("destination-certificate"));
    }
};

QTEST_GUILESS_MAIN(TestExpiring)
#include "tst_expiring.moc"
