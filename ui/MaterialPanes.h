#pragma once

#include <QString>

class QWidget;

namespace gh {

class Clock;
class EntityPane;
class Prompter;

// The Known Hosts pane (Panes.h registers it): the tenant's known_hosts lines with Import… (also
// by dropping a file), Remove and Export….
EntityPane* createKnownHostsPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent);
// The PGP Keys pane: the keys of the tenant's public and secret keyrings with Import… (the
// keyring chosen when importing), Remove and Export Public Keyring….
EntityPane* createPgpKeysPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent);

} // namespace gh
