#include "ui/DestinationCertificatesPane.h"

#include "models/DestinationCertificatesModel.h"
#include "models/Icons.h"
#include "ui/EntityPane.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/DestinationCertificateCommands.h"
#include "ui/details/DestinationCertificateDetails.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>

namespace gh {

namespace {
// The translation context of the pane's title and actions.
class DestinationCertificatesPane
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationCertificatesPane)

public:
    static EntityPane* create(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
    {
        auto* model = new DestinationCertificatesModel(clock);
        auto* details = new DestinationCertificateDetails(model, clock);
        auto* p = new EntityPane(id, tr("Destination Certificates"), Icons::shipped(QStringLiteral("keystore")),
                                 model, details, prompter, DestinationCertificatesModel::SubjectColumn, parent);
        QObject::connect(details, &DestinationCertificateDetails::statusMessage, p, &EntityPane::statusMessage);
        CommandController* commands = p->commands();
        const DestinationCertificatesModel* m = model;

        auto* import = new QAction(Icons::themed(QStringLiteral("document-import"), QStringLiteral("document-import")),
                                   tr("&Import…"));
        import->setObjectName(QStringLiteral("importDestinationCertificatesAction"));
        import->setToolTip(tr("Import certificates (PEM, DER) and keystores (PKCS#12) for destinations"));
        import->setIconText(tr("Import"));
        p->addCommandAction(import);
        commands->registerCommand<ImportDestinationCertificatesCommand>(import, m);

        p->addCommandSeparator();
        auto* remove = new QAction(Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("edit-delete")),
                                   tr("&Delete"));
        remove->setObjectName(QStringLiteral("deleteAction"));
        remove->setShortcut(QKeySequence::Delete);
        remove->setToolTip(tr("Delete the selected destination certificates"));
        p->addCommandAction(remove);
        commands->registerCommand<DeleteDestinationCertificatesCommand>(remove, m);

        p->setFileDropHandler([commands, m](const QStringList& paths) {
            commands->startCommand(new ImportDestinationCertificatesCommand(commands->context(), m, paths));
        });
        return p;
    }
};
} // namespace

EntityPane* createDestinationCertificatesPane(const QString& id, const Clock& clock, Prompter* prompter,
                                              QWidget* parent)
{
    return DestinationCertificatesPane::create(id, clock, prompter, parent);
}

} // namespace gh
