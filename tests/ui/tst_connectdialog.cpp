// ConnectDialog offscreen with the real Secret Service (a throwaway gnome-keyring; ctest runs this
// inside tests/with-keyring.sh) and the service key files the real gatehouse-tenantd writes: a
// broken key file is named with its problem and blocks Connect's store; files dropped on the
// dialog and chosen through the Prompter are listed with their service; "Remember client secrets"
// ticked puts the secrets in the keychain (never in the settings file), unticked keeps them in
// memory for this run only; the profile made connects and pulls from the daemon.

#include "RemoteTestSupport.h"
#include "ScriptedPrompter.h"

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/Clock.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "ui/remote/ConnectDialog.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/SyncSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace gh;

class TestConnectDialog : public QObject
{
    Q_OBJECT

    test::RemoteTenantFixture m_remote;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<KeychainSecretStore> m_keychain;

    void drop(ConnectDialog& dialog, const QStringList& paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls.append(QUrl::fromLocalFile(p));
        data.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &dropEvent);
    }

    QByteArray keychainSecret(const QString& profile, remote::Service service)
    {
        const auto read = test::awaitFuture(m_keychain->read(remote::ProfileStore::secretKey(profile, service)));
        return read ? *read : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        if (!test::insidePrivateKeyring(&reason)) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("gatehouse-test-")
                                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_remote.start());
    }

    void cleanupTestCase() { m_remote.daemon.stop(); }

    void badFileIsNamedAndNothingStored()
    {
        QSettings settings(m_remote.settingsFile(), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        profiles.setPersistentStore(m_keychain.get());
        test::ScriptedPrompter prompter;
        ConnectDialog dialog(profiles, &prompter);
        dialog.show();
        const QString bad = m_remote.dir.filePath(QStringLiteral("broken-key.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"clientid\": \"x\"");
        file.close();
        drop(dialog, {m_remote.keyFile(QStringLiteral("xsuaa-apiaccess")), bad});
        QCOMPARE(dialog.keyList()->count(), 2);
        QCOMPARE(dialog.keyFileProblems().size(), 1);
        QVERIFY2(dialog.keyFileProblems().first().contains(QLatin1String("broken-key.json")),
                 qPrintable(dialog.keyFileProblems().first()));
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("broken-key.json")));
        dialog.nameField()->setText(QStringLiteral("broken"));
        dialog.connectProfile();
        QVERIFY(!profiles.contains(QStringLiteral("broken")));
        QVERIFY(dialog.result() != QDialog::Accepted);

        // A bad profile name is named too.
        qDeleteAll(dialog.keyList()->findItems(QStringLiteral("broken-key.json"), Qt::MatchStartsWith));
        dialog.nameField()->setText(QStringLiteral("-bad name"));
        dialog.connectProfile();
        QVERIFY(dialog.errorLabel()->text().startsWith(QLatin1String("Profile name")));
    }

    void rememberedSecretsGoToTheKeychain()
    {
        QSettings settings(m_remote.settingsFile(), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        profiles.setPersistentStore(m_keychain.get());
        test::ScriptedPrompter prompter;
        prompter.fileAnswers.append({m_remote.keyFile(QStringLiteral("destination"))});
        ConnectDialog dialog(profiles, &prompter);
        dialog.show();
        for (QWidget* w : dialog.findChildren<QWidget*>())
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPushButton*>(w) || qobject_cast<QCheckBox*>(w)
                || qobject_cast<QListWidget*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        drop(dialog, {m_remote.keyFile(QStringLiteral("xsuaa-apiaccess"))});
        QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
        for (QPushButton* b : buttons)
            if (b->accessibleName() == QLatin1String("Add service key files"))
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(dialog.keyList()->count(), 2);
        QVERIFY(dialog.keyFileProblems().isEmpty());
        QVERIFY(dialog.keyList()->item(0)->text().contains(remote::serviceTitle(remote::Service::Xsuaa)));
        QVERIFY(dialog.keyList()->item(1)->text().contains(remote::serviceTitle(remote::Service::Destination)));
        dialog.nameField()->setText(QStringLiteral("kept"));
        dialog.caField()->setText(m_remote.caFile());
        QVERIFY(dialog.rememberBox()->isEnabled());
        QVERIFY(dialog.rememberBox()->isChecked());
        QSignalSpy created(&dialog, &ConnectDialog::profileCreated);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return created.count() == 1; }));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(profiles.contains(QStringLiteral("kept")));
        const QByteArray secret = keychainSecret(QStringLiteral("kept"), remote::Service::Xsuaa);
        QVERIFY(!secret.isEmpty());
        QVERIFY(!keychainSecret(QStringLiteral("kept"), remote::Service::Destination).isEmpty());
        settings.sync();
        QVERIFY(!test::readFile(m_remote.settingsFile()).contains(secret));

        // A new run (another RemoteProfiles) still connects, from the keychain, and pulls.
        RemoteProfiles nextRun(settings);
        nextRun.setPersistentStore(m_keychain.get());
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("kept")), QStringLiteral("kept"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(nextRun, m_clock);
        session.setTenant(&ws, QStringLiteral("kept"));
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }));
        const auto result = pulled.first().first().value<Result<PullSummary>>();
        QVERIFY2(result, test::whyNot(result));
        QVERIFY(result->counts.at(EntityKind::RoleCollection).pulled > 0);
    }

    void forgottenSecretsStayInMemory()
    {
        QSettings settings(m_remote.settingsFile(), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        profiles.setPersistentStore(m_keychain.get());
        test::ScriptedPrompter prompter;
        ConnectDialog dialog(profiles, &prompter);
        dialog.addKeyFiles({m_remote.keyFile(QStringLiteral("xsuaa-apiaccess")), m_remote.keyFile(QStringLiteral("destination"))});
        dialog.nameField()->setText(QStringLiteral("session-only"));
        dialog.caField()->setText(m_remote.caFile());
        dialog.rememberBox()->setChecked(false);
        QSignalSpy created(&dialog, &ConnectDialog::profileCreated);
        dialog.connectProfile();
        QVERIFY(test::waitUntil([&] { return created.count() == 1; }));
        QVERIFY(keychainSecret(QStringLiteral("session-only"), remote::Service::Xsuaa).isEmpty());

        // This run connects (the memory store has the secret) …
        auto replica = openOrCreateReplica(replicaPath(QStringLiteral("session-only")), QStringLiteral("session-only"));
        QVERIFY2(replica, test::whyNot(replica));
        Workspace ws(*replica, m_clock);
        SyncSession session(profiles, m_clock);
        session.setTenant(&ws, QStringLiteral("session-only"));
        QSignalSpy pulled(&session, &SyncSession::pullFinished);
        QVERIFY(session.pull());
        QVERIFY(test::waitUntil([&] { return pulled.count() == 1; }));
        const auto pullResult = pulled.first().first().value<Result<PullSummary>>();
        QVERIFY2(pullResult, test::whyNot(pullResult));
        // … the next does not: the secret was never written anywhere.
        RemoteProfiles nextRun(settings);
        nextRun.setPersistentStore(m_keychain.get());
        const auto client = test::awaitFuture(nextRun.openClient(QStringLiteral("session-only"), m_clock));
        QVERIFY(!client);

        // Connecting again under the same name asks before replacing.
        ConnectDialog again(profiles, &prompter);
        again.addKeyFiles({m_remote.keyFile(QStringLiteral("xsuaa-apiaccess"))});
        again.nameField()->setText(QStringLiteral("session-only"));
        again.connectProfile();
        QCOMPARE(prompter.questions.size(), 1);
        QVERIFY(again.result() != QDialog::Accepted);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
