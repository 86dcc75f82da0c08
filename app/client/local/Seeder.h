#pragma once

#include "app/client/local/TenantStore.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace gh {

// Sizes of a synthetic tenant for benchmarks and tests ("users=100000,destinations=500").
struct ScaleSpec
{
    int users = 0;
    int roleCollections = 0;
    int destinations = 0;
    int keystore = 0;

    static Result<ScaleSpec> parse(const QString& text);
};

// Fills an empty tenant. Certificates are made with OpenSSL at this moment, with dates relative
// to `now`, so the demo never goes stale: one SAP-owned key pair, a three-level tenant chain,
// trusted roots, one certificate already expired and one expiring within 14 days.
class Seeder
{
public:
    static Status populateDemo(TenantStore& store, const QDateTime& now);
    static Status populateScale(TenantStore& store, const ScaleSpec& spec, const QDateTime& now);

    // Creates a complete tenant file at `path`: written under a temporary name and renamed when
    // complete, so that a crash never leaves half a tenant. Refuses to replace an existing file.
    static Status createTenantFile(const QString& path, const std::function<Status(TenantStore&)>& populate);
};

} // namespace gh
