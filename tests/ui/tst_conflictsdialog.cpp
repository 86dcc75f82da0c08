// ConflictsDialog offscreen against the real gatehouse-tenantd over TLS (client secrets in a
// memory store: RemoteProfiles without a keychain): after a pull, two role collections edited
// here while someone else changes them on the daemon make two conflicts; the dialog lists them,
// shows base, mine and theirs field by field with the differing field marked in words and an
// icon; Take Theirs ends one (the replica takes the remote's), Keep Mine the other, and the next
// push sends mine over theirs.

#include "RemoteTestSupport.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/Clock.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "ui/remote/ConflictsDialog.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/SyncSession.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace gh;

class TestConflictsDialog : public QObject
{
    Q_OBJECT

    test::RemoteTenantFixture m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_remote.start()); }
    void cleanupTestCase() { m_remote.daemon.stop(); }

    void showsFieldsAndResolves()
    {
        for (const QString& name : {QStringLiteral("Dialog A"), QStringLiteral("Dialog B")})
            QVERIFY(m_remote.createCollection(name, QStringLiteral("as pulled")));
        QSettings settings(m_remote.settingsFile(), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        QVERIFY(!profiles.canRemember());
        remote::ProfileDraft draft;
        draft.name = QStringLiteral("sandbox");
        auto key = remote::ServiceKey::readFile(m_remote.keyFile(QStringLiteral("xsuaa-apiaccess")));
        QVERIFY2(key, test::whyNot(key));
        draft.keys.push_back(std::move(key).value());
        auto destinationKey = remote::ServiceKey::readFile(m_remote.keyFile(QStringLiteral("destination")));
        QVERIFY2(destinationKey, test::whyNot(destinationKey));
        draft.keys.push_back(std::move(destinationKey).value());
        draft.caFile = m_remote.caFile();
        const auto added = test::awaitFuture(profiles.add(std::move(draft), false));
        QVERIFY2(added, test::whyNot(added));

        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("sandbox"));
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }));
        const auto pullResult = pulled.first().first().value<Result<PullSummary>>();
        QVERIFY2(pullResult, test::whyNot(pullResult));

        QList<Change> changes;
        for (const QString& name : {QStringLiteral("Dialog A"), QStringLiteral("Dialog B")}) {
            const auto before = test::awaitFuture(ws.client().roleCollections().get(name));
            QVERIFY2(before, test::whyNot(before));
            RoleCollection after = *before;
            after.description = QStringLiteral("mine");
            changes.append(Change::updated(*before, after));
            QVERIFY(m_remote.describeCollection(name, QStringLiteral("theirs")));
        }
        QVERIFY(test::awaitFuture(ws.apply(changes, QStringLiteral("describe both"))));
        QSignalSpy pushed(&session, &SyncSession::pushFinished);
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 1; }));
        QVERIFY(test::waitUntil([&] { return session.conflictCount() == 2; }));

        ConflictsDialog dialog(session);
        dialog.show();
        QCOMPARE(dialog.conflictList()->topLevelItemCount(), 2);
        QVERIFY(dialog.select(entityKindName(EntityKind::RoleCollection), QStringLiteral("Dialog A")));
        const QStringList rows = dialog.fieldRows();
        QVERIFY2(rows.contains(QStringLiteral("description | as pulled | mine | theirs | Changed on both")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        // The differing field comes first, with an icon as well as the words.
        QCOMPARE(dialog.fieldTable()->item(0, 0)->text(), QStringLiteral("description"));
        QVERIFY(!dialog.fieldTable()->item(0, 4)->icon().isNull());
        QVERIFY(rows.contains(QStringLiteral("name | Dialog A | Dialog A | Dialog A | Same")));
        for (QWidget* w : {static_cast<QWidget*>(dialog.conflictList()), static_cast<QWidget*>(dialog.fieldTable()),
                           static_cast<QWidget*>(dialog.keepMineButton()), static_cast<QWidget*>(dialog.takeTheirsButton())})
            QVERIFY(!w->accessibleName().isEmpty());

        QVERIFY(dialog.takeTheirsButton()->isEnabled());
        QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return dialog.conflictList()->topLevelItemCount() == 1; }));
        const auto a = test::awaitFuture(ws.client().roleCollections().get(QStringLiteral("Dialog A")));
        QCOMPARE(a->description, QStringLiteral("theirs"));

        QVERIFY(dialog.select(entityKindName(EntityKind::RoleCollection), QStringLiteral("Dialog B")));
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return dialog.conflictList()->topLevelItemCount() == 0; }));
        QVERIFY(!dialog.keepMineButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().startsWith(QLatin1String("Kept yours for Dialog B")),
                 qPrintable(dialog.messageLabel()->text()));

        // Keep Mine: the next push sends mine over theirs.
        QVERIFY(session.push());
        QVERIFY(test::waitUntil([&] { return pushed.count() == 2; }));
        QVERIFY(pushed.at(1).first().value<Result<PushSummary>>()->complete());
        QCOMPARE(m_remote.remoteDescription(QStringLiteral("Dialog B")), QStringLiteral("mine"));
        QCOMPARE(m_remote.remoteDescription(QStringLiteral("Dialog A")), QStringLiteral("theirs"));
    }
};

QTEST_MAIN(TestConflictsDialog)
#include "tst_conflictsdialog.moc"
