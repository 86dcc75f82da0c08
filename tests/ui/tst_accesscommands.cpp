// The user-access commands of the users and role collections panes on a fresh demo tenant,
// through the real panes, their actions and CommandControllers, with scripted answers: assign and
// unassign for a multi-selection (one step each, undone at once), dragging two users onto a role
// collection (and undo), a new user through the real dialog, deleting a user with its
// assignments (and undo), predefined collections that cannot be deleted or edited, a new role
// collection, and roles added through the role-template browser.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/Translations.h"
#include "models/RoleCollectionsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/UsersModel.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/AccessCommands.h"
#include "ui/commands/AccessFileCommands.h"
#include "ui/commands/CommandController.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>

using namespace gh;

class TestAccessCommands : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<EntityPane> m_users;
    std::unique_ptr<EntityPane> m_collections;

    UsersModel* users() const { return static_cast<UsersModel*>(m_users->model()); }
    RoleCollectionsModel* collections() const
    {
        return static_cast<RoleCollectionsModel*>(m_collections->model());
    }
    static QAction* action(EntityPane* pane, const char* name)
    {
        return pane->findChild<QAction*>(QString::fromLatin1(name));
    }
    QString idOf(const QString& userName) const
    {
        for (const User& u : users()->entries())
            if (u.userName == userName)
                return u.id;
        return {};
    }
    QStringList held(const QString& userName) const
    {
        const User* u = users()->entry(idOf(userName));
        QStringList out = u ? u->roleCollections : QStringList();
        out.sort();
        return out;
    }
    bool select(EntityPane* pane, const QStringList& keys)
    {
        QItemSelection selection;
        for (const QString& key : keys) {
            const QModelIndex index = pane->proxy()->indexOf(key);
            if (!index.isValid())
                return false;
            selection.select(index, index);
        }
        pane->view()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        pane->commands()->updateActions();
        QStringList selected = pane->commands()->selectedKeys();
        QStringList wanted = keys;
        selected.sort();
        wanted.sort();
        return selected == wanted;
    }
    bool undo()
    {
        QFuture<Status> undone = m_demo.workspace().undo();
        if (!QTest::qWaitFor([&] { return undone.isFinished(); }, 10000))
            return false;
        return undone.result().ok();
    }
    qint64 pending() { return m_demo.workspace().state().pendingCount; }
    void clearScript() { m_prompter = test::ScriptedPrompter(); }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_users.reset(createPane(PaneId::Users, m_demo.clock(), &m_prompter));
        m_collections.reset(createPane(PaneId::RoleCollections, m_demo.clock(), &m_prompter));
        for (EntityPane* pane : {m_users.get(), m_collections.get()}) {
            pane->resize(1200, 700);
            pane->show();
            pane->setWorkspace(&m_demo.workspace());
            QVERIFY(test::loadInto(*pane->model(), m_demo.workspace()));
        }
    }

    void init() { clearScript(); }

    void assignToMultiSelectionIsOneStep()
    {
        const QString ben = QStringLiteral("ben.schulz@contoso.example");
        const QString clara = QStringLiteral("clara.wagner@contoso.example");
        const QStringList benBefore = held(ben), claraBefore = held(clara);
        QVERIFY(select(m_users.get(), {idOf(ben), idOf(clara)}));
        QAction* assign = action(m_users.get(), "assignRoleCollectionsAction");
        QVERIFY(assign && assign->isEnabled());
        const qint64 before = pending();
        m_prompter.pickAnswers = {QStringList{QStringLiteral("PI_Read_Only"),
                                              QStringLiteral("PI_Business_Expert")}};
        assign->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(held(ben).contains(QStringLiteral("PI_Business_Expert")) &&
                                     held(clara).contains(QStringLiteral("PI_Business_Expert")),
                                 10000);
        QVERIFY(held(ben).contains(QStringLiteral("PI_Read_Only")));
        // The dialog offered every collection; Clara's PI_Read_Only was skipped, not doubled.
        QCOMPARE(m_prompter.pickRequests.size(), 1);
        QCOMPARE(m_prompter.pickRequests.first().items.size(), collections()->rowCount());
        QCOMPARE(pending(), before + 3);
        QVERIFY(m_demo.workspace().state().undoText.contains(QStringLiteral("2")));
        QVERIFY(undo());
        QTRY_COMPARE_WITH_TIMEOUT(held(ben), benBefore, 10000);
        QTRY_COMPARE(held(clara), claraBefore);
        QCOMPARE(pending(), before);
    }

    void unassignMultiSelection()
    {
        const QString hannah = QStringLiteral("hannah.neumann@contoso.example");
        const QString clara = QStringLiteral("clara.wagner@contoso.example");
        QVERIFY(held(hannah).contains(QStringLiteral("PI_Read_Only")));
        QVERIFY(held(clara).contains(QStringLiteral("PI_Read_Only")));
        QVERIFY(select(m_users.get(), {idOf(hannah), idOf(clara)}));
        QAction* unassign = action(m_users.get(), "unassignRoleCollectionsAction");
        QVERIFY(unassign && unassign->isEnabled());
        m_prompter.pickAnswers = {QStringList{QStringLiteral("PI_Read_Only")}};
        unassign->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!held(hannah).contains(QStringLiteral("PI_Read_Only")) &&
                                     !held(clara).contains(QStringLiteral("PI_Read_Only")),
                                 10000);
        // Only what they hold directly was offered.
        QStringList offered;
        for (const PickItem& item : m_prompter.pickRequests.first().items)
            offered.append(item.key);
        QCOMPARE(offered, (QStringList{QStringLiteral("PI_Business_Expert"),
                                       QStringLiteral("PI_Read_Only")}));
        QVERIFY(held(hannah).contains(QStringLiteral("PI_Business_Expert")));
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(held(hannah).contains(QStringLiteral("PI_Read_Only")) &&
                                     held(clara).contains(QStringLiteral("PI_Read_Only")),
                                 10000);
    }

    void unassignBlockedWithoutDirectAssignments()
    {
        const QString felix = idOf(QStringLiteral("felix.klein@contoso.example"));
        QVERIFY(select(m_users.get(), {felix}));
        QAction* unassign = action(m_users.get(), "unassignRoleCollectionsAction");
        QVERIFY(!unassign->isEnabled());
        QVERIFY2(unassign->toolTip().contains(QStringLiteral("holds no role collection directly")),
                 qPrintable(unassign->toolTip()));
    }

    void dropTwoUsersOnACollection()
    {
        const QString isabel = idOf(QStringLiteral("isabel.fischer@contoso.com"));
        const QString jonas = idOf(QStringLiteral("jonas.weber@contoso.com"));
        const QString target = QStringLiteral("PI_Integration_Developer");
        QVERIFY(select(m_users.get(), {isabel, jonas}));
        std::unique_ptr<QMimeData> data(m_users->selectionMimeData());
        QVERIFY(data);
        QVERIFY(data->hasFormat(userIdsMimeType()));
        QVERIFY(data->text().contains(QStringLiteral("isabel.fischer@contoso.com")));

        const QModelIndex row = m_collections->proxy()->indexOf(target);
        QVERIFY(row.isValid());
        m_collections->view()->scrollTo(row);
        QWidget* viewport = m_collections->view()->viewport();
        const QPointF at = m_collections->view()->visualRect(row).center();
        const qint64 before = pending();
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QCOMPARE(m_collections->commands()->selectedKeys(), QStringList{target});
        QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(held(QStringLiteral("isabel.fischer@contoso.com")).contains(target) &&
                                     held(QStringLiteral("jonas.weber@contoso.com")).contains(target),
                                 10000);
        QCOMPARE(pending(), before + 2);
        QTRY_COMPARE(collections()->entry(target)->userReferences.size() >= 2, true);
        QVERIFY(undo()); // one step
        QTRY_VERIFY_WITH_TIMEOUT(!held(QStringLiteral("isabel.fischer@contoso.com")).contains(target) &&
                                     !held(QStringLiteral("jonas.weber@contoso.com")).contains(target),
                                 10000);
        QCOMPARE(pending(), before);
        QVERIFY(m_prompter.pickRequests.isEmpty()); // a drop asks nothing

        // Something else than users is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &other);
        QVERIFY(!other.isAccepted());
    }

    void newUser()
    {
        QAction* create = action(m_users.get(), "newUserAction");
        QVERIFY(create && create->isEnabled());
        // A name the identity provider has already: the dialog keeps OK disabled and says why.
        access::NewUser taken;
        taken.userName = QStringLiteral("Anna.Becker@contoso.example");
        taken.origin = QStringLiteral("sap.default");
        m_prompter.newUserAnswers = {taken};
        create->trigger();
        QTRY_COMPARE(m_prompter.newUserProblems.size(), 1);
        QVERIFY2(m_prompter.newUserProblems.first().contains(QStringLiteral("already has a user")),
                 qPrintable(m_prompter.newUserProblems.first()));
        QVERIFY(m_prompter.newUserIdps.contains(QStringLiteral("contoso-aad")));

        access::NewUser fresh;
        fresh.userName = QStringLiteral("nina.new@contoso.com");
        fresh.origin = QStringLiteral("contoso-aad");
        fresh.givenName = QStringLiteral("Nina");
        fresh.familyName = QStringLiteral("New");
        m_prompter.newUserAnswers = {fresh};
        create->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!idOf(fresh.userName).isEmpty(), 10000);
        const User* user = users()->entry(idOf(fresh.userName));
        QCOMPARE(user->origin, QStringLiteral("contoso-aad"));
        QCOMPARE(user->familyName, QStringLiteral("New"));
        QCOMPARE(user->primaryEmail(), fresh.userName);
        QCOMPARE(m_demo.workspace().state().undoText,
                 QStringLiteral("Create user nina.new@contoso.com"));
    }

    void deleteUserWithAssignments()
    {
        const QString anna = QStringLiteral("anna.becker@contoso.example");
        const QString id = idOf(anna);
        const QStringList before = held(anna);
        QCOMPARE(before.size(), 2);
        QVERIFY(select(m_users.get(), {id}));
        QAction* remove = action(m_users.get(), "deleteAction");
        QVERIFY(remove && remove->isEnabled());
        m_prompter.answers = {true};
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!users()->entry(id), 10000);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(m_prompter.questions.first().contains(anna));
        QVERIFY2(m_prompter.questions.first().contains(
                     QStringLiteral("2 direct role collection assignments go too")),
                 qPrintable(m_prompter.questions.first()));
        QTRY_VERIFY(!collections()->entry(QStringLiteral("PI_Administrator"))
                         ->userReferences.contains(UserReference{id, anna, QStringLiteral("sap.default")}));
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(users()->entry(id) != nullptr, 10000);
        QTRY_COMPARE(held(anna), before);
    }

    void declinedDeleteChangesNothing()
    {
        const QString id = idOf(QStringLiteral("ben.schulz@contoso.example"));
        QVERIFY(select(m_users.get(), {id}));
        const qint64 before = pending();
        m_prompter.answers = {false};
        action(m_users.get(), "deleteAction")->trigger();
        QCOMPARE(m_prompter.questions.size(), 1);
        QTest::qWait(100);
        QVERIFY(users()->entry(id));
        QCOMPARE(pending(), before);
    }

    void predefinedCollectionStaysLocked()
    {
        const QString predefined = QStringLiteral("Subaccount Administrator");
        QVERIFY(collections()->entry(predefined));
        QVERIFY(collections()->entry(predefined)->isReadOnly);
        QVERIFY(select(m_collections.get(), {predefined}));
        for (const char* name : {"deleteAction", "addRolesAction", "editDescriptionAction"}) {
            QAction* a = action(m_collections.get(), name);
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(predefined), qPrintable(a->toolTip()));
        }
        // Assigning a predefined collection is what it is for.
        QVERIFY(action(m_collections.get(), "assignToUsersAction")->isEnabled());
    }

    void newRoleCollectionAndDescription()
    {
        m_prompter.textAnswers = {QStringLiteral("Team_Onboarding"),
                                  QStringLiteral("New team members")};
        action(m_collections.get(), "newRoleCollectionAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(collections()->entry(QStringLiteral("Team_Onboarding")), 10000);
        QCOMPARE(collections()->entry(QStringLiteral("Team_Onboarding"))->description,
                 QStringLiteral("New team members"));

        QVERIFY(select(m_collections.get(), {QStringLiteral("Team_Onboarding")}));
        QAction* describe = action(m_collections.get(), "editDescriptionAction");
        QVERIFY(describe->isEnabled());
        m_prompter.textAnswers = {QStringLiteral("Everyone new this quarter")};
        describe->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            collections()->entry(QStringLiteral("Team_Onboarding"))->description,
            QStringLiteral("Everyone new this quarter"), 10000);
        QCOMPARE(m_prompter.textInitials.last(), QStringLiteral("New team members"));

        // A taken name (case-insensitively) is refused with the reason.
        m_prompter.textAnswers = {QStringLiteral("team_onboarding")};
        action(m_collections.get(), "newRoleCollectionAction")->trigger();
        QTRY_COMPARE(m_prompter.errors.size(), 1);
        QVERIFY(m_prompter.errors.first().contains(QStringLiteral("already exists")));
    }

    void exportCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.csv"));
        auto* command = new ExportAccessCommand(m_users->commands()->context(),
                                                AccessCommandArgs{users(), nullptr, &m_demo.clock()},
                                                path);
        QSignalSpy finished(m_users->commands(), &CommandController::commandFinished);
        m_users->commands()->startCommand(command);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("UserName,Origin,Email,RoleCollection,Obtained")),
                 qPrintable(text.left(120)));
        QVERIFY(text.contains(QStringLiteral("anna.becker@contoso.example,sap.default,"
                                             "anna.becker@contoso.example,PI_Administrator,direct")));
        QVERIFY(text.contains(QStringLiteral(",group,")));
    }

    void exportRoleCollectionsAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chosen.json"));
        const QStringList chosen{QStringLiteral("PI_Administrator"),
                                 QStringLiteral("Contoso_Integration_Developers")};
        QVERIFY(select(m_collections.get(), chosen));
        QAction* exportJson = action(m_collections.get(), "exportRoleCollectionsAction");
        QVERIFY(exportJson && exportJson->isEnabled());
        m_prompter.saveAnswers = {path};
        QSignalSpy finished(m_collections->commands(), &CommandController::commandFinished);
        exportJson->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 2);
        QStringList names;
        for (const QJsonValue& v : array)
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Contoso_Integration_Developers"),
                                     QStringLiteral("PI_Administrator")}));
        // The XSUAA form: roles and group mappings travel with the collection.
        for (const QJsonValue& v : array) {
            const QJsonObject rc = v.toObject();
            QVERIFY(!rc.value(QStringLiteral("roleReferences")).toArray().isEmpty());
            if (rc.value(QStringLiteral("name")).toString() == chosen.last())
                QVERIFY(!rc.value(QStringLiteral("groupReferences")).toArray().isEmpty());
        }
        // Cancelling the file dialog writes nothing.
        QVERIFY(QFile::remove(path));
        m_prompter.saveAnswers = {QString()};
        exportJson->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_prompter.saveAnswers.isEmpty(), 10000); // asked, cancelled
        QCOMPARE(finished.size(), 1);
        QVERIFY(!QFile::exists(path));
    }

    void importCsvWithPreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("UserName,Origin,RoleCollection,Action\n"
                   "felix.klein@contoso.example,sap.default,PI_Read_Only,assign\n"
                   "nobody@contoso.example,sap.default,PI_Read_Only,assign\n"
                   "clara.wagner@contoso.example,sap.default,PI_Read_Only,assign\n");
        file.close();
        const qint64 before = pending();
        // Declined: nothing changes.
        m_prompter.assignmentImportAnswers = {false};
        m_users->commands()->startCommand(new ImportAssignmentsCommand(
            m_users->commands()->context(), AccessCommandArgs{users(), nullptr, &m_demo.clock()},
            path));
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedAssignmentImports.size(), 1, 10000);
        const auto& reviewed = m_prompter.reviewedAssignmentImports.first();
        QVERIFY(reviewed.importEnabled);
        QCOMPARE(reviewed.problems.size(), 1);
        QVERIFY2(reviewed.problems.first().startsWith(QStringLiteral("import.csv:3")),
                 qPrintable(reviewed.problems.first()));
        QVERIFY(reviewed.rows.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("felix.klein@contoso.example PI_Read_Only")));
        QVERIFY2(reviewed.summary.contains(QStringLiteral("1 to assign")), qPrintable(reviewed.summary));
        QTest::qWait(100);
        QCOMPARE(pending(), before);
        QVERIFY(!held(QStringLiteral("felix.klein@contoso.example")).contains(QStringLiteral("PI_Read_Only")));

        // Accepted: the valid part, as one step.
        m_prompter.assignmentImportAnswers = {true};
        m_users->commands()->startCommand(new ImportAssignmentsCommand(
            m_users->commands()->context(), AccessCommandArgs{users(), nullptr, &m_demo.clock()},
            path));
        QTRY_VERIFY_WITH_TIMEOUT(
            held(QStringLiteral("felix.klein@contoso.example")).contains(QStringLiteral("PI_Read_Only")),
            10000);
        QCOMPARE(pending(), before + 1);
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(
            !held(QStringLiteral("felix.klein@contoso.example")).contains(QStringLiteral("PI_Read_Only")),
            10000);
    }

    void addRolesThroughTheBrowser()
    {
        const QString name = QStringLiteral("Team_Onboarding");
        QVERIFY(collections()->entry(name));
        QVERIFY(select(m_collections.get(), {name}));
        QAction* add = action(m_collections.get(), "addRolesAction");
        QVERIFY(add->isEnabled());
        QFuture<Result<QList<Role>>> listed = m_demo.workspace().client().roles().list();
        QVERIFY(QTest::qWaitFor([&] { return listed.isFinished(); }, 10000));
        QVERIFY(listed.result().ok());
        const QList<Role> roles = listed.result().value();
        QVERIFY(roles.size() >= 2);
        const QString first = roles.at(0).key();
        const QString second = roles.at(1).key();
        m_prompter.roleAnswers = {QStringList{first, second}};
        add->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(collections()->entry(name)->roleReferences.size(), 2, 10000);
        QStringList keys;
        for (const RoleReference& r : collections()->entry(name)->roleReferences)
            keys.append(r.roleKey());
        QVERIFY(keys.contains(first) && keys.contains(second));
        // The browser showed the tenant's roles by application / template / role.
        QCOMPARE(m_prompter.shownRoles.size(), 1);
        QCOMPARE(m_prompter.shownRoles.first().size(), roles.size());
        QVERIFY(m_prompter.shownRoles.first().contains(
            QStringList{roles.at(0).roleTemplateAppId, roles.at(0).roleTemplateName,
                        roles.at(0).name}
                .join(QStringLiteral(" / "))));

        // A second browse shows those as already there: picking them again adds nothing.
        m_prompter.roleAnswers = {QStringList{first}};
        add->trigger();
        QTest::qWait(200);
        QCOMPARE(collections()->entry(name)->roleReferences.size(), 2);
        QVERIFY(undo());
        QTRY_COMPARE_WITH_TIMEOUT(collections()->entry(name)->roleReferences.size(), 0, 10000);
    }
};

QTEST_MAIN(TestAccessCommands)
#include "tst_accesscommands.moc"
