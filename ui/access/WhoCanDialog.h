#pragma once

// "Who can…": pick a task of the catalogue (searchable by label and description) and see everyone
// who can perform it, one row per path (user, identity provider, role collection and how it is
// held, role), with a count line. Double-clicking a row asks to show that user. The access comes
// from an AccessIndexSource (the users pane's), so the answer follows every edit.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace gh {

class AccessIndexSource;
class Prompter;
class WhoCanModel;

class WhoCanDialog final : public QDialog
{
    Q_OBJECT

public:
    WhoCanDialog(AccessIndexSource* access, Prompter* prompter, QWidget* parent = nullptr);

    // Selects the task `taskId`; false if the catalogue has no such task (or the filter hides it).
    bool selectTask(const QString& taskId);
    QString currentTask() const;

    QLineEdit* taskFilter() const { return m_filter; }
    QListView* taskList() const { return m_tasks; }
    QTableView* resultView() const { return m_view; }
    WhoCanModel* resultModel() const { return m_result; }
    QLabel* countLabel() const { return m_count; }

Q_SIGNALS:
    // A row was double-clicked (or Enter pressed on it): show this user.
    void userActivated(const QString& userId);

private:
    void showTask();
    void updateCount();
    void exportCsv();

    AccessIndexSource* m_access;
    Prompter* m_prompter;
    QStandardItemModel* m_taskModel;
    QSortFilterProxyModel* m_taskProxy;
    QLineEdit* m_filter;
    QListView* m_tasks;
    QLabel* m_title;
    QLabel* m_count;
    WhoCanModel* m_result;
    QSortFilterProxyModel* m_resultProxy;
    QTableView* m_view;
};

} // namespace gh
