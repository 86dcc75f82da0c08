#include "ui/remote/ConflictsDialog.h"

#include "models/FutureWatch.h"
#include "ui/remote/SyncSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace gh {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

// A key as people read it ("collection\nuser" of an assignment: "collection / user").
QString keyText(const QString& key)
{
    return QString(key).replace(QLatin1Char('\n'), QStringLiteral(" / "));
}

} // namespace

ConflictsDialog::ConflictsDialog(SyncSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    auto* intro = new QLabel(tr("The remote tenant changed these after your pending changes were made (a push or a "
                                "pull found it), so those changes wait here. Keep Mine sends your version over theirs at the next push; Take "
                                "Theirs discards your changes of it."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Resource"), tr("Key"), tr("Found")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setAccessibleName(tr("Fields: base, mine and theirs"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Base (last pull)"), tr("Mine"), tr("Theirs"), tr("Status")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setWordWrap(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setAccessibleName(tr("Keep Mine"));
    m_keepMine->setToolTip(tr("Keep your pending changes; the next push sends them over the remote's version"));
    m_takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setAccessibleName(tr("Take Theirs"));
    m_takeTheirs->setToolTip(tr("Discard your pending changes of this item and take the remote's version"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::showSelected);
    connect(&m_session, &SyncSession::changed, this, &ConflictsDialog::rebuild);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 560);
    rebuild();
}

void ConflictsDialog::rebuild()
{
    const QString kind = m_list->currentItem() ? m_list->currentItem()->data(0, KindRole).toString() : QString();
    const QString key = m_list->currentItem() ? m_list->currentItem()->data(0, KeyRole).toString() : QString();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Conflict& c : m_session.conflicts()) {
        auto* item = new QTreeWidgetItem(m_list, {SyncSession::kindTitle(c.kind), keyText(c.key),
                                                  QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(0, KindRole, entityKindName(c.kind));
        item->setData(0, KeyRole, c.key);
    }
    if (!select(kind, key) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

bool ConflictsDialog::select(const QString& kindName, const QString& key)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, KindRole).toString() == kindName && item->data(0, KeyRole).toString() == key) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ConflictsDialog::showSelected()
{
    m_fields->setRowCount(0);
    const QTreeWidgetItem* current = m_list->currentItem();
    const Conflict* conflict = nullptr;
    if (current)
        for (const Conflict& c : m_session.conflicts())
            if (entityKindName(c.kind) == current->data(0, KindRole).toString() && c.key == current->data(0, KeyRole).toString())
                conflict = &c;
    m_keepMine->setEnabled(conflict && !m_busy);
    m_takeTheirs->setEnabled(conflict && !m_busy);
    if (!conflict) {
        if (m_session.conflicts().isEmpty())
            m_message->setText(m_lastResult.isEmpty() ? tr("No conflicts.") : m_lastResult + QLatin1Char(' ') + tr("No conflicts left."));
        return;
    }
    std::set<QString> names;
    for (const auto* form : {&conflict->base, &conflict->mine, &conflict->theirs})
        if (*form)
            for (auto it = (*form)->begin(); it != (*form)->end(); ++it)
                names.insert(it.key());
    const QString absent = tr("(absent)");
    const auto cell = [&](const std::optional<QJsonObject>& form, const QString& name) {
        if (!form)
            return tr("(deleted)");
        return form->contains(name) ? valueText(form->value(name)) : absent;
    };
    const QIcon differs = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Differing fields first: they are what the choice is about.
    QList<QStringList> rows;
    for (const QString& name : names) {
        const QStringList r{name, cell(conflict->base, name), cell(conflict->mine, name), cell(conflict->theirs, name)};
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QStringList& a, const QStringList& b) { return (a[2] != a[3]) > (b[2] != b[3]); });
    m_fields->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList& r = rows.at(row);
        const bool differ = r[2] != r[3];
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(r[c]);
            item->setToolTip(r[c]);
            if (differ && c > 0) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_fields->setItem(row, c, item);
        }
        QString status;
        if (differ)
            status = r[1] == r[2] ? tr("Changed on the remote") : r[1] == r[3] ? tr("Changed here") : tr("Changed on both");
        else
            status = tr("Same");
        auto* statusItem = new QTableWidgetItem(status);
        if (differ)
            statusItem->setIcon(differs);
        m_fields->setItem(row, 4, statusItem);
    }
    m_fields->resizeColumnsToContents();
    for (int c = 1; c < 4; ++c)
        m_fields->setColumnWidth(c, std::min(m_fields->columnWidth(c), 240));
    if (!conflict->theirs)
        m_message->setText(tr("The remote tenant deleted this %1.").arg(entityKindText(conflict->kind)));
    else if (!conflict->mine)
        m_message->setText(tr("You deleted this %1; the remote tenant changed it.").arg(entityKindText(conflict->kind)));
    else
        m_message->setText(tr("%n field(s) differ between mine and theirs.", nullptr,
                              int(std::count_if(rows.begin(), rows.end(), [](const QStringList& r) { return r[2] != r[3]; }))));
}

QStringList ConflictsDialog::fieldRows() const
{
    QStringList out;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_fields->columnCount(); ++c)
            cells.append(m_fields->item(row, c) ? m_fields->item(row, c)->text() : QString());
        out.append(cells.join(QStringLiteral(" | ")));
    }
    return out;
}

void ConflictsDialog::resolveSelected(bool keepMine)
{
    const QTreeWidgetItem* current = m_list->currentItem();
    if (!current || m_busy)
        return;
    const auto kind = entityKindFromName(current->data(0, KindRole).toString());
    if (!kind)
        return;
    const QString key = current->data(0, KeyRole).toString();
    m_busy = true;
    showSelected();
    whenFinished(m_session.resolve(*kind, key, keepMine ? Resolution::KeepMine : Resolution::TakeTheirs), this,
                 [this, keepMine, key](const Status& status) {
                     m_busy = false;
                     showSelected();
                     m_lastResult = !status ? tr("Not resolved: %1").arg(status.error().toString())
                         : keepMine        ? tr("Kept yours for %1: the next push sends it.").arg(keyText(key))
                                           : tr("Took theirs for %1: your changes of it are discarded.").arg(keyText(key));
                     m_message->setText(m_lastResult);
                 });
}

} // namespace gh
