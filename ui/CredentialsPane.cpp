#include "ui/CredentialsPane.h"

#include "models/Icons.h"
#include "models/SecurityMaterialModel.h"
#include "ui/EntityPane.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/CredentialCommands.h"
#include "ui/details/SecurityMaterialDetails.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>

namespace gh {

namespace {

// The translation context of the pane's actions.
class CredentialsPane
{
    Q_DECLARE_TR_FUNCTIONS(gh::CredentialsPane)

public:
    static QAction* action(QObject* parent, const QString& objectName, const QIcon& icon, const QString& text,
                           const QString& toolTip)
    {
        auto* a = new QAction(icon, text, parent);
        a->setObjectName(objectName);
        a->setToolTip(toolTip);
        return a;
    }

    static EntityPane* create(const QString& id, const QString& title, const Clock& clock, Prompter* prompter,
                              QWidget* parent)
    {
        auto* model = new SecurityMaterialModel(clock);
        auto* p = new EntityPane(id, title, Icons::shipped(QStringLiteral("security-material")), model,
                                 new SecurityMaterialDetails(model), prompter,
                                 SecurityMaterialModel::DescriptionColumn, parent);
        CommandController* commands = p->commands();
        const SecurityMaterialModel* m = model;
        const QIcon addIcon = Icons::themed(QStringLiteral("list-add"), QStringLiteral("list-add"));

        // New ▸ User Credential… / OAuth2 Client Credential… / Secure Parameter…
        QAction* newMenuAction = action(p, QStringLiteral("newCredentialMenuAction"), addIcon, tr("&New"),
                                        tr("Create a user credential, an OAuth2 client credential or a secure parameter"));
        auto* menu = new QMenu(p);
        menu->setObjectName(QStringLiteral("newCredentialMenu"));
        menu->setTitle(tr("&New"));
        const struct
        {
            const char* objectName;
            EntityKind kind;
            QString text;
            QString toolTip;
        } kinds[] = {
            {"newUserCredentialAction", EntityKind::UserCredential, tr("&User Credential…"),
             tr("Create a user credential (user and password, SuccessFactors or OpenConnectors)")},
            {"newOAuth2ClientCredentialAction", EntityKind::OAuth2ClientCredential, tr("&OAuth2 Client Credential…"),
             tr("Create an OAuth2 client credential (token service URL, client ID and secret)")},
            {"newSecureParameterAction", EntityKind::SecureParameter, tr("&Secure Parameter…"),
             tr("Create a secure parameter (a secret value integration flows read)")},
        };
        for (const auto& k : kinds) {
            QAction* a = action(p, QString::fromLatin1(k.objectName), addIcon, k.text, k.toolTip);
            menu->addAction(a);
            commands->registerCommand<NewCredentialCommand>(a, m, k.kind);
        }
        newMenuAction->setMenu(menu);
        newMenuAction->setIconText(tr("New"));
        // The tool bar button's own part creates the first kind; its arrow opens the menu.
        QAction* first = menu->actions().first();
        QObject::connect(newMenuAction, &QAction::triggered, first, &QAction::trigger);
        p->addCommandAction(newMenuAction);

        QAction* edit = action(p, QStringLiteral("editCredentialAction"),
                               Icons::themed(QStringLiteral("document-edit"), QStringLiteral("edit-rename")), tr("&Edit…"),
                               tr("Edit the selected credential or set its secret (or double-click it)"));
        edit->setShortcut(QKeySequence(Qt::Key_F2));
        edit->setIconText(tr("Edit"));
        p->addCommandAction(edit);
        commands->registerCommand<EditCredentialCommand>(edit, m);
        p->setActivationAction(edit);

        p->addCommandSeparator();
        QAction* remove = action(p, QStringLiteral("deleteAction"),
                                 Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("edit-delete")), tr("&Delete"),
                                 tr("Delete the selected credentials and secure parameters"));
        remove->setShortcut(QKeySequence::Delete);
        p->addCommandAction(remove);
        commands->registerCommand<DeleteCredentialsCommand>(remove, m);
        return p;
    }
};

} // namespace

EntityPane* createSecurityMaterialPane(const QString& id, const QString& title, const Clock& clock, Prompter* prompter,
                                       QWidget* parent)
{
    return CredentialsPane::create(id, title, clock, prompter, parent);
}

} // namespace gh
