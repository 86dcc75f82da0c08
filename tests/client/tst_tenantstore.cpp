// TenantStore: schema creation and migration, round trips of every entity, the journal,
// checkpoints and transactions (files that are not healthy tenants: tst_tenantstore_damage).
#include "DemoTenant.h"
#include "TenantStoreTestSupport.h"
#include "app/client/local/Codec.h"
#include "app/client/local/TenantStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

using namespace gh;
using gh::test::store::create;
using gh::test::store::writeFile;

namespace {

template<class T>
void roundTrip(TenantStore& store, const T& value)
{
    QVERIFY(store.put(T::entityKind, value.key(), storedForm(value)).ok());
    auto row = store.row(T::entityKind, value.key());
    QVERIFY(row.ok());
    QVERIFY(row->has_value());
    QCOMPARE((*row)->version, TenantStore::versionOf(storedForm(value)));
    auto decoded = decodeStored<T>(**row, store.path());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(storedForm(*decoded), storedForm(value));
}

} // namespace

class TestTenantStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileGetsTheCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        {
            auto store = create(path);
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), TenantStore::currentSchemaVersion());
            QCOMPARE(store->count(EntityKind::User).value(), 0);
            QCOMPARE(store->meta(QStringLiteral("id")).size(), 32);
        }
        const QByteArray header = test::readFile(path).left(100);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), TenantStore::kApplicationId);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), quint32(TenantStore::currentSchemaVersion()));
        // Reopening an existing file keeps it as it is.
        auto again = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), TenantStore::currentSchemaVersion());
    }

    void emptyFileIsMigratedWhenCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.ghtenant"));
        writeFile(path, {});
        auto store = TenantStore::open(path, TenantStore::OpenMode::CreateIfMissing);
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), TenantStore::currentSchemaVersion());
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        auto store = TenantStore::open(dir.filePath(QStringLiteral("nope")), TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope"))));
    }

    void everyEntityRoundTrips()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        const QDateTime now = test::fixedNow();
        roundTrip(*store, IdentityProvider{QStringLiteral("contoso-aad"), QStringLiteral("Contoso"), QStringLiteral("saml"),
                                           QStringLiteral("corporate"), QStringLiteral("active"), {}});
        User u;
        u.id = QStringLiteral("u-1");
        u.userName = QStringLiteral("anna@contoso.example");
        u.origin = QStringLiteral("sap.default");
        u.givenName = QStringLiteral("Anna");
        u.familyName = QStringLiteral("Bäcker");
        u.emails = {{QStringLiteral("anna@contoso.example"), true}};
        u.lastLogonTime = now.addDays(-3);
        u.idpGroups = {QStringLiteral("CPI-Admins")};
        u.extra.insert(QStringLiteral("futureField"), QStringLiteral("kept"));
        roundTrip(*store, u);
        roundTrip(*store, RoleTemplate{QStringLiteral("it!b1"), QStringLiteral("AuthGroup_Administrator"),
                                       QStringLiteral("Admin"), QStringLiteral("it"), {QStringLiteral("it!b1.Admin")}, {}});
        roundTrip(*store, Role{QStringLiteral("it!b1"), QStringLiteral("AuthGroup_Administrator"), QStringLiteral("Admin role"),
                               QStringLiteral("d"), QStringLiteral("it"), true, {}});
        RoleCollection rc;
        rc.name = QStringLiteral("Contoso_Admins");
        rc.description = QStringLiteral("admins");
        rc.roleReferences = {{QStringLiteral("it!b1"), QStringLiteral("AuthGroup_Administrator"), QStringLiteral("Admin role"), {}}};
        rc.attributeMappings = {{QStringLiteral("Groups"), QStringLiteral("CPI-Admins"), QStringLiteral("equals"),
                                 QStringLiteral("contoso-aad"), QStringLiteral("Contoso")}};
        roundTrip(*store, rc);
        roundTrip(*store, Assignment{QStringLiteral("Contoso_Admins"), QStringLiteral("u-1")});
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("erp"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://erp.example"));
        d.set(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        d.set(QStringLiteral("User"), QStringLiteral("u"));
        d.setSecretState(QStringLiteral("Password"), Destination::SecretState::Missing);
        roundTrip(*store, d);
        KeystoreEntry e;
        e.alias = QStringLiteral("my/alias");
        e.hexalias = KeystoreEntry::hexaliasOf(e.alias);
        e.type = QStringLiteral("Certificate");
        e.owner = QStringLiteral("Tenant Administrator");
        e.validNotBefore = now.addDays(-1);
        e.validNotAfter = now.addDays(10);
        e.chain = {QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")};
        roundTrip(*store, e);
        UserCredential c;
        c.name = QStringLiteral("sftp");
        c.passwordSet = true;
        c.descriptor = {QStringLiteral("BUNDLE"), QStringLiteral("anna"), now, QStringLiteral("DEPLOYED")};
        roundTrip(*store, c);
        OAuth2ClientCredential o;
        o.name = QStringLiteral("sf");
        o.tokenServiceUrl = QStringLiteral("https://login.example/token");
        o.clientId = QStringLiteral("client");
        o.customParameters = {{QStringLiteral("tenant"), QStringLiteral("x"), QStringLiteral("url")}};
        roundTrip(*store, o);
        SecureParameter p;
        p.name = QStringLiteral("hmac");
        p.secureParamSet = true;
        p.deployedOn = now;
        roundTrip(*store, p);
        DestinationCertificate dc;
        dc.name = QStringLiteral("client.p12");
        dc.type = DestinationCertificate::KeystoreType;
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.algorithm = QStringLiteral("RSA");
        key.alias = QStringLiteral("1");
        DestinationCertificateNode leaf;
        leaf.subject = QStringLiteral("CN=client");
        leaf.issuer = QStringLiteral("CN=ca");
        leaf.commonName = QStringLiteral("client");
        leaf.notBefore = now.addDays(-1);
        leaf.notAfter = now.addDays(300);
        leaf.der = QByteArrayLiteral("\x30\x82\x01\x0a");
        dc.nodes = {key, leaf};
        dc.contentSha256 = QStringLiteral("00ff");
        roundTrip(*store, dc);
    }

    // A file of schema 1 (before destination certificates) gains their table on opening and
    // keeps everything it held.
    void migratesASchemaOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QString id;
        {
            auto store = create(path);
            QVERIFY(store);
            Destination d;
            d.set(QStringLiteral("Name"), QStringLiteral("kept"));
            QVERIFY(store->put(EntityKind::Destination, d.key(), storedForm(d)).ok());
            id = store->meta(QStringLiteral("id"));
        }
        {
            // What schema 1 was: no destination_certificates table, user_version 1.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE destination_certificates")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE conflicts"))); // schema 3
            QVERIFY(q.exec(QStringLiteral("DROP TABLE known_hosts"))); // schema 4
            QVERIFY(q.exec(QStringLiteral("DROP TABLE pgp_keys")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX assignments_by_user"))); // schema 5
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QCOMPARE(qFromBigEndian<quint32>(test::readFile(path).left(100).constData() + 60), 1u);

        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->schemaVersion(), TenantStore::currentSchemaVersion());
        QCOMPARE((*store)->meta(QStringLiteral("id")), id);
        QCOMPARE((*store)->count(EntityKind::Destination).value(), 1);
        QCOMPARE((*store)->count(EntityKind::DestinationCertificate).value(), 0);
        DestinationCertificate dc;
        dc.name = QStringLiteral("trust.pem");
        QVERIFY((*store)->put(EntityKind::DestinationCertificate, dc.key(), storedForm(dc)).ok());
        QCOMPARE((*store)->count(EntityKind::DestinationCertificate).value(), 1);
        QVERIFY((*store)->conflicts().ok());
        QCOMPARE((*store)->count(EntityKind::KnownHost).value(), 0);
        QCOMPARE((*store)->count(EntityKind::PgpKey).value(), 0);
    }

    // Push conflicts (schema 3): one per entity, replaced when recorded again, absent forms kept
    // absent; the journal's per-entry state and base version, and a row's base version.
    void conflictsAndPushBookkeeping()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        Conflict c;
        c.kind = EntityKind::RoleCollection;
        c.key = QStringLiteral("Auditors");
        c.baseVersion = QStringLiteral("b1");
        c.base = QJsonObject{{QStringLiteral("description"), QStringLiteral("base")}};
        c.mine = QJsonObject{{QStringLiteral("description"), QStringLiteral("mine")}};
        c.theirsVersion = QString();
        c.detectedAt = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
        QVERIFY(store->putConflict(c).ok());
        c.mine = QJsonObject{{QStringLiteral("description"), QStringLiteral("mine again")}};
        QVERIFY(store->putConflict(c).ok());
        auto all = store->conflicts();
        QVERIFY(all.ok() && all->size() == 1);
        QCOMPARE(all->first().mine, c.mine);
        QCOMPARE(all->first().base, c.base);
        QVERIFY(!all->first().theirs);
        QCOMPARE(all->first().detectedAt, c.detectedAt);
        QVERIFY(store->removeConflict(c.kind, c.key).ok());
        QVERIFY(store->conflicts()->isEmpty());

        JournalEntry e;
        e.group = 1;
        e.kind = EntityKind::RoleCollection;
        e.key = c.key;
        e.after = c.mine;
        e.baseVersion = QStringLiteral("old");
        e.description = QStringLiteral("step");
        e.createdAt = c.detectedAt;
        QVERIFY(store->appendJournal(e).ok());
        QVERIFY(store->appendJournal(e).ok());
        auto entries = store->journal(JournalEntry::State::Pending);
        QVERIFY(entries.ok() && entries->size() == 2);
        QVERIFY(store->setJournalEntryState(entries->first().seq, JournalEntry::State::Pushed).ok());
        QVERIFY(!store->setJournalEntryState(9999, JournalEntry::State::Pushed).ok());
        QVERIFY(store->rebaseJournal(e.kind, e.key, QStringLiteral("new")).ok());
        entries = store->journal(JournalEntry::State::Pending);
        QVERIFY(entries.ok() && entries->size() == 1);
        QCOMPARE(entries->first().baseVersion, QStringLiteral("new"));
        QCOMPARE(store->journal(JournalEntry::State::Pushed)->first().baseVersion, QStringLiteral("old"));

        QVERIFY(store->put(EntityKind::RoleCollection, c.key, *c.mine, QStringLiteral("v1")).ok());
        QVERIFY(store->setBaseVersion(EntityKind::RoleCollection, c.key, QStringLiteral("v2")).ok());
        QCOMPARE((*store->row(EntityKind::RoleCollection, c.key))->baseVersion, QStringLiteral("v2"));
        QCOMPARE((*store->row(EntityKind::RoleCollection, c.key))->data, *c.mine);
    }

    void removeAndCount()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        const Assignment a{QStringLiteral("rc"), QStringLiteral("u")};
        QVERIFY(store->put(EntityKind::Assignment, a.key(), storedForm(a)).ok());
        QCOMPARE(store->count(EntityKind::Assignment).value(), 1);
        QVERIFY(store->remove(EntityKind::Assignment, a.key()).ok());
        QCOMPARE(store->count(EntityKind::Assignment).value(), 0);
        const Status again = store->remove(EntityKind::Assignment, a.key());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
    }

    // Keys come as their stored UTF-8 bytes, in key order, each one once.
    void forEachKeyReadsTheKeysInOrder()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        const QList<Assignment> assignments{{QStringLiteral("rc-b"), QStringLiteral("u1")},
                                            {QStringLiteral("rc-a"), QStringLiteral("zoë")},
                                            {QStringLiteral("rc-a"), QStringLiteral("u2")}};
        for (const Assignment& a : assignments)
            QVERIFY(store->put(EntityKind::Assignment, a.key(), storedForm(a)).ok());
        QList<QByteArray> keys;
        QVERIFY(store->forEachKey(EntityKind::Assignment, [&](QByteArrayView key) { keys.append(key.toByteArray()); }).ok());
        QCOMPARE(keys, (QList<QByteArray>{QByteArrayLiteral("rc-a\nu2"), QStringLiteral("rc-a\nzoë").toUtf8(),
                                          QByteArrayLiteral("rc-b\nu1")}));
        int none = 0;
        QVERIFY(store->forEachKey(EntityKind::Destination, [&](QByteArrayView) { ++none; }).ok());
        QCOMPARE(none, 0);
    }

    // Rows come as their key and stored JSON bytes, in key order, paged like rows().
    // Schema 5 indexes the assignments by user id (the key after its first line break): a range
    // of users gets exactly its assignments, by user then collection, read through that index;
    // the join gives each assignment its user's stored JSON (none for a missing user).
    void assignmentsOfUsersComeThroughTheIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        auto store = create(path);
        QVERIFY(store);
        const QStringList users{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u4")};
        for (const QString& id : users) {
            User u;
            u.id = id;
            u.userName = id + QStringLiteral("@contoso.example");
            u.origin = QStringLiteral("sap.default");
            QVERIFY(store->put(EntityKind::User, u.key(), storedForm(u)).ok());
        }
        for (const QString& rc : {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}) {
            for (const QString& id : users + QStringList{QStringLiteral("u2x")}) {
                const Assignment a{rc, id};
                if ((id == QLatin1String("u3")) == (rc == QLatin1String("C")) || id == QLatin1String("u2x"))
                    QVERIFY(store->put(EntityKind::Assignment, a.key(), storedForm(a)).ok());
            }
        }
        QStringList keys;
        QVERIFY(store->forEachAssignmentOfUsers(std::pair{QStringLiteral("u2"), QStringLiteral("u3")},
                                                [&](QByteArrayView key) { keys.append(QString::fromUtf8(key)); })
                    .ok());
        QCOMPARE(keys, (QStringList{QStringLiteral("A\nu2"), QStringLiteral("B\nu2"), QStringLiteral("A\nu2x"),
                                    QStringLiteral("B\nu2x"), QStringLiteral("C\nu2x"), QStringLiteral("C\nu3")}));
        keys.clear();
        QVERIFY(store->forEachAssignmentOfUsers(std::nullopt, [&](QByteArrayView key) { keys.append(QString::fromUtf8(key)); })
                    .ok());
        QCOMPARE(keys.size(), 10);
        QCOMPARE(keys.first(), QStringLiteral("A\nu1"));
        QCOMPARE(keys.last(), QStringLiteral("B\nu4"));

        QStringList joined;
        QVERIFY(store->forEachAssignmentWithUser(std::pair{QStringLiteral("B"), QStringLiteral("C")},
                                                 [&](QByteArrayView key, QByteArrayView json) {
                                                     joined.append(QString::fromUtf8(key) + QLatin1Char(' ')
                                                                   + (json.isEmpty() ? QStringLiteral("-")
                                                                                     : QJsonDocument::fromJson(json.toByteArray())
                                                                                           .object()
                                                                                           .value(QStringLiteral("userName"))
                                                                                           .toString()));
                                                 })
                    .ok());
        QCOMPARE(joined, (QStringList{QStringLiteral("B\nu1 u1@contoso.example"), QStringLiteral("B\nu2 u2@contoso.example"),
                                      QStringLiteral("B\nu2x -"), QStringLiteral("C\nu2x -"),
                                      QStringLiteral("C\nu3 u3@contoso.example"), QStringLiteral("B\nu4 u4@contoso.example")}));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT key FROM assignments WHERE %1 BETWEEN 'u2' AND 'u3' "
                                          "ORDER BY %1, key")
                               .arg(TenantStore::kAssignmentUser)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QStringLiteral("assignments_by_user")) && !plan.contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(plan));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    void scanRowsReadsKeysAndJsonInOrder()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        for (const char* key : {"u3", "u1", "zoë", "u2"})
            QVERIFY(store->putJson(EntityKind::User, QString::fromUtf8(key),
                                   QByteArray("{\"id\":\"") + key + "\"}").ok());
        QList<QByteArray> keys, json;
        const auto collect = [&](QByteArrayView key, QByteArrayView data) {
            keys.append(key.toByteArray());
            json.append(data.toByteArray());
        };
        QVERIFY(store->scanRows(EntityKind::User, 0, -1, collect).ok());
        QCOMPARE(keys, (QList<QByteArray>{"u1", "u2", "u3", QStringLiteral("zoë").toUtf8()}));
        QCOMPARE(json.at(1), QByteArray("{\"id\":\"u2\"}"));
        QCOMPARE(json.at(3), QStringLiteral("{\"id\":\"zoë\"}").toUtf8());
        keys.clear();
        json.clear();
        QVERIFY(store->scanRows(EntityKind::User, 1, 2, collect).ok());
        QCOMPARE(keys, (QList<QByteArray>{"u2", "u3"}));
    }

    // New files are made with 16 KiB pages (a user row is over a twentieth of a 4 KiB page).
    void newFilesUseSixteenKibPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QVERIFY(create(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pagesize"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            QCOMPARE(q.value(0).toInt(), 16384);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pagesize"));
    }

    // A pull's write leaves its pages in the WAL with automatic checkpoints off, and checkpoint()
    // copies them into the file; switched back on, a commit of more than 1,000 pages (16 MiB)
    // copies them itself again.
    void checkpointsCanWaitForALargeWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        auto store = create(path);
        QVERIFY(store);
        const qint64 empty = QFileInfo(path).size();
        const QString filler(1000, QLatin1Char('x'));
        const auto writeMiB = [&](int from, int mib) {
            return store->transaction([&]() -> Status {
                for (int i = from; i < from + mib * 1000; ++i) {
                    const Assignment a{QStringLiteral("rc-%1-").arg(i) + filler, QStringLiteral("u")};
                    if (Status put = store->put(EntityKind::Assignment, a.key(), storedForm(a)); !put)
                        return put;
                }
                return {};
            });
        };
        QVERIFY(store->setAutoCheckpoint(false).ok());
        QVERIFY(writeMiB(0, 20).ok());
        QCOMPARE(QFileInfo(path).size(), empty);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 20'000'000);
        QVERIFY(store->checkpoint().ok());
        const qint64 checkpointed = QFileInfo(path).size();
        QVERIFY2(checkpointed > 20'000'000, qPrintable(QString::number(checkpointed)));
        QCOMPARE(store->count(EntityKind::Assignment).value(), 20000);

        QVERIFY(store->setAutoCheckpoint(true).ok());
        QVERIFY(writeMiB(20000, 20).ok());
        QVERIFY2(QFileInfo(path).size() > checkpointed + 20'000'000, qPrintable(QString::number(QFileInfo(path).size())));
    }

    void transactionRollsBackOnFailure()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        const Assignment a{QStringLiteral("rc"), QStringLiteral("u")};
        const Status s = store->transaction([&]() -> Status {
            if (Status put = store->put(EntityKind::Assignment, a.key(), storedForm(a)); !put)
                return put;
            return Error::conflict(QStringLiteral("boom"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(store->count(EntityKind::Assignment).value(), 0);
    }

    void journalKeepsGroupsAndStates()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("t.ghtenant")));
        QVERIFY(store);
        QCOMPARE(store->nextJournalGroup().value(), 1);
        JournalEntry e;
        e.group = 1;
        e.kind = EntityKind::Destination;
        e.key = QStringLiteral("erp");
        e.after = QJsonObject{{QStringLiteral("Name"), QStringLiteral("erp")}};
        e.description = QStringLiteral("Create destination erp");
        e.createdAt = test::fixedNow();
        QVERIFY(store->appendJournal(e).ok());
        QCOMPARE(store->nextJournalGroup().value(), 2);
        auto group = store->journalGroup(1);
        QVERIFY(group.ok());
        QCOMPARE(group->size(), 1);
        QVERIFY(!group->first().before.has_value());
        QCOMPARE(group->first().after->value(QStringLiteral("Name")).toString(), QStringLiteral("erp"));
        QCOMPARE(group->first().createdAt, test::fixedNow());
        QCOMPARE(store->journalCount(JournalEntry::State::Pending).value(), 1);
        QVERIFY(store->setJournalGroupState(1, JournalEntry::State::Undone).ok());
        QCOMPARE(store->journalCount(JournalEntry::State::Pending).value(), 0);
        QCOMPARE(store->firstJournalGroup(JournalEntry::State::Undone).value(), std::optional<qint64>(1));
        QVERIFY(store->dropJournal(JournalEntry::State::Undone).ok());
        QCOMPARE(store->journalCount(JournalEntry::State::Undone).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTenantStore)
#include "tst_tenantstore.moc"
