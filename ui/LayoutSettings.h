#pragma once

// The cockpit's layout, kept per user in the settings file (never a secret): the main window's
// geometry and its docks and tool bar ("layout/window", "layout/state"), and per pane the table's
// columns — widths, order, sort — once the user has sized one, and the table/details split
// ("layout/panes/<id>"). main_gui restores it before the window shows and saves it on quit.

class QSettings;

namespace gh {

class MainWindow;

void restoreLayout(MainWindow& window, const QSettings& settings);
void saveLayout(const MainWindow& window, QSettings& settings);

} // namespace gh
