#pragma once

// The users of a local tenant with their role collections: the listing behind the users pane,
// which opens on 100,000 of them. See UserListing.cpp for how it is read.

#include "app/client/TenantClient.h"
#include "app/client/local/TenantStore.h"

namespace gh::local {

// Every user of the page, in key (id) order, with the role collections assigned to each.
Result<QList<User>> listUsers(TenantStore& store, PageRequest page);

// Fills each user's role collections from the assignments' keys (for users read some other way
// than listUsers: a single get). Any order of users.
Status assignCollections(TenantStore& store, QList<User>& users);

} // namespace gh::local
