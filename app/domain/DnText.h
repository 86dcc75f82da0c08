#pragma once

#include <QString>

namespace gh {

// The common name of a distinguished name as RFC 4514/2253 text, wherever the CN stands
// ("O=Test,CN=Hand Partner" → "Hand Partner"; escapes such as "\," undone); the whole DN when it
// has no CN. For lists and tables: the crypto layer parses DNs properly.
QString dnCommonName(const QString& dn);

} // namespace gh
