// TenantDiffModel: the kind → item → field tree over a comparison, checked by
// QAbstractItemModelTester through every filter change; status as text and icon; the filters
// (only differences or all, by kind); check marks only on copyable items, kept across filters and
// dropped with a new comparison.
#include "ModelTestSupport.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"

#include <QSignalSpy>
#include <QTest>

using namespace gh;
using DiffStatus = TenantDifference::Status;

namespace {

changes::PropertyDiff field(const QString& property, const QString& a, const QString& b)
{
    changes::PropertyDiff f;
    f.property = property;
    f.before = a;
    f.after = b;
    return f;
}

QStringList childTexts(const QAbstractItemModel& model, const QModelIndex& parent, int column = 0)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, column, parent).data().toString());
    return out;
}

} // namespace

class TestTenantDiffModel : public QObject
{
    Q_OBJECT

    TenantDiffModel m_model;

    void load()
    {
        const QList<TenantDifference> differences{
            {EntityKind::User,
             QStringLiteral("sap.default/anna"),
             DiffStatus::Differs,
             {field(QStringLiteral("emails"), QStringLiteral("anna@a.example"),
                    QStringLiteral("anna@b.example"))}},
            {EntityKind::RoleCollection, QStringLiteral("Support"), DiffStatus::OnlyInA, {}},
            {EntityKind::Destination,
             QStringLiteral("northwind"),
             DiffStatus::Differs,
             {field(QStringLiteral("URL"), QStringLiteral("https://a.example"),
                    QStringLiteral("https://b.example")),
              field(QStringLiteral("Description"), QStringLiteral("from A"), QString())}},
            {EntityKind::Destination, QStringLiteral("onlyA"), DiffStatus::OnlyInA, {}},
            {EntityKind::Destination, QStringLiteral("onlyB"), DiffStatus::OnlyInB, {}},
        };
        const QList<SameItem> same{{EntityKind::Destination, QStringLiteral("alike")},
                                   {EntityKind::User, QStringLiteral("sap.default/ben")}};
        m_model.setComparison(QStringLiteral("Tenant A"), QStringLiteral("Tenant B"), differences,
                              same);
    }

    QModelIndex kindRow(const QString& title)
    {
        for (int row = 0; row < m_model.rowCount(); ++row)
            if (m_model.index(row, 0).data().toString() == title)
                return m_model.index(row, 0);
        return {};
    }

    static QString item(EntityKind kind, const char* key)
    {
        return TenantDiffModel::itemKey(kind, QLatin1String(key));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp,
                            QLocale(QLocale::English)); // the plural forms ("2 fields differ")
    }

    void init()
    {
        test::attachTester(&m_model);
        m_model.setOnlyDifferences(true);
        m_model.setKinds({});
        load();
    }

    void cleanup()
    {
        // The testers of earlier tests go with their model's children: one model for all.
        const auto testers = m_model.findChildren<QAbstractItemModelTester*>();
        qDeleteAll(testers);
    }

    void treeOfKindsItemsAndFields()
    {
        QCOMPARE(m_model.columnCount(), 5);
        QCOMPARE(m_model.headerData(TenantDiffModel::AColumn, Qt::Horizontal).toString(),
                 QStringLiteral("A: Tenant A"));
        QCOMPARE(m_model.headerData(TenantDiffModel::BColumn, Qt::Horizontal).toString(),
                 QStringLiteral("B: Tenant B"));
        // Kinds in the comparison's order, only those with something to show.
        QCOMPARE(childTexts(m_model, {}),
                 (QStringList{QStringLiteral("Users"), QStringLiteral("Role collections"),
                              QStringLiteral("Destinations")}));
        const QModelIndex destinations = kindRow(QStringLiteral("Destinations"));
        QCOMPARE(childTexts(m_model, destinations),
                 (QStringList{QStringLiteral("northwind"), QStringLiteral("onlyA"),
                              QStringLiteral("onlyB")}));
        QCOMPARE(childTexts(m_model, destinations, TenantDiffModel::StatusColumn),
                 (QStringList{QStringLiteral("Differs"), QStringLiteral("Only in A"),
                              QStringLiteral("Only in B")}));
        QCOMPARE(childTexts(m_model, destinations, TenantDiffModel::AColumn),
                 (QStringList{QStringLiteral("2 fields differ"), QStringLiteral("present"),
                              QStringLiteral("missing")}));
        QCOMPARE(childTexts(m_model, destinations, TenantDiffModel::BColumn),
                 (QStringList{QStringLiteral("2 fields differ"), QStringLiteral("missing"),
                              QStringLiteral("present")}));
        // Status is never a colour alone: every status cell has text and an icon.
        for (int row = 0; row < m_model.rowCount(destinations); ++row) {
            const QModelIndex status =
                m_model.index(row, TenantDiffModel::StatusColumn, destinations);
            QVERIFY(!status.data().toString().isEmpty());
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        // The fields of a difference, A's value and B's side by side.
        const QModelIndex northwind = m_model.indexOf(item(EntityKind::Destination, "northwind"));
        QVERIFY(northwind.isValid());
        QCOMPARE(northwind.data(EntryKeyRole).toString(), QStringLiteral("destinations:northwind"));
        QCOMPARE(m_model.key(northwind), QStringLiteral("destinations:northwind"));
        QCOMPARE(childTexts(m_model, northwind),
                 (QStringList{QStringLiteral("URL"), QStringLiteral("Description")}));
        QCOMPARE(childTexts(m_model, northwind, TenantDiffModel::AColumn),
                 (QStringList{QStringLiteral("https://a.example"), QStringLiteral("from A")}));
        QCOMPARE(childTexts(m_model, northwind, TenantDiffModel::BColumn),
                 (QStringList{QStringLiteral("https://b.example"), QStringLiteral("(none)")}));
        QCOMPARE(childTexts(m_model, northwind, TenantDiffModel::StatusColumn),
                 (QStringList{QStringLiteral("Differs"), QStringLiteral("Only in A")}));
        QCOMPARE(m_model.key(m_model.index(0, 0, northwind)), QString()); // a field is no entry
        QCOMPARE(m_model.index(0, 0, northwind).data(TenantDiffModel::RowTypeRole).toInt(),
                 int(TenantDiffModel::RowType::Field));
    }

    void filtersByDifferenceAndKind()
    {
        const QModelIndex destinations = kindRow(QStringLiteral("Destinations"));
        QCOMPARE(destinations.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("3 differences"));
        m_model.setOnlyDifferences(false);
        QCOMPARE(childTexts(m_model, kindRow(QStringLiteral("Destinations"))),
                 (QStringList{QStringLiteral("alike"), QStringLiteral("northwind"),
                              QStringLiteral("onlyA"), QStringLiteral("onlyB")}));
        const QModelIndex alike = m_model.indexOf(item(EntityKind::Destination, "alike"));
        QCOMPARE(alike.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("Same"));
        QVERIFY(!alike.siblingAtColumn(TenantDiffModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(alike.siblingAtColumn(TenantDiffModel::BColumn).data().toString(),
                 QStringLiteral("present"));
        QCOMPARE(kindRow(QStringLiteral("Destinations"))
                     .siblingAtColumn(TenantDiffModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("3 differences, 1 same"));

        m_model.setKinds({EntityKind::User});
        QCOMPARE(childTexts(m_model, {}), QStringList{QStringLiteral("Users")});
        QCOMPARE(
            childTexts(m_model, kindRow(QStringLiteral("Users"))),
            (QStringList{QStringLiteral("sap.default/anna"), QStringLiteral("sap.default/ben")}));
        m_model.setOnlyDifferences(true);
        QCOMPARE(childTexts(m_model, kindRow(QStringLiteral("Users"))),
                 QStringList{QStringLiteral("sap.default/anna")});
        QVERIFY(!m_model.indexOf(item(EntityKind::Destination, "onlyA")).isValid()); // hidden
        m_model.setKinds({EntityKind::Destination, EntityKind::RoleCollection});
        QCOMPARE(childTexts(m_model, {}),
                 (QStringList{QStringLiteral("Role collections"), QStringLiteral("Destinations")}));
        m_model.setKinds({EntityKind::KeystoreEntry}); // nothing of it differs
        QCOMPARE(m_model.rowCount(), 0);
    }

    void onlyCopyableItemsAreCheckable()
    {
        const QModelIndex onlyA = m_model.indexOf(item(EntityKind::Destination, "onlyA"));
        QVERIFY(m_model.flags(onlyA) & Qt::ItemIsUserCheckable);
        QCOMPARE(onlyA.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(m_model.flags(m_model.indexOf(item(EntityKind::Destination, "northwind"))) &
                Qt::ItemIsUserCheckable);
        QVERIFY(m_model.flags(m_model.indexOf(item(EntityKind::RoleCollection, "Support"))) &
                Qt::ItemIsUserCheckable);
        // Not checkable, and the tool tip says why.
        const QModelIndex onlyB = m_model.indexOf(item(EntityKind::Destination, "onlyB"));
        QVERIFY(!(m_model.flags(onlyB) & Qt::ItemIsUserCheckable));
        QVERIFY(!onlyB.data(Qt::CheckStateRole).isValid());
        QVERIFY(onlyB.data(Qt::ToolTipRole).toString().contains(QLatin1String("Only in B")));
        const QModelIndex anna = m_model.indexOf(item(EntityKind::User, "sap.default/anna"));
        QVERIFY(!(m_model.flags(anna) & Qt::ItemIsUserCheckable));
        QVERIFY(
            anna.data(Qt::ToolTipRole).toString().contains(QLatin1String("Users are not copied")));
        QVERIFY(!m_model.setData(anna, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!m_model.setChecked(item(EntityKind::User, "sap.default/anna"), true));
        QString why;
        for (EntityKind kind : diffedKinds()) {
            const bool copyable = kind == EntityKind::Destination || kind == EntityKind::RoleCollection ||
                                  kind == EntityKind::KeystoreEntry || kind == EntityKind::KnownHost ||
                                  kind == EntityKind::PgpKey || kind == EntityKind::DestinationCertificate ||
                                  kind == EntityKind::UserCredential ||
                                  kind == EntityKind::OAuth2ClientCredential ||
                                  kind == EntityKind::SecureParameter;
            QCOMPARE(TenantDiffModel::isCopyableKind(kind, &why), copyable);
            QVERIFY(copyable || !why.isEmpty());
        }
        m_model.setOnlyDifferences(false);
        QVERIFY(!(m_model.flags(m_model.indexOf(item(EntityKind::Destination, "alike"))) &
                  Qt::ItemIsUserCheckable));
    }

    void itemsCopyRefusesAreNotCheckableAndSayWhyInWords()
    {
        const QList<TenantDifference> differences{
            {EntityKind::KeystoreEntry, QStringLiteral("system/sap_cloudintegrationcertificate"),
             DiffStatus::OnlyInA, {}},
            {EntityKind::KeystoreEntry, QStringLiteral("system/partner"), DiffStatus::OnlyInA, {}},
            {EntityKind::DestinationCertificate, QStringLiteral("client.p12"), DiffStatus::Differs,
             {field(QStringLiteral("fingerprintsSha256"), QStringLiteral("AA"), QStringLiteral("BB"))}},
            {EntityKind::RoleCollection, QStringLiteral("Auditors"), DiffStatus::OnlyInA, {}},
            {EntityKind::User, QStringLiteral("sap.default/anna"), DiffStatus::OnlyInA, {}},
        };
        const QList<copying::RefusedItem> refused{
            {{EntityKind::KeystoreEntry, QStringLiteral("system/sap_cloudintegrationcertificate")},
             copying::Refusal::SapOwned, {}},
            {{EntityKind::DestinationCertificate, QStringLiteral("client.p12")},
             copying::Refusal::NoContent, {}},
            {{EntityKind::RoleCollection, QStringLiteral("Auditors")},
             copying::Refusal::MissingRoles, QStringLiteral("app!t1.Auditor")},
        };
        m_model.setComparison(QStringLiteral("A"), QStringLiteral("B"), differences, {}, refused);
        QCOMPARE(m_model.headerData(TenantDiffModel::CopyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Copy"));
        const QModelIndex sap =
            m_model.indexOf(item(EntityKind::KeystoreEntry, "system/sap_cloudintegrationcertificate"));
        QVERIFY(sap.isValid());
        QVERIFY(!(m_model.flags(sap) & Qt::ItemIsUserCheckable));
        QVERIFY(!sap.data(Qt::CheckStateRole).isValid());
        QVERIFY(!m_model.setData(sap, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!m_model.setChecked(m_model.key(sap), true));
        // In words, in a column of its own and in the tool tips: never a colour alone.
        QCOMPARE(sap.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copyable: SAP-owned"));
        QVERIFY2(sap.data(Qt::ToolTipRole).toString().contains(QLatin1String("owned by SAP")),
                 qPrintable(sap.data(Qt::ToolTipRole).toString()));
        QCOMPARE(sap.siblingAtColumn(TenantDiffModel::CopyColumn).data(Qt::ToolTipRole),
                 sap.data(Qt::ToolTipRole));
        const QModelIndex partner = m_model.indexOf(item(EntityKind::KeystoreEntry, "system/partner"));
        QVERIFY(m_model.flags(partner) & Qt::ItemIsUserCheckable);
        QCOMPARE(partner.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Can be copied"));
        const QModelIndex p12 = m_model.indexOf(item(EntityKind::DestinationCertificate, "client.p12"));
        QVERIFY(!(m_model.flags(p12) & Qt::ItemIsUserCheckable));
        QCOMPARE(p12.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copyable: file not here"));
        QVERIFY(p12.data(Qt::ToolTipRole).toString().contains(QLatin1String("Import the file into B")));
        const QModelIndex auditors = m_model.indexOf(item(EntityKind::RoleCollection, "Auditors"));
        QVERIFY(!(m_model.flags(auditors) & Qt::ItemIsUserCheckable));
        QVERIFY(auditors.data(Qt::ToolTipRole).toString().contains(QLatin1String("app!t1.Auditor")));
        const QModelIndex anna = m_model.indexOf(item(EntityKind::User, "sap.default/anna"));
        QCOMPARE(anna.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copied"));
        // A kind row checks only what can be copied; with nothing copyable it has no check mark.
        const QModelIndex keystore = kindRow(QStringLiteral("Keystore"));
        QVERIFY(m_model.setData(keystore, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model.checkedItems(), (QList<copying::CopyItem>{{EntityKind::KeystoreEntry,
                                                                    QStringLiteral("system/partner")}}));
        QCOMPARE(kindRow(QStringLiteral("Keystore")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const QModelIndex certificates = kindRow(QStringLiteral("Destination certificates"));
        QVERIFY(!(m_model.flags(certificates) & Qt::ItemIsUserCheckable));
        // A new comparison without refusals: the same item is checkable again.
        const QString sapKey = m_model.key(sap);
        m_model.setComparison(QStringLiteral("A"), QStringLiteral("B"), differences, {});
        QVERIFY(m_model.flags(m_model.indexOf(sapKey)) & Qt::ItemIsUserCheckable);
    }

    void credentialsAreCopyableUnlessBUsesTheirNameForAnotherKind()
    {
        const QList<TenantDifference> differences{
            {EntityKind::UserCredential, QStringLiteral("SFTP_New"), DiffStatus::OnlyInA, {}},
            {EntityKind::SecureParameter, QStringLiteral("Shared_Name"), DiffStatus::OnlyInA, {}},
        };
        const QList<copying::RefusedItem> refused{
            {{EntityKind::SecureParameter, QStringLiteral("Shared_Name")}, copying::Refusal::TargetOtherKind,
             QStringLiteral("user_credentials")}};
        m_model.setComparison(QStringLiteral("A"), QStringLiteral("B"), differences, {}, refused);
        const QModelIndex sftp = m_model.indexOf(item(EntityKind::UserCredential, "SFTP_New"));
        QVERIFY(m_model.flags(sftp) & Qt::ItemIsUserCheckable);
        QCOMPARE(sftp.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(), QStringLiteral("Can be copied"));
        const QModelIndex shared = m_model.indexOf(item(EntityKind::SecureParameter, "Shared_Name"));
        QVERIFY(!(m_model.flags(shared) & Qt::ItemIsUserCheckable));
        QCOMPARE(shared.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copyable: name taken in B"));
        QVERIFY2(shared.data(Qt::ToolTipRole).toString().contains(QLatin1String("among its User credentials")),
                 qPrintable(shared.data(Qt::ToolTipRole).toString()));
    }

    void aKindRowChecksItsCopyableItems()
    {
        const QModelIndex destinations = kindRow(QStringLiteral("Destinations"));
        QVERIFY(m_model.flags(destinations) & Qt::ItemIsUserCheckable);
        QCOMPARE(destinations.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(m_model.setData(destinations, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(kindRow(QStringLiteral("Destinations")).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        // Only in B is not copied from A.
        QCOMPARE(m_model.checkedItems(),
                 (QList<copying::CopyItem>{{EntityKind::Destination, QStringLiteral("northwind")},
                                           {EntityKind::Destination, QStringLiteral("onlyA")}}));
        QVERIFY(m_model.setChecked(item(EntityKind::Destination, "onlyA"), false));
        QCOMPARE(kindRow(QStringLiteral("Destinations")).data(Qt::CheckStateRole).toInt(),
                 int(Qt::PartiallyChecked));
        QVERIFY(m_model.setData(kindRow(QStringLiteral("Destinations")), Qt::Unchecked,
                                Qt::CheckStateRole));
        QVERIFY(m_model.checkedItems().isEmpty());
        // Users cannot be copied: no check mark, and the tool tip says why.
        const QModelIndex users = kindRow(QStringLiteral("Users"));
        QVERIFY(!(m_model.flags(users) & Qt::ItemIsUserCheckable));
        QVERIFY(!users.data(Qt::CheckStateRole).isValid());
        QVERIFY(!m_model.setData(users, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(
            users.data(Qt::ToolTipRole).toString().contains(QLatin1String("Users are not copied")));
    }

    void checksAreKeptAcrossFiltersAndDroppedWithANewComparison()
    {
        QSignalSpy changed(&m_model, &TenantDiffModel::checkedChanged);
        QVERIFY(m_model.setData(m_model.indexOf(item(EntityKind::Destination, "onlyA")),
                                Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model.indexOf(item(EntityKind::Destination, "onlyA"))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));
        QVERIFY(m_model.setChecked(item(EntityKind::RoleCollection, "Support"), true));
        QCOMPARE(changed.size(), 2);
        // The comparison's order: role collections before destinations.
        QCOMPARE(m_model.checkedItems(),
                 (QList<copying::CopyItem>{{EntityKind::RoleCollection, QStringLiteral("Support")},
                                           {EntityKind::Destination, QStringLiteral("onlyA")}}));
        m_model.setKinds({EntityKind::User});
        QCOMPARE(m_model.checkedItems().size(), 2); // hidden, still checked
        m_model.setKinds({});
        QCOMPARE(m_model.indexOf(item(EntityKind::Destination, "onlyA"))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));
        QVERIFY(m_model.setData(m_model.indexOf(item(EntityKind::Destination, "onlyA")),
                                Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_model.checkedItems(), (QList<copying::CopyItem>{{EntityKind::RoleCollection,
                                                                    QStringLiteral("Support")}}));
        load();
        QVERIFY(m_model.checkedItems().isEmpty());
        m_model.clear();
        QCOMPARE(m_model.rowCount(), 0);
        QCOMPARE(m_model.headerData(TenantDiffModel::AColumn, Qt::Horizontal).toString(),
                 QStringLiteral("A"));
    }
};

QTEST_MAIN(TestTenantDiffModel)
#include "tst_tenantdiffmodel.moc"
