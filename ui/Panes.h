#pragma once

// The panes of the main window, each built from its model, its details view and its commands.

#include <QList>
#include <QString>

class QWidget;

namespace gh {

class Clock;
class EntityPane;
class Prompter;

enum class PaneId {
    Users,
    RoleCollections,
    IdentityProviders,
    Destinations,
    DestinationCertificates,
    Keystore,
    SecurityMaterial,
    Expiring,
    KnownHosts,
    PgpKeys
};

QList<PaneId> allPanes();
// "users", "role-collections", "identity-providers", "destinations",
// "destination-certificates", "keystore", "security-material", "expiring", "known-hosts",
// "pgp-keys"
QString paneName(PaneId pane);

EntityPane* createPane(PaneId pane, const Clock& clock, Prompter* prompter,
                       QWidget* parent = nullptr);

} // namespace gh
