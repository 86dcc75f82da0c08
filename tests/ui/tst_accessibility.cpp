// Every control a user can reach has a name a screen reader can say: the MainWindow on the demo
// tenant, pane by pane with a row selected, the windows it opens (Who Can, the assignment
// matrix, Compare with Tenant), every dialog class of ui/ built directly on the tenant's data,
// and the prompter's own modal dialogs. A failure lists each unnamed control by its widget path.
//
// A new dialog gets a row in dialogFactories(): a name and a lambda that builds it.
#include "../models/ModelTestSupport.h"
#include "../DemoTenant.h"
#include "AccessibilityWalk.h"
#include "ScriptedPrompter.h"
#include "../crypto/PgpTestSupport.h"
#include "app/domain/KnownHosts.h"
#include "app/domain/TenantMaterial.h"
#include "app/workspace/DestinationDraft.h"
#include "app/workspace/PgpActions.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/access/AssignmentImportDialog.h"
#include "ui/access/ItemPickerDialog.h"
#include "ui/access/NewUserDialog.h"
#include "ui/material/AddKnownHostDialog.h"
#include "ui/access/RoleBrowserDialog.h"
#include "ui/credentials/CredentialDialog.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/commands/CommandController.h"
#include "ui/destinations/DestinationEditor.h"
#include "ui/details/DestinationCertificateDetails.h"
#include "ui/details/DetailsView.h"
#include "ui/keystore/GenerateKeyPairDialog.h"
#include "ui/keystore/ImportSummaryDialog.h"
#include "ui/pending/PendingChangesView.h"
#include "ui/remote/ConflictsDialog.h"
#include "ui/remote/ConnectDialog.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/StartPage.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/SyncSession.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <functional>
#include <memory>

using namespace gh;

namespace {

// What the tenant holds, read once through its client, for building dialogs.
struct TenantData
{
    QList<User> users;
    QList<IdentityProvider> idps;
    QList<RoleCollection> collections;
    QList<RoleTemplate> templates;
    QList<Role> roles;
    QList<KeystoreEntry> keystore;
    QList<Destination> destinations;
    QList<DestinationCertificate> certificates;
    QDateTime now;
    const Clock* clock = nullptr;
};

template<class T>
QList<T> listAll(ResourceClient<T>& client)
{
    QFuture<Result<QList<T>>> future = client.list();
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
        return {};
    const Result<QList<T>> result = future.result();
    return result ? result.value() : QList<T>();
}

using Factory = std::function<std::unique_ptr<QWidget>(const TenantData&)>;

struct DialogFactory
{
    QString name;
    Factory make;
};

// Every dialog class of ui/ that the cockpit opens modally (through the Prompter) or from a
// details view, built as the commands build it.
QList<DialogFactory> dialogFactories(const TenantData& data)
{
    QList<DialogFactory> factories;
    factories.append({QStringLiteral("ItemPickerDialog"), [](const TenantData& d) {
                          PickRequest request;
                          request.title = QStringLiteral("Assign Role Collections");
                          request.text = QStringLiteral("Role collections to give:");
                          request.acceptText = QStringLiteral("Assign");
                          request.itemsName = QStringLiteral("role collections");
                          for (const RoleCollection& rc : d.collections)
                              request.items.append({rc.name, rc.name, rc.description, false,
                                                    !rc.isReadOnly, QStringLiteral("read-only")});
                          return std::make_unique<ItemPickerDialog>(request);
                      }});
    factories.append({QStringLiteral("NewUserDialog"), [](const TenantData& d) {
                          return std::make_unique<NewUserDialog>(d.idps, d.users, d.now);
                      }});
    factories.append({QStringLiteral("AddKnownHostDialog"), [](const TenantData&) {
                          return std::make_unique<AddKnownHostDialog>(QList<KnownHost>{});
                      }});
    factories.append({QStringLiteral("RoleBrowserDialog"), [](const TenantData& d) {
                          const RoleCollection rc = d.collections.value(0);
                          return std::make_unique<RoleBrowserDialog>(rc, d.templates, d.roles);
                      }});
    factories.append({QStringLiteral("AssignmentImportDialog"), [](const TenantData& d) {
                          access::AssignmentPlan plan;
                          const User u = d.users.value(0);
                          plan.items = {
                              {2, access::RowOutcome::Assign, u.id, u.userName, u.origin,
                               d.collections.value(0).name, QString()},
                              {3, access::RowOutcome::Unassign, u.id, u.userName, u.origin,
                               d.collections.value(1).name, QString()},
                          };
                          plan.problems = {Error::make(Error::Kind::Validation,
                                                       QStringLiteral("no such user"),
                                                       QStringLiteral("users.csv:4"))};
                          return std::make_unique<AssignmentImportDialog>(plan);
                      }});
    factories.append({QStringLiteral("GenerateKeyPairDialog"), [](const TenantData& d) {
                          return std::make_unique<GenerateKeyPairDialog>(d.keystore, d.now);
                      }});
    factories.append({QStringLiteral("ImportSummaryDialog (keystore)"), [](const TenantData& d) {
                          keystore::ImportPlan plan;
                          keystore::ImportItem item;
                          item.source = QStringLiteral("client.pem");
                          item.action = keystore::ImportAction::Replace;
                          item.entry = d.keystore.value(0);
                          item.replaced = d.keystore.value(0);
                          plan.items = {item};
                          return std::make_unique<ImportSummaryDialog>(plan);
                      }});
    factories.append({QStringLiteral("ImportSummaryDialog (destinations)"), [](const TenantData& d) {
                          destinations::ImportPlan plan;
                          destinations::ImportItem item;
                          item.action = destinations::ImportAction::Add;
                          item.source = QStringLiteral("northwind.json");
                          item.destination = d.destinations.value(0);
                          plan.items = {item};
                          return std::make_unique<ImportSummaryDialog>(
                              plan, QStringLiteral("Import Destinations"));
                      }});
    // The editor shows other fields for each type and authentication: one row per destination.
    for (const Destination& destination : data.destinations) {
        factories.append({QStringLiteral("DestinationEditor %1").arg(destination.name()),
                          [destination](const TenantData& d) {
                              destinations::DraftContext context;
                              for (const Destination& other : d.destinations)
                                  context.takenNames.append(other.name());
                              QStringList names;
                              for (const DestinationCertificate& c : d.certificates)
                                  names.append(c.name);
                              context.certificateNames = names;
                              return std::make_unique<DestinationEditor>(
                                  destinations::DestinationDraft::edit(destination), context);
                          }});
    }
    factories.append({QStringLiteral("DestinationEditor (new)"), [](const TenantData&) {
                          destinations::DraftContext context;
                          return std::make_unique<DestinationEditor>(
                              destinations::DestinationDraft::create(), context);
                      }});
    // The credential dialog shows other fields for each kind; an OAuth2 one with a custom
    // parameter row (its "sent as part of" box in the table).
    factories.append({QStringLiteral("CredentialDialog (user credential)"), [](const TenantData&) {
                          return std::make_unique<CredentialDialog>(credentials::Draft{UserCredential{}, true, {}},
                                                                    credentials::Existing{});
                      }});
    factories.append({QStringLiteral("CredentialDialog (OAuth2 client credential)"), [](const TenantData&) {
                          OAuth2ClientCredential o;
                          o.name = QStringLiteral("Partner_OAuth");
                          o.tokenServiceUrl = QStringLiteral("https://login.partner.example/token");
                          o.clientId = QStringLiteral("partner");
                          o.customParameters = {{QStringLiteral("resource"), QStringLiteral("urn:x"), QStringLiteral("url")}};
                          return std::make_unique<CredentialDialog>(credentials::Draft{o, false, {}},
                                                                    credentials::Existing{{}, {o}, {}});
                      }});
    factories.append({QStringLiteral("CredentialDialog (secure parameter)"), [](const TenantData&) {
                          return std::make_unique<CredentialDialog>(credentials::Draft{SecureParameter{}, true, {}},
                                                                    credentials::Existing{});
                      }});
    factories.append({QStringLiteral("Destination certificate viewer"), [](const TenantData& d) {
                          for (const DestinationCertificate& c : d.certificates) {
                              if (QDialog* dialog = DestinationCertificateDetails::createViewerDialog(
                                      c, *d.clock, nullptr)) {
                                  dialog->setAttribute(Qt::WA_DeleteOnClose, false);
                                  return std::unique_ptr<QWidget>(dialog);
                              }
                          }
                          return std::unique_ptr<QWidget>();
                      }});
    return factories;
}

// Runs `open`, which shows a modal dialog, and walks that dialog before rejecting it.
QStringList walkModal(const std::function<void()>& open, bool* seen)
{
    QStringList found;
    *seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer.stop();
        *seen = true;
        found = test::unnamedControls(modal);
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->done(QDialog::Rejected);
        else
            modal->close();
    });
    timer.start();
    open();
    return found;
}

QString report(const QStringList& found)
{
    return QStringLiteral("%1 control(s) without an accessible name:\n  %2")
        .arg(found.size())
        .arg(found.join(QStringLiteral("\n  ")));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    QTemporaryDir m_otherDir;
    test::ScriptedPrompter m_prompter;
    TenantData m_data;
    std::unique_ptr<MainWindow> m_window; // destroyed before the workspace

    void verifyNamed(QWidget* root)
    {
        const QStringList found = test::unnamedControls(root);
        if (!found.isEmpty())
            QFAIL(qPrintable(report(found)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp);
        QVERIFY(m_demo.open());
        TenantClient& client = m_demo.workspace().client();
        m_data.users = listAll(client.users());
        m_data.idps = listAll(client.identityProviders());
        m_data.collections = listAll(client.roleCollections());
        m_data.templates = listAll(client.roleTemplates());
        m_data.roles = listAll(client.roles());
        m_data.keystore = listAll(client.keystore());
        m_data.destinations = listAll(client.destinations());
        m_data.certificates = listAll(client.destinationCertificates());
        m_data.now = m_demo.clock().now();
        m_data.clock = &m_demo.clock();
        QVERIFY(!m_data.users.isEmpty() && !m_data.collections.isEmpty() &&
                !m_data.templates.isEmpty() && !m_data.keystore.isEmpty() &&
                !m_data.destinations.isEmpty() && !m_data.certificates.isEmpty());

        // Nor known hosts: two lines (public host keys made once with ssh-keygen) added here.
        {
            QList<Change> added;
            const QList<QByteArray> lines{
                QByteArrayLiteral("sftp.logistics-partner.example,203.0.113.24 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC47Z61QXnF1sqA40ylYF1W/TT+utl9uVqf8Rmg92WhZ"),
                QByteArrayLiteral("[sftp.bank-contoso.example]:2222 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQD3/flIQ3BIA6DTQcyqDncyyiK/7E0MGR4XY3HX8lBsrAs4KxCkwrrlLyxoTVsJY0tRA5mnZRZTCWRYzEumCPVoNHCCqiH09Y2Lg4qLPk1KtOtepkezx32dPY0Frdr9Z1IXHNTqomfhomuIduuAS16KYsskpMWK1gdShFZf5yKIVsjb1WYsHobDGGpxARLo6x1ffRyapsGmnk4HKydGCt0RplMaWoa1ePXrADLVzTILsF3+bWUs3+uLuVJ5LOFgfmnJcqY1CkNe0M4FucMJ+EtGmW2or3wpngFFPDmrRtav+ObMB56oYNGU5JfZekKb5riIaCvZ/uHSrQuoK7hFifk5PvGOU9cClze3YiLHDqBVnh0wHI4ccV/J3er/tYBZ9VTEvl/LSoNK576DBQsmjdM+TTCpoiqFp4/ce7jsFMIuitdYawSitqPJM2ghb83rMYNFIvx8xQUVr/T3Ouqz9UjYyA4MhwF7eJmlJ/cNJlkHiPG41C8xLiFHlZvBh8ZVmfc=")};
            for (const QByteArray& line : lines) {
                const auto entry = knownhosts::parseLine(line, QStringLiteral("walk"), 1);
                QVERIFY2(entry, entry ? "" : qPrintable(entry.error().toString()));
                added.append(Change::created(KnownHost::fromEntry(*entry)));
            }
            const Status applied = m_demo.workspace().apply(added, QStringLiteral("Add known hosts")).result();
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
        }
        // It holds no PGP keys (making one needs gpg): one made here, imported the
        // way the pane imports, so that the PGP Keys pane has a row and details to walk.
        {
            test::GpgHome gpg;
            gpg.generate(QStringLiteral("Walk <walk@contoso.example>"), QStringLiteral("ed25519"), QStringLiteral("1y"));
            const QByteArray armored = gpg.gpg({QStringLiteral("--armor"), QStringLiteral("--export")});
            auto plan = pgpactions::planImport(armored, QStringLiteral("walk.asc"), pgpactions::Keyring::Public, {});
            QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
            const Status imported = m_demo.workspace().apply(plan->changes({}), plan->description()).result();
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        }

        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->setWorkspace(&m_demo.workspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The walker itself finds what it is meant to find.
    void walkerFindsAnUnnamedField()
    {
        QWidget form;
        auto* edit = new QLineEdit(&form);
        edit->setPlaceholderText(QStringLiteral("only a placeholder"));
        auto* named = new QLineEdit(&form);
        named->setAccessibleName(QStringLiteral("Named"));
        const QStringList found = test::unnamedControls(&form);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QStringLiteral("only a placeholder")));
        edit->setAccessibleName(QStringLiteral("Filter"));
        QVERIFY(test::unnamedControls(&form).isEmpty());
    }

    void everyPane_data()
    {
        QTest::addColumn<int>("pane");
        for (PaneId id : allPanes())
            QTest::newRow(qPrintable(paneName(id))) << int(id);
    }

    // Each pane with its first row selected (the details show their controls), and the
    // Pending Changes dock open.
    void everyPane()
    {
        QFETCH(int, pane);
        const auto id = static_cast<PaneId>(pane);
        m_window->showPane(id);
        m_window->showPendingChanges();
        EntityPane* p = m_window->pane(id);
        QTRY_VERIFY_WITH_TIMEOUT(p->view()->model()->rowCount() > 0, 15000);
        p->view()->selectRow(0);
        QTRY_VERIFY(!p->details()->currentKey().isEmpty());
        QTest::qWait(50); // details fill their form on the next turn of the event loop
        verifyNamed(m_window.get());
    }

    void whoCan()
    {
        m_window->showWhoCan();
        QVERIFY(m_window->whoCanDialog());
        QTest::qWait(50);
        verifyNamed(m_window->whoCanDialog());
        m_window->whoCanDialog()->close();
    }

    void assignmentMatrix()
    {
        m_window->showAssignmentMatrix();
        QVERIFY(m_window->assignmentMatrix());
        QTest::qWait(50);
        verifyNamed(m_window->assignmentMatrix());
        m_window->assignmentMatrix()->close();
    }

    void compareWithTenant()
    {
        const QString other = test::createDemoTenant(m_otherDir);
        QVERIFY(!other.isEmpty());
        m_prompter.fileAnswers = {{other}};
        m_window->compareWithTenant();
        QVERIFY(m_window->compareDialog());
        QTest::qWait(200);
        verifyNamed(m_window->compareDialog());
        m_window->compareDialog()->close();
    }

    // The remote tenant dialogs (ui/remote): connect, conflicts, sync progress, the start page,
    // over profiles kept in a settings file of the test's own (no profile, no conflict: the
    // controls are there all the same).
    void remoteDialogs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("gatehouse.ini")), QSettings::IniFormat);
        RemoteProfiles profiles(settings);
        SyncSession session(profiles, m_demo.clock());
        std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
        dialogs.emplace_back(QStringLiteral("ConnectDialog"), std::make_unique<ConnectDialog>(profiles, &m_prompter));
        dialogs.emplace_back(QStringLiteral("ConflictsDialog"), std::make_unique<ConflictsDialog>(session));
        dialogs.emplace_back(QStringLiteral("SyncProgressDialog (pull)"),
                             std::make_unique<SyncProgressDialog>(session, SyncProgressDialog::Mode::Pull));
        dialogs.emplace_back(QStringLiteral("SyncProgressDialog (push)"),
                             std::make_unique<SyncProgressDialog>(session, SyncProgressDialog::Mode::Push));
        auto host = std::make_unique<QWidget>(); // the start page covers its parent, the window
        host->resize(900, 600);
        new StartPage(host.get());
        dialogs.emplace_back(QStringLiteral("StartPage"), std::move(host));
        QStringList found;
        for (auto& [name, widget] : dialogs) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
            for (const QString& control : test::unnamedControls(widget.get()))
                found.append(name + QStringLiteral(": ") + control);
            widget->close();
        }
        if (!found.isEmpty())
            QFAIL(qPrintable(report(found)));
    }

    void everyDialog_data()
    {
        QTest::addColumn<int>("index");
        const QList<DialogFactory> factories = dialogFactories(m_data);
        for (int i = 0; i < factories.size(); ++i)
            QTest::newRow(qPrintable(factories.at(i).name)) << i;
    }

    void everyDialog()
    {
        QFETCH(int, index);
        const DialogFactory factory = dialogFactories(m_data).at(index);
        std::unique_ptr<QWidget> dialog = factory.make(m_data);
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(20);
        verifyNamed(dialog.get());
    }

    void prompterDialogs_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"password", "password twice", "text", "choose", "confirm"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    // The message-box prompter's own dialogs (password, one line of text, a choice, a
    // confirmation), walked while they are open.
    void prompterDialogs()
    {
        QFETCH(QString, kind);
        MessageBoxPrompter prompter;
        QWidget* parent = m_window.get();
        const std::function<void()> open = [&] {
            if (kind == QLatin1String("password"))
                prompter.password(parent, QStringLiteral("Password"), QStringLiteral("The PKCS#12 password:"), false);
            else if (kind == QLatin1String("password twice"))
                prompter.password(parent, QStringLiteral("Password"), QStringLiteral("A new password:"), true);
            else if (kind == QLatin1String("text"))
                prompter.text(parent, QStringLiteral("Rename"), QStringLiteral("New alias:"), QStringLiteral("x"));
            else if (kind == QLatin1String("choose"))
                prompter.choose(parent, QStringLiteral("Export"), QStringLiteral("Format:"),
                                {QStringLiteral("PEM"), QStringLiteral("DER")});
            else
                prompter.confirm(parent, QStringLiteral("Delete"), QStringLiteral("Delete it?"),
                                 QStringLiteral("Delete"));
        };
        bool seen = false;
        const QStringList found = walkModal(open, &seen);
        QVERIFY(seen);
        if (!found.isEmpty())
            QFAIL(qPrintable(report(found)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
