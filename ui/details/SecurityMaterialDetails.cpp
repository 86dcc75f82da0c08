#include "ui/details/SecurityMaterialDetails.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/SecurityMaterialModel.h"

namespace gh {

SecurityMaterialDetails::SecurityMaterialDetails(const SecurityMaterialModel* model,
                                                 QWidget* parent)
    : DetailsView(parent), m_model(model)
{
}

QString SecurityMaterialDetails::placeholderText() const
{
    return tr("Select a credential or secure parameter to see its details.");
}

bool SecurityMaterialDetails::fill(const QString& key)
{
    const SecurityMaterialItem* item = m_model->entry(key);
    if (!item)
        return false;
    DetailsForm* f = form();
    f->setHeader(item->name(), SecurityMaterialModel::kindText(item->kind()));
    if (!item->description().isEmpty())
        f->addRow(tr("Description"), item->description());
    const auto secretRow = [f, this](const QString& label, bool set) {
        f->addIconRow(label, set ? Icons::secretSet() : Icons::secretMissing(), secretText(set));
    };
    if (const auto* c = std::get_if<UserCredential>(&item->value)) {
        f->addRow(tr("Type"), c->kind);
        f->addRow(tr("User"), c->user);
        if (!c->companyId.isEmpty())
            f->addRow(tr("Company ID"), c->companyId);
        secretRow(tr("Password"), c->passwordSet);
    } else if (const auto* o = std::get_if<OAuth2ClientCredential>(&item->value)) {
        f->addRow(tr("Token service URL"), o->tokenServiceUrl);
        f->addRow(tr("Client ID"), o->clientId);
        secretRow(tr("Client secret"), o->clientSecretSet);
        f->addRow(tr("Client authentication"), o->clientAuthentication);
        if (!o->scope.isEmpty())
            f->addRow(tr("Scope"), tr("%1 (%2)").arg(o->scope, o->scopeContentType));
        if (!o->resource.isEmpty())
            f->addRow(tr("Resource"), o->resource);
        if (!o->audience.isEmpty())
            f->addRow(tr("Audience"), o->audience);
        QStringList params;
        for (const CustomParameter& p : o->customParameters)
            params.append(tr("%1 = %2 (in %3)").arg(p.key, p.value, p.sendAsPartOf));
        if (!params.isEmpty())
            f->addList(tr("Custom parameters"), params, {});
    } else if (const auto* p = std::get_if<SecureParameter>(&item->value)) {
        secretRow(tr("Value"), p->secureParamSet);
    }
    f->addSection(tr("Deployment"));
    f->addRow(tr("Deployed by"), item->deployedBy());
    f->addRow(tr("Deployed on"), format::dateTime(item->deployedOn()));
    return true;
}

} // namespace gh
