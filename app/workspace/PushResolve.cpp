// Ending a push conflict (Push.h): keep mine or take theirs.
#include "app/workspace/Push.h"

#include "app/workspace/Workspace.h"

#include <QCoreApplication>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::PushResolve)
};
} // namespace

namespace {

Result<Conflict> conflictOf(TenantStore& store, EntityKind kind, const QString& key)
{
    auto all = store.conflicts();
    if (!all)
        return all.error();
    for (const Conflict& c : *all)
        if (c.kind == kind && c.key == key)
            return c;
    return Error::notFound(Tr::tr("%1 '%2' has no push conflict").arg(entityKindText(kind), key));
}

} // namespace

QFuture<Status> resolveConflict(Workspace& workspace, EntityKind kind, const QString& key, Resolution resolution)
{
    const std::shared_ptr<LocalTenant>& tenant = workspace.tenant();
    if (resolution == Resolution::KeepMine) {
        return tenant->run([kind, key](TenantStore& store) {
            return store.transaction([&]() -> Status {
                auto c = conflictOf(store, kind, key);
                if (!c)
                    return c.error();
                if (Status s = store.rebaseJournal(kind, key, c->theirsVersion); !s)
                    return s;
                if (Status s = store.setBaseVersion(kind, key, c->theirsVersion); !s)
                    return s;
                return store.removeConflict(kind, key);
            });
        });
    }
    // TakeTheirs: the discards and the final write are queued on the replica's thread in this
    // order; the last step checks that every discard happened.
    return tenant
        ->run([kind, key](TenantStore& store) -> Result<QList<JournalEntry>> {
            if (auto c = conflictOf(store, kind, key); !c)
                return c.error();
            return store.journal(JournalEntry::State::Pending);
        })
        .then([&workspace, tenant, kind, key](Result<QList<JournalEntry>> pending) -> QFuture<Status> {
            if (!pending)
                return QtFuture::makeReadyFuture(Status(pending.error()));
            for (auto it = pending->crbegin(); it != pending->crend(); ++it)
                if (it->kind == kind && it->key == key)
                    workspace.discard(it->seq);
            return tenant->run([kind, key](TenantStore& store) {
                return store.transaction([&]() -> Status {
                    auto c = conflictOf(store, kind, key);
                    if (!c)
                        return c.error();
                    auto left = store.journal(JournalEntry::State::Pending);
                    if (!left)
                        return left.error();
                    for (const JournalEntry& e : *left)
                        if (e.kind == kind && e.key == key)
                            return Error::conflict(Tr::tr("%1 '%2': its pending change \"%3\" could not be discarded")
                                                       .arg(entityKindText(kind), key, e.description));
                    auto row = store.row(kind, key);
                    if (!row)
                        return row.error();
                    if (c->theirs) {
                        if (Status s = store.put(kind, key, *c->theirs, c->theirsVersion); !s)
                            return s;
                    } else if (*row) {
                        if (Status s = store.remove(kind, key); !s)
                            return s;
                    }
                    return store.removeConflict(kind, key);
                });
            });
        })
        .unwrap();
}

} // namespace gh
