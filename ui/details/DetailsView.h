#pragma once

// The panel beside a pane's table: the selected entity's fields, read-only. Each pane has its
// own subclass; DetailsForm (below) lays the fields out the same way everywhere.

#include "app/domain/Types.h"

#include <QIcon>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QSplitter;

namespace gh {

class Workspace;

class DetailsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsForm(QWidget* parent = nullptr);

    void clear();
    void setHeader(const QString& title, const QString& subtitle = {}, const QIcon& icon = {});
    void setPlaceholder(const QString& text); // shown instead of fields when nothing is selected

    void addSection(const QString& title);
    QLabel* addRow(const QString& label, const QString& text);
    void addRow(const QString& label, QWidget* field);
    // One line per item; `empty` when there is none.
    void addList(const QString& label, const QStringList& items, const QString& empty);
    // A value with an icon in front (status, secret state), optionally coloured.
    void addIconRow(const QString& label, const QIcon& icon, const QString& text,
                    const QColor& color = {});
    // Monospace, wrapped anywhere, with a button that copies it.
    void addCopyRow(const QString& label, const QString& text);

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_placeholder;
    QWidget* m_fields;
    QFormLayout* m_form;
};

class DetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget* parent = nullptr);

    // Shows the entity with this key of the pane's model; an empty key shows the placeholder.
    void showEntry(const QString& key);
    QString currentKey() const { return m_key; }
    // Shows the current entry again (its data changed).
    void refresh() { showEntry(m_key); }
    // The pane's workspace, for views that read more than the pane's model (nullptr: none).
    virtual void setWorkspace(Workspace* workspace) { Q_UNUSED(workspace); }

Q_SIGNALS:
    // Show the users pane searching `query` ("origin:contoso-aad", "rc:\"Auditors\"").
    void showUsersRequested(const QString& query);
    // Show the entity `key` of `kind` in its own pane ("Used by" / "Refers to" links).
    void showEntityRequested(gh::EntityKind kind, const QString& key);

protected:
    DetailsForm* form() const { return m_form; }
    // A "Show These Users" button under the row above, asking for the users pane with `query`.
    void addShowUsersButton(const QString& query, const QString& toolTip);
    // Fills form() for `key`; false when the model has no such entity.
    virtual bool fill(const QString& key) = 0;
    virtual QString placeholderText() const = 0;
    // Called after the placeholder replaced the fields (nothing selected, or no such entity).
    virtual void placeholderShown() {}

    // A panel under the fields (the user's effective access …), sharing the height with them.
    void addPanel(QWidget* panel);

    void resizeEvent(QResizeEvent* event) override;

    static QString yesNo(bool value);
    static QString secretText(bool set);

private:
    DetailsForm* m_form;
    QSplitter* m_splitter;
    bool m_splitterMoved = false; // once the user moves it, the heights are theirs
    QString m_key;
};

} // namespace gh
