#pragma once

// Which properties a destination of a given Type, ProxyType and Authentication uses, as the BTP
// cockpit's destination editor shows them (SAP_APIS.md §2.3): the editor builds its form from
// this, and everything a destination holds beyond it is an "additional property".

#include <QList>
#include <QString>
#include <QStringList>

namespace gh::destinations {

enum class FieldKind {
    Text,        // free text
    Url,         // an absolute http(s) URL (ldap(s):// for LDAP)
    Secret,      // write-only: never shown, only set or missing
    Choice,      // one of `choices`
    Flag,        // "true" or "false"
    Number,      // digits only
    Certificate, // the name of a destination certificate
};

enum class FieldGroup { Connection, Authentication };

struct FieldSpec
{
    QString key;
    FieldKind kind = FieldKind::Text;
    FieldGroup group = FieldGroup::Connection;
    bool required = false;
    QStringList choices; // Choice: the allowed values, the first the default
};

// The Authentication values a destination of `type` may have; empty when the type has no
// Authentication property (RFC, MAIL, TCP).
QStringList authenticationsFor(const QString& type);
// The ProxyType values for `type`.
QStringList proxyTypesFor(const QString& type);

// The fields of the form, in the order the editor shows them: Name, Type, Description, then the
// connection (URL, ProxyType, CloudConnectorLocationId when on premise …), then Authentication
// and the fields of that authentication. Required fields are those validateDestination requires.
QList<FieldSpec> fieldsFor(const QString& type, const QString& proxyType,
                           const QString& authentication);

// Every key any form shows, for any type or authentication: properties with these keys belong
// to a form field, the others are additional properties.
const QStringList& formKeys();
bool isFormKey(const QString& key);

} // namespace gh::destinations
