#pragma once

// The Expiring pane (issue 7; Panes.h registers it): every certificate of the keystore's chains
// and of the destination certificates, soonest first, with status as text, icon and colour
// against a threshold the user sets ("Warn N days before", kept in the settings given). A row
// opens its entry in its own pane (double click, Return, "Show in Its Pane").

#include "ui/Panes.h"

#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace gh {

class Clock;
class EntityPane;
class Prompter;

EntityPane* createExpiringPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent);

// Where the pane keeps its threshold (key "expiring/warnDays"; not owned, must outlive the pane):
// read now, written on every change. Null: not kept. No-op for a pane that is not the Expiring one.
void setExpiringSettings(EntityPane* pane, QSettings* settings);
constexpr const char* kExpiringWarnDaysKey = "expiring/warnDays";

// What opens an item in its own pane: shows the pane `target` and selects `key` there; false when
// it is not there. Without one, "Show in Its Pane" stays disabled.
using ExpiringNavigator = std::function<bool(PaneId target, const QString& key)>;
void setExpiringNavigator(EntityPane* pane, ExpiringNavigator navigator);

} // namespace gh
