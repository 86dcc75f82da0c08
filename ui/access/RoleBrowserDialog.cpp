#include "ui/access/RoleBrowserDialog.h"
#include "ui/LineEditIcons.h"

#include "app/domain/Catalogue.h"
#include "models/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gh {

namespace {

constexpr int RoleKeyRole = Qt::UserRole + 1;
constexpr int ReferenceRole = Qt::UserRole + 2; // QStringList: appId, template, name, description
constexpr int AlreadyRole = Qt::UserRole + 3;

QStandardItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

} // namespace

RoleBrowserDialog::RoleBrowserDialog(const RoleCollection& collection,
                                     const QList<RoleTemplate>& templates,
                                     const QList<Role>& roles, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("roleBrowserDialog"));
    setWindowTitle(tr("Add Roles to %1").arg(collection.name));
    const Catalogue& catalogue = Catalogue::builtIn();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Pick the roles to add to “%1”. Each role comes from a role template of an "
           "application; the tasks are what the catalogue says the template allows.")
            .arg(collection.name),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("roleFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter roles, templates, descriptions and tasks"));
    m_filter->setAccessibleName(tr("Filter roles"));
    addSearchIcon(m_filter);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Application / role template / role"),
                                        tr("Description"), tr("Tasks")});
    QSet<QString> present;
    for (const RoleReference& r : collection.roleReferences)
        present.insert(r.roleKey());

    // Roles grouped by template, templates by application; templates without roles still show
    // (nothing to pick there, but the administrator sees why).
    QMap<QString, QList<const RoleTemplate*>> templatesByApp;
    for (const RoleTemplate& t : templates)
        templatesByApp[t.appId].append(&t);
    QHash<QString, QList<const Role*>> rolesByTemplate;
    for (const Role& r : roles)
        rolesByTemplate[r.roleTemplateAppId + QLatin1Char('/') + r.roleTemplateName].append(&r);

    for (auto app = templatesByApp.cbegin(); app != templatesByApp.cend(); ++app) {
        const CatalogueApplication* known = catalogue.application(app.key());
        const QString appDescription = known ? known->description : QString();
        QStandardItem* appItem = cell(app.key(), appDescription);
        QList<QStandardItem*> appRow{appItem, cell(appDescription, appDescription), cell({})};
        m_model->appendRow(appRow);
        for (const RoleTemplate* t : app.value()) {
            const CatalogueRoleTemplate* ct = catalogue.roleTemplate(t->appId, t->name);
            const QString description =
                !t->description.isEmpty() ? t->description : (ct ? ct->description : QString());
            QStringList taskLabels;
            for (const QString& id : catalogue.tasksOf(t->appId, t->name)) {
                const std::optional<CatalogueTask> task = catalogue.task(id);
                taskLabels.append(task ? task->label : id);
            }
            const QString tasks = taskLabels.join(QStringLiteral(", "));
            QStandardItem* templateItem = cell(t->name, description);
            appItem->appendRow({templateItem, cell(description, description), cell(tasks, tasks)});
            for (const Role* r : rolesByTemplate.value(t->key())) {
                const RoleReference ref{r->roleTemplateAppId, r->roleTemplateName, r->name,
                                        r->description};
                QStandardItem* roleItem = cell(r->name);
                roleItem->setCheckable(true);
                roleItem->setData(ref.roleKey(), RoleKeyRole);
                roleItem->setData(QStringList{ref.roleTemplateAppId, ref.roleTemplateName,
                                              ref.name, ref.description},
                                  ReferenceRole);
                const bool already = present.contains(ref.roleKey());
                roleItem->setData(already, AlreadyRole);
                roleItem->setCheckState(already ? Qt::Checked : Qt::Unchecked);
                QString roleDescription = r->description.isEmpty() ? description : r->description;
                if (already) {
                    roleItem->setEnabled(false);
                    roleItem->setToolTip(tr("Already in %1").arg(collection.name));
                    roleDescription = tr("Already in the collection. %1").arg(roleDescription);
                }
                templateItem->appendRow(
                    {roleItem, cell(roleDescription, roleDescription), cell(tasks, tasks)});
                m_roleItems.append(roleItem);
            }
        }
    }

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("roleTree"));
    m_view->setAccessibleName(tr("Roles by application and role template"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 330);
    m_view->setColumnWidth(1, 330);
    m_view->expandAll();
    layout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
        update();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("roleCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add Roles"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addRolesButton"));
    m_add->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &RoleBrowserDialog::update);
    update();
    resize(1000, 640);
    m_filter->setFocus();
}

QList<RoleReference> RoleBrowserDialog::checkedRoles() const
{
    QList<RoleReference> out;
    for (const QStandardItem* item : m_roleItems) {
        if (item->data(AlreadyRole).toBool() || item->checkState() != Qt::Checked)
            continue;
        const QStringList parts = item->data(ReferenceRole).toStringList();
        out.append(RoleReference{parts.value(0), parts.value(1), parts.value(2), parts.value(3)});
    }
    return out;
}

bool RoleBrowserDialog::setChecked(const QString& roleKey, bool checked)
{
    for (QStandardItem* item : std::as_const(m_roleItems)) {
        if (item->data(RoleKeyRole).toString() != roleKey)
            continue;
        if (item->data(AlreadyRole).toBool())
            return false;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

QStringList RoleBrowserDialog::shownRoles() const
{
    QStringList out;
    for (int a = 0; a < m_proxy->rowCount(); ++a) {
        const QModelIndex app = m_proxy->index(a, 0);
        for (int t = 0; t < m_proxy->rowCount(app); ++t) {
            const QModelIndex tmpl = m_proxy->index(t, 0, app);
            for (int r = 0; r < m_proxy->rowCount(tmpl); ++r)
                out.append(QStringList{app.data().toString(), tmpl.data().toString(),
                                       m_proxy->index(r, 0, tmpl).data().toString()}
                               .join(QStringLiteral(" / ")));
        }
    }
    return out;
}

void RoleBrowserDialog::update()
{
    const int checked = static_cast<int>(checkedRoles().size());
    m_count->setText(tr("%n role(s) to add", nullptr, checked));
    m_add->setEnabled(checked > 0);
}

} // namespace gh
