#pragma once

// TenantCopy's planners for security material (keystore entries, known hosts, PGP keys,
// destination certificates) and credentials (TenantCopyCredentials.cpp); used by planCopy only.

#include "app/workspace/TenantCopy.h"

namespace gh::copying::detail {

void planKeystoreEntry(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                       const QString& fromName, CopyPlan& plan);
void planKnownHost(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                   const QString& fromName, CopyPlan& plan);
void planPgpKey(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                const QString& fromName, CopyPlan& plan);
void planDestinationCertificate(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                                const QString& fromName, CopyPlan& plan);
// A user credential, OAuth2 client credential or secure parameter (by item.kind).
void planCredential(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                    const QString& fromName, CopyPlan& plan);

} // namespace gh::copying::detail
