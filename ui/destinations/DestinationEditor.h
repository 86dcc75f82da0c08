#pragma once

// The destination editor: a form for the destination's Type and Authentication showing exactly
// the properties that combination uses (DestinationSchema), required ones marked, everything
// checked as the user types, and a table for additional properties. Secrets are write-only
// password fields that say whether a value is set or missing; what is typed goes straight into
// the draft's SecretBuffers. Switching Type or Authentication hides fields without forgetting
// their values: they come back when switched back, and only what is shown is saved.

#include "app/workspace/DestinationDraft.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gh {

class DestinationEditor final : public QDialog
{
    Q_OBJECT

public:
    // The certificate names are offered for KeyStoreLocation and the like, and checked against.
    using Context = destinations::DraftContext;

    DestinationEditor(destinations::DestinationDraft draft, Context context,
                      QWidget* parent = nullptr);
    ~DestinationEditor() override;

    const destinations::DestinationDraft& draft() const { return m_draft; }
    destinations::DestinationDraft takeDraft() { return std::move(m_draft); }

    // The editor of a form field (a QLineEdit or QComboBox named "field:<key>"); null when the
    // current Type and Authentication do not show that field.
    QWidget* field(const QString& key) const;
    QStringList shownFields() const;
    QTableWidget* additionalTable() const { return m_additional; }
    QPushButton* addPropertyButton() const { return m_addProperty; }
    QPushButton* removePropertyButton() const { return m_removeProperty; }
    QPushButton* saveButton() const { return m_save; }
    // "URL: is required for NoAuthentication" …, then the warnings, each as shown.
    QStringList problemTexts() const;
    QStringList warningTexts() const;

    // Appends an additional property row (the Add button does this with empty text).
    void addProperty(const QString& key, const QString& value);

private:
    struct FieldWidgets
    {
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QAction* problem = nullptr; // the error mark inside a line edit
    };

    FieldWidgets& widgetsFor(const destinations::FieldSpec& spec);
    QWidget* makeEditor(const destinations::FieldSpec& spec);
    void relayout();
    // Tab goes down the form as it shows, then through the additional properties (key, value
    // per row), their buttons and the dialog's buttons.
    void updateTabOrder();
    void fieldEdited(const QString& key, const QString& text);
    void secretEdited(const QString& key, QLineEdit* edit);
    void additionalEdited();
    void removeProperty();
    void check();
    void showFieldProblem(const QString& key, const QString& message);
    QString secretPlaceholder(const QString& key) const;

    destinations::DestinationDraft m_draft;
    Context m_context;
    QHash<QString, FieldWidgets> m_fields;
    QStringList m_shown;
    QGroupBox* m_connectionBox;
    QFormLayout* m_connection;
    QGroupBox* m_authenticationBox;
    QFormLayout* m_authentication;
    QTableWidget* m_additional;
    QPushButton* m_addProperty;
    QPushButton* m_removeProperty;
    QListWidget* m_problems;
    QPushButton* m_save;
    QStringList m_problemTexts;
    QStringList m_warningTexts;
    bool m_relayouting = false;
};

} // namespace gh
