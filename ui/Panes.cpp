#include "ui/Panes.h"

#include "models/DestinationsModel.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/RoleCollectionsModel.h"
#include "models/SecurityMaterialModel.h"
#include "models/UsersModel.h"
#include "ui/EntityPane.h"
#include "ui/certificate/KeystoreQuickFilterBar.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/DeleteCommands.h"
#include "ui/details/DestinationDetails.h"
#include "ui/details/KeystoreDetails.h"
#include "ui/details/RoleCollectionDetails.h"
#include "ui/details/SecurityMaterialDetails.h"
#include "ui/details/UserDetails.h"

#include <QAction>
#include <QCoreApplication>

namespace gh {

namespace {

// The translation context of the panes' titles and actions.
class Panes
{
    Q_DECLARE_TR_FUNCTIONS(gh::Panes)

public:
    static QAction* deleteAction(const QString& toolTip);
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

EntityPane* Panes::create(PaneId pane, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    const QString id = paneName(pane);
    switch (pane) {
    case PaneId::Users: {
        auto* model = new UsersModel(clock);
        return new EntityPane(id, tr("Users"), Icons::shipped(QStringLiteral("users")), model,
                              new UserDetails(model), prompter, UsersModel::RoleCollectionsColumn,
                              parent);
    }
    case PaneId::RoleCollections: {
        auto* model = new RoleCollectionsModel(clock);
        auto* p = new EntityPane(id, tr("Role Collections"),
                                 Icons::shipped(QStringLiteral("role-collections")), model,
                                 new RoleCollectionDetails(model), prompter,
                                 RoleCollectionsModel::DescriptionColumn, parent);
        QAction* remove = deleteAction(tr("Delete the selected role collections"));
        p->addCommandAction(remove);
        p->commands()->registerCommand<DeleteRoleCollectionsCommand>(
            remove, static_cast<const RoleCollectionsModel*>(model));
        return p;
    }
    case PaneId::Destinations: {
        auto* model = new DestinationsModel(clock);
        auto* p = new EntityPane(
            id, tr("Destinations"), Icons::shipped(QStringLiteral("destinations")), model,
            new DestinationDetails(model), prompter, DestinationsModel::DescriptionColumn, parent);
        QAction* remove = deleteAction(tr("Delete the selected destinations"));
        p->addCommandAction(remove);
        p->commands()->registerCommand<DeleteDestinationsCommand>(
            remove, static_cast<const DestinationsModel*>(model));
        return p;
    }
    case PaneId::Keystore: {
        auto* model = new KeystoreModel(clock);
        auto* details = new KeystoreDetails(model, clock);
        auto* p = new EntityPane(id, tr("Keystore"), Icons::shipped(QStringLiteral("keystore")),
                                 model, details, prompter, KeystoreModel::SubjectColumn, parent);
        p->addFilterBar(new KeystoreQuickFilterBar(p->proxy()));
        p->setDetailsWidth(520); // the certificate viewer: fingerprints and DNs without scrolling
        QObject::connect(details, &KeystoreDetails::statusMessage, p, &EntityPane::statusMessage);
        return p;
    }
    case PaneId::SecurityMaterial: {
        auto* model = new SecurityMaterialModel(clock);
        return new EntityPane(id, tr("Security Material"),
                              Icons::shipped(QStringLiteral("security-material")), model,
                              new SecurityMaterialDetails(model), prompter,
                              SecurityMaterialModel::DescriptionColumn, parent);
    }
    }
    return nullptr;
}

} // namespace

QList<PaneId> allPanes()
{
    return {PaneId::Users, PaneId::RoleCollections, PaneId::Destinations, PaneId::Keystore,
            PaneId::SecurityMaterial};
}

QString paneName(PaneId pane)
{
    switch (pane) {
    case PaneId::Users:
        return QStringLiteral("users");
    case PaneId::RoleCollections:
        return QStringLiteral("role-collections");
    case PaneId::Destinations:
        return QStringLiteral("destinations");
    case PaneId::Keystore:
        return QStringLiteral("keystore");
    case PaneId::SecurityMaterial:
        return QStringLiteral("security-material");
    }
    return {};
}

EntityPane* createPane(PaneId pane, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    return Panes::create(pane, clock, prompter, parent);
}

} // namespace gh
