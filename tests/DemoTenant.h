#pragma once

// A fresh demo tenant in a temporary folder, for tests of the client layer and above.

#include "TestSupport.h"
#include "app/client/local/LocalTenant.h"
#include "app/client/local/Seeder.h"

namespace gh::test {

// Creates a demo tenant file `fileName` in `dir` and returns its path (empty on failure, with a
// warning).
inline QString createDemoTenant(const QTemporaryDir& dir, const QDateTime& now = fixedNow(),
                                const QString& fileName = QStringLiteral("demo.ghtenant"))
{
    const QString path = dir.filePath(fileName);
    const Status s = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateDemo(store, now); });
    if (!s) {
        qWarning("creating the demo tenant failed: %s", qPrintable(s.error().toString()));
        return {};
    }
    return path;
}

} // namespace gh::test
