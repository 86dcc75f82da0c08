#pragma once

// Walks a widget tree for the controls a screen reader cannot name: every focusable or
// interactive widget (buttons, line edits, combo boxes, item views, spin boxes, text edits, tab
// bars, sliders, anything that takes focus with Tab) whose accessible interface has an empty
// QAccessible::Name. Qt derives a name from accessibleName, a buddy label or a button's text; a
// line edit with only a placeholder has none. Hidden widgets are skipped (nobody can reach them),
// and so are the parts Qt composes itself (a combo box's or spin box's line edit, item views'
// headers, scroll bars, a tool bar's overflow button).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace gh::test {

inline bool isControl(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w))
        return false;
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
        qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w) ||
        qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTabBar*>(w) ||
        qobject_cast<const QAbstractSlider*>(w))
        return true;
    // Anything else a user reaches with Tab (labels that select text by keyboard are named by
    // their text, so they pass).
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Parts of a composite widget that Qt names or hides from assistive technology through its parent.
inline bool isComposedPart(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    if (qobject_cast<const QLineEdit*>(w) &&
        (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)))
        return true;
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w))
        return true;
    const QByteArray cls = w->metaObject()->className();
    // The tool bar's overflow button, the combo box's popup list and a dock's title buttons.
    if (cls == "QToolBarExtension" || cls == "QComboBoxListView" || cls == "QComboBoxPrivateContainer" ||
        cls == "QDockWidgetTitleButton")
        return true;
    return false;
}

inline QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Something to find the widget by in a failure message.
inline QString describeWidget(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (name.isEmpty() ? QString() : QLatin1Char('#') + name));
        if (p->isWindow())
            break;
    }
    QString hint;
    if (const auto* edit = qobject_cast<const QLineEdit*>(w); edit && !edit->placeholderText().isEmpty())
        hint = QStringLiteral(" placeholder=\"%1\"").arg(edit->placeholderText());
    if (!w->toolTip().isEmpty())
        hint += QStringLiteral(" toolTip=\"%1\"").arg(w->toolTip().left(60));
    return path.join(QLatin1Char('/')) + hint;
}

// The interactive widgets under `root` (itself included) that are visible to it and unnamed.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        if (w != root && w->isWindow() && !w->isVisible())
            continue; // a child window (dialog, popup) not shown now: walked on its own
        if (!isControl(w) || isComposedPart(w))
            continue;
        if (accessibleName(w).isEmpty())
            found.append(describeWidget(w));
    }
    return found;
}

} // namespace gh::test
