#include "ui/Panes.h"

#include "models/DestinationsModel.h"
#include "models/Icons.h"
#include "models/IdentityProvidersModel.h"
#include "models/KeystoreModel.h"
#include "models/RoleCollectionsModel.h"
#include "models/SecurityMaterialModel.h"
#include "models/UsersModel.h"
#include "ui/CredentialsPane.h"
#include "ui/DestinationCertificatesPane.h"
#include "ui/EntityPane.h"
#include "ui/ExpiringPane.h"
#include "ui/MaterialPanes.h"
#include "ui/certificate/KeystoreQuickFilterBar.h"
#include "ui/commands/AccessCommands.h"
#include "ui/commands/AccessFileCommands.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/DeleteCommands.h"
#include "ui/commands/DestinationCommands.h"
#include "ui/commands/DestinationFileCommands.h"
#include "ui/commands/KeystoreCommands.h"
#include "ui/details/DestinationDetails.h"
#include "ui/details/IdentityProviderDetails.h"
#include "ui/details/KeystoreDetails.h"
#include "ui/details/RoleCollectionDetails.h"
#include "ui/details/SecurityMaterialDetails.h"
#include "ui/details/UserDetails.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>

namespace gh {

namespace {

// The translation context of the panes' titles and actions.
class Panes
{
    Q_DECLARE_TR_FUNCTIONS(gh::Panes)

public:
    static QAction* deleteAction(const QString& toolTip);
    static QAction* action(const QString& objectName, const QIcon& icon, const QString& text,
                           const QString& toolTip, const QKeySequence& shortcut = {});
    static void addKeystoreCommands(EntityPane* pane, KeystoreCommandArgs args);
    static void addUserCommands(EntityPane* pane, AccessCommandArgs args);
    static void addRoleCollectionCommands(EntityPane* pane, AccessCommandArgs args);
    static void addDestinationCommands(EntityPane* pane, const DestinationsModel* model);
    static EntityPane* create(PaneId pane, const Clock& clock, Prompter* prompter, QWidget* parent);
};

QAction* Panes::deleteAction(const QString& toolTip)
{
    auto* action = new QAction(
        Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("edit-delete")), tr("&Delete"));
    action->setObjectName(QStringLiteral("deleteAction"));
    action->setShortcut(QKeySequence::Delete);
    action->setToolTip(toolTip);
    return action;
}

QAction* Panes::action(const QString& objectName, const QIcon& icon, const QString& text,
                       const QString& toolTip, const QKeySequence& shortcut)
{
    auto* action = new QAction(icon, text);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void Panes::addKeystoreCommands(EntityPane* p, KeystoreCommandArgs args)
{
    CommandController* commands = p->commands();
    using Import = ImportKeystoreEntriesCommand;

    QAction* import = action(QStringLiteral("importAction"),
                             Icons::themed(QStringLiteral("document-import"),
                                           QStringLiteral("document-import")),
                             tr("&Import…"),
                             tr("Import certificates and key pairs from files (PEM, DER, PKCS#7, "
                                "PKCS#12)"),
                             QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIconText(tr("Import"));
    p->addCommandAction(import);
    import->setShortcutContext(Qt::WindowShortcut); // from anywhere in the window
    commands->registerCommand<Import>(import, args, Import::Origin::Files);

    QAction* paste = action(
        QStringLiteral("pasteAction"),
        Icons::themed(QStringLiteral("edit-paste"), QStringLiteral("edit-paste")),
        tr("&Paste Certificates"), tr("Import the certificates on the clipboard"),
        QKeySequence::Paste);
    p->addCommandAction(paste, false);
    commands->registerCommand<Import>(paste, args, Import::Origin::Clipboard);

    QAction* generate = action(
        QStringLiteral("generateKeyPairAction"),
        Icons::themed(QStringLiteral("key-new"), QStringLiteral("key-new")),
        tr("&Generate Key Pair…"), tr("Generate a new key pair with a self-signed certificate"));
    generate->setIconText(tr("Generate"));
    p->addCommandAction(generate);
    commands->registerCommand<GenerateKeyPairCommand>(generate, args);

    p->addCommandSeparator();
    QAction* csr = action(QStringLiteral("createCsrAction"), QIcon(),
                          tr("Create &CSR…"),
                          tr("Save a certificate signing request for the selected key pair"));
    p->addCommandAction(csr, false);
    commands->registerCommand<CreateCsrCommand>(csr, args);

    QAction* chain = action(QStringLiteral("updateChainAction"), QIcon(),
                            tr("&Update with Signed Chain…"),
                            tr("Replace the key pair's self-signed certificate with the chain "
                               "its CA signed"));
    p->addCommandAction(chain, false);
    commands->registerCommand<UpdateSignedChainCommand>(chain, args);

    QAction* exportAction = action(
        QStringLiteral("exportAction"),
        Icons::themed(QStringLiteral("document-export"), QStringLiteral("document-export")),
        tr("&Export…"), tr("Save the selected entry as PEM, DER, PKCS#7 or PKCS#12"));
    exportAction->setIconText(tr("Export"));
    p->addCommandAction(exportAction);
    commands->registerCommand<ExportKeystoreEntryCommand>(exportAction, args);

    p->addCommandSeparator();
    QAction* rename = action(QStringLiteral("renameAction"),
                             Icons::themed(QStringLiteral("edit-rename"),
                                           QStringLiteral("edit-rename")),
                             tr("Re&name…"), tr("Give the selected entry another alias"),
                             QKeySequence(Qt::Key_F2));
    p->addCommandAction(rename, false);
    commands->registerCommand<RenameKeystoreEntryCommand>(rename, args);

    QAction* renew = action(QStringLiteral("renewKeyAction"),
                            Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("key-renew")),
                            tr("&Renew Key"),
                            tr("Make a new key pair for the selected one in the KeyRenewal "
                               "keystore"));
    p->addCommandAction(renew, false);
    commands->registerCommand<RenewKeyCommand>(renew, args);

    QAction* activate = action(QStringLiteral("activateRenewalAction"), QIcon(),
                               tr("&Activate Renewal"),
                               tr("Make the renewed key the active one; the current key moves "
                                  "to the history"));
    p->addCommandAction(activate, false);
    commands->registerCommand<ActivateRenewalCommand>(activate, args);

    QAction* rollBack = action(QStringLiteral("rollBackAction"), QIcon(), tr("Roll &Back"),
                               tr("Make this earlier key the active one again"));
    p->addCommandAction(rollBack, false);
    commands->registerCommand<RollBackKeyCommand>(rollBack, args);

    p->addCommandSeparator();
    QAction* remove = deleteAction(tr("Delete the selected keystore entries"));
    p->addCommandAction(remove);
    commands->registerCommand<DeleteKeystoreEntriesCommand>(remove, args);

    p->setFileDropHandler([commands, args](const QStringList& paths) {
        commands->startCommand(new ImportKeystoreEntriesCommand(commands->context(), args, paths));
    });
}

void Panes::addUserCommands(EntityPane* p, AccessCommandArgs args)
{
    CommandController* commands = p->commands();
    QAction* create = action(QStringLiteral("newUserAction"),
                             Icons::themed(QStringLiteral("list-add-user"), QStringLiteral("user-new")),
                             tr("&New User…"), tr("Create a shadow user for an identity provider"),
                             QKeySequence::New);
    create->setIconText(tr("New"));
    p->addCommandAction(create);
    commands->registerCommand<NewUserCommand>(create, args);

    p->addCommandSeparator();
    QAction* assign = action(QStringLiteral("assignRoleCollectionsAction"),
                             Icons::shipped(QStringLiteral("assign")),
                             tr("&Assign Role Collections…"),
                             tr("Assign role collections to the selected users"),
                             QKeySequence(Qt::CTRL | Qt::Key_Plus));
    assign->setIconText(tr("Assign"));
    p->addCommandAction(assign);
    commands->registerCommand<AssignRoleCollectionsCommand>(assign, args);

    QAction* unassign = action(QStringLiteral("unassignRoleCollectionsAction"),
                               Icons::shipped(QStringLiteral("unassign")), tr("U&nassign…"),
                               tr("Take role collections assigned directly from the selected "
                                  "users"),
                               QKeySequence(Qt::CTRL | Qt::Key_Minus));
    unassign->setIconText(tr("Unassign"));
    p->addCommandAction(unassign);
    commands->registerCommand<UnassignRoleCollectionsCommand>(unassign, args);

    p->addCommandSeparator();
    QAction* remove = deleteAction(tr("Delete the selected users with their direct assignments"));
    p->addCommandAction(remove);
    commands->registerCommand<DeleteUsersCommand>(remove, args);

    // Users dragged from here are assigned where they are dropped (a role collection row), and
    // role collections dropped on a user are assigned to that user.
    p->setKeyDragType(userIdsMimeType());
    p->setKeyDropHandler(roleCollectionNamesMimeType(),
                         [commands, args](const QStringList& collections, const QString& userId) {
                             commands->startCommand(new AssignRoleCollectionsCommand(
                                 commands->context(), args, userId, collections));
                         });
}

void Panes::addDestinationCommands(EntityPane* p, const DestinationsModel* model)
{
    CommandController* commands = p->commands();
    QAction* create = action(QStringLiteral("newDestinationAction"),
                             Icons::themed(QStringLiteral("list-add"), QStringLiteral("list-add")),
                             tr("&New Destination…"), tr("Create a destination"), QKeySequence::New);
    create->setIconText(tr("New"));
    p->addCommandAction(create);
    commands->registerCommand<NewDestinationCommand>(create, model);

    QAction* edit = action(QStringLiteral("editDestinationAction"),
                           Icons::themed(QStringLiteral("document-edit"), QStringLiteral("edit-rename")),
                           tr("&Edit…"), tr("Edit the selected destination (or double-click it)"),
                           QKeySequence(Qt::Key_F2));
    edit->setIconText(tr("Edit"));
    p->addCommandAction(edit);
    commands->registerCommand<EditDestinationCommand>(edit, model);
    p->setActivationAction(edit);

    QAction* duplicate = action(QStringLiteral("duplicateDestinationAction"),
                                Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("edit-copy")),
                                tr("D&uplicate…"),
                                tr("Create a copy of the selected destination under a new name"),
                                QKeySequence(Qt::CTRL | Qt::Key_D));
    p->addCommandAction(duplicate, false);
    commands->registerCommand<DuplicateDestinationCommand>(duplicate, model);

    p->addCommandSeparator();
    QAction* import = action(QStringLiteral("importDestinationsAction"),
                             Icons::themed(QStringLiteral("document-import"), QStringLiteral("document-import")),
                             tr("&Import…"),
                             tr("Import destinations from the BTP cockpit's files (properties or JSON), "
                                "or drop the files on the list"),
                             QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIconText(tr("Import"));
    p->addCommandAction(import);
    commands->registerCommand<ImportDestinationsCommand>(import, model, QStringList());

    QAction* exportAction = action(QStringLiteral("exportDestinationsAction"),
                                   Icons::themed(QStringLiteral("document-export"), QStringLiteral("document-export")),
                                   tr("E&xport…"),
                                   tr("Export the selected destinations as the BTP cockpit does (secrets left out)"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setIconText(tr("Export"));
    p->addCommandAction(exportAction);
    commands->registerCommand<ExportDestinationsCommand>(exportAction, model);

    QAction* copy = action(QStringLiteral("copyDestinationsAction"), QIcon(), tr("&Copy to Tenant…"),
                           tr("Copy the selected destinations into another tenant file's pending changes "
                              "(their secrets are asked for again)"));
    p->addCommandAction(copy, false);
    commands->registerCommand<CopyDestinationsCommand>(copy, model, QString());

    p->addCommandSeparator();
    QAction* remove = deleteAction(tr("Delete the selected destinations"));
    p->addCommandAction(remove);
    commands->registerCommand<DeleteDestinationsCommand>(remove, model);

    p->setFileDropHandler([commands, model](const QStringList& paths) {
        commands->startCommand(new ImportDestinationsCommand(commands->context(), {}, model, paths));
    });
}

void Panes::addRoleCollectionCommands(EntityPane* p, AccessCommandArgs args)
{
    CommandController* commands = p->commands();
    QAction* create = action(QStringLiteral("newRoleCollectionAction"),
                             Icons::themed(QStringLiteral("list-add"), QStringLiteral("collection-new")),
                             tr("&New Role Collection…"), tr("Create a role collection of your own"),
                             QKeySequence::New);
    create->setIconText(tr("New"));
    p->addCommandAction(create);
    commands->registerCommand<NewRoleCollectionCommand>(create, args);

    QAction* describe = action(QStringLiteral("editDescriptionAction"),
                               Icons::themed(QStringLiteral("document-edit"),
                                             QStringLiteral("edit-rename")),
                               tr("Edit &Description…"),
                               tr("Change the description of the selected role collection"),
                               QKeySequence(Qt::Key_F2));
    p->addCommandAction(describe, false);
    commands->registerCommand<EditDescriptionCommand>(describe, args);

    QAction* roles = action(QStringLiteral("addRolesAction"),
                            Icons::shipped(QStringLiteral("roles-add")), tr("Add &Roles…"),
                            tr("Add roles of the tenant's role templates to the selected "
                               "collection"));
    roles->setIconText(tr("Add Roles"));
    p->addCommandAction(roles);
    commands->registerCommand<AddRolesCommand>(roles, args);

    p->addCommandSeparator();
    QAction* assign = action(QStringLiteral("assignToUsersAction"),
                             Icons::shipped(QStringLiteral("assign")), tr("&Assign to Users…"),
                             tr("Assign the selected role collections to users (or drop users "
                                "from the users pane on a collection)"),
                             QKeySequence(Qt::CTRL | Qt::Key_Plus));
    assign->setIconText(tr("Assign"));
    p->addCommandAction(assign);
    commands->registerCommand<AssignToUsersCommand>(assign, args);

    QAction* exportJson = action(QStringLiteral("exportRoleCollectionsAction"),
                                 Icons::themed(QStringLiteral("document-export"),
                                               QStringLiteral("document-export")),
                                 tr("&Export as JSON…"),
                                 tr("Save the selected role collections with their roles, "
                                    "mappings and users as JSON"));
    p->addCommandAction(exportJson, false);
    commands->registerCommand<ExportRoleCollectionsCommand>(exportJson, args);

    p->addCommandSeparator();
    QAction* remove = deleteAction(tr("Delete the selected role collections"));
    p->addCommandAction(remove);
    commands->registerCommand<DeleteRoleCollectionsCommand>(remove, args.collections);

    p->setKeyDragType(roleCollectionNamesMimeType());
    p->setKeyDropHandler(userIdsMimeType(), [commands, args](const QStringList& userIds,
                                                             const QString& collection) {
        commands->startCommand(
            new AssignToUsersCommand(commands->context(), args, userIds, collection));
    });
}

EntityPane* Panes::create(PaneId pane, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    const QString id = paneName(pane);
    switch (pane) {
    case PaneId::Users: {
        auto* model = new UsersModel(clock);
        auto* p = new EntityPane(id, tr("Users"), Icons::shipped(QStringLiteral("users")), model,
                                 new UserDetails(model), prompter,
                                 UsersModel::RoleCollectionsColumn, parent);
        p->setDetailsWidth(460); // the effective access tree wants the room
        addUserCommands(p, AccessCommandArgs{model, nullptr, &clock});
        return p;
    }
    case PaneId::RoleCollections: {
        auto* model = new RoleCollectionsModel(clock);
        auto* p = new EntityPane(id, tr("Role Collections"),
                                 Icons::shipped(QStringLiteral("role-collections")), model,
                                 new RoleCollectionDetails(model), prompter,
                                 RoleCollectionsModel::DescriptionColumn, parent);
        addRoleCollectionCommands(p, AccessCommandArgs{nullptr, model, &clock});
        return p;
    }
    case PaneId::IdentityProviders: {
        auto* model = new IdentityProvidersModel(clock);
        return new EntityPane(id, tr("Identity Providers"),
                              Icons::shipped(QStringLiteral("identity-providers")), model, new IdentityProviderDetails(model), prompter,
                              IdentityProvidersModel::NameColumn, parent);
    }
    case PaneId::Destinations: {
        auto* model = new DestinationsModel(clock);
        auto* p = new EntityPane(
            id, tr("Destinations"), Icons::shipped(QStringLiteral("destinations")), model,
            new DestinationDetails(model), prompter, DestinationsModel::DescriptionColumn, parent);
        addDestinationCommands(p, model);
        return p;
    }
    case PaneId::DestinationCertificates:
        return createDestinationCertificatesPane(id, clock, prompter, parent);
    case PaneId::Expiring:
        return createExpiringPane(id, clock, prompter, parent);
    case PaneId::KnownHosts:
        return createKnownHostsPane(id, clock, prompter, parent);
    case PaneId::PgpKeys:
        return createPgpKeysPane(id, clock, prompter, parent);
    case PaneId::Keystore: {
        auto* model = new KeystoreModel(clock);
        auto* details = new KeystoreDetails(model, clock);
        auto* p = new EntityPane(id, tr("Keystore"), Icons::shipped(QStringLiteral("keystore")),
                                 model, details, prompter, KeystoreModel::SubjectColumn, parent);
        p->addFilterBar(new KeystoreQuickFilterBar(p->proxy()));
        p->setDetailsWidth(520); // the certificate viewer: fingerprints and DNs without scrolling
        QObject::connect(details, &KeystoreDetails::statusMessage, p, &EntityPane::statusMessage);
        addKeystoreCommands(p, KeystoreCommandArgs{model, &clock});
        return p;
    }
    case PaneId::SecurityMaterial:
        return createSecurityMaterialPane(id, tr("Security Material"), clock, prompter, parent);
    }
    return nullptr;
}

} // namespace

QList<PaneId> allPanes()
{
    return {PaneId::Users,        PaneId::RoleCollections,         PaneId::IdentityProviders,
            PaneId::Destinations, PaneId::DestinationCertificates, PaneId::Keystore,
            PaneId::SecurityMaterial, PaneId::KnownHosts,       PaneId::PgpKeys,
            PaneId::Expiring};
}

QString paneName(PaneId pane)
{
    switch (pane) {
    case PaneId::Users:
        return QStringLiteral("users");
    case PaneId::RoleCollections:
        return QStringLiteral("role-collections");
    case PaneId::IdentityProviders:
        return QStringLiteral("identity-providers");
    case PaneId::Destinations:
        return QStringLiteral("destinations");
    case PaneId::DestinationCertificates:
        return QStringLiteral("destination-certificates");
    case PaneId::Keystore:
        return QStringLiteral("keystore");
    case PaneId::SecurityMaterial:
        return QStringLiteral("security-material");
    case PaneId::Expiring:
        return QStringLiteral("expiring");
    case PaneId::KnownHosts:
        return QStringLiteral("known-hosts");
    case PaneId::PgpKeys:
        return QStringLiteral("pgp-keys");
    }
    return {};
}

EntityPane* createPane(PaneId pane, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    return Panes::create(pane, clock, prompter, parent);
}

} // namespace gh
