#pragma once

// How the destination editor names SAP's property keys for people ("tokenServiceURL" → "Token
// Service URL"), as the BTP cockpit does; the key itself stays visible in the tool tip.

#include <QCoreApplication>
#include <QString>

namespace gh {

class DestinationFieldText
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationFieldText)

public:
    // The label of a form field; the key itself for keys without one.
    static QString label(const QString& key);
    // A line of help for fields whose value is not obvious; empty for the others.
    static QString help(const QString& key);
};

} // namespace gh
