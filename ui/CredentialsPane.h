#pragma once

#include <QString>

class QWidget;

namespace gh {

class Clock;
class EntityPane;
class Prompter;

// The Security Material pane (Panes.h registers it): user credentials, OAuth2 client credentials
// and secure parameters with New ▸ (one per kind), Edit… (also by double-click) and Delete.
EntityPane* createSecurityMaterialPane(const QString& id, const QString& title, const Clock& clock, Prompter* prompter,
                                       QWidget* parent);

} // namespace gh
