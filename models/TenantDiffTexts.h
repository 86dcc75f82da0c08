#pragma once

// The words of TenantDiffModel that are not about one row's data: the kinds' titles and why an
// item is not copied (in a sentence for the tool tip, in a few words for the Copy column). Their
// translation context is TenantDiffModel's.

#include "app/domain/Types.h"
#include "app/workspace/TenantCopy.h"

#include <QString>

namespace gh::diffTexts {

// "Destinations", "Keystore" …: a kind row's title.
QString kindTitle(EntityKind kind);
// Why Copy refuses the item, as a sentence (tool tip).
QString refusalSentence(const copying::RefusedItem& refused);
// The same in a few words, for the Copy column ("SAP-owned: stays in A").
QString refusalShort(copying::Refusal reason);

} // namespace gh::diffTexts
