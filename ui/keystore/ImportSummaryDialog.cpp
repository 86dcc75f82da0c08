#include "ui/keystore/ImportSummaryDialog.h"

#include "models/Format.h"
#include "models/KeystoreModel.h"
#include "models/Icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gh {

namespace {

// A file path shows as its name (the full path in the tool tip); "clipboard" stays as it is.
QString shortSource(const QString& source)
{
    const QFileInfo info(source);
    return info.isAbsolute() ? info.fileName() : source;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const keystore::ImportPlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import into the keystore"));
    QList<Row> rows;
    for (const keystore::ImportItem& item : plan.items)
        rows.append({item.action,
                     {item.entry.alias, KeystoreModel::typeText(item.entry.type), format::commonName(item.entry.subjectDN),
                      format::date(item.entry.validNotAfter), shortSource(item.source), item.note},
                     {{}, {}, item.entry.subjectDN, format::dateTime(item.entry.validNotAfter),
                      item.source, {}}});
    setUp(plan.items.isEmpty() ? tr("Nothing in these files can be imported.") : QString(),
          {tr("Action"), tr("Alias"), tr("Type"), tr("Subject"), tr("Valid until"), tr("Source"), tr("Note")},
          rows, plan.problems,
          plan.problems.size() == 1 ? tr("This source could not be read:")
                                    : tr("These %1 sources could not be read:").arg(plan.problems.size()),
          plan.summary(), plan.hasChanges(), tr("&Import"));
}

ImportSummaryDialog::ImportSummaryDialog(const destinations::ImportPlan& plan, const QString& title,
                                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(title);
    QList<Row> rows;
    for (const destinations::ImportItem& item : plan.items) {
        QString note;
        if (!item.problems.isEmpty())
            note = item.problems.first().message;
        else if (!item.missingSecrets.isEmpty())
            note = tr("secret missing: %1 (asked for next)").arg(item.missingSecrets.join(QStringLiteral(", ")));
        else if (!item.secrets.isEmpty())
            note = tr("carries secrets, kept in the keychain");
        const Destination& d = item.destination;
        rows.append({static_cast<keystore::ImportAction>(item.action),
                     {d.name(), d.type(), d.authentication(), d.url(), shortSource(item.source), note},
                     {{}, {}, {}, {}, item.source, {}}});
    }
    const bool refused = plan.count(destinations::ImportAction::Refused) > 0 || !plan.problems.isEmpty();
    setUp(plan.items.isEmpty() ? tr("Nothing in these files can be imported.") : QString(),
          {tr("Action"), tr("Name"), tr("Type"), tr("Authentication"), tr("URL"), tr("Source"), tr("Note")},
          rows, plan.allProblems(), tr("Problems, each with its file and line:"), plan.summary(), plan.hasChanges(),
          refused ? tr("&Import the Valid Ones") : tr("&Import"));
}

void ImportSummaryDialog::setUp(const QString& intro, const QStringList& headers, const QList<Row>& rows,
                                const QList<Error>& problems, const QString& problemsTitle,
                                const QString& summary, bool hasChanges, const QString& importText)
{
    auto* introLabel =
        new QLabel(!intro.isEmpty() ? intro
                                    : tr("Check what the import does. Nothing changes until you choose Import; "
                                         "afterwards, Undo takes it back."),
                   this);
    introLabel->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), this);
    m_table->setObjectName(QStringLiteral("importItems"));
    m_table->setAccessibleName(tr("Entries to import"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        const Row& r = rows.at(row);
        auto* action = cell(actionText(r.action));
        action->setIcon(actionIcon(r.action));
        m_table->setItem(row, 0, action);
        for (int c = 0; c < r.cells.size() && c + 1 < headers.size(); ++c)
            m_table->setItem(row, c + 1, cell(r.cells.at(c), r.toolTips.value(c)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 260));
    m_table->setCurrentCell(-1, -1); // no focus frame on a cell: the table is for reading
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // As tall as its rows (up to a dozen; it scrolls beyond), so a short import stays compact.
    const int shownRows = std::clamp(static_cast<int>(rows.size()), 2, 12);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              shownRows * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 4);

    m_problemsTitle = new QLabel(problemsTitle, this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Files that could not be read"));
    const QIcon problemIcon = actionIcon(keystore::ImportAction::Refused);
    for (const Error& problem : problems) {
        const QString where =
            problem.where.isEmpty() ? tr("(unknown source)") : shortSource(problem.where);
        const QString what = problem.field.isEmpty() ? problem.message
                                                     : problem.field + QStringLiteral(" ") + problem.message;
        auto* item = new QListWidgetItem(problemIcon, tr("%1: %2").arg(where, what), m_problems);
        item->setToolTip(problem.toString());
    }
    m_problems->setMaximumHeight(
        std::clamp(static_cast<int>(problems.size()), 1, 8) * (fontMetrics().height() + 8) + 8);
    m_problemsTitle->setVisible(!problems.isEmpty());
    m_problems->setVisible(!problems.isEmpty());

    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(importText, QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(hasChanges);
    m_import->setDefault(hasChanges);
    if (!hasChanges)
        m_import->setToolTip(tr("There is nothing to add or replace."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(std::clamp(sizeHint().width(), 980, 1400), std::min(sizeHint().height(), 720));
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

void ImportSummaryDialog::showEvent(QShowEvent* event)
{
    m_shown.start();
    QDialog::showEvent(event);
}

void ImportSummaryDialog::keyPressEvent(QKeyEvent* event)
{
    // The Enter that closed the password dialog before this one (held down, or still on its
    // way) must not import unseen: only a fresh Enter, once the summary could be read, does.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->isAutoRepeat() || !m_shown.isValid() || m_shown.elapsed() < 1000)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString ImportSummaryDialog::actionText(keystore::ImportAction action)
{
    switch (action) {
    case keystore::ImportAction::Add:
        return tr("Add");
    case keystore::ImportAction::Replace:
        return tr("Replace");
    case keystore::ImportAction::Unchanged:
        return tr("Unchanged");
    case keystore::ImportAction::Refused:
        return tr("Refused");
    }
    return {};
}

QIcon ImportSummaryDialog::actionIcon(keystore::ImportAction action)
{
    switch (action) {
    case keystore::ImportAction::Add:
        return Icons::shipped(QStringLiteral("import-add"));
    case keystore::ImportAction::Replace:
        return Icons::shipped(QStringLiteral("import-replace"));
    case keystore::ImportAction::Unchanged:
        return Icons::shipped(QStringLiteral("import-unchanged"));
    case keystore::ImportAction::Refused:
        return Icons::shipped(QStringLiteral("import-refused"));
    }
    return {};
}

QStringList ImportSummaryDialog::rowTexts() const
{
    QStringList rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells.append(m_table->item(row, c) ? m_table->item(row, c)->text() : QString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

QStringList ImportSummaryDialog::problemTexts() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out.append(m_problems->item(i)->text());
    return out;
}

} // namespace gh
