#include "ui/LineEditIcons.h"

#include "models/Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace gh {

QAction* addSearchIcon(QLineEdit* edit)
{
    QAction* icon = edit->addAction(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("search")),
                                    QLineEdit::LeadingPosition);
    icon->setText(QCoreApplication::translate("gh::LineEditIcons", "Search"));
    return icon;
}

} // namespace gh
