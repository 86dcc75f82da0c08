// SearchFilterProxy: the query syntax, filtering each pane's model as the user types (free
// text, field:value, is:…, negation), and the lookup interface through the proxy.
#include "ModelTestSupport.h"
#include "models/DestinationsModel.h"
#include "models/KeystoreModel.h"
#include "models/RoleCollectionsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/UsersModel.h"

#include <QSignalSpy>
#include <QStandardItemModel>

#include <functional>

using namespace gh;
using Term = SearchFilterProxy::Term;

Q_DECLARE_METATYPE(QList<Term>)

class TestSearchFilterProxy : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<UsersModel> m_users;
    std::unique_ptr<DestinationsModel> m_destinations;
    std::unique_ptr<KeystoreModel> m_keystore;
    std::unique_ptr<RoleCollectionsModel> m_collections;

    // The keys the proxy shows for `query`, sorted.
    static QStringList filtered(SearchFilterProxy& proxy, const QString& query)
    {
        proxy.setQuery(query);
        QStringList keys = test::keysInOrder(proxy);
        keys.sort();
        return keys;
    }

    static SearchFilterProxy* proxyOver(QAbstractItemModel* model, QObject* parent)
    {
        auto* proxy = new SearchFilterProxy(parent);
        test::attachTester(proxy);
        proxy->setSourceModel(model);
        return proxy;
    }

    static QString keystoreKey(const QString& alias)
    {
        return QStringLiteral("system/") + KeystoreEntry::hexaliasOf(alias);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_users = std::make_unique<UsersModel>(m_demo.clock());
        m_destinations = std::make_unique<DestinationsModel>(m_demo.clock());
        m_keystore = std::make_unique<KeystoreModel>(m_demo.clock());
        m_collections = std::make_unique<RoleCollectionsModel>(m_demo.clock());
        QVERIFY(test::loadInto(*m_users, m_demo.workspace()));
        QVERIFY(test::loadInto(*m_destinations, m_demo.workspace()));
        QVERIFY(test::loadInto(*m_keystore, m_demo.workspace()));
        QVERIFY(test::loadInto(*m_collections, m_demo.workspace()));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<Term>>("terms");
        const auto t = [](const char* field, const char* value, bool negated = false) {
            return Term{QString::fromUtf8(field), QString::fromUtf8(value), negated};
        };
        QTest::newRow("empty") << "" << QList<Term>{};
        QTest::newRow("text") << "becker" << QList<Term>{t("", "becker")};
        QTest::newRow("field") << "origin:contoso-aad" << QList<Term>{t("origin", "contoso-aad")};
        QTest::newRow("field is lower-cased") << "Type:RFC" << QList<Term>{t("type", "RFC")};
        QTest::newRow("two terms")
            << "  is:expired   partner " << QList<Term>{t("is", "expired"), t("", "partner")};
        QTest::newRow("negated") << "-is:valid" << QList<Term>{t("is", "valid", true)};
        QTest::newRow("quoted") << "name:\"Subaccount Administrator\""
                                << QList<Term>{t("name", "Subaccount Administrator")};
        QTest::newRow("still typing") << "origin:" << QList<Term>{};
        QTest::newRow("lone dash") << "-" << QList<Term>{t("", "-")};
        QTest::newRow("url is text") << ":8080" << QList<Term>{t("", ":8080")};
        const auto c = [](const char* field, Term::Op op, const char* value, bool negated = false) {
            return Term{QString::fromUtf8(field), QString::fromUtf8(value), negated, op};
        };
        QTest::newRow("older than") << "lastlogon>180d"
                                    << QList<Term>{c("lastlogon", Term::Op::Greater, "180d")};
        QTest::newRow("at least") << "-Users>=10"
                                  << QList<Term>{c("users", Term::Op::GreaterOrEqual, "10", true)};
        QTest::newRow("before a date") << "validuntil<2027-01-01"
                                       << QList<Term>{c("validuntil", Term::Op::Less, "2027-01-01")};
        QTest::newRow("at most") << "rc<=2" << QList<Term>{c("rc", Term::Op::LessOrEqual, "2")};
        QTest::newRow("comparison still typing") << "lastlogon>=" << QList<Term>{};
        QTest::newRow("the first separator decides")
            << "url:a>b" << QList<Term>{t("url", "a>b")};
    }

    void parse()
    {
        QFETCH(QString, query);
        QFETCH(QList<Term>, terms);
        QCOMPARE(SearchFilterProxy::parse(query), terms);
    }

    void freeTextOverAllColumnsCaseInsensitive()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        const int all = proxy->rowCount();
        QVERIFY(all >= 40);
        const QStringList becker = filtered(*proxy, QStringLiteral("BECKER"));
        QCOMPARE(becker.size(), 1);
        QCOMPARE(m_users->entry(becker.first())->userName,
                 QStringLiteral("anna.becker@contoso.example"));
        // "Subaccount Administrator" is only in the role-collections column.
        QCOMPARE(filtered(*proxy, QStringLiteral("subaccount")).size(),
                 filtered(*proxy, QStringLiteral("rc:subaccount")).size());
        QVERIFY(filtered(*proxy, QStringLiteral("subaccount")).contains(becker.first()));
        QCOMPARE(filtered(*proxy, QString()).size(), all);
    }

    void originField()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        int aad = 0;
        for (const User& u : m_users->entries())
            aad += u.origin == QLatin1String("contoso-aad");
        QVERIFY(aad > 0 && aad < m_users->rowCount());
        const QStringList keys = filtered(*proxy, QStringLiteral("origin:contoso-aad"));
        QCOMPARE(keys.size(), aad);
        for (const QString& key : keys)
            QCOMPARE(m_users->entry(key)->origin, QStringLiteral("contoso-aad"));
        // Terms combine: both must match.
        QCOMPARE(filtered(*proxy, QStringLiteral("origin:contoso-aad becker")).size(), 0);
        QCOMPARE(filtered(*proxy, QStringLiteral("origin:sap.default becker")).size(), 1);
        QCOMPARE(filtered(*proxy, QStringLiteral("-origin:contoso-aad")).size(),
                 m_users->rowCount() - aad);
    }

    void destinationFields()
    {
        SearchFilterProxy* proxy = proxyOver(m_destinations.get(), this);
        QCOMPARE(
            filtered(*proxy, QStringLiteral("type:RFC")),
            (QStringList{QStringLiteral("ERP_OnPrem_RFC"), QStringLiteral("ERP_OnPrem_RFC_LB")}));
        QCOMPARE(
            filtered(*proxy, QStringLiteral("auth:OAuth2ClientCredentials")),
            (QStringList{QStringLiteral("CPI_Runtime_API"), QStringLiteral("Salesforce_API")}));
        QCOMPARE(filtered(*proxy, QStringLiteral("is:missing-secret")),
                 QStringList{QStringLiteral("Legacy_PO_SOAP")});
        QCOMPARE(filtered(*proxy, QStringLiteral("secrets:missing")),
                 QStringList{QStringLiteral("Legacy_PO_SOAP")});
        // An unknown field is text: a URL typed as is.
        QCOMPARE(filtered(*proxy, QStringLiteral("https://graph")),
                 QStringList{QStringLiteral("Graph_API")});
        QCOMPARE(filtered(*proxy, QStringLiteral("is:nonsense")), QStringList{});
    }

    void keystoreStates()
    {
        SearchFilterProxy* proxy = proxyOver(m_keystore.get(), this);
        const QString as2 = keystoreKey(QStringLiteral("partner_as2_2024"));
        const QString ariba = keystoreKey(QStringLiteral("ariba_client"));
        const QString sftp = keystoreKey(QStringLiteral("partner_sftp_host"));
        QCOMPARE(filtered(*proxy, QStringLiteral("is:expired")), QStringList{as2});
        QStringList expiring{ariba, sftp};
        expiring.sort();
        QCOMPARE(filtered(*proxy, QStringLiteral("is:expiring")), expiring);
        QCOMPARE(filtered(*proxy, QStringLiteral("is:expiring-30")), expiring);
        QCOMPARE(filtered(*proxy, QStringLiteral("is:expiring-14")), QStringList{ariba});
        QStringList attention = expiring + QStringList{as2};
        attention.sort();
        QCOMPARE(filtered(*proxy, QStringLiteral("-is:valid")), attention);
        QCOMPARE(filtered(*proxy, QStringLiteral("owner:sap")).size(), 2);
        QCOMPARE(filtered(*proxy, QStringLiteral("owner:sap")),
                 filtered(*proxy, QStringLiteral("is:sap")));
    }

    void roleCollectionNames()
    {
        SearchFilterProxy* proxy = proxyOver(m_collections.get(), this);
        QCOMPARE(filtered(*proxy, QStringLiteral("name:\"Subaccount Administrator\"")),
                 QStringList{QStringLiteral("Subaccount Administrator")});
        int readOnly = 0;
        for (const RoleCollection& rc : m_collections->entries())
            readOnly += rc.isReadOnly;
        QCOMPARE(filtered(*proxy, QStringLiteral("is:read-only")).size(), readOnly);
        QCOMPARE(filtered(*proxy, QStringLiteral("group:CPI-Admins")),
                 QStringList{QStringLiteral("Contoso_Integration_Admins")});
    }

    void filteringDoesNotResetTheModel()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        QSignalSpy resets(proxy, &QAbstractItemModel::modelReset);
        QSignalSpy removed(proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy queries(proxy, &SearchFilterProxy::queryChanged);
        proxy->setQuery(QStringLiteral("b"));
        proxy->setQuery(QStringLiteral("be"));
        proxy->setQuery(QStringLiteral("bec"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(removed.count() > 0);
        QCOMPARE(queries.count(), 3);
        QCOMPARE(proxy->query(), QStringLiteral("bec"));
    }

    // Comparisons on the users' typed values, against the demo's fixed clock: the expected rows
    // are counted here from the entries themselves.
    void comparisons_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        const QDateTime now = m_demo.clock().now();
        const auto count = [&](const std::function<bool(const User&)>& f) {
            return static_cast<int>(std::count_if(m_users->entries().begin(), m_users->entries().end(), f));
        };
        const auto logon = [](const User& u) { return u.lastLogonTime; };
        const int stale = count([&](const User& u) { return !logon(u).isValid() || logon(u) < now.addDays(-180); });
        QVERIFY(stale > 0 && stale < m_users->rowCount());
        QTest::newRow("stale") << "lastlogon>180d" << stale;
        QTest::newRow("not stale") << "-lastlogon>180d" << m_users->rowCount() - stale;
        QTest::newRow("recent")
            << "logon<30d" << count([&](const User& u) { return logon(u).isValid() && logon(u) > now.addDays(-30); });
        QTest::newRow("weeks") << "lastlogon>=2w"
                               << count([&](const User& u) { return !logon(u).isValid() || logon(u) <= now.addDays(-14); });
        QTest::newRow("years") << "lastlogon<=1y"
                               << count([&](const User& u) { return logon(u).isValid() && logon(u) >= now.addYears(-1); });
        const QDateTime newYear(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("before a date")
            << "lastlogon<2026-01-01" << count([&](const User& u) { return logon(u).isValid() && logon(u) < newYear; });
        QTest::newRow("after a date")
            << "lastlogon>2026-01-01" << count([&](const User& u) { return logon(u).isValid() && logon(u) > newYear; });
        QTest::newRow("numbers") << "rc>1" << count([](const User& u) { return u.roleCollections.size() > 1; });
        QTest::newRow("none") << "rc<=0" << count([](const User& u) { return u.roleCollections.isEmpty(); });
        QTest::newRow("with text") << "rc>=1 origin:sap" << count([](const User& u) {
            return !u.roleCollections.isEmpty() && u.origin.contains(QLatin1String("sap"));
        });
        QTest::newRow("not a value") << "lastlogon>abc" << 0;
        QTest::newRow("a duration on numbers") << "rc>10d" << 0;
        QTest::newRow("unknown field is text") << "nosuchfield>3" << 0;
    }

    void comparisons()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        QCOMPARE(filtered(*proxy, query).size(), expected);
    }

    void durationsFollowTheClock()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        const int stale = filtered(*proxy, QStringLiteral("lastlogon>180d")).size();
        proxy->setQuery(QString());
        const QDateTime before = m_demo.clock().now();
        m_demo.clock().advanceDays(3650); // everybody is stale ten years on
        QCOMPARE(filtered(*proxy, QStringLiteral("lastlogon>180d")).size(), m_users->rowCount());
        m_demo.clock().set(before);
        proxy->setQuery(QString());
        QCOMPARE(filtered(*proxy, QStringLiteral("lastlogon>180d")).size(), stale);
    }

    // A user who never logged on is stale (lastlogon>180d) and not recent (lastlogon<30d).
    void neverLoggedOnIsStale()
    {
        User never;
        never.id = QStringLiteral("never-logged-on");
        never.userName = QStringLiteral("never@contoso.example");
        never.origin = QStringLiteral("sap.default");
        QVERIFY(m_demo.workspace().client().users().create(never).result());
        UsersModel users(m_demo.clock());
        QVERIFY(test::loadInto(users, m_demo.workspace()));
        SearchFilterProxy* proxy = proxyOver(&users, this);
        QVERIFY(filtered(*proxy, QStringLiteral("lastlogon>180d")).contains(never.id));
        QVERIFY(filtered(*proxy, QStringLiteral("lastlogon>=1d")).contains(never.id));
        QVERIFY(!filtered(*proxy, QStringLiteral("lastlogon<30d")).contains(never.id));
        QVERIFY(!filtered(*proxy, QStringLiteral("lastlogon<=100y")).contains(never.id));
        QVERIFY(!filtered(*proxy, QStringLiteral("lastlogon<2030-01-01")).contains(never.id));
        QVERIFY(m_demo.workspace().client().users().remove(never.id).result());
    }

    void queryProblems()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        QSignalSpy problems(proxy, &SearchFilterProxy::queryProblemChanged);
        proxy->setQuery(QStringLiteral("lastlogon>abc"));
        QCOMPARE(proxy->queryProblem(),
                 QStringLiteral("lastlogon>abc: not a date, a number or a duration like 180d"));
        QCOMPARE(proxy->rowCount(), 0);
        proxy->setQuery(QStringLiteral("rc>10d"));
        QCOMPARE(proxy->queryProblem(), QStringLiteral("rc>10d: rc holds numbers, not dates"));
        proxy->setQuery(QStringLiteral("lastlogon<5"));
        QCOMPARE(proxy->queryProblem(),
                 QStringLiteral("lastlogon<5: lastlogon holds dates: give a date (2027-01-01) or a duration like 180d"));
        proxy->setQuery(QStringLiteral("becker"));
        QCOMPARE(proxy->queryProblem(), QString());
        QCOMPARE(problems.count(), 4);
        QCOMPARE(problems.last().first().toString(), QString());
    }

    // Typing narrows and erasing widens from remembered verdicts; each step must show exactly
    // what a fresh proxy shows for the same text, in the same order.
    void typingAndErasingMatchAFreshProxy()
    {
        SearchFilterProxy* typed = proxyOver(m_users.get(), this);
        typed->sort(UsersModel::UserNameColumn, Qt::AscendingOrder);
        QStringList steps;
        for (const QString& query : {QStringLiteral("anna.b"), QStringLiteral("origin:contoso"),
                                     QStringLiteral("rc:admin -is:inactive"), QStringLiteral("e r")}) {
            for (qsizetype n = 1; n <= query.size(); ++n)
                steps.append(query.left(n));
            for (qsizetype n = query.size() - 1; n >= 0; --n)
                steps.append(query.left(n));
        }
        for (const QString& step : std::as_const(steps)) {
            typed->setQuery(step);
            SearchFilterProxy fresh;
            fresh.setSourceModel(m_users.get());
            fresh.sort(UsersModel::UserNameColumn, Qt::AscendingOrder);
            fresh.setQuery(step);
            QCOMPARE(test::keysInOrder(*typed), test::keysInOrder(fresh));
        }
    }

    // Beyond a few thousand rows a change of many rows is one layout change, and sorts compare
    // ranks: the same rows in the same order as a fresh proxy, and a row kept in view keeps its
    // persistent index (the selection).
    void largeTablesChangeAsOneLayout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scale.ghtenant"));
        ScaleSpec spec;
        spec.users = 3000;
        spec.roleCollections = 30;
        QVERIFY(Seeder::createTenantFile(path, [&](TenantStore& store) {
            return Seeder::populateScale(store, spec, test::fixedNow());
        }));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        Workspace workspace(*tenant, m_demo.clock());
        UsersModel users(m_demo.clock());
        QVERIFY(test::loadInto(users, workspace));
        SearchFilterProxy* typed = proxyOver(&users, this);
        typed->sort(UsersModel::UserNameColumn, Qt::DescendingOrder);
        QSignalSpy layouts(typed, &QAbstractItemModel::layoutChanged);
        QStringList steps;
        for (const QString& query : {QStringLiteral("origin:synthetic"), QStringLiteral("user0001"),
                                     QStringLiteral("rc:Synthetic_Collection_0001")}) {
            for (qsizetype n = 1; n <= query.size(); ++n)
                steps.append(query.left(n));
            for (qsizetype n = query.size() - 1; n >= 0; --n)
                steps.append(query.left(n));
        }
        for (const QString& step : std::as_const(steps)) {
            typed->setQuery(step);
            SearchFilterProxy fresh;
            fresh.setSourceModel(&users);
            fresh.sort(UsersModel::UserNameColumn, Qt::DescendingOrder);
            fresh.setQuery(step);
            QCOMPARE(test::keysInOrder(*typed), test::keysInOrder(fresh));
        }
        // Half the users, alternating in name order, go in one step; the persistent indexes of
        // the rest follow them.
        typed->setQuery(QStringLiteral("origin:s"));
        QList<QPersistentModelIndex> kept;
        for (int row = 0; row < 10; ++row)
            kept.append(typed->index(row, 0));
        const int layoutsBefore = static_cast<int>(layouts.count());
        typed->setQuery(QStringLiteral("origin:sy"));
        QCOMPARE(layouts.count(), layoutsBefore + 1);
        for (const QPersistentModelIndex& index : std::as_const(kept)) {
            if (index.isValid())
                QCOMPARE(users.entry(typed->key(index))->origin, QStringLiteral("synthetic-idp"));
        }
        QCOMPARE(std::count_if(kept.begin(), kept.end(), [](const QPersistentModelIndex& i) { return i.isValid(); }),
                 5);
        typed->setQuery(QString());
        QVERIFY(layouts.count() > 0); // half the users, alternating, went in one step
        QCOMPARE(typed->rowCount(), users.rowCount());
    }

    void lookupThroughTheProxy()
    {
        SearchFilterProxy* proxy = proxyOver(m_destinations.get(), this);
        proxy->sort(DestinationsModel::NameColumn, Qt::DescendingOrder);
        const QModelIndex legacy = proxy->indexOf(QStringLiteral("Legacy_PO_SOAP"));
        QVERIFY(legacy.isValid());
        QCOMPARE(legacy.model(), proxy);
        QCOMPARE(proxy->key(legacy), QStringLiteral("Legacy_PO_SOAP"));
        QCOMPARE(proxy->key(legacy.siblingAtColumn(DestinationsModel::UrlColumn)),
                 QStringLiteral("Legacy_PO_SOAP"));
        QCOMPARE(proxy->keys({legacy, legacy.siblingAtColumn(2),
                              proxy->indexOf(QStringLiteral("northwind"))}),
                 (QStringList{QStringLiteral("Legacy_PO_SOAP"), QStringLiteral("northwind")}));
        proxy->setQuery(QStringLiteral("type:RFC"));
        QVERIFY(!proxy->indexOf(QStringLiteral("Legacy_PO_SOAP")).isValid()); // filtered out
        QVERIFY(proxy->indexOf(QStringLiteral("ERP_OnPrem_RFC")).isValid());
        QCOMPARE(proxy->key(m_destinations->index(0, 0)), QString()); // an index of another model
    }

    void sortsNamesCaseInsensitively()
    {
        SearchFilterProxy* proxy = proxyOver(m_destinations.get(), this);
        proxy->sort(DestinationsModel::NameColumn, Qt::AscendingOrder);
        const QStringList keys = test::keysInOrder(*proxy);
        // "northwind" sorts among the N's, not after every upper-case name.
        QVERIFY(keys.indexOf(QStringLiteral("northwind")) <
                keys.indexOf(QStringLiteral("Partner_AS2_Gateway")));
        QVERIFY(keys.indexOf(QStringLiteral("northwind")) >
                keys.indexOf(QStringLiteral("Mail_SMTP_Office365")));
    }

    // The source's rows come, go and change under a sorted, filtered proxy (the model checker
    // attached): after each step the proxy shows what a fresh proxy shows, and a persistent
    // index on a row that stays (the selection) keeps pointing at it.
    void followsSourceChanges()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        proxy->sort(UsersModel::UserNameColumn, Qt::DescendingOrder);
        proxy->setQuery(QStringLiteral("contoso"));
        QVERIFY(proxy->rowCount() > 2);
        const QPersistentModelIndex kept(proxy->index(proxy->rowCount() - 1, UsersModel::EmailColumn));
        const QString keptKey = proxy->key(kept);
        const auto verifyLikeAFreshProxy = [&] {
            SearchFilterProxy fresh;
            fresh.setSourceModel(m_users.get());
            fresh.sort(UsersModel::UserNameColumn, Qt::DescendingOrder);
            fresh.setQuery(QStringLiteral("contoso"));
            QCOMPARE(test::keysInOrder(*proxy), test::keysInOrder(fresh));
            QVERIFY(kept.isValid());
            QCOMPARE(proxy->key(kept), keptKey);
            QCOMPARE(kept.column(), int(UsersModel::EmailColumn));
        };

        User u;
        u.id = QStringLiteral("0b6f3c52-5e0e-4d57-9a43-followsource");
        u.userName = QStringLiteral("zz.new@contoso.example");
        u.origin = QStringLiteral("contoso-aad");
        u.emails.append(Email{u.userName, true});
        const int shownBefore = proxy->rowCount();
        QSignalSpy inserted(proxy, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_demo.workspace().apply({Change::created(u)}, QStringLiteral("Create user")).result().ok());
        QTRY_COMPARE(proxy->rowCount(), shownBefore + 1);
        QVERIFY(inserted.count() > 0);
        QCOMPARE(proxy->key(proxy->index(0, 0)), u.id); // "zz…" first, descending
        verifyLikeAFreshProxy();

        // An edit that moves the row to the other end of the sort, and one that filters it out.
        const User created = *m_users->entry(u.id);
        User renamed = created;
        renamed.userName = QStringLiteral("aa.new@contoso.example");
        QVERIFY(m_demo.workspace().apply({Change::updated(created, renamed)}, QStringLiteral("Rename")).result().ok());
        QTRY_COMPARE(proxy->key(proxy->index(proxy->rowCount() - 1, 0)), u.id);
        verifyLikeAFreshProxy();
        User elsewhere = renamed;
        elsewhere.userName = QStringLiteral("aa.new@fabrikam.example");
        elsewhere.emails = {Email{elsewhere.userName, true}};
        elsewhere.origin = QStringLiteral("sap.default");
        QVERIFY(m_demo.workspace().apply({Change::updated(renamed, elsewhere)}, QStringLiteral("Move")).result().ok());
        QTRY_VERIFY(!proxy->indexOf(u.id).isValid());
        QVERIFY(m_users->indexOf(u.id).isValid());
        verifyLikeAFreshProxy();

        // Removed from the source: gone from the proxy, the others unmoved.
        QVERIFY(m_demo.workspace().apply(Change::removal(elsewhere), QStringLiteral("Delete")).result().ok());
        QTRY_VERIFY(!m_users->indexOf(u.id).isValid());
        QCOMPARE(proxy->rowCount(), shownBefore);
        verifyLikeAFreshProxy();
        for (int step = 0; step < 4; ++step)
            QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_VERIFY(!m_users->indexOf(u.id).isValid());
        verifyLikeAFreshProxy();
    }

    // A sort of tens of thousands of rows runs in two halves on two cores and merges them: the
    // result is still a stable, case-insensitive sort (ties in source order, across the halves).
    void aLargeSortIsStable()
    {
        QStandardItemModel model(30000, 1);
        const QStringList names{QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("alpha"),
                                QStringLiteral("Gamma"), QStringLiteral("BETA"), QString()};
        for (int row = 0; row < model.rowCount(); ++row) {
            auto* item = new QStandardItem(names.at((row * 7) % names.size()));
            item->setData(item->text(), SortRole);
            model.setItem(row, 0, item);
        }
        SearchFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(0, order);
            QCOMPARE(proxy.rowCount(), model.rowCount());
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QString a = proxy.index(row - 1, 0).data(SortRole).toString();
                const QString b = proxy.index(row, 0).data(SortRole).toString();
                const int c = QString::compare(a, b, Qt::CaseInsensitive);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(QString::number(row)));
                if (c == 0)
                    QVERIFY2(proxy.mapToSource(proxy.index(row - 1, 0)).row() < proxy.mapToSource(proxy.index(row, 0)).row(),
                             qPrintable(QString::number(row)));
            }
        }
    }

    // Sorting by any column, by its typed value, either way: the order of the source's sort
    // values, rows without a value last going up (first going down), ties in source order.
    void sortsEveryColumn()
    {
        SearchFilterProxy* proxy = proxyOver(m_users.get(), this);
        const QPersistentModelIndex kept(proxy->index(3, 0));
        const QString keptKey = proxy->key(kept);
        for (int column = 0; column < m_users->columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy->sort(column, order);
                QCOMPARE(proxy->sortColumn(), column);
                QCOMPARE(proxy->sortOrder(), order);
                QCOMPARE(proxy->rowCount(), m_users->rowCount());
                for (int row = 1; row < proxy->rowCount(); ++row) {
                    const QVariant a = proxy->index(row - 1, column).data(SortRole);
                    const QVariant b = proxy->index(row, column).data(SortRole);
                    const auto less = [](const QVariant& x, const QVariant& y) {
                        if (!x.isValid() || !y.isValid())
                            return x.isValid() && !y.isValid();
                        if (x.typeId() == QMetaType::QString)
                            return QString::compare(x.toString(), y.toString(), Qt::CaseInsensitive) < 0;
                        return QVariant::compare(x, y) == QPartialOrdering::Less;
                    };
                    QVERIFY2(order == Qt::AscendingOrder ? !less(b, a) : !less(a, b),
                             qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(row)));
                    if (!less(a, b) && !less(b, a)) // ties keep the source's order
                        QVERIFY(proxy->mapToSource(proxy->index(row - 1, 0)).row() <
                                proxy->mapToSource(proxy->index(row, 0)).row());
                }
                QCOMPARE(proxy->key(kept), keptKey);
            }
        }
        proxy->sort(-1);
        QCOMPARE(test::keysInOrder(*proxy), test::keysInOrder(*m_users)); // the source's order
    }
};

QTEST_GUILESS_MAIN(TestSearchFilterProxy)
#include "tst_searchfilterproxy.moc"
