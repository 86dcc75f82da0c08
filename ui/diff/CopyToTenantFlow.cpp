#include "ui/diff/CopyToTenantFlow.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/SecretStore.h"
#include "app/workspace/CopyMaterial.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"
#include "ui/commands/Command.h"

namespace gh {

using copying::CopyAction;
using copying::SecretToCopy;

namespace {

QString actionText(CopyAction action)
{
    switch (action) {
    case CopyAction::Add:
        return CopyToTenantFlow::tr("add");
    case CopyAction::Replace:
        return CopyToTenantFlow::tr("replace B's");
    case CopyAction::Unchanged:
        break;
    }
    return CopyToTenantFlow::tr("unchanged, B has the same");
}

QString kindText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::RoleCollection:
        return CopyToTenantFlow::tr("Role collection");
    case EntityKind::KeystoreEntry:
        return CopyToTenantFlow::tr("Keystore entry");
    case EntityKind::KnownHost:
        return CopyToTenantFlow::tr("Known host");
    case EntityKind::PgpKey:
        return CopyToTenantFlow::tr("PGP key");
    case EntityKind::DestinationCertificate:
        return CopyToTenantFlow::tr("Destination certificate");
    case EntityKind::UserCredential:
        return CopyToTenantFlow::tr("User credential");
    case EntityKind::OAuth2ClientCredential:
        return CopyToTenantFlow::tr("OAuth2 client credential");
    case EntityKind::SecureParameter:
        return CopyToTenantFlow::tr("Secure parameter");
    default:
        break;
    }
    return CopyToTenantFlow::tr("Destination");
}

// "'X'" for a destination's secret, "user credential 'X'" for a credential's.
QString ownerText(const SecretToCopy& s)
{
    if (s.kind == EntityKind::Destination)
        return quoted(s.destination);
    return CopyToTenantFlow::tr("%1 %2").arg(kindText(s.kind), quoted(s.destination));
}

// The property of a destination's secret; "password", "client secret", "value" of a credential's.
QString secretText(const SecretToCopy& s)
{
    switch (s.kind) {
    case EntityKind::UserCredential:
        return CopyToTenantFlow::tr("password");
    case EntityKind::OAuth2ClientCredential:
        return CopyToTenantFlow::tr("client secret");
    case EntityKind::SecureParameter:
        return CopyToTenantFlow::tr("value");
    default:
        break;
    }
    return s.key;
}

} // namespace

CopyToTenantFlow::CopyToTenantFlow(copying::CopyPlan plan, const Context& context, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_context(context), m_target(context.target)
{
}

CopyToTenantFlow::~CopyToTenantFlow() = default;

void CopyToTenantFlow::start()
{
    if (!m_target || !m_context.prompter) {
        end(false, tr("The other tenant is closed: nothing was copied."), true);
        return;
    }
    QStringList lines;
    for (const copying::PlannedCopy& p : std::as_const(m_plan.items))
        lines.append(tr("• %1 %2: %3")
                         .arg(kindText(p.item.kind), quoted(p.item.name), actionText(p.action)));
    const QString text =
        tr("Copy into the pending changes of %1 (nothing is pushed; review and undo there):\n%2")
            .arg(m_target->displayName(), lines.join(QLatin1Char('\n')));
    if (!m_context.prompter->confirm(m_context.parentWidget,
                                     tr("Copy to %1").arg(m_target->displayName()), text,
                                     tr("Copy"))) {
        end(false, tr("Nothing was copied."));
        return;
    }
    readSecret(0);
}

void CopyToTenantFlow::readSecret(int index)
{
    if (m_ended)
        return;
    if (index >= m_plan.secrets.size()) {
        askForUnread();
        return;
    }
    SecretStore* store = m_context.keyVault ? m_context.keyVault->secretStore() : nullptr;
    if (!store) {
        m_unread.append(index);
        readSecret(index + 1);
        return;
    }
    const SecretToCopy& secret = m_plan.secrets.at(index);
    whenFinished(store->read(copying::secretKeyOf(m_context.sourceId, secret)),
                 this, [this, index](Result<QByteArray> value) {
                     const SecretToCopy& s = m_plan.secrets.at(index);
                     if (value) {
                         m_values.append({s, std::make_shared<const crypto::SecretBuffer>(
                                                 QByteArrayView(*value))});
                         secureZero(*value);
                     } else if (value.error().kind == Error::Kind::NotFound ||
                                value.error().kind == Error::Kind::Cancelled) {
                         m_unread.append(index);
                     } else {
                         end(false,
                             tr("The %1 of %2 could not be read from the keychain, so nothing was "
                                "copied: %3")
                                 .arg(secretText(s), ownerText(s), value.error().toString()),
                             true);
                         return;
                     }
                     readSecret(index + 1);
                 });
}

void CopyToTenantFlow::askForUnread()
{
    for (int index : std::as_const(m_unread)) {
        const SecretToCopy& s = m_plan.secrets.at(index);
        if (s.targetHasIt)
            continue; // B keeps its own value
        std::optional<crypto::SecretBuffer> typed = m_context.prompter->password(
            m_context.parentWidget, tr("Secret needed"),
            tr("%1 has its %2 set in %3, but its value cannot be read back here. Type it to copy "
               "it into the "
               "keychain for %4, or cancel to copy nothing.")
                .arg(ownerText(s), secretText(s), m_context.sourceName,
                     m_target ? m_target->displayName() : QString()),
            false);
        if (!typed || typed->isEmpty()) {
            end(false, tr("Nothing was copied: the %1 of %2 was not given.")
                           .arg(secretText(s), ownerText(s)));
            return;
        }
        m_values.append({s, std::make_shared<const crypto::SecretBuffer>(std::move(*typed))});
    }
    writeSecrets();
}

void CopyToTenantFlow::writeSecrets()
{
    if (m_values.isEmpty()) {
        carryMaterial();
        return;
    }
    SecretStore* store = m_context.keyVault ? m_context.keyVault->secretStore() : nullptr;
    if (!store || !m_target) {
        end(false,
            tr("The keychain is not available, so the secrets cannot be kept: nothing was copied."),
            true);
        return;
    }
    whenFinished(copying::keepSecrets(*store, m_target->tenant()->id(), m_values), this, [this](const Status& written) {
        m_values.clear(); // the buffers cleanse themselves
        if (!written) {
            end(false,
                tr("The secrets could not be kept, so nothing was copied: %1")
                    .arg(written.error().toString()),
                true);
            return;
        }
        carryMaterial();
    });
}

void CopyToTenantFlow::carryMaterial()
{
    if (!m_plan.hasMaterial()) {
        apply();
        return;
    }
    SecretStore* store = m_context.keyVault ? m_context.keyVault->secretStore() : nullptr;
    if (!store || !m_target) {
        end(false,
            tr("The keychain is not available, so private keys, secret keyrings and keystore "
               "files cannot be copied: nothing was copied."),
            true);
        return;
    }
    whenFinished(copying::carryMaterial(*store, m_context.sourceId, m_target->tenant()->id(),
                                        m_plan),
                 this, [this](const Status& carried) {
                     if (!carried) {
                         end(false,
                             tr("Nothing was copied: %1").arg(carried.error().toString()), true);
                         return;
                     }
                     apply();
                 });
}

void CopyToTenantFlow::apply()
{
    if (!m_target) {
        end(false, tr("The other tenant is closed: nothing was copied."), true);
        return;
    }
    whenFinished(m_target->apply(m_plan.changes, m_plan.description), this,
                 [this](const Status& applied) {
                     if (!applied || !m_target) {
                         end(false,
                             tr("Nothing was copied: %1")
                                 .arg(applied ? tr("the other tenant is closed")
                                              : applied.error().toString()),
                             true);
                         return;
                     }
                     whenFinished(m_target->pendingChanges(), this,
                                  [this](const Result<QList<JournalEntry>>& pending) {
                                      const QString copied = tr("%1.").arg(m_plan.description);
                                      if (!pending || !m_target) {
                                          end(true, copied);
                                          return;
                                      }
                                      end(true, tr("%1 %n change(s) wait in the journal of %2: "
                                                   "review them there before anything is pushed.",
                                                   nullptr, int(pending->size()))
                                                    .arg(copied, m_target->displayName()));
                                  });
                 });
}

void CopyToTenantFlow::end(bool copied, const QString& message, bool isError)
{
    if (m_ended)
        return;
    m_ended = true;
    m_values.clear();
    if (isError && m_context.prompter)
        m_context.prompter->error(m_context.parentWidget, tr("Cannot copy"), message);
    Q_EMIT finished(copied, message);
}

} // namespace gh
