#include "ui/details/UserDetails.h"

#include "models/Format.h"
#include "models/UsersModel.h"

namespace gh {

UserDetails::UserDetails(const UsersModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model)
{
}

QString UserDetails::placeholderText() const
{
    return tr("Select a user to see its details.");
}

bool UserDetails::fill(const QString& key)
{
    const User* user = m_model->entry(key);
    if (!user)
        return false;
    DetailsForm* f = form();
    f->setHeader(user->displayName(), user->userName);
    f->addRow(tr("User name"), user->userName);
    QStringList mails;
    for (const Email& e : user->emails)
        mails.append(e.primary && user->emails.size() > 1 ? tr("%1 (primary)").arg(e.value)
                                                          : e.value);
    f->addList(tr("Email"), mails, tr("none"));
    f->addRow(tr("Identity provider"), user->origin);
    f->addRow(tr("Given name"), user->givenName);
    f->addRow(tr("Family name"), user->familyName);
    f->addRow(tr("Active"), yesNo(user->active));
    f->addRow(tr("Verified"), yesNo(user->verified));
    f->addRow(tr("Last logon"),
              user->lastLogonTime.isValid() ? format::dateTime(user->lastLogonTime) : tr("never"));
    f->addRow(tr("Created"), format::dateTime(user->created));
    f->addRow(tr("Last modified"), format::dateTime(user->lastModified));

    f->addSection(tr("Access"));
    f->addList(tr("Role collections"), user->roleCollections, tr("none assigned directly"));
    f->addList(tr("Identity provider groups"), user->idpGroups, tr("none asserted"));

    f->addSection(tr("Identifiers"));
    f->addRow(tr("ID"), user->id);
    if (!user->zoneId.isEmpty())
        f->addRow(tr("Zone"), user->zoneId);
    return true;
}

} // namespace gh
