#pragma once

// Icons of models and views: the desktop's icon theme first, then the SVG shipped in
// resources/icons (drawn by Qt's SVG icon engine from libqt6svg6). Status icons always come with
// a text and a state colour; they are never the only signal.

#include "app/domain/Expiry.h"

#include <QIcon>
#include <QString>

namespace gh::Icons {

// `themeName` from the desktop's icon theme, else ":/gatehouse/icons/<resourceName>.svg".
QIcon themed(const QString& themeName, const QString& resourceName);
// The shipped icon only (":/gatehouse/icons/<resourceName>.svg"); null if it does not exist.
QIcon shipped(const QString& resourceName);

QIcon forStatus(ExpiryStatus status);
QIcon readOnly();
QIcon secretSet();
QIcon secretMissing();
QIcon application();

} // namespace gh::Icons
