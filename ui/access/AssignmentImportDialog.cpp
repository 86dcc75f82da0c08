#include "ui/access/AssignmentImportDialog.h"

#include "models/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gh {

namespace {

QIcon iconFor(access::RowOutcome outcome)
{
    switch (outcome) {
    case access::RowOutcome::Assign:
        return Icons::shipped(QStringLiteral("import-add"));
    case access::RowOutcome::Unassign:
        return Icons::shipped(QStringLiteral("import-replace"));
    case access::RowOutcome::AlreadyAssigned:
    case access::RowOutcome::NotAssigned:
    case access::RowOutcome::Skipped:
        return Icons::shipped(QStringLiteral("import-unchanged"));
    }
    return {};
}

} // namespace

AssignmentImportDialog::AssignmentImportDialog(const access::AssignmentPlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignmentImportDialog"));
    setWindowTitle(tr("Import Assignments"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(plan.summary(), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    auto* note = new QLabel(tr("Nothing has changed yet. Apply makes the assignments and "
                               "unassignments listed as one step that Undo reverts; lines with "
                               "problems are left out."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("planView"));
    m_items->setAccessibleName(tr("What the import does, line by line"));
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setHeaderLabels({tr("Line"), tr("Action"), tr("User"), tr("Identity provider"),
                              tr("Role collection"), tr("Note")});
    for (const access::AssignmentPlanItem& item : plan.items) {
        auto* row = new QTreeWidgetItem(
            m_items, {QString::number(item.line), access::rowOutcomeName(item.outcome),
                      item.userName, item.origin, item.roleCollection, item.note});
        row->setIcon(1, iconFor(item.outcome)); // the action is also in words
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_items->header()->setStretchLastSection(true);
    for (int c = 0; c < 5; ++c)
        m_items->resizeColumnToContents(c);
    layout->addWidget(m_items, 3);

    auto* problemsTitle = new QLabel(
        plan.problems.isEmpty() ? tr("No problems.")
                                : tr("%n line(s) with problems, left out:", nullptr,
                                     static_cast<int>(plan.problems.size())),
        this);
    layout->addWidget(problemsTitle);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problemView"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Where"), tr("Problem")});
    for (const Error& problem : plan.problems) {
        auto* row = new QTreeWidgetItem(m_problems, {problem.where, problem.message});
        row->setIcon(0, Icons::shipped(QStringLiteral("import-refused")));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setVisible(!plan.problems.isEmpty());
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(plan.hasChanges());
    if (!plan.hasChanges())
        m_apply->setToolTip(tr("Nothing in the file would change an assignment."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
}

QStringList AssignmentImportDialog::rowTexts() const
{
    QStringList out;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_items->topLevelItem(i);
        out.append(tr("line %1: %2 %3 %4")
                       .arg(item->text(0), item->text(1), item->text(2), item->text(4)));
    }
    return out;
}

QStringList AssignmentImportDialog::problemTexts() const
{
    QStringList out;
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_problems->topLevelItem(i);
        out.append(QString(item->text(0) + QStringLiteral(": ") + item->text(1)));
    }
    return out;
}

} // namespace gh
