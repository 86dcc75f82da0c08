#include "ui/details/RoleCollectionDetails.h"

#include "app/domain/Catalogue.h"
#include "models/Icons.h"
#include "app/workspace/WhereUsed.h"
#include "models/RoleCollectionsModel.h"
#include "ui/details/WhereUsedPanel.h"

namespace gh {

RoleCollectionDetails::RoleCollectionDetails(const RoleCollectionsModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model), m_whereUsed(new WhereUsedPanel)
{
    addPanel(m_whereUsed);
    connect(m_whereUsed, &WhereUsedPanel::indexUpdated, this, &DetailsView::refresh);
    connect(m_whereUsed, &WhereUsedPanel::showEntityRequested, this, &DetailsView::showEntityRequested);
}

void RoleCollectionDetails::setWorkspace(Workspace* workspace)
{
    m_whereUsed->setWorkspace(workspace);
}

void RoleCollectionDetails::placeholderShown()
{
    m_whereUsed->setMessage(QString());
}

void RoleCollectionDetails::fillWhereUsed(const RoleCollection& rc)
{
    const whereused::WhereUsedIndex* index = m_whereUsed->index();
    if (!index) {
        const QString problem = m_whereUsed->problem();
        m_whereUsed->setMessage(problem.isEmpty() ? tr("Looking for the collections that share these roles…")
                                                  : tr("Cannot tell which collections hold these roles: %1").arg(problem));
        return;
    }
    QList<WhereUsedLink> roles;
    int missing = 0;
    for (const whereused::Referent& r : index->referentsOfCollection(rc.name)) {
        QStringList others = index->collectionsWithRole(r.value);
        others.removeAll(rc.name);
        const QString name = r.value.section(QLatin1Char('/'), 2, -1);
        const QString detail = others.isEmpty() ? tr("only in this collection")
                                                : tr("also in %1").arg(others.join(QStringLiteral(", ")));
        missing += r.exists ? 0 : 1;
        // No pane lists roles: the items are not links.
        roles.append({EntityKind::Role, QString(), name, detail, r.exists});
    }
    QString summary = tr("Holds %n role(s).", nullptr, int(roles.size()));
    if (missing > 0)
        summary += QLatin1Char(' ') + tr("Not in this tenant: %1.").arg(missing);
    m_whereUsed->setItem(rc.name, tr("role collection"), {}, roles, summary);
}

QString RoleCollectionDetails::placeholderText() const
{
    return tr("Select a role collection to see its roles, users and group mappings.");
}

bool RoleCollectionDetails::fill(const QString& key)
{
    const RoleCollection* rc = m_model->entry(key);
    if (!rc)
        return false;
    DetailsForm* f = form();
    f->setHeader(rc->name, rc->description, rc->isReadOnly ? Icons::readOnly() : QIcon());
    if (rc->isReadOnly)
        f->addIconRow(tr("Read-only"), Icons::readOnly(),
                      tr("Yes: predefined by SAP, it cannot be changed or deleted"));
    else
        f->addRow(tr("Read-only"), tr("No"));

    for (const QString& warning : Catalogue::builtIn().warningsFor(rc->name))
        f->addIconRow(tr("Note"), Icons::forStatus(ExpiryStatus::Expiring), warning);

    QStringList roles;
    for (const RoleReference& r : rc->roleReferences)
        roles.append(
            tr("%1 (template %2 of %3)").arg(r.name, r.roleTemplateName, r.roleTemplateAppId));
    f->addSection(tr("Roles (%1)").arg(rc->roleReferences.size()));
    f->addList(tr("Roles"), roles, tr("none"));

    QStringList users;
    for (const UserReference& u : rc->userReferences)
        users.append(u.origin.isEmpty()
                         ? u.username
                         : tr("%1 (%2)").arg(u.username.isEmpty() ? u.id : u.username, u.origin));
    users.sort(Qt::CaseInsensitive);
    f->addSection(tr("Users assigned directly (%1)").arg(rc->userReferences.size()));
    f->addList(tr("Users"), users, tr("none"));
    if (!users.isEmpty()) {
        const QString query = QStringLiteral("rc:\"") + rc->name + QLatin1Char('"');
        addShowUsersButton(query, tr("The users pane, searching %1").arg(query));
    }

    QStringList groups;
    for (const AttributeMapping& m : rc->groupReferences())
        groups.append(RoleCollectionsModel::groupMappingText(m));
    QStringList other;
    for (const AttributeMapping& m : rc->attributeMappings) {
        if (!m.isGroupMapping())
            other.append(
                tr("%1: %2 %3 %4")
                    .arg(m.idpId, m.attributeName, m.comparisonOperator, m.attributeValue));
    }
    f->addSection(tr("Identity provider mappings"));
    f->addList(tr("Groups"), groups, tr("none"));
    if (!other.isEmpty())
        f->addList(tr("Attributes"), other, {});
    fillWhereUsed(*rc);
    return true;
}

} // namespace gh
