// ExpiringModel: one row per certificate of the keystore's chains and the destination
// certificates of a tenant made in the test (dated relative to a fixed clock), the status as text,
// icon and colour, a threshold that changes statuses but not rows, search predicates, and a reload
// when the keystore changes. Checked by QAbstractItemModelTester throughout.
#include "ExpiringFixtures.h"
#include "ModelTestSupport.h"
#include "models/ExpiringModel.h"
#include "models/Format.h"
#include "models/SearchFilterProxy.h"

#include <QColor>
#include <QIcon>
#include <QSignalSpy>

using namespace gh;
using expiring::ExpiringItem;

class TestExpiringModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    test::ExpiringMaterial m_material;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ExpiringModel> m_model;
    using M = ExpiringModel;

    // The key of the row whose subject contains `subject`.
    QString keyOf(const QString& subject) const
    {
        for (const ExpiringItem& item : m_model->entries()) {
            if (item.subject.contains(subject))
                return item.key();
        }
        return {};
    }
    QString status(const QString& subject) const
    {
        return test::cell(*m_model, keyOf(subject), M::StatusColumn).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("material.ghtenant"));
        m_material = test::makeExpiringMaterial(m_clock.now());
        test::writeTenant(path, m_material);
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_workspace = std::make_unique<Workspace>(*tenant, m_clock);
        m_model = std::make_unique<ExpiringModel>(m_clock);
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, *m_workspace));
    }

    void listsEveryCertificateSoonestFirst()
    {
        // partner's leaf and CA, old-root, backend.pem; not the KeyHistory entry.
        QCOMPARE(m_model->rowCount(), 4);
        QStringList subjects;
        for (const ExpiringItem& item : m_model->entries())
            subjects.append(format::commonName(item.subject));
        QCOMPARE(subjects, (QStringList{QStringLiteral("Old Root"), QStringLiteral("partner.example.com"),
                                        QStringLiteral("backend.example.com"), QStringLiteral("Partner CA")}));
    }

    void columns()
    {
        const QString leaf = keyOf(QStringLiteral("CN=partner.example.com"));
        QCOMPARE(test::cell(*m_model, leaf, M::KindColumn).toString(), QStringLiteral("Keystore"));
        QCOMPARE(test::cell(*m_model, leaf, M::OwnerColumn).toString(), QStringLiteral("partner"));
        QCOMPARE(test::cell(*m_model, leaf, M::OwnerColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("partner in keystore system"));
        QCOMPARE(test::cell(*m_model, leaf, M::SubjectColumn).toString(), QStringLiteral("partner.example.com (chain 1/2)"));
        QCOMPARE(test::cell(*m_model, leaf, M::DaysLeftColumn).toString(), QStringLiteral("10"));
        QCOMPARE(test::cell(*m_model, leaf, M::DaysLeftColumn, SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(test::cell(*m_model, leaf, M::NotAfterColumn, SortRole).typeId(), QMetaType::QDateTime);
        QCOMPARE(test::cell(*m_model, leaf, M::NotAfterColumn).toString(),
                 m_clock.now().addDays(10).date().toString(Qt::ISODate));
        const QString backend = keyOf(QStringLiteral("CN=backend.example.com"));
        QCOMPARE(test::cell(*m_model, backend, M::KindColumn).toString(), QStringLiteral("Destination certificate"));
        QCOMPARE(test::cell(*m_model, backend, M::OwnerColumn).toString(), QStringLiteral("backend.pem"));
    }

    void statusHasTextIconAndColour()
    {
        const QString leaf = keyOf(QStringLiteral("CN=partner.example.com"));
        const QString ca = keyOf(QStringLiteral("CN=Partner CA"));
        const QString old = keyOf(QStringLiteral("CN=Old Root"));
        QCOMPARE(status(QStringLiteral("CN=partner.example.com")), QStringLiteral("Expiring"));
        QCOMPARE(status(QStringLiteral("CN=Partner CA")), QStringLiteral("Valid"));
        QCOMPARE(status(QStringLiteral("CN=Old Root")), QStringLiteral("Expired"));
        QCOMPARE(test::cell(*m_model, leaf, 0, StatusRole).toInt(), int(ExpiryStatus::Expiring));
        // An icon per status, never colour alone.
        const QIcon expiringIcon = test::cell(*m_model, leaf, M::StatusColumn, Qt::DecorationRole).value<QIcon>();
        const QIcon validIcon = test::cell(*m_model, ca, M::StatusColumn, Qt::DecorationRole).value<QIcon>();
        QVERIFY(!expiringIcon.isNull() && !validIcon.isNull());
        QVERIFY(expiringIcon.cacheKey() != validIcon.cacheKey());
        const QColor a = test::cell(*m_model, leaf, M::StatusColumn, Qt::ForegroundRole).value<QColor>();
        const QColor b = test::cell(*m_model, old, M::StatusColumn, Qt::ForegroundRole).value<QColor>();
        QVERIFY(a.isValid() && b.isValid() && a != b);
        const QString tip = test::cell(*m_model, leaf, M::StatusColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Expiring: Expires in 10 day")), qPrintable(tip));
    }

    void thresholdChangesStatusesNotRows()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy warn(m_model.get(), &ExpiringModel::warnDaysChanged);
        m_model->setWarnDays(60);
        QCOMPARE(warn.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(status(QStringLiteral("CN=backend.example.com")), QStringLiteral("Expiring")); // 45 days
        m_model->setWarnDays(9);
        QCOMPARE(status(QStringLiteral("CN=partner.example.com")), QStringLiteral("Valid")); // 10 days
        QCOMPARE(status(QStringLiteral("CN=Old Root")), QStringLiteral("Expired"));
        m_model->setWarnDays(9); // unchanged: no signal
        QCOMPARE(warn.size(), 2);
        QCOMPARE(removed.size(), 0);
        m_model->setWarnDays(ExpiringModel::kDefaultWarnDays);
        QCOMPARE(status(QStringLiteral("CN=partner.example.com")), QStringLiteral("Expiring"));
    }

    void searchPredicatesFollowTheThreshold()
    {
        SearchFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        test::attachTester(&proxy);
        proxy.setQuery(QStringLiteral("is:due"));
        QCOMPARE(proxy.rowCount(), 2); // old root, partner leaf
        proxy.setQuery(QStringLiteral("kind:destination"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuery(QStringLiteral("is:expiring"));
        QCOMPARE(proxy.rowCount(), 1);
        m_model->setWarnDays(60);
        QCOMPARE(proxy.rowCount(), 2); // and backend.pem now
        m_model->setWarnDays(ExpiringModel::kDefaultWarnDays);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void reloadsWhenTheKeystoreChanges()
    {
        const KeystoreEntry& old = m_material.keystore.at(1);
        QCOMPARE(old.alias, QStringLiteral("old-root"));
        QVERIFY(m_workspace->apply(Change::removal(old), QStringLiteral("Delete")).result().ok());
        QTRY_COMPARE(m_model->rowCount(), 3);
        QVERIFY(keyOf(QStringLiteral("CN=Old Root")).isEmpty());
        QVERIFY(m_workspace->undo().result().ok());
        QTRY_COMPARE(m_model->rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestExpiringModel)
#include "tst_expiringmodel.moc"
