// The Security Material pane's New ▸, Edit… and Delete on a fresh demo tenant, through the real
// pane, its actions and the real (unshown) CredentialDialog filled by scripts: bad input keeps
// OK disabled with the problem naming the field; each save is one undoable step; the secret is
// typed into a password field, lands in the secret store and never in the tenant; on edit an
// empty secret field keeps the secret, which the field says; a cancelled dialog changes nothing.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/KeyVault.h"
#include "models/SecurityMaterialModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/credentials/CredentialDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace gh;

namespace {

QLineEdit* field(CredentialDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

void typeInto(CredentialDialog& dialog, const char* name, const QString& text)
{
    QLineEdit* edit = field(dialog, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(CredentialDialog& dialog, const char* name, const QString& value)
{
    auto* box = dialog.findChild<QComboBox*>(QString::fromLatin1(name));
    QVERIFY2(box, name);
    box->setCurrentIndex(box->findData(value));
}

} // namespace

class TestCredentialCommands : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;

    SecurityMaterialModel* model() const { return static_cast<SecurityMaterialModel*>(m_pane->model()); }
    QAction* action(const char* name) const { return m_pane->findChild<QAction*>(QString::fromLatin1(name)); }
    static QString key(EntityKind kind, const QString& name) { return entityKindName(kind) + QLatin1Char('/') + name; }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        return m_pane->commands()->selectedKeys() == QStringList{key};
    }
    bool undo()
    {
        QFuture<Status> undone = m_demo.workspace().undo();
        if (!QTest::qWaitFor([&] { return undone.isFinished(); }, 10000))
            return false;
        return undone.result().ok();
    }
    QByteArray secret(EntityKind kind, const QString& name)
    {
        auto read = m_store->read(credentials::secretKey(m_vault->tenantId(), kind, name));
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 5000))
            return "<timeout>";
        const Result<QByteArray> value = read.result();
        return value ? *value : QByteArray("<none>");
    }
    qint64 pending() { return m_demo.workspace().state().pendingCount; }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_store = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<KeyVault>(*m_store, m_demo.workspace().tenant()->id());
        m_pane.reset(createPane(PaneId::SecurityMaterial, m_demo.clock(), &m_prompter));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        m_pane->setKeyVault(m_vault.get());
        QVERIFY(test::loadInto(*m_pane->model(), m_demo.workspace()));
    }

    void init() { m_prompter = test::ScriptedPrompter(); }

    void theNewMenuOffersEachKind()
    {
        QAction* menuAction = action("newCredentialMenuAction");
        QVERIFY(menuAction && menuAction->menu());
        QStringList names;
        for (QAction* a : menuAction->menu()->actions()) {
            names.append(a->objectName());
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("newUserCredentialAction"), QStringLiteral("newOAuth2ClientCredentialAction"),
                                     QStringLiteral("newSecureParameterAction")}));
    }

    void newUserCredentialIsOneStepWithItsPasswordInTheStore()
    {
        const qint64 before = pending();
        // First try: SuccessFactors without a company id, OK disabled, the field named.
        m_prompter.credentialEdits.append([](CredentialDialog& dialog) {
            typeInto(dialog, "nameField", QStringLiteral("SF_Payroll"));
            choose(dialog, "userKindField", QStringLiteral("successfactors"));
            typeInto(dialog, "userField", QStringLiteral("payroll@ACME"));
            QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
            typeInto(dialog, "secretField", QStringLiteral("sf-pa55"));
        });
        action("newUserCredentialAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.credentialProblems.size(), 1, 5000);
        QVERIFY2(m_prompter.credentialProblems.first().contains(QStringLiteral("CompanyId")),
                 qPrintable(m_prompter.credentialProblems.first()));
        QCOMPARE(m_prompter.credentialDialogTitles, QStringList{QStringLiteral("New User Credential")});
        QCOMPARE(pending(), before);

        m_prompter.credentialEdits.append([](CredentialDialog& dialog) {
            typeInto(dialog, "nameField", QStringLiteral("SF_Payroll"));
            choose(dialog, "userKindField", QStringLiteral("successfactors"));
            typeInto(dialog, "userField", QStringLiteral("payroll@ACME"));
            typeInto(dialog, "companyIdField", QStringLiteral("ACME"));
            typeInto(dialog, "secretField", QStringLiteral("sf-pa55"));
        });
        action("newUserCredentialAction")->trigger();
        const QString k = key(EntityKind::UserCredential, QStringLiteral("SF_Payroll"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(k), 10000);
        const auto* item = model()->entry(k);
        QVERIFY(item->secretSet());
        QCOMPARE(std::get<UserCredential>(item->value).companyId, QStringLiteral("ACME"));
        QCOMPARE(secret(EntityKind::UserCredential, QStringLiteral("SF_Payroll")), QByteArray("sf-pa55"));
        QCOMPARE(pending(), before + 1);
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Create user credential “SF_Payroll”"));
        // Never shown: no cell of the list holds it.
        for (int row = 0; row < model()->rowCount(); ++row)
            for (int column = 0; column < model()->columnCount(); ++column)
                QVERIFY(!model()->index(row, column).data(Qt::DisplayRole).toString().contains(QStringLiteral("sf-pa55")));
        QFile file(m_demo.workspace().tenant()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sf-pa55"));

        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(k), 10000);
        QCOMPARE(pending(), before);
    }

    void editKeepsTheSecretWhenTheFieldIsLeftEmpty()
    {
        const auto first = std::find_if(model()->entries().cbegin(), model()->entries().cend(),
                                        [](const SecurityMaterialItem& i) { return i.kind() == EntityKind::UserCredential; });
        QVERIFY(first != model()->entries().cend());
        const QString k = first->key();
        const QString name = first->name();
        QVERIFY(first->secretSet());
        QVERIFY(select(k));
        m_prompter.credentialEdits.append([](CredentialDialog& dialog) {
            QVERIFY(field(dialog, "nameField")->isReadOnly());
            QVERIFY2(dialog.secretField()->placeholderText().contains(QStringLiteral("leave empty to keep")),
                     qPrintable(dialog.secretField()->placeholderText()));
            QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed yet
            typeInto(dialog, "descriptionField", QStringLiteral("rotated quarterly"));
        });
        action("editCredentialAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->entry(k)->description(), QStringLiteral("rotated quarterly"), 10000);
        QVERIFY(model()->entry(k)->secretSet());
        QCOMPARE(secret(EntityKind::UserCredential, name), QByteArray("<none>"));
        QCOMPARE(m_prompter.credentialDialogTitles, QStringList{QStringLiteral("Edit User Credential")});

        // A new secret alone is a step of its own.
        const qint64 before = pending();
        QVERIFY(select(k));
        m_prompter.credentialEdits.append([](CredentialDialog& dialog) { typeInto(dialog, "secretField", QStringLiteral("n3w")); });
        action("editCredentialAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(pending(), before + 1, 10000);
        QCOMPARE(secret(EntityKind::UserCredential, name), QByteArray("n3w"));
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Set the secret of user credential “%1”").arg(name));

        // Cancelled: nothing changes.
        QVERIFY(select(k));
        action("editCredentialAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.credentialDialogTitles.size(), 3, 5000);
        QCOMPARE(pending(), before + 1);
    }

    void oauth2WithCustomParametersAndDelete()
    {
        m_prompter.credentialEdits.append([](CredentialDialog& dialog) {
            typeInto(dialog, "nameField", QStringLiteral("Partner_OAuth"));
            typeInto(dialog, "tokenUrlField", QStringLiteral("login.partner.example"));
            typeInto(dialog, "clientIdField", QStringLiteral("partner"));
            QVERIFY(!dialog.okButton()->isEnabled());
            QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("TokenServiceUrl")), qPrintable(dialog.problemLabel()->text()));
            typeInto(dialog, "tokenUrlField", QStringLiteral("https://login.partner.example/token"));
            dialog.findChild<QPushButton*>(QStringLiteral("addParameterButton"))->click();
            dialog.parametersTable()->item(0, 0)->setText(QStringLiteral("resource"));
            dialog.parametersTable()->item(0, 1)->setText(QStringLiteral("urn:partner"));
            qobject_cast<QComboBox*>(dialog.parametersTable()->cellWidget(0, 2))->setCurrentIndex(1); // URL
            choose(dialog, "clientAuthenticationField", QStringLiteral("header"));
            typeInto(dialog, "secretField", QStringLiteral("cl1ent"));
        });
        action("newOAuth2ClientCredentialAction")->trigger();
        const QString k = key(EntityKind::OAuth2ClientCredential, QStringLiteral("Partner_OAuth"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(k), 10000);
        const auto o = std::get<OAuth2ClientCredential>(model()->entry(k)->value);
        QCOMPARE(o.customParameters, (QList<CustomParameter>{{QStringLiteral("resource"), QStringLiteral("urn:partner"), QStringLiteral("url")}}));
        QCOMPARE(o.clientAuthentication, QStringLiteral("header"));
        QVERIFY(o.clientSecretSet);
        QCOMPARE(secret(EntityKind::OAuth2ClientCredential, QStringLiteral("Partner_OAuth")), QByteArray("cl1ent"));

        // Delete: confirmed, one step, undone.
        QVERIFY(select(k));
        m_prompter.answers = {true};
        QAction* remove = action("deleteAction");
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(k), 10000);
        QVERIFY2(m_prompter.questions.value(0).contains(QStringLiteral("OAuth2 client credential “Partner_OAuth”")),
                 qPrintable(m_prompter.questions.value(0)));
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(k), 10000);
    }
};

QTEST_MAIN(TestCredentialCommands)
#include "tst_credentialcommands.moc"
