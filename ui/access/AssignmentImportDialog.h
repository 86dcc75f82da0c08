#pragma once

// What a CSV import of assignments would do, before anything changes: one row per line of the
// file (line, what happens, user, identity provider, role collection, note), the problems with
// file:line, and a summary. "Apply" applies only the valid part; it is disabled when nothing
// would change.

#include "app/workspace/AccessCsv.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gh {

class AssignmentImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AssignmentImportDialog(const access::AssignmentPlan& plan, QWidget* parent = nullptr);

    QStringList rowTexts() const;     // "line 3: assign anna@… PI_Read_Only", in order
    QStringList problemTexts() const; // "users.csv:7: …"
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* applyButton() const { return m_apply; }

private:
    QTreeWidget* m_items;
    QTreeWidget* m_problems;
    QLabel* m_summary;
    QPushButton* m_apply;
};

} // namespace gh
