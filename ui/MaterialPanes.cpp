#include "ui/MaterialPanes.h"

#include "models/Icons.h"
#include "models/KnownHostsModel.h"
#include "models/PgpKeysModel.h"
#include "ui/EntityPane.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/MaterialCommands.h"
#include "ui/details/MaterialDetails.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>

namespace gh {

namespace {

// The translation context of the panes' titles and actions.
class MaterialPanes
{
    Q_DECLARE_TR_FUNCTIONS(gh::MaterialPanes)

public:
    static QAction* action(const QString& objectName, const QIcon& icon, const QString& text, const QString& toolTip)
    {
        auto* a = new QAction(icon, text);
        a->setObjectName(objectName);
        a->setToolTip(toolTip);
        return a;
    }

    static QIcon importIcon()
    {
        return Icons::themed(QStringLiteral("document-import"), QStringLiteral("document-import"));
    }
    static QIcon exportIcon()
    {
        return Icons::themed(QStringLiteral("document-export"), QStringLiteral("document-export"));
    }
    static QAction* removeAction(const QString& toolTip)
    {
        QAction* a = action(QStringLiteral("deleteAction"),
                            Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("edit-delete")), tr("&Remove"),
                            toolTip);
        a->setShortcut(QKeySequence::Delete);
        return a;
    }

    static EntityPane* knownHosts(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
    {
        auto* model = new KnownHostsModel(clock);
        auto* p = new EntityPane(id, tr("Known Hosts"), Icons::shipped(QStringLiteral("security-material")), model,
                                 new KnownHostDetails(model), prompter, KnownHostsModel::HostsColumn, parent);
        CommandController* commands = p->commands();
        const KnownHostsModel* m = model;

        QAction* import = action(QStringLiteral("importKnownHostsAction"), importIcon(), tr("&Import…"),
                                 tr("Merge an OpenSSH known_hosts file into the tenant's known hosts"));
        import->setIconText(tr("Import"));
        p->addCommandAction(import);
        commands->registerCommand<ImportKnownHostsCommand>(import, m);

        QAction* add = action(QStringLiteral("addKnownHostAction"),
                              Icons::themed(QStringLiteral("list-add"), QStringLiteral("list-add")), tr("&Add Line…"),
                              tr("Add one known_hosts line to the tenant's known hosts"));
        add->setIconText(tr("Add"));
        p->addCommandAction(add);
        commands->registerCommand<AddKnownHostCommand>(add, m);

        QAction* exportAction = action(QStringLiteral("exportKnownHostsAction"), exportIcon(), tr("&Export…"),
                                       tr("Save the tenant's known_hosts file"));
        p->addCommandAction(exportAction, false);
        commands->registerCommand<ExportKnownHostsCommand>(exportAction, m);

        p->addCommandSeparator();
        QAction* remove = removeAction(tr("Remove the selected known hosts"));
        p->addCommandAction(remove);
        commands->registerCommand<RemoveKnownHostsCommand>(remove, m);

        p->setFileDropHandler([commands, m](const QStringList& paths) {
            if (!paths.isEmpty())
                commands->startCommand(new ImportKnownHostsCommand(commands->context(), m, paths.first()));
        });
        return p;
    }

    static EntityPane* pgpKeys(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
    {
        auto* model = new PgpKeysModel(clock);
        auto* p = new EntityPane(id, tr("PGP Keys"), Icons::shipped(QStringLiteral("keystore")), model,
                                 new PgpKeyDetails(model), prompter, PgpKeysModel::UserIdColumn, parent);
        CommandController* commands = p->commands();
        const PgpKeysModel* m = model;

        QAction* import = action(QStringLiteral("importPgpKeyringAction"), importIcon(), tr("&Import…"),
                                 tr("Import an armored or binary keyring into the tenant's public or secret "
                                    "keyring"));
        import->setIconText(tr("Import"));
        p->addCommandAction(import);
        commands->registerCommand<ImportPgpKeyringCommand>(import, m);

        QAction* exportAction = action(QStringLiteral("exportPgpKeyringAction"), exportIcon(),
                                       tr("&Export Public Keyring…"), tr("Save the tenant's public keyring, armored"));
        p->addCommandAction(exportAction, false);
        commands->registerCommand<ExportPgpKeyringCommand>(exportAction, m);

        QAction* exportSecret = action(QStringLiteral("exportPgpSecretKeyringAction"), exportIcon(),
                                       tr("Export &Secret Keyring…"),
                                       tr("Save the tenant's secret keyring from the keychain (secret material)"));
        p->addCommandAction(exportSecret, false);
        commands->registerCommand<ExportPgpSecretKeyringCommand>(exportSecret, m);

        p->addCommandSeparator();
        QAction* remove = removeAction(tr("Remove the selected PGP keys"));
        p->addCommandAction(remove);
        commands->registerCommand<RemovePgpKeysCommand>(remove, m);

        p->setFileDropHandler([commands, m](const QStringList& paths) {
            if (!paths.isEmpty())
                commands->startCommand(new ImportPgpKeyringCommand(commands->context(), m, paths.first()));
        });
        return p;
    }
};

} // namespace

EntityPane* createKnownHostsPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    return MaterialPanes::knownHosts(id, clock, prompter, parent);
}

EntityPane* createPgpKeysPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    return MaterialPanes::pgpKeys(id, clock, prompter, parent);
}

} // namespace gh
