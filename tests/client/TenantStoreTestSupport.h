#pragma once

// What the TenantStore tests (tst_tenantstore, tst_tenantstore_damage) both need: files written
// as they are, and a new store.
#include "app/client/local/TenantStore.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace gh::test::store {

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline std::unique_ptr<TenantStore> create(const QString& path)
{
    auto store = TenantStore::open(path, TenantStore::OpenMode::CreateIfMissing);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace gh::test::store
