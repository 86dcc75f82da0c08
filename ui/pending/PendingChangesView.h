#pragma once

// The Pending changes pane (a dock of the main window): every change in the workspace journal
// not yet pushed, step by step, for review. Selecting a change shows its diff property by
// property (before → after); Discard (Del) takes the selected changes or steps back one by one,
// newest first, after a confirmation. Undo and Redo are the main window's actions, shown here
// too so that the review and its corrections happen in one place.

#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace gh {

class PendingChangesModel;
class Prompter;
class Workspace;

class PendingChangesView final : public QWidget
{
    Q_OBJECT

public:
    PendingChangesView(Prompter* prompter, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The main window's undo and redo, shown as buttons under the list.
    void setUndoRedo(QAction* undo, QAction* redo);
    // Names assignment users by id (the users pane's model knows them).
    void setUserNames(std::function<QString(const QString& userId)> userName);

    PendingChangesModel* model() const { return m_model; }
    QTreeView* changesView() const { return m_view; }
    QTreeWidget* diffView() const { return m_diff; }
    QAction* discardAction() const { return m_discard; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isDiscarding() const { return m_discarding; }

    // Discards what is selected (asks first); what Del and the Discard button do.
    void discardSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void onLoaded();
    void showDiff();
    void updateActions();
    void discardNext(QList<qint64> seqs, int done);

    Prompter* m_prompter;
    Workspace* m_workspace = nullptr;
    PendingChangesModel* m_model;
    QLabel* m_summary;
    QTreeView* m_view;
    QTreeWidget* m_diff;
    QAction* m_discard;
    QToolButton* m_discardButton;
    QHBoxLayout* m_buttons; // Undo, Redo (when given), Discard
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    bool m_discarding = false;
};

} // namespace gh
