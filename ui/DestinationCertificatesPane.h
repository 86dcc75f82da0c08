#pragma once

#include <QString>

class QWidget;

namespace gh {

class Clock;
class EntityPane;
class Prompter;

// The destination certificates pane (Panes.h registers it): the model, the details with the
// "used by" list and the certificate viewer, Import… (also by dropping files) and Delete.
EntityPane* createDestinationCertificatesPane(const QString& id, const Clock& clock, Prompter* prompter,
                                              QWidget* parent);

} // namespace gh
