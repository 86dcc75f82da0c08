#include "ui/details/IdentityProviderDetails.h"

#include "models/IdentityProvidersModel.h"


namespace gh {

IdentityProviderDetails::IdentityProviderDetails(const IdentityProvidersModel* model,
                                                 QWidget* parent)
    : DetailsView(parent), m_model(model)
{
}

QString IdentityProviderDetails::placeholderText() const
{
    return tr("Select an identity provider to see its users and the role collections that map "
              "its groups.");
}

bool IdentityProviderDetails::fill(const QString& key)
{
    const IdentityProvider* idp = m_model->entry(key);
    if (!idp)
        return false;
    DetailsForm* f = form();
    f->setHeader(idp->name.isEmpty() ? idp->originKey : idp->name,
                 IdentityProvidersModel::typeText(idp->type));
    f->addRow(tr("Origin key"), idp->originKey);
    f->addRow(tr("Type"), IdentityProvidersModel::typeText(idp->type));
    f->addRow(tr("Status"), idp->status);
    if (!idp->description.isEmpty())
        f->addRow(tr("Description"), idp->description);

    const IdentityProviderUsage usage = m_model->usage(idp->originKey);
    f->addSection(tr("Users"));
    if (!m_model->hasUsage()) {
        f->addRow(tr("Users"), tr("being counted…"));
    } else {
        QString text = tr("%n user(s)", nullptr, static_cast<int>(usage.users));
        if (usage.inactiveUsers > 0)
            text += QStringLiteral(", ") +
                    tr("%n inactive", nullptr, static_cast<int>(usage.inactiveUsers));
        f->addRow(tr("Users"), text);
        if (usage.users > 0) {
            const QString query = QStringLiteral("origin:") + idp->originKey;
            addShowUsersButton(query, tr("The users pane, searching %1").arg(query));
        }
    }

    QStringList groups;
    QStringList attributes;
    for (const auto& [collection, m] : usage.mappings) {
        if (m.isGroupMapping())
            groups.append(tr("%1 ← group %2 %3").arg(collection, m.comparisonOperator, m.attributeValue));
        else
            attributes.append(tr("%1 ← %2 %3 %4")
                                  .arg(collection, m.attributeName, m.comparisonOperator,
                                       m.attributeValue));
    }
    groups.sort(Qt::CaseInsensitive);
    attributes.sort(Qt::CaseInsensitive);
    f->addSection(tr("Role collections mapped from it (%1)").arg(usage.mappings.size()));
    f->addList(tr("Groups"), groups, tr("none"));
    if (!attributes.isEmpty())
        f->addList(tr("Attributes"), attributes, {});
    return true;
}

} // namespace gh
