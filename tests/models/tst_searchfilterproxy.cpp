// SearchFilterProxy: the query syntax, filtering each pane's model as the user types (free
// text, field:value, is:…, negation), and the lookup interface through the proxy.
#include "ModelTestSupport.h"
#include "models/DestinationsModel.h"
#include "models/KeystoreModel.h"
#include "models/RoleCollectionsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/UsersModel.h"

#include <QSignalSpy>

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
};

QTEST_GUILESS_MAIN(TestSearchFilterProxy)
#include "tst_searchfilterproxy.moc"
