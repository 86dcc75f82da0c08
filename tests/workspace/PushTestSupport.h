// What the push tests print and compare of a PushSummary.
#pragma once

#include "app/domain/Types.h"
#include "app/workspace/Push.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gh::test {

// Each item's outcome, in the summary's order.
inline QList<PushItem::Outcome> outcomes(const PushSummary& s)
{
    QList<PushItem::Outcome> out;
    for (const PushItem& i : s.items)
        out.append(i.outcome);
    return out;
}

// One line per item (kind, key, action, outcome, message) and what stopped the push: for a
// failing check's message.
inline QString describe(const PushSummary& s)
{
    QStringList lines;
    for (const PushItem& i : s.items)
        lines.append(QStringLiteral("%1 %2 %3: %4 %5")
                         .arg(entityKindName(i.kind), i.key, pushActionName(i.action), pushOutcomeName(i.outcome), i.message));
    if (s.stoppedBy)
        lines.append(QStringLiteral("stopped: ") + s.stoppedBy->toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace gh::test
