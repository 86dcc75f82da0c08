#pragma once

// What an administrator does to Cloud Integration's user credentials, OAuth2 client credentials
// and secure parameters (issues 6 and 7), as workspace changes: create, edit, delete. Pure
// functions like KeystoreActions: they read the credentials as listed and return gh::Change lists
// for Workspace::apply, so each is one undoable, journaled step.
//
// A credential's secret (Password, ClientSecret, SecureParam) is write-only: the stored form says
// only whether one is set. The value typed goes to the keychain through CredentialSecrets, under
// `secretKey`, before the step is applied, and waits there until a push sends it.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Change.h"

#include <QList>
#include <QString>

#include <variant>

namespace gh::credentials {

// One credential of any of the three kinds.
using Credential = std::variant<UserCredential, OAuth2ClientCredential, SecureParameter>;

// What the cockpit's credential dialog edits: the credential and the secret typed (empty: none,
// an edit keeps the one set).
struct Draft
{
    Credential credential;
    bool isNew = true;
    crypto::SecretBuffer secret;
};

// Whether `kind` is one of the three.
bool isCredentialKind(EntityKind kind);
// The secret's property on the wire: Password, ClientSecret, SecureParam.
QString secretField(EntityKind kind);
// How people call the secret of that kind: "password", "client secret", "value".
QString secretLabel(EntityKind kind);
// "tenant/<tenantId>/user-credential/<name>/Password" (oauth2-client-credential, secure-parameter):
// where the secret typed for a credential waits for the push.
QString secretKey(const QString& tenantId, EntityKind kind, const QString& name);

EntityKind kindOf(const Credential& credential);
QString nameOf(const Credential& credential);
bool secretSetOf(const Credential& credential);
void setSecretSet(Credential& credential, bool set);
// "user credential 'X'" for messages.
QString labelOf(EntityKind kind, const QString& name);

// The credentials of the tenant as listed, all three kinds.
struct Existing
{
    QList<UserCredential> userCredentials;
    QList<OAuth2ClientCredential> oauth2ClientCredentials;
    QList<SecureParameter> secureParameters;

    // The credential of that kind and name, or nullopt.
    std::optional<Credential> find(EntityKind kind, const QString& name) const;
    // The kind of any credential of that name (names are unique across the three kinds, as in
    // Cloud Integration's security material), or nullopt.
    std::optional<EntityKind> kindNamed(const QString& name) const;
};

// The first problem of `credential` as a Validation error naming the field ("Name",
// "TokenServiceUrl", "CompanyId" …) and the credential; success when there is none.
Status validate(const Credential& credential);

// A new credential; its secret is marked set when one was typed (`secretEntered`). Refused
// (Validation) naming the field; Conflict when any credential has that name.
Result<Change> create(Credential credential, bool secretEntered, const Existing& existing);
// `after` replaces the credential of its kind and name; the secret stays as it was unless one
// was typed. The name and the kind cannot change (Validation); NotFound when it is not there;
// Validation "nothing to change" when nothing changed and no secret was typed. A secret alone is
// still a change (its stored form the same before and after), so that the journal holds it and a
// push sends the new value.
Result<Change> edit(Credential after, bool secretEntered, const Existing& existing);
// Deletes the credential (its keychain secret is kept, so that undo finds it). NotFound naming it.
Result<Change> removal(EntityKind kind, const QString& name, const Existing& existing);

// "Create user credential 'X'", "Edit …", "Delete …": the step's description.
QString stepDescription(const Change& change);

} // namespace gh::credentials
