#pragma once

// Tenant ▸ Conflicts: the replica's push conflicts (resource, key, when found) and, for the
// selected one, its base, mine and theirs field by field in a table whose last column says in
// words (and an icon) which fields differ. Keep Mine and Take Theirs end it through
// resolveConflict (SyncSession::resolve); the list follows the session's conflicts.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace gh {

class SyncSession;

class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(SyncSession& session, QWidget* parent = nullptr);

    QTreeWidget* conflictList() const { return m_list; }
    QTableWidget* fieldTable() const { return m_fields; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QLabel* messageLabel() const { return m_message; }
    // Selects the conflict of (resource name, key); false when there is none.
    bool select(const QString& kindName, const QString& key);
    // The field rows shown: "field | base | mine | theirs | status".
    QStringList fieldRows() const;

private:
    void rebuild();
    void showSelected();
    void resolveSelected(bool keepMine);

    SyncSession& m_session;
    QTreeWidget* m_list = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QString m_lastResult; // what the last Keep Mine / Take Theirs did
    bool m_busy = false;
};

} // namespace gh
