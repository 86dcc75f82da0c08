#pragma once

#include "app/client/local/LocalTenant.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>

namespace gh {

// Where the demo tenant lives: $XDG_DATA_HOME/gatehouse/demo.ghtenant (~/.local/share/…).
QString defaultDemoTenantPath();

// Opens the demo tenant, creating it first if it does not exist yet (takes a second or two:
// certificates are generated). Blocking: call it from a worker thread in the GUI.
Result<std::shared_ptr<LocalTenant>> openOrCreateDemoTenant(const QString& path, const QDateTime& now);

} // namespace gh
