#pragma once

// What an import would do, before it does it: one row per item (action as text and icon, alias,
// type, subject, valid until, source, note), the sources that could not be read with their
// cause, the plan's summary line, and an Import button that is disabled when there is nothing to
// add or replace.

#include "app/workspace/DestinationFiles.h"
#include "app/workspace/KeystoreActions.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gh {

class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Columns {
        ActionColumn,
        AliasColumn,
        TypeColumn,
        SubjectColumn,
        ValidUntilColumn,
        SourceColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ImportSummaryDialog(const keystore::ImportPlan& plan, QWidget* parent = nullptr);
    // Destination files: Action, Name, Type, Authentication, URL, Source, Note (the missing
    // secrets, or why an item is refused); every problem with its file and line. When some are
    // refused, the button says that only the valid ones are imported.
    ImportSummaryDialog(const destinations::ImportPlan& plan, const QString& title, QWidget* parent = nullptr);
    ~ImportSummaryDialog() override;

    // "Add", "Replace", "Unchanged", "Refused".
    static QString actionText(keystore::ImportAction action);
    static QIcon actionIcon(keystore::ImportAction action);

    QTableWidget* table() const { return m_table; }
    QListWidget* problems() const { return m_problems; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    // Each row's cells joined by " | ", top to bottom (for tests and accessibility checks).
    QStringList rowTexts() const;
    // Each problem's line ("file: cause").
    QStringList problemTexts() const;

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Row
    {
        keystore::ImportAction action;
        QStringList cells;    // after the action, one per column
        QStringList toolTips; // the same, or empty for the cell's text
    };
    void setUp(const QString& intro, const QStringList& headers, const QList<Row>& rows,
               const QList<Error>& problems, const QString& problemsTitle, const QString& summary,
               bool hasChanges, const QString& importText);

    QElapsedTimer m_shown; // Enter right after the dialog appears is not a decision
    QTableWidget* m_table;
    QListWidget* m_problems;
    QLabel* m_problemsTitle;
    QLabel* m_summary;
    QPushButton* m_import;
};

} // namespace gh
