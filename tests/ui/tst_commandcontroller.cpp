// CommandController: actions enabled, disabled and explained from the selection and from what
// each command class declares; a triggered action runs one command on the selected keys.
#include "ScriptedPrompter.h"
#include "models/Roles.h"
#include "ui/commands/CommandController.h"

#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace gh;

namespace {

// Rows whose key is their text.
class KeyedListModel final : public QStringListModel, public EntryLookup
{
public:
    using QStringListModel::QStringListModel;
    QString key(const QModelIndex& index) const override
    {
        return index.model() == this ? index.data().toString() : QString();
    }
    QModelIndex indexOf(const QString& key) const override
    {
        const qsizetype row = stringList().indexOf(key);
        return row < 0 ? QModelIndex() : index(static_cast<int>(row), 0);
    }
};

QStringList g_started; // keys of the last command started

class OneEntryCommand final : public Command
{
public:
    static Restrictions restrictions() { return NeedSelection | OnlyOne; }
    OneEntryCommand(const CommandContext& context, QStringList keys)
        : Command(context, std::move(keys))
    {
    }

protected:
    void doStart() override
    {
        g_started = keys();
        done();
    }
};

// Refuses keys starting with "locked", naming the first one.
class UnlockedOnlyCommand final : public Command
{
public:
    static Restrictions restrictions() { return NeedSelection | ComplexApplicability; }
    static QString blockedReason(const QString& prefix, const QStringList& keys)
    {
        for (const QString& k : keys) {
            if (k.startsWith(prefix))
                return k + QStringLiteral(" is locked");
        }
        return {};
    }
    UnlockedOnlyCommand(const CommandContext& context, QStringList keys, const QString&)
        : Command(context, std::move(keys))
    {
    }

protected:
    void doStart() override
    {
        g_started = keys();
        done();
    }
};

class NeedsTenantCommand final : public Command
{
public:
    static Restrictions restrictions() { return NeedWorkspace; }
    NeedsTenantCommand(const CommandContext& context, QStringList keys)
        : Command(context, std::move(keys))
    {
    }

protected:
    void doStart() override { done(); }
};

} // namespace

class TestCommandController : public QObject
{
    Q_OBJECT

    test::ScriptedPrompter m_prompter;
    KeyedListModel m_model{QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                       QStringLiteral("locked-gamma")}};
    QListView m_view;
    std::unique_ptr<CommandController> m_controller;
    QAction m_one{QStringLiteral("One")};
    QAction m_unlocked{QStringLiteral("Unlocked")};
    QAction m_tenant{QStringLiteral("Tenant")};

    void select(const QStringList& keys)
    {
        m_view.selectionModel()->clearSelection();
        for (const QString& key : keys)
            m_view.selectionModel()->select(m_model.indexOf(key), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
        QCoreApplication::processEvents(); // the controller updates on the next turn
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_view.setModel(&m_model);
        m_view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_controller = std::make_unique<CommandController>(&m_view, &m_prompter);
        m_unlocked.setToolTip(QStringLiteral("Do it"));
        m_controller->registerCommand<OneEntryCommand>(&m_one);
        m_controller->registerCommand<UnlockedOnlyCommand>(&m_unlocked, QStringLiteral("locked"));
        m_controller->registerCommand<NeedsTenantCommand>(&m_tenant);
    }

    void nothingSelected()
    {
        select({});
        QVERIFY(!m_one.isEnabled());
        QVERIFY(!m_unlocked.isEnabled());
        QCOMPARE(m_unlocked.toolTip(), QStringLiteral("Do it"));
        QVERIFY(!m_tenant.isEnabled()); // no workspace
    }

    void oneSelected()
    {
        select({QStringLiteral("beta")});
        QCOMPARE(m_controller->selectedKeys(), QStringList{QStringLiteral("beta")});
        QVERIFY(m_one.isEnabled());
        QVERIFY(m_unlocked.isEnabled());
    }

    void onlyOneRefusesTwo()
    {
        select({QStringLiteral("alpha"), QStringLiteral("beta")});
        QVERIFY(!m_one.isEnabled());
        QVERIFY(m_unlocked.isEnabled());
    }

    void blockedReasonBecomesTheToolTip()
    {
        select({QStringLiteral("alpha"), QStringLiteral("locked-gamma")});
        QVERIFY(!m_unlocked.isEnabled());
        QCOMPARE(m_unlocked.toolTip(), QStringLiteral("locked-gamma is locked"));
        select({QStringLiteral("alpha")});
        QVERIFY(m_unlocked.isEnabled());
        QCOMPARE(m_unlocked.toolTip(), QStringLiteral("Do it"));
    }

    void triggerStartsTheCommandOnTheSelection()
    {
        select({QStringLiteral("alpha"), QStringLiteral("beta")});
        QSignalSpy finished(m_controller.get(), &CommandController::commandFinished);
        g_started.clear();
        m_unlocked.trigger();
        QCOMPARE(g_started, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(m_controller->findChildren<Command*>().isEmpty()); // deleted once finished
    }

    void aBlockedTriggerDoesNothing()
    {
        select({QStringLiteral("locked-gamma")});
        g_started.clear();
        m_unlocked.trigger(); // e.g. a shortcut that fired before the update
        QVERIFY(g_started.isEmpty());
    }
};

QTEST_MAIN(TestCommandController)
#include "tst_commandcontroller.moc"
