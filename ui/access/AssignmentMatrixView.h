#pragma once

// Users × role collections as a table of check boxes (AssignmentMatrixModel through a
// SearchFilterProxy, with a search field): a click toggles one cell, Space toggles the selected
// cells together as one undoable step. Collections held through an identity provider group show
// partially checked and are not changed here.

#include <QWidget>

#include <optional>

class QIdentityProxyModel;
class QLabel;
class QLineEdit;
class QTableView;

namespace gh {

class AssignmentMatrixModel;
class Clock;
class Prompter;
class SearchFilterProxy;
class Workspace;

class AssignmentMatrixView final : public QWidget
{
    Q_OBJECT

public:
    AssignmentMatrixView(const Clock& clock, Prompter* prompter, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

    AssignmentMatrixModel* model() const { return m_model; }
    SearchFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    // A cell of model() as the view shows it, and back.
    QModelIndex viewIndex(const QModelIndex& cell) const;
    QModelIndex modelIndex(const QModelIndex& shown) const;

    // Scrolls to the cell of `userId` and `collection` and makes it current (either may be
    // empty: the row or the column only). Before the rows are loaded, once they are.
    void reveal(const QString& userId, const QString& collection);

    // Toggles the selected collection cells as one step: when any of them is not assigned
    // directly, all are assigned; otherwise all are unassigned. False if nothing changes.
    bool toggleSelection();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void rememberSelection();
    void restoreSelection();
    bool applyReveal();

    AssignmentMatrixModel* m_model;
    SearchFilterProxy* m_proxy;
    QIdentityProxyModel* m_frozen; // the user names as row headers: they stay when scrolling
    Prompter* m_prompter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_view;
    bool m_fitted = false;
    // A reload resets the model: the selected cells (user id, collection) and the current one
    // are put back afterwards, so that Space can toggle the same cells again.
    QList<QPair<QString, QString>> m_selected;
    QPair<QString, QString> m_current;
    std::optional<QPair<QString, QString>> m_reveal; // waiting for the rows
};

} // namespace gh
