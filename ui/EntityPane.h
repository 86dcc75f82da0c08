#pragma once

// One pane of the main window: a search field, the entity table (sorted and filtered by a
// SearchFilterProxy) and the selected entity's details beside it, plus the pane's commands.

#include <QIcon>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QSplitter;
class QTableView;

namespace gh {

class CommandController;
class DetailsView;
class EntityModel;
class KeyVault;
class Prompter;
class SearchFilterProxy;
class Workspace;

class EntityPane final : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `model` and `details`. `stretchColumn` gets the room left over.
    EntityPane(const QString& id, const QString& title, const QIcon& icon, EntityModel* model,
               DetailsView* details, Prompter* prompter, int stretchColumn,
               QWidget* parent = nullptr);
    ~EntityPane() override;

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QIcon icon() const { return m_icon; }

    EntityModel* model() const { return m_model; }
    SearchFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    DetailsView* details() const { return m_details; }
    CommandController* commands() const { return m_commands; }

    // The pane's own actions (Delete …), for the tool bar, the Edit menu and the context menu.
    QList<QAction*> commandActions() const { return m_commandActions; }
    // Those of them that also go on the tool bar.
    QList<QAction*> toolBarActions() const { return m_toolBarActions; }
    void addCommandAction(QAction* action, bool inToolBar = true);
    // A separator between groups of command actions (menus only).
    void addCommandSeparator();
    // Files dropped on the table go to `handler` (local paths); without one, drops are refused.
    void setFileDropHandler(std::function<void(const QStringList& paths)> handler);
    // Rows can be dragged: the selected rows' keys travel as `mimeType` (one key a line). A drag
    // starts from a selected row, so a multi-selection is dragged whole.
    void setKeyDragType(const QString& mimeType);
    QString keyDragType() const { return m_dragType; }
    // The drag data of the selected rows (null when nothing is selected or no drag type is set).
    QMimeData* selectionMimeData() const;
    // Keys of `mimeType` dropped on a row go to `handler` with that row's key.
    void setKeyDropHandler(const QString& mimeType,
                           std::function<void(const QStringList& keys, const QString& target)> handler);
    QString keyDropType() const { return m_keyDropType; }
    // Selects the entity `key` (clearing the search first when it hides it); false if absent.
    bool selectKey(const QString& key);
    // The action a double click on a row (or Return in the table) triggers, when it is enabled:
    // the pane's "open" (Edit… for destinations).
    void setActivationAction(QAction* action);
    // A row of filters between the search field and the table (takes ownership).
    void addFilterBar(QWidget* bar);

    void setWorkspace(Workspace* workspace);
    void setKeyVault(KeyVault* keyVault);
    void focusSearch();
    void setSearchText(const QString& text);
    // The details panel's width when the pane first shows (the keystore's viewer wants more).
    void setDetailsWidth(int width);
    // For the layout kept in the settings (ui/LayoutSettings): the table/details split, whether
    // the user has sized a column, and keeping restored widths instead of fitting them.
    QSplitter* splitter() const { return m_splitter; }
    bool userSizedColumns() const { return m_userSizedColumns; }
    void keepColumnWidths()
    {
        m_userSizedColumns = true;
        m_columnsFitted = true;
        m_fitPending = false;
    }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDetails();
    void updateCount();
    void fitColumns();
    void selectFirstRowIfNone();
    void showContextMenu(const QPoint& pos);
    void copySelection();
    bool filterDrag(QEvent* event);
    bool filterKeyDrop(QEvent* event);
    void startKeyDrag();

    QString m_id;
    QString m_title;
    QIcon m_icon;
    EntityModel* m_model;
    SearchFilterProxy* m_proxy;
    QLineEdit* m_search;
    QLabel* m_count;
    QAction* m_queryProblem = nullptr; // the search field's warning sign
    QTableView* m_view;
    QSplitter* m_splitter;
    DetailsView* m_details;
    CommandController* m_commands;
    QAction* m_copy;
    QAction* m_activation = nullptr;
    QList<QAction*> m_commandActions;
    QList<QAction*> m_toolBarActions;
    std::function<void(const QStringList&)> m_dropHandler;
    QString m_dragType;
    QPoint m_dragStart;
    bool m_dragCandidate = false;
    QString m_keyDropType;
    std::function<void(const QStringList&, const QString&)> m_keyDropHandler;
    int m_stretchColumn;
    bool m_columnsFitted = false;
    bool m_fitPending = false;
    bool m_fitting = false;          // our own resizing, not the user's
    bool m_userSizedColumns = false; // once the user drags a column, the widths are theirs
    bool m_firstRowSelected = false;
};

} // namespace gh
