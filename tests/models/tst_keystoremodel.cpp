// KeystoreModel: validity judged by the injected clock (status text, StatusRole, icon and a
// palette-aware colour), chronological and numeric sorting through SortRole, SAP ownership and
// chains resolved to aliases.
#include "ModelTestSupport.h"
#include "models/KeystoreModel.h"
#include "models/SearchFilterProxy.h"
#include "models/StateColors.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>

using namespace gh;

class TestKeystoreModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<KeystoreModel> m_model;

    static QString key(const QString& alias)
    {
        return QStringLiteral("system/") + KeystoreEntry::hexaliasOf(alias);
    }
    QVariant cell(const QString& alias, int column, int role = Qt::DisplayRole) const
    {
        return test::cell(*m_model, key(alias), column, role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<KeystoreModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void init() { m_demo.clock().set(test::fixedNow()); }

    void listsEveryEntry()
    {
        auto all = m_demo.workspace().client().keystore().list().result();
        QVERIFY(all.ok());
        QCOMPARE(m_model->rowCount(), all->size());
        QVERIFY(m_model->rowCount() >= 8);
        QCOMPARE(cell(QStringLiteral("ariba_client"), KeystoreModel::SubjectColumn).toString(),
                 QStringLiteral("ariba-client.contoso.com"));
        QCOMPARE(cell(QStringLiteral("ariba_client"), KeystoreModel::IssuerColumn).toString(),
                 QStringLiteral("Contoso Issuing CA 01"));
        QCOMPARE(cell(QStringLiteral("ariba_client"), KeystoreModel::TypeColumn).toString(),
                 QStringLiteral("Key Pair"));
    }

    void status_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("daysLeft");
        QTest::newRow("expired") << "partner_as2_2024"
                                 << "Expired" << int(ExpiryStatus::Expired) << "-21";
        QTest::newRow("expires in ten days") << "ariba_client"
                                             << "Expiring" << int(ExpiryStatus::Expiring) << "9";
        QTest::newRow("expires in 25 days") << "partner_sftp_host"
                                            << "Expiring" << int(ExpiryStatus::Expiring) << "24";
        QTest::newRow("valid") << "contoso_signing"
                               << "Valid" << int(ExpiryStatus::Valid) << "639";
    }

    void status()
    {
        QFETCH(QString, alias);
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, daysLeft);
        QCOMPARE(cell(alias, KeystoreModel::StatusColumn).toString(), text);
        QCOMPARE(cell(alias, KeystoreModel::StatusColumn, StatusRole).toInt(), status);
        QCOMPARE(cell(alias, KeystoreModel::AliasColumn, StatusRole).toInt(),
                 status); // every column of the row
        QCOMPARE(cell(alias, KeystoreModel::DaysLeftColumn).toString(), daysLeft);
        QCOMPARE(cell(alias, KeystoreModel::DaysLeftColumn, SortRole).typeId(),
                 QMetaType::LongLong);

        // Not colour alone: an icon that really renders (the SVG icon engine is there) …
        const QIcon icon =
            cell(alias, KeystoreModel::StatusColumn, Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        QVERIFY(!image.isNull());
        QVERIFY(qAlpha(image.pixel(8, 8)) > 0);
        // … and the colour of the state colour map for the model's palette.
        const QColor color =
            cell(alias, KeystoreModel::StatusColumn, Qt::ForegroundRole).value<QColor>();
        QCOMPARE(color,
                 StateColors::forStatus(static_cast<ExpiryStatus>(status), m_model->palette()));
    }

    void statusIconsDiffer()
    {
        const QImage expired = cell(QStringLiteral("partner_as2_2024"), KeystoreModel::StatusColumn,
                                    Qt::DecorationRole)
                                   .value<QIcon>()
                                   .pixmap(16, 16)
                                   .toImage();
        const QImage valid =
            cell(QStringLiteral("contoso_signing"), KeystoreModel::StatusColumn, Qt::DecorationRole)
                .value<QIcon>()
                .pixmap(16, 16)
                .toImage();
        QVERIFY(expired != valid);
    }

    void coloursFollowThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));

        m_model->setPalette(light);
        const QColor onLight = cell(QStringLiteral("partner_as2_2024"), KeystoreModel::StatusColumn,
                                    Qt::ForegroundRole)
                                   .value<QColor>();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setPalette(dark);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::ForegroundRole));
        const QColor onDark = cell(QStringLiteral("partner_as2_2024"), KeystoreModel::StatusColumn,
                                   Qt::ForegroundRole)
                                  .value<QColor>();
        QVERIFY(onLight != onDark);
        QVERIFY(StateColors::contrastRatio(onLight, Qt::white) >= 4.5);
        QVERIFY(StateColors::contrastRatio(onDark, QColor(0x2a, 0x2a, 0x2a)) >= 4.5);
    }

    void timeComesFromTheClock()
    {
        QCOMPARE(cell(QStringLiteral("ariba_client"), KeystoreModel::StatusColumn).toString(),
                 QStringLiteral("Expiring"));
        m_demo.clock().advanceDays(30);
        QCOMPARE(cell(QStringLiteral("ariba_client"), KeystoreModel::StatusColumn).toString(),
                 QStringLiteral("Expired"));
        QCOMPARE(
            cell(QStringLiteral("ariba_client"), KeystoreModel::StatusColumn, StatusRole).toInt(),
            int(ExpiryStatus::Expired));
    }

    void sortsChronologicallyAndNumerically()
    {
        SearchFilterProxy proxy;
        test::attachTester(&proxy);
        proxy.setSourceModel(m_model.get());

        proxy.sort(KeystoreModel::ValidUntilColumn, Qt::AscendingOrder);
        QDateTime previous;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant until = proxy.index(row, KeystoreModel::ValidUntilColumn).data(SortRole);
            QCOMPARE(until.typeId(), QMetaType::QDateTime);
            QVERIFY(!previous.isValid() || previous <= until.toDateTime());
            previous = until.toDateTime();
        }
        QCOMPARE(proxy.key(proxy.index(0, 0)), key(QStringLiteral("partner_as2_2024")));
        QCOMPARE(proxy.key(proxy.index(proxy.rowCount() - 1, 0)),
                 key(QStringLiteral("contoso_root_ca_g2")));

        // Days left: 24 before 639 before 1825 (as text "1825" < "24" < "639").
        proxy.sort(KeystoreModel::DaysLeftColumn, Qt::AscendingOrder);
        QList<qint64> days;
        for (int row = 0; row < proxy.rowCount(); ++row)
            days.append(
                proxy.index(row, KeystoreModel::DaysLeftColumn).data().toString().toLongLong());
        QVERIFY(std::is_sorted(days.begin(), days.end()));
        QCOMPARE(days.first(), -21);

        proxy.sort(KeystoreModel::StatusColumn, Qt::AscendingOrder); // most urgent first
        QCOMPARE(proxy.index(0, KeystoreModel::StatusColumn).data().toString(),
                 QStringLiteral("Expired"));
        QCOMPARE(proxy.index(1, KeystoreModel::StatusColumn).data().toString(),
                 QStringLiteral("Expiring"));
    }

    void sapOwnedEntriesAreLocked()
    {
        const QString sap = QStringLiteral("sap_cloudintegrationcertificate");
        QCOMPARE(cell(sap, KeystoreModel::OwnerColumn).toString(), QStringLiteral("SAP"));
        QCOMPARE(cell(sap, KeystoreModel::OwnerColumn, ReadOnlyRole).toBool(), true);
        QVERIFY(!cell(sap, KeystoreModel::OwnerColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(
            cell(QStringLiteral("ariba_client"), KeystoreModel::OwnerColumn, ReadOnlyRole).toBool(),
            false);
        QVERIFY(
            !cell(QStringLiteral("ariba_client"), KeystoreModel::OwnerColumn, Qt::DecorationRole)
                 .isValid());
    }

    // The search syntax of the keystore pane (SearchFilterProxy.h): each query shows exactly the
    // entries that the same rule picks from the model's entries.
    void searchSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("rule");
        QTest::newRow("type:keypair") << QStringLiteral("type:keypair") << QStringLiteral("keypair");
        QTest::newRow("type:key-pair") << QStringLiteral("type:key-pair") << QStringLiteral("keypair");
        QTest::newRow("type:KeyPair") << QStringLiteral("type:KeyPair") << QStringLiteral("keypair");
        QTest::newRow("type:\"key pair\"") << QStringLiteral("type:\"key pair\"") << QStringLiteral("keypair");
        QTest::newRow("type:certificate") << QStringLiteral("type:certificate") << QStringLiteral("certificate");
        QTest::newRow("-type:keypair") << QStringLiteral("-type:keypair") << QStringLiteral("not-keypair");
        QTest::newRow("is:key-pair") << QStringLiteral("is:key-pair") << QStringLiteral("keypair");
        QTest::newRow("issuer:") << QStringLiteral("issuer:\"Contoso Issuing CA 01\"") << QStringLiteral("issuer");
        QTest::newRow("is:expired") << QStringLiteral("is:expired") << QStringLiteral("expired");
        QTest::newRow("is:expiring-30") << QStringLiteral("is:expiring-30") << QStringLiteral("expiring-30");
    }

    void searchSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QString, rule);
        const QDateTime now = m_demo.clock().now();
        QStringList expected;
        for (const KeystoreEntry& e : m_model->entries()) {
            const ExpiryInfo x30 = expiryOf(e.validNotBefore, e.validNotAfter, now, 30);
            const bool match =
                rule == QLatin1String("keypair")       ? e.type == QLatin1String("Key Pair")
                : rule == QLatin1String("not-keypair") ? e.type != QLatin1String("Key Pair")
                : rule == QLatin1String("certificate") ? e.type == QLatin1String("Certificate")
                : rule == QLatin1String("issuer")      ? e.issuerDN.contains(QLatin1String("CN=Contoso Issuing CA 01"))
                : rule == QLatin1String("expired")     ? x30.status == ExpiryStatus::Expired
                : rule == QLatin1String("expiring-30") ? x30.status == ExpiryStatus::Expiring
                                                       : false;
            if (match)
                expected.append(e.key());
        }
        expected.sort();
        QVERIFY2(!expected.isEmpty(), "the demo keystore has entries of every kind");
        QVERIFY(expected.size() < m_model->rowCount());

        SearchFilterProxy proxy;
        test::attachTester(&proxy);
        proxy.setSourceModel(m_model.get());
        proxy.setQuery(query);
        QStringList shown = test::keysInOrder(proxy);
        shown.sort();
        QCOMPARE(shown, expected);
    }

    void chainResolvesToAliases()
    {
        const KeystoreEntry* ariba = m_model->entry(key(QStringLiteral("ariba_client")));
        QVERIFY(ariba);
        QStringList aliases;
        for (const KeystoreModel::ChainLink& link : m_model->chain(*ariba))
            aliases.append(link.alias);
        QCOMPARE(aliases, (QStringList{QStringLiteral("contoso_issuing_ca_01"),
                                       QStringLiteral("contoso_root_ca_g2")}));
        const KeystoreEntry* root = m_model->entry(key(QStringLiteral("contoso_root_ca_g2")));
        QVERIFY(root);
        QVERIFY(m_model->chain(*root).isEmpty());
    }

    void renewalAndHistoryEntriesNameTheirKeystore()
    {
        KeystoreModel model(m_demo.clock());
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        auto entries = m_demo.workspace().client().keystore().list().result();
        QVERIFY(entries.ok());
        KeystoreEntry renewal = entries->first();
        renewal.keystore = QStringLiteral("KeyRenewal");
        renewal.owner = QStringLiteral("Tenant Administrator");
        QVERIFY(m_demo.workspace().apply({Change::created(renewal)}, QStringLiteral("renewal")).result().ok());
        QTRY_VERIFY(model.entry(renewal.key()) != nullptr);
        const QModelIndex row = model.indexOf(renewal.key());
        QCOMPARE(row.siblingAtColumn(KeystoreModel::AliasColumn).data().toString(),
                 QStringLiteral("KeyRenewal / ") + renewal.alias);
        const QModelIndex original = model.indexOf(entries->first().key());
        QCOMPARE(original.siblingAtColumn(KeystoreModel::AliasColumn).data().toString(), entries->first().alias);
        SearchFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(QStringLiteral("keystore:KeyRenewal"));
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(m_demo.workspace().undo().result().ok());
    }
};

QTEST_MAIN(TestKeystoreModel)
#include "tst_keystoremodel.moc"
