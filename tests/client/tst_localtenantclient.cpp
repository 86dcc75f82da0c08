// LocalTenantClient: the typed sub-clients over a real tenant file, their rules and typed errors.
#include "DemoTenant.h"
#include "app/client/local/Codec.h"
#include "app/client/local/LocalTenantClient.h"

using namespace gh;

class TestLocalTenantClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<LocalTenant> m_tenant;
    std::unique_ptr<LocalTenantClient> m_client;

    QString m_template;

private Q_SLOTS:
    void initTestCase()
    {
        // One demo tenant is made (certificates take a moment); each test works on a copy.
        QVERIFY(m_dir.isValid());
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_tenant = *tenant;
        m_client = std::make_unique<LocalTenantClient>(m_tenant);
    }

    void cleanup()
    {
        m_client.reset();
        m_tenant.reset();
    }

    void displayNameComesFromTheTenant()
    {
        QVERIFY(m_client->displayName().startsWith(QStringLiteral("Demo tenant")));
    }

    void listsWithDerivedAssignments()
    {
        auto users = m_client->users().list().result();
        QVERIFY(users.ok());
        QVERIFY(users->size() >= 40);
        const auto anna = std::find_if(users->begin(), users->end(), [](const User& u) {
            return u.userName == QLatin1String("anna.becker@contoso.example");
        });
        QVERIFY(anna != users->end());
        QVERIFY(anna->roleCollections.contains(QStringLiteral("PI_Administrator")));

        auto rc = m_client->roleCollections().get(QStringLiteral("PI_Administrator")).result();
        QVERIFY(rc.ok());
        QVERIFY(rc->isReadOnly);
        const bool annaListed = std::any_of(rc->userReferences.begin(), rc->userReferences.end(), [&](const UserReference& r) {
            return r.id == anna->id && r.username == anna->userName && r.origin == QLatin1String("sap.default");
        });
        QVERIFY(annaListed);
    }

    // A user's role collections come from the assignments' keys ("collection\nuser id"): a
    // user id beyond ASCII is found too, and a key of another shape is a damaged tenant, named.
    void derivedAssignmentsComeFromTheKeys()
    {
        User u;
        u.id = QStringLiteral("zoë-ærø-0001");
        u.userName = QStringLiteral("zoe@contoso.example");
        u.origin = QStringLiteral("sap.default");
        u.emails.append(Email{u.userName, true});
        QVERIFY(m_client->users().create(u).result().ok());
        QVERIFY(m_client->roleCollections().assignUsers(QStringLiteral("Contoso_Security_Officers"), {u.id}).result().ok());
        auto users = m_client->users().list().result();
        QVERIFY(users.ok());
        const auto zoe = std::find_if(users->begin(), users->end(), [&](const User& v) { return v.id == u.id; });
        QVERIFY(zoe != users->end());
        QCOMPARE(zoe->roleCollections, QStringList{QStringLiteral("Contoso_Security_Officers")});

        const Status put = m_tenant->run([](TenantStore& store) {
            return store.putJson(EntityKind::Assignment, QStringLiteral("no-line-break-in-this-key"),
                                 QByteArrayLiteral("{\"roleCollectionName\":\"x\",\"userId\":\"y\"}"));
        }).result();
        QVERIFY(put.ok());
        auto damaged = m_client->users().list().result();
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, Error::Kind::CorruptStore);
        QVERIFY2(damaged.error().toString().contains(QStringLiteral("no-line-break-in-this-key")),
                 qPrintable(damaged.error().toString()));
    }

    // More users than one chunk of the listing's pipeline (2048): every user once, in id order,
    // each with the collections its assignments name; a page across a chunk's end; and a row
    // that is not a JSON object in a later chunk is a damaged tenant, named by its key.
    void listsManyUsersAcrossChunks()
    {
        auto before = m_client->users().list().result();
        QVERIFY(before.ok());
        constexpr int kMany = 5000;
        const Status put = m_tenant->run([&](TenantStore& store) {
            return store.transaction([&]() -> Status {
                for (int i = 0; i < kMany; ++i) {
                    User u;
                    u.id = QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0'));
                    u.userName = QStringLiteral("bulk%1@contoso.example").arg(i);
                    u.origin = QStringLiteral("sap.default");
                    u.givenName = QStringLiteral("Bulk");
                    u.familyName = QString::number(i);
                    u.emails.append(Email{u.userName, true});
                    u.created = u.lastModified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
                    if (Status s = store.put(EntityKind::User, u.key(), storedForm(u)); !s)
                        return s;
                    if (i % 3 == 0) {
                        const Assignment a{QStringLiteral("Contoso_Security_Officers"), u.id};
                        if (Status s = store.put(EntityKind::Assignment, a.key(), storedForm(a)); !s)
                            return s;
                    }
                }
                return {};
            });
        }).result();
        QVERIFY(put.ok());
        auto users = m_client->users().list().result();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), before->size() + kMany);
        for (qsizetype i = 1; i < users->size(); ++i)
            QVERIFY(users->at(i - 1).id.toUtf8() < users->at(i).id.toUtf8());
        int bulk = 0;
        for (const User& u : *users) {
            if (!u.id.startsWith(QLatin1String("bulk-")))
                continue;
            const int i = u.id.mid(5).toInt();
            QCOMPARE(u.familyName, QString::number(i));
            QCOMPARE(u.roleCollections.contains(QStringLiteral("Contoso_Security_Officers")), i % 3 == 0);
            ++bulk;
        }
        QCOMPARE(bulk, kMany);

        auto page = m_client->users().list({2040, 20}).result();
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(page->at(i).id, users->at(2040 + i).id);
            QCOMPARE(page->at(i).roleCollections, users->at(2040 + i).roleCollections);
        }

        const Status damage = m_tenant->run([](TenantStore& store) {
            return store.putJson(EntityKind::User, QStringLiteral("bulk-04000x"), QByteArrayLiteral("[1,2]"));
        }).result();
        QVERIFY(damage.ok());
        auto damaged = m_client->users().list().result();
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, Error::Kind::CorruptStore);
        QVERIFY2(damaged.error().toString().contains(QStringLiteral("bulk-04000x")), qPrintable(damaged.error().toString()));
    }

    // A page of users reads only its own users' assignments (by user id, through the index of
    // schema 5): paged through in pages that cut between a user's assignments' neighbours, every
    // user gets exactly the collections the whole list gives it, and an assignment of a user that
    // does not exist (its id sorting between two listed ones) goes to nobody. A role collection's
    // users come joined with their names; the missing user is there by id alone.
    void pagesOfUsersGetExactlyTheirOwnCollections()
    {
        const QStringList collections{QStringLiteral("Contoso_Security_Officers"), QStringLiteral("PI_Administrator")};
        constexpr int kUsers = 23;
        const QString ghost = QStringLiteral("page-0005x"); // between page-00005 and page-00006
        const Status put = m_tenant->run([&](TenantStore& store) {
            return store.transaction([&]() -> Status {
                for (int i = 0; i < kUsers; ++i) {
                    User u;
                    u.id = QStringLiteral("page-%1").arg(i, 5, 10, QLatin1Char('0'));
                    u.userName = QStringLiteral("page%1@contoso.example").arg(i);
                    u.origin = QStringLiteral("sap.default");
                    u.emails.append(Email{u.userName, true});
                    if (Status s = store.put(EntityKind::User, u.key(), storedForm(u)); !s)
                        return s;
                    for (int c = 0; c < collections.size(); ++c) {
                        if (i % (c + 2) != 0)
                            continue;
                        const Assignment a{collections.at(c), u.id};
                        if (Status s = store.put(EntityKind::Assignment, a.key(), storedForm(a)); !s)
                            return s;
                    }
                }
                const Assignment lost{collections.first(), ghost};
                return store.put(EntityKind::Assignment, lost.key(), storedForm(lost));
            });
        }).result();
        QVERIFY(put.ok());

        auto all = m_client->users().list().result();
        QVERIFY(all.ok());
        QCOMPARE(*m_client->users().count().result(), qint64(all->size()));
        int seen = 0;
        for (const User& u : std::as_const(*all)) {
            QVERIFY(u.id != ghost);
            if (!u.id.startsWith(QLatin1String("page-")))
                continue;
            const int i = u.id.mid(5).toInt();
            QStringList expected;
            for (int c = 0; c < collections.size(); ++c)
                if (i % (c + 2) == 0)
                    expected.append(collections.at(c));
            QCOMPARE(u.roleCollections, expected);
            ++seen;
        }
        QCOMPARE(seen, kUsers);

        for (const qint64 size : {1, 2, 7, 500}) {
            QList<User> paged;
            for (qint64 skip = 0; skip < all->size(); skip += size) {
                auto page = m_client->users().list({skip, size}).result();
                QVERIFY(page.ok());
                QVERIFY(!page->isEmpty());
                paged.append(*page);
            }
            QCOMPARE(paged.size(), all->size());
            for (qsizetype i = 0; i < paged.size(); ++i) {
                QCOMPARE(paged.at(i).id, all->at(i).id);
                QCOMPARE(paged.at(i).roleCollections, all->at(i).roleCollections);
            }
        }
        auto single = m_client->users().get(QStringLiteral("page-00006")).result();
        QVERIFY(single.ok());
        QCOMPARE(single->roleCollections, collections);

        auto officers = m_client->roleCollections().get(collections.first()).result();
        QVERIFY(officers.ok());
        int ghosts = 0, pageUsers = 0;
        for (const UserReference& r : std::as_const(officers->userReferences)) {
            if (r.id == ghost) {
                ++ghosts;
                QVERIFY(r.username.isEmpty() && r.origin.isEmpty());
            } else if (r.id.startsWith(QLatin1String("page-"))) {
                ++pageUsers;
                QCOMPARE(r.username, QStringLiteral("page%1@contoso.example").arg(r.id.mid(5).toInt()));
                QCOMPARE(r.origin, QStringLiteral("sap.default"));
            }
        }
        QCOMPARE(ghosts, 1);
        QCOMPARE(pageUsers, (kUsers + 1) / 2);
        // The collections a page at a time hold what the whole list gives each.
        auto everyCollection = m_client->roleCollections().list().result();
        QVERIFY(everyCollection.ok());
        for (qint64 skip = 0; skip < everyCollection->size(); skip += 3) {
            auto page = m_client->roleCollections().list({skip, 3}).result();
            QVERIFY(page.ok());
            for (qsizetype i = 0; i < page->size(); ++i)
                QCOMPARE(page->at(i).userReferences, everyCollection->at(skip + i).userReferences);
        }
    }

    void pagingSkipsAndLimits()
    {
        auto all = m_client->users().list().result();
        auto page = m_client->users().list({5, 10}).result();
        QVERIFY(all.ok() && page.ok());
        QCOMPARE(page->size(), 10);
        QCOMPARE(page->first().id, all->at(5).id);
    }

    void getMissingIsNotFound()
    {
        auto d = m_client->destinations().get(QStringLiteral("no_such_destination")).result();
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, Error::Kind::NotFound);
        QVERIFY(d.error().message.contains(QStringLiteral("no_such_destination")));
    }

    void createUpdateRemoveADestination()
    {
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("new_dest"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://new.example"));
        d.set(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
        auto created = m_client->destinations().create(d).result();
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QCOMPARE(created->url(), QStringLiteral("https://new.example"));

        auto duplicate = m_client->destinations().create(d).result();
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::Conflict);

        d.set(QStringLiteral("URL"), QStringLiteral("https://moved.example"));
        auto updated = m_client->destinations().update(d).result();
        QVERIFY(updated.ok());
        QCOMPARE(m_client->destinations().get(QStringLiteral("new_dest")).result()->url(), QStringLiteral("https://moved.example"));

        QVERIFY(m_client->destinations().remove(QStringLiteral("new_dest")).result().ok());
        QCOMPARE(m_client->destinations().get(QStringLiteral("new_dest")).result().error().kind, Error::Kind::NotFound);
    }

    void createUpdateRemoveADestinationCertificate()
    {
        DestinationCertificate c;
        c.name = QStringLiteral("partner.pem");
        DestinationCertificateNode n;
        n.subject = QStringLiteral("CN=partner");
        n.issuer = QStringLiteral("CN=partner");
        n.notBefore = test::fixedNow();
        n.notAfter = test::fixedNow().addDays(30);
        c.nodes = {n};
        auto created = m_client->destinationCertificates().create(c).result();
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QCOMPARE(*created, c);
        QCOMPARE(m_client->destinationCertificates().create(c).result().error().kind, Error::Kind::Conflict);
        c.nodes.first().notAfter = test::fixedNow().addDays(60);
        QVERIFY(m_client->destinationCertificates().update(c).result().ok());
        QCOMPARE(m_client->destinationCertificates().get(c.name).result()->notAfter(), test::fixedNow().addDays(60));
        auto all = m_client->destinationCertificates().list().result();
        QVERIFY(all.ok());
        QVERIFY(std::any_of(all->begin(), all->end(), [](const DestinationCertificate& x) { return x.name == QLatin1String("partner.pem"); }));
        QVERIFY(m_client->destinationCertificates().remove(c.name).result().ok());
        QCOMPARE(m_client->destinationCertificates().get(c.name).result().error().kind, Error::Kind::NotFound);
    }

    void invalidDestinationCertificatesAreRefused()
    {
        DestinationCertificate c;
        c.name = QStringLiteral("no extension");
        auto created = m_client->destinationCertificates().create(c).result();
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Validation);
        QCOMPARE(created.error().field, QStringLiteral("name"));
        QCOMPARE(m_client->destinationCertificates().get(c.name).result().error().kind, Error::Kind::NotFound);
    }

    void invalidValuesAreRefusedNamingTheField()
    {
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("bad name!"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://x.example"));
        auto created = m_client->destinations().create(d).result();
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Validation);
        QCOMPARE(created.error().field, QStringLiteral("Name"));
        QCOMPARE(m_client->destinations().get(QStringLiteral("bad name!")).result().error().kind, Error::Kind::NotFound);
    }

    void predefinedCollectionsAreReadOnly()
    {
        auto removed = m_client->roleCollections().remove(QStringLiteral("Subaccount Administrator")).result();
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::ReadOnly);
        QVERIFY(removed.error().message.contains(QStringLiteral("read-only")));
        QVERIFY(m_client->roleCollections().get(QStringLiteral("Subaccount Administrator")).result().ok());
    }

    void sapOwnedKeystoreEntriesAreReadOnly()
    {
        const QString key = QStringLiteral("system/") + KeystoreEntry::hexaliasOf(QStringLiteral("sap_cloudintegrationcertificate"));
        auto removed = m_client->keystore().remove(key).result();
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::ReadOnly);
    }

    void assignAndUnassignUsers()
    {
        auto users = m_client->users().list().result();
        QVERIFY(users.ok());
        const QStringList ids{users->at(0).id, users->at(1).id};
        QVERIFY(m_client->roleCollections().assignUsers(QStringLiteral("Contoso_Security_Officers"), ids).result().ok());
        auto rc = m_client->roleCollections().get(QStringLiteral("Contoso_Security_Officers")).result();
        QVERIFY(rc.ok());
        QCOMPARE(rc->userReferences.size(), 2);
        auto user = m_client->users().get(ids.first()).result();
        QVERIFY(user->roleCollections.contains(QStringLiteral("Contoso_Security_Officers")));

        auto unknown = m_client->roleCollections().assignUsers(QStringLiteral("Contoso_Security_Officers"), {QStringLiteral("nobody")}).result();
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);

        QVERIFY(m_client->roleCollections().unassignUsers(QStringLiteral("Contoso_Security_Officers"), ids).result().ok());
        QCOMPARE(m_client->roleCollections().get(QStringLiteral("Contoso_Security_Officers")).result()->userReferences.size(), 0);
    }

    void deletingAUserDeletesItsAssignments()
    {
        auto users = m_client->users().list().result();
        const auto anna = std::find_if(users->begin(), users->end(), [](const User& u) {
            return u.userName == QLatin1String("anna.becker@contoso.example");
        });
        QVERIFY(anna != users->end());
        QVERIFY(m_client->users().remove(anna->id).result().ok());
        auto rc = m_client->roleCollections().get(QStringLiteral("PI_Administrator")).result();
        for (const UserReference& r : rc->userReferences)
            QVERIFY(r.id != anna->id);
    }
};

QTEST_GUILESS_MAIN(TestLocalTenantClient)
#include "tst_localtenantclient.moc"
