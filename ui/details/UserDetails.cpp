#include "ui/details/UserDetails.h"

#include "models/AccessTreeModel.h"
#include "models/Format.h"
#include "models/Icons.h"
#include "models/UsersModel.h"
#include "ui/access/AccessIndexSource.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gh {

namespace {

// Adds icons to the access tree: a warning sign in front of collections SAP warns about (their
// description says "Warning: …" in text too), the collection and role icons elsewhere.
class AccessTreeDecorations final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AccessTreeModel::NameColumn) {
            if (index.data(AccessTreeModel::WarningRole).toBool())
                return Icons::forStatus(ExpiryStatus::Expiring);
            const auto level =
                static_cast<AccessTreeModel::Level>(index.data(AccessTreeModel::LevelRole).toInt());
            if (level == AccessTreeModel::Level::Collection)
                return Icons::shipped(QStringLiteral("role-collections"));
            return {};
        }
        if (role == Qt::DecorationRole && index.column() == AccessTreeModel::DescriptionColumn &&
            index.siblingAtColumn(0).data(AccessTreeModel::WarningRole).toBool())
            return Icons::forStatus(ExpiryStatus::Expiring);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

UserDetails::UserDetails(const UsersModel* model, AccessIndexSource* access, QWidget* parent)
    : DetailsView(parent), m_model(model), m_access(access ? access : new AccessIndexSource(this))
{
    m_accessModel = new AccessTreeModel(this);
    m_decorated = new AccessTreeDecorations(this);
    m_decorated->setSourceModel(m_accessModel);

    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("accessPanel"));
    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(9, 4, 9, 4);
    auto* title = new QLabel(tr("Effective access"), m_panel);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_accessState = new QLabel(m_panel);
    m_accessState->setObjectName(QStringLiteral("accessState"));
    m_accessState->setWordWrap(true);
    m_accessState->setForegroundRole(QPalette::PlaceholderText);
    m_tree = new QTreeView(m_panel);
    m_tree->setObjectName(QStringLiteral("accessTree"));
    m_tree->setAccessibleName(tr("Effective access"));
    m_tree->setAccessibleDescription(
        tr("The role collections the user holds and how, their roles and the tasks they allow"));
    m_tree->setModel(m_decorated);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setDefaultSectionSize(170);
    m_tree->setMinimumHeight(160);
    layout->addWidget(title);
    layout->addWidget(m_accessState);
    layout->addWidget(m_tree, 1);
    addPanel(m_panel);
    m_panel->hide();

    connect(m_access, &AccessIndexSource::indexChanged, this, [this] { refresh(); });
    connect(m_access, &AccessIndexSource::buildFailed, this, [this](const QString& message) {
        m_accessState->setText(tr("Could not work out the access: %1").arg(message));
        m_accessState->show();
    });
}

void UserDetails::setWorkspace(Workspace* workspace)
{
    m_access->setWorkspace(workspace);
}

QString UserDetails::placeholderText() const
{
    return tr("Select a user to see its details.");
}

void UserDetails::placeholderShown()
{
    m_accessModel->clear();
    m_panel->hide();
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
    if (const auto index = m_access->index(); index && index->user(user->id)) {
        for (const QString& warning : index->warningsFor(*index->user(user->id)))
            f->addIconRow(tr("Warning"), Icons::forStatus(ExpiryStatus::Expiring), warning);
    }
    f->addList(tr("Role collections"), user->roleCollections, tr("none assigned directly"));
    f->addList(tr("Identity provider groups"), user->idpGroups, tr("none asserted"));

    f->addSection(tr("Identifiers"));
    f->addRow(tr("ID"), user->id);
    if (!user->zoneId.isEmpty())
        f->addRow(tr("Zone"), user->zoneId);
    showAccess(user->id);
    return true;
}

void UserDetails::showAccess(const QString& userId)
{
    m_panel->show();
    const std::shared_ptr<const AccessIndex> index = m_access->index();
    if (!index || !index->user(userId)) {
        m_accessModel->clear();
        m_accessState->setText(m_access->workspace() ? tr("Working out the access…")
                                                     : tr("No tenant is open."));
        m_accessState->show();
        return;
    }
    const bool sameUser = m_accessModel->userId() == userId;
    m_accessModel->setUser(index, userId);
    const int collections = m_accessModel->rowCount();
    const int tasks = static_cast<int>(index->tasksOf(*index->user(userId)).size());
    m_accessState->setText(collections == 0
                               ? tr("This user holds no role collection.")
                               : QString(tr("%n role collection(s)", nullptr, collections) +
                                         QStringLiteral(", ") +
                                         tr("%n task(s) of the catalogue", nullptr, tasks)));
    m_accessState->show();
    m_tree->expandToDepth(0);
    if (!sameUser) {
        // Names get what they need, but leave room for how each collection is obtained.
        m_tree->resizeColumnToContents(AccessTreeModel::NameColumn);
        const int room = m_tree->viewport()->width();
        if (room > 200)
            m_tree->setColumnWidth(AccessTreeModel::NameColumn,
                                   std::min(m_tree->columnWidth(AccessTreeModel::NameColumn),
                                            room * 11 / 20));
        m_tree->resizeColumnToContents(AccessTreeModel::ObtainedColumn);
    }
}

} // namespace gh
