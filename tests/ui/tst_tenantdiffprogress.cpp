// The tenant comparison's progress (issue 8, "a large diff shows progress with counts and can be
// cancelled"): two synthetic tenants made by Seeder::populateScale (as `gatehouse-cli tenant
// create F --scale …` makes them), offscreen in a TenantDiffDialog. The bar and the status count
// the lists read (both tenants, every kind) and their items, then say what is compared; Cancel
// while reading drops the result and changes nothing; a completed comparison shows exactly the
// differences diffListings finds in the same two listings.
#include "DemoTenant.h"
#include "ScriptedPrompter.h"
#include "app/client/local/LocalTenant.h"
#include "app/workspace/Workspace.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gh;

namespace {

QString createScaled(const QTemporaryDir& dir, const QString& name, const QString& spec)
{
    const QString path = dir.filePath(name);
    const ScaleSpec scale = ScaleSpec::parse(spec).value();
    const Status s = Seeder::createTenantFile(path, [&](TenantStore& store) {
        return Seeder::populateScale(store, scale, test::fixedNow());
    });
    if (!s) {
        qWarning("creating %s failed: %s", qPrintable(name), qPrintable(s.error().toString()));
        return {};
    }
    return path;
}

template<class T> T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        return T(Error::make(Error::Kind::Cancelled, QStringLiteral("not finished in time")));
    return future.result();
}

} // namespace

class TestTenantDiffProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pathA;
    QString m_pathB;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_a;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<TenantDiffDialog> m_dialog;

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        m_pathA = createScaled(m_dir, QStringLiteral("a.ghtenant"),
                               QStringLiteral("users=20000,role-collections=200,destinations=300,keystore=40"));
        m_pathB = createScaled(m_dir, QStringLiteral("b.ghtenant"),
                               QStringLiteral("users=20500,role-collections=180,destinations=300,keystore=40"));
        QVERIFY(!m_pathA.isEmpty() && !m_pathB.isEmpty());
        auto tenant = LocalTenant::open(m_pathA, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        m_a = std::make_unique<Workspace>(tenant.value(), m_clock);
        m_dialog = std::make_unique<TenantDiffDialog>(m_a.get(), nullptr, &m_prompter, m_clock);
        m_dialog->show();
    }

    void cancelWhileReadingChangesNothing()
    {
        const WorkspaceState before = m_a->state();
        QSignalSpy finished(m_dialog.get(), &TenantDiffDialog::comparisonFinished);
        bool cancelled = false;
        // Cancel as soon as the first list is counted: the comparison is under way then.
        auto cancelOnce = connect(m_dialog->busyBar(), &QProgressBar::valueChanged, this, [&](int v) {
            if (v > 0 && !cancelled) {
                cancelled = true;
                QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
            }
        });
        m_dialog->compareWith(m_pathB);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(finished.wait(60000));
        disconnect(cancelOnce);
        QVERIFY(cancelled);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_dialog->statusLabel()->text(), QStringLiteral("Comparison cancelled."));
        QVERIFY(!m_dialog->isBusy());
        QTest::qWait(1500); // the lists still running finish; their counts and result are dropped
        QCOMPARE(m_dialog->statusLabel()->text(), QStringLiteral("Comparison cancelled."));
        QVERIFY(!m_dialog->hasComparison());
        QCOMPARE(m_dialog->model()->rowCount(), 0);
        QCOMPARE(m_a->state().pendingCount, before.pendingCount);
        QCOMPARE(m_a->state().undoText, before.undoText);
        QVERIFY(m_dialog->otherWorkspace());
        QCOMPARE(m_dialog->otherWorkspace()->state().pendingCount, 0);
    }

    void progressCountsListsAndItems()
    {
        QList<int> values;
        QStringList texts;
        auto record = connect(m_dialog->busyBar(), &QProgressBar::valueChanged, this, [&](int v) {
            if (v <= 0)
                return; // the bar set up or idle again
            values.append(v);
            texts.append(m_dialog->statusLabel()->text());
        });
        QSignalSpy finished(m_dialog.get(), &TenantDiffDialog::comparisonFinished);
        m_dialog->compareWith(m_pathB);
        QVERIFY(finished.wait(60000));
        disconnect(record);
        QCOMPARE(finished.first().first().toBool(), true);

        // Every kind of both tenants counted, in order, then the comparison.
        const int lists = int(2 * diffedKinds().size());
        QCOMPARE(m_dialog->busyBar()->maximum(), 0); // idle again
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), lists);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY2(texts.first().contains(QStringLiteral(": 1 of %1 lists, ").arg(lists)),
                 qPrintable(texts.first()));

        // The items counted are what the two tenants hold; the differences are diffListings'.
        const Result<TenantListing> a = waitFor(listTenant(m_a->client()));
        const Result<TenantListing> b = waitFor(listTenant(m_dialog->otherWorkspace()->client()));
        QVERIFY(a && b);
        const qint64 items = a->users.size() + b->users.size() + a->roleCollections.size() +
                             b->roleCollections.size() + a->roles.size() + b->roles.size() +
                             a->destinations.size() + b->destinations.size() +
                             a->identityProviders.size() + b->identityProviders.size() +
                             a->destinationCertificates.size() + b->destinationCertificates.size() +
                             a->keystore.size() + b->keystore.size() + a->userCredentials.size() +
                             b->userCredentials.size() + a->oauth2ClientCredentials.size() +
                             b->oauth2ClientCredentials.size() + a->secureParameters.size() +
                             b->secureParameters.size() + a->knownHosts.size() +
                             b->knownHosts.size() + a->pgpKeys.size() + b->pgpKeys.size();
        QVERIFY(items > 40000);
        const QString comparing = QStringLiteral("Comparing %1 items of ").arg(QLocale().toString(items));
        QVERIFY2(texts.last().startsWith(comparing), qPrintable(texts.last() + u" / " + comparing));

        const QList<TenantDifference> differences = diffListings(*a, *b, diffedKinds());
        QVERIFY(differences.size() >= 500); // 500 users and 20 role collections at least
        QCOMPARE(m_dialog->statusLabel()->text(),
                 QStringLiteral("%1 differences. Check items to copy them from A to B.")
                     .arg(differences.size()));
    }
};

QTEST_MAIN(TestTenantDiffProgress)
#include "tst_tenantdiffprogress.moc"
