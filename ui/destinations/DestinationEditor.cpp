#include "ui/destinations/DestinationEditor.h"

#include "app/secrets/Cleanse.h"
#include "ui/destinations/DestinationFieldText.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gh {

using destinations::DestinationDraft;
using destinations::FieldGroup;
using destinations::FieldKind;
using destinations::FieldSpec;

namespace {

enum AdditionalColumn { KeyColumn, ValueColumn };

QString objectNameFor(const QString& key)
{
    return QStringLiteral("field:") + key;
}

QLineEdit* cellEdit(QTableWidget* table, int row, int column)
{
    return qobject_cast<QLineEdit*>(table->cellWidget(row, column));
}

} // namespace

DestinationEditor::DestinationEditor(DestinationDraft draft, Context context, QWidget* parent)
    : QDialog(parent), m_draft(std::move(draft)), m_context(std::move(context))
{
    setObjectName(QStringLiteral("destinationEditor"));
    const QString name = m_draft.original().name();
    switch (m_draft.mode()) {
    case DestinationDraft::Mode::Create:
        setWindowTitle(tr("New Destination"));
        break;
    case DestinationDraft::Mode::Edit:
        setWindowTitle(tr("Edit Destination “%1”").arg(name));
        break;
    case DestinationDraft::Mode::Duplicate:
        setWindowTitle(tr("Duplicate Destination “%1”").arg(name));
        break;
    }

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Fields marked * are required. Secrets are never shown: type one "
                                "to set or replace it. Nothing reaches the tenant until the "
                                "pending changes are pushed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Destination properties"));
    // Its fields take the focus (and scroll it into view), not the area itself.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    m_connectionBox = new QGroupBox(tr("Connection"), content);
    m_connection = new QFormLayout(m_connectionBox);
    m_authenticationBox = new QGroupBox(tr("Authentication"), content);
    m_authentication = new QFormLayout(m_authenticationBox);
    for (QFormLayout* form : {m_connection, m_authentication})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addWidget(m_connectionBox);
    contentLayout->addWidget(m_authenticationBox);

    auto* additionalBox = new QGroupBox(tr("Additional Properties"), content);
    auto* additionalLayout = new QVBoxLayout(additionalBox);
    m_additional = new QTableWidget(0, 2, additionalBox);
    m_additional->setObjectName(QStringLiteral("additionalProperties"));
    m_additional->setAccessibleName(tr("Additional properties"));
    m_additional->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_additional->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_additional->verticalHeader()->hide();
    m_additional->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_additional->setMinimumHeight(120);
    // Each cell is a line edit of its own; Tab goes from one to the next and out of the table
    // (the table's own Tab navigation wraps around, a trap for the keyboard).
    m_additional->setTabKeyNavigation(false);
    additionalLayout->addWidget(m_additional);
    auto* additionalButtons = new QHBoxLayout;
    m_addProperty = new QPushButton(tr("&Add Property"), additionalBox);
    m_addProperty->setObjectName(QStringLiteral("addProperty"));
    m_removeProperty = new QPushButton(tr("&Remove Property"), additionalBox);
    m_removeProperty->setObjectName(QStringLiteral("removeProperty"));
    additionalButtons->addWidget(m_addProperty);
    additionalButtons->addWidget(m_removeProperty);
    additionalButtons->addStretch();
    additionalLayout->addLayout(additionalButtons);
    contentLayout->addWidget(additionalBox);
    contentLayout->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);
    m_problems->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    if (m_draft.mode() == DestinationDraft::Mode::Create)
        m_save->setText(tr("Create"));
    else if (m_draft.mode() == DestinationDraft::Mode::Duplicate)
        m_save->setText(tr("Create Copy"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addProperty, &QPushButton::clicked, this, [this] {
        addProperty({}, {});
        if (QLineEdit* key = cellEdit(m_additional, m_additional->rowCount() - 1, KeyColumn))
            key->setFocus();
    });
    connect(m_removeProperty, &QPushButton::clicked, this, &DestinationEditor::removeProperty);

    const QList<DestinationDraft::Additional> additional = m_draft.additional(); // each row resets it
    for (const DestinationDraft::Additional& a : additional)
        addProperty(a.key, a.value);
    relayout();
    if (!m_shown.isEmpty()) // the form's first field has the focus when the editor opens
        m_fields.value(m_shown.first()).editor->setFocus(Qt::OtherFocusReason);
    resize(660, 760);
}

DestinationEditor::~DestinationEditor() = default;

QWidget* DestinationEditor::field(const QString& key) const
{
    if (!m_shown.contains(key))
        return nullptr;
    return m_fields.value(key).editor;
}

QStringList DestinationEditor::shownFields() const
{
    return m_shown;
}

QStringList DestinationEditor::problemTexts() const
{
    return m_problemTexts;
}

QStringList DestinationEditor::warningTexts() const
{
    return m_warningTexts;
}

QString DestinationEditor::secretPlaceholder(const QString& key) const
{
    switch (m_draft.secretStatus(key)) {
    case DestinationDraft::SecretStatus::Set:
        return tr("set — type to replace");
    case DestinationDraft::SecretStatus::Missing:
        return tr("missing (removed on export) — type it");
    case DestinationDraft::SecretStatus::Absent:
    case DestinationDraft::SecretStatus::Entered:
        break;
    }
    return tr("not set");
}

QWidget* DestinationEditor::makeEditor(const FieldSpec& spec)
{
    const QString key = spec.key;
    QWidget* editor = nullptr;
    switch (spec.kind) {
    case FieldKind::Choice:
    case FieldKind::Flag: {
        auto* combo = new QComboBox(this);
        if (spec.kind == FieldKind::Flag)
            combo->addItem(tr("not set"), QString());
        for (const QString& choice : spec.choices)
            combo->addItem(choice, choice);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
            fieldEdited(key, combo->currentData().toString());
        });
        editor = combo;
        break;
    }
    case FieldKind::Certificate: {
        auto* combo = new QComboBox(this);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (m_context.certificateNames)
            combo->addItems(*m_context.certificateNames);
        combo->setCurrentIndex(-1);
        connect(combo, &QComboBox::currentTextChanged, this,
                [this, key](const QString& text) { fieldEdited(key, text.trimmed()); });
        editor = combo;
        break;
    }
    case FieldKind::Secret: {
        auto* edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(secretPlaceholder(key));
        connect(edit, &QLineEdit::textEdited, this, [this, key, edit] { secretEdited(key, edit); });
        editor = edit;
        break;
    }
    case FieldKind::Text:
    case FieldKind::Url:
    case FieldKind::Number: {
        auto* edit = new QLineEdit(this);
        if (spec.kind == FieldKind::Url)
            edit->setPlaceholderText(QStringLiteral("https://…"));
        if (spec.kind == FieldKind::Number)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
        if (key == QLatin1String("Name") && m_draft.mode() == DestinationDraft::Mode::Edit)
            edit->setReadOnly(true);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) { fieldEdited(key, text); });
        editor = edit;
        break;
    }
    }
    editor->setObjectName(objectNameFor(key));
    return editor;
}

DestinationEditor::FieldWidgets& DestinationEditor::widgetsFor(const FieldSpec& spec)
{
    auto it = m_fields.find(spec.key);
    if (it != m_fields.end())
        return *it;
    FieldWidgets w;
    w.editor = makeEditor(spec);
    w.label = new QLabel(this);
    w.label->setBuddy(w.editor);
    QString tip = spec.key;
    if (const QString help = DestinationFieldText::help(spec.key); !help.isEmpty())
        tip += QStringLiteral("\n") + help;
    w.label->setToolTip(tip);
    w.editor->setToolTip(tip);
    if (auto* edit = qobject_cast<QLineEdit*>(w.editor)) {
        w.problem = edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                    QLineEdit::TrailingPosition);
        w.problem->setText(tr("Problem")); // its tool tip says which
        w.problem->setVisible(false);
    }
    return *m_fields.insert(spec.key, w);
}

void DestinationEditor::relayout()
{
    m_relayouting = true;
    for (QFormLayout* form : {m_connection, m_authentication}) {
        while (form->rowCount() > 0) {
            const QFormLayout::TakeRowResult row = form->takeRow(0);
            for (QLayoutItem* item : {row.labelItem, row.fieldItem}) {
                if (!item)
                    continue;
                if (QWidget* w = item->widget())
                    w->hide();
                delete item;
            }
        }
    }
    m_shown.clear();
    for (const FieldSpec& spec : m_draft.fields()) {
        FieldWidgets& w = widgetsFor(spec);
        const QString label = DestinationFieldText::label(spec.key);
        w.label->setText((spec.required ? tr("%1 *") : QStringLiteral("%1")).arg(label) + QLatin1Char(':'));
        w.editor->setAccessibleName(spec.required ? tr("%1 (required)").arg(label) : label);
        // The value as the draft has it (typed earlier, or the original's).
        if (auto* combo = qobject_cast<QComboBox*>(w.editor)) {
            QString value = m_draft.value(spec.key);
            if (spec.key == QLatin1String("Type"))
                value = m_draft.type();
            else if (spec.key == QLatin1String("Authentication"))
                value = m_draft.authentication();
            else if (spec.key == QLatin1String("ProxyType"))
                value = m_draft.proxyType();
            if (spec.kind == FieldKind::Certificate) {
                combo->setEditText(value);
            } else {
                int index = combo->findData(value);
                if (index < 0 && !value.isEmpty()) { // a value SAP knows and we do not: keep it
                    combo->addItem(value, value);
                    index = combo->count() - 1;
                }
                combo->setCurrentIndex(std::max(index, 0));
            }
        } else if (auto* edit = qobject_cast<QLineEdit*>(w.editor)) {
            if (spec.kind == FieldKind::Secret)
                edit->setPlaceholderText(secretPlaceholder(spec.key));
            else if (edit->text() != m_draft.value(spec.key))
                edit->setText(m_draft.value(spec.key));
        }
        QFormLayout* form = spec.group == FieldGroup::Connection ? m_connection : m_authentication;
        form->addRow(w.label, w.editor);
        w.label->show();
        w.editor->show();
        m_shown.append(spec.key);
    }
    m_authenticationBox->setVisible(m_authentication->rowCount() > 0);
    m_relayouting = false;
    updateTabOrder();
    check();
}

void DestinationEditor::updateTabOrder()
{
    QList<QWidget*> order;
    for (const QString& key : std::as_const(m_shown))
        order.append(m_fields.value(key).editor);
    order.append(m_additional);
    for (int row = 0; row < m_additional->rowCount(); ++row)
        for (int column : {KeyColumn, ValueColumn})
            if (QWidget* cell = m_additional->cellWidget(row, column))
                order.append(cell);
    order.append(m_addProperty);
    order.append(m_removeProperty);
    if (auto* box = m_save->parentWidget())
        for (QAbstractButton* button : box->findChildren<QAbstractButton*>())
            order.append(button);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void DestinationEditor::fieldEdited(const QString& key, const QString& text)
{
    if (m_relayouting)
        return;
    m_draft.setValue(key, text);
    // These decide which fields the form shows.
    if (key == QLatin1String("Type") || key == QLatin1String("Authentication") || key == QLatin1String("ProxyType")) {
        // Relaid out once control is back in the event loop: the combo box that changed is
        // taken out of its form and put back.
        QMetaObject::invokeMethod(this, &DestinationEditor::relayout, Qt::QueuedConnection);
        return;
    }
    check();
}

void DestinationEditor::secretEdited(const QString& key, QLineEdit* edit)
{
    QByteArray utf8 = edit->text().toUtf8();
    m_draft.enterSecret(key, crypto::SecretBuffer(QByteArrayView(utf8)));
    cleanse(utf8);
    check();
}

void DestinationEditor::addProperty(const QString& key, const QString& value)
{
    const int row = m_additional->rowCount();
    m_additional->insertRow(row);
    auto* keyEdit = new QLineEdit(key, m_additional);
    keyEdit->setObjectName(QStringLiteral("additionalKey%1").arg(row));
    keyEdit->setAccessibleName(tr("Property name, row %1").arg(row + 1));
    keyEdit->setFrame(false);
    auto* valueEdit = new QLineEdit(value, m_additional);
    valueEdit->setObjectName(QStringLiteral("additionalValue%1").arg(row));
    valueEdit->setAccessibleName(tr("Property value, row %1").arg(row + 1));
    valueEdit->setFrame(false);
    m_additional->setCellWidget(row, KeyColumn, keyEdit);
    m_additional->setCellWidget(row, ValueColumn, valueEdit);
    updateTabOrder();
    connect(keyEdit, &QLineEdit::textEdited, this, &DestinationEditor::additionalEdited);
    connect(valueEdit, &QLineEdit::textEdited, this, &DestinationEditor::additionalEdited);
    additionalEdited();
}

void DestinationEditor::removeProperty()
{
    int row = m_additional->currentRow();
    // The row whose editor has the focus, when the table's current row lags behind.
    for (int r = 0; r < m_additional->rowCount(); ++r)
        for (int c : {KeyColumn, ValueColumn})
            if (QWidget* w = m_additional->cellWidget(r, c); w && w->hasFocus())
                row = r;
    if (row < 0 && m_additional->rowCount() > 0)
        row = m_additional->rowCount() - 1;
    if (row < 0)
        return;
    if (QLineEdit* value = cellEdit(m_additional, row, ValueColumn))
        value->clear();
    m_additional->removeRow(row);
    additionalEdited();
}

void DestinationEditor::additionalEdited()
{
    QList<DestinationDraft::Additional> additional;
    for (int row = 0; row < m_additional->rowCount(); ++row) {
        QLineEdit* keyEdit = cellEdit(m_additional, row, KeyColumn);
        QLineEdit* valueEdit = cellEdit(m_additional, row, ValueColumn);
        if (!keyEdit || !valueEdit)
            continue;
        const QString key = keyEdit->text().trimmed();
        const bool secret = Destination::isSecretKey(key);
        valueEdit->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
        if (secret) {
            valueEdit->setPlaceholderText(secretPlaceholder(key));
            QByteArray utf8 = valueEdit->text().toUtf8();
            m_draft.enterSecret(key, crypto::SecretBuffer(QByteArrayView(utf8)));
            cleanse(utf8);
            additional.append({keyEdit->text(), QString()});
        } else {
            valueEdit->setPlaceholderText(QString());
            additional.append({keyEdit->text(), valueEdit->text()});
        }
    }
    m_draft.setAdditional(std::move(additional));
    m_removeProperty->setEnabled(m_additional->rowCount() > 0);
    check();
}

void DestinationEditor::showFieldProblem(const QString& key, const QString& message)
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.cend())
        return;
    if (it->problem) {
        it->problem->setVisible(!message.isEmpty());
        it->problem->setToolTip(message);
    }
    QString description = key;
    if (!message.isEmpty())
        description += QStringLiteral(": ") + message;
    it->editor->setAccessibleDescription(description);
}

void DestinationEditor::check()
{
    if (m_relayouting)
        return;
    const Problems problems = m_draft.problems(m_context);
    const Problems warnings = m_draft.warnings();
    QHash<QString, QString> byField;
    for (const Error& e : problems)
        if (!byField.contains(e.field))
            byField.insert(e.field, e.message);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        showFieldProblem(it.key(), byField.value(it.key()));

    // Not colour alone: each line says "Error" or "Warning", with its icon.
    m_problems->clear();
    m_problemTexts.clear();
    m_warningTexts.clear();
    const auto line = [](const Error& e) -> QString { return e.field + QStringLiteral(": ") + e.message; };
    for (const Error& e : problems) {
        m_problemTexts.append(line(e));
        m_problems->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                                tr("Error — %1").arg(line(e))));
    }
    for (const Error& e : warnings) {
        m_warningTexts.append(line(e));
        m_problems->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                                tr("Warning — %1").arg(line(e))));
    }
    m_problems->setVisible(m_problems->count() > 0);
    const bool modified = m_draft.isModified();
    m_save->setEnabled(problems.isEmpty() && modified);
    m_save->setToolTip(!problems.isEmpty() ? tr("Fix the errors listed first")
                       : modified          ? QString()
                                           : tr("Nothing has changed"));
}

} // namespace gh
