#pragma once

// One destination being edited: what the editor's form holds between opening and saving.
//
// Every value typed is kept, also those of a Type or Authentication not selected any more, so
// that switching back and forth loses nothing; build() takes only what the current selection
// uses, plus the additional properties. Secrets typed are held in crypto::SecretBuffers, never
// in the Destination (which only says set or missing) and never in a QString of this class; the
// caller writes them to the keychain when the edit is committed.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Destination.h"
#include "app/domain/DestinationSchema.h"
#include "app/domain/Validation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace gh::destinations {

// What a draft is checked against besides itself.
struct DraftContext
{
    QStringList takenNames; // the other destinations' names (a new one may not reuse them)
    // The tenant's destination certificates; nullopt when not known (nothing is checked then).
    std::optional<QStringList> certificateNames;
};

class DestinationDraft
{
public:
    enum class Mode { Create, Edit, Duplicate };
    enum class SecretStatus {
        Absent,  // no such secret
        Set,     // stored (in the tenant's keychain entries, or the remote tenant)
        Missing, // stripped by an export: has to be typed
        Entered, // typed in this edit: replaces what was there when saved
    };

    struct Additional
    {
        QString key;
        QString value; // always empty for a secret key: its value is entered with enterSecret
        bool operator==(const Additional&) const = default;
    };

    // A new destination of `type` (HTTP: Authentication NoAuthentication, ProxyType Internet).
    static DestinationDraft create(const QString& type = QStringLiteral("HTTP"));
    // An existing destination; its name cannot change.
    static DestinationDraft edit(const Destination& original);
    // A copy of `original` under `newName`; secrets set there are copied when it is saved.
    static DestinationDraft duplicate(const Destination& original, const QString& newName);

    DestinationDraft(DestinationDraft&&) noexcept = default;
    DestinationDraft& operator=(DestinationDraft&&) noexcept = default;

    Mode mode() const { return m_mode; }
    const Destination& original() const { return m_original; } // empty for Create

    QString type() const { return value(QStringLiteral("Type")); }
    QString proxyType() const;
    QString authentication() const;
    // The form's fields for the current Type, ProxyType and Authentication.
    QList<FieldSpec> fields() const;

    // A non-secret form value (every one ever typed, whether the form shows it now or not).
    QString value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

    SecretStatus secretStatus(const QString& key) const;
    // Takes `secret` as the new value of `key` (a form secret or a secret additional property);
    // an empty buffer takes back what was entered.
    void enterSecret(const QString& key, crypto::SecretBuffer secret);
    // The secrets typed that build() keeps, by key.
    QStringList enteredSecretKeys() const;
    const crypto::SecretBuffer* enteredSecret(const QString& key) const;
    // For a duplicate: the secrets set in the original, not typed again, that build() keeps:
    // the caller copies them in the keychain from the original's name to the new one.
    QStringList secretsToCopy() const;

    const QList<Additional>& additional() const { return m_additional; }
    void setAdditional(QList<Additional> additional);

    // The destination as it would be saved.
    Destination build() const;
    // What stops saving: validateDestination, the additional properties (empty, duplicate or
    // form keys, line breaks), a name already taken (`takenNames`, Create and Duplicate), and
    // certificates that do not exist (when `certificateNames` is known).
    Problems problems(const QStringList& takenNames,
                      const std::optional<QStringList>& certificateNames) const;
    Problems problems(const DraftContext& context) const
    {
        return problems(context.takenNames, context.certificateNames);
    }
    Problems warnings() const { return destinationWarnings(build()); }
    // True when build() differs from the original (always for Create and Duplicate).
    bool isModified() const;

private:
    DestinationDraft() = default;

    Mode m_mode = Mode::Create;
    Destination m_original;
    QHash<QString, QString> m_values;
    // Secret states as the original had them (form keys and additional keys).
    QHash<QString, Destination::SecretState> m_secretStates;
    std::map<QString, crypto::SecretBuffer> m_entered;
    QList<Additional> m_additional;
};

} // namespace gh::destinations
