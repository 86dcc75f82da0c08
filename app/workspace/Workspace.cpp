#include "app/workspace/Workspace.h"

#include "app/client/local/Codec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Workspace)
};
} // namespace

namespace {

template<class T>
struct Tag
{
    using Type = T;
};

// Calls f(Tag<T>{}) with the domain type of `kind`.
template<class F>
auto visitKind(EntityKind kind, F&& f)
{
    switch (kind) {
    case EntityKind::IdentityProvider: return f(Tag<IdentityProvider>{});
    case EntityKind::User: return f(Tag<User>{});
    case EntityKind::RoleTemplate: return f(Tag<RoleTemplate>{});
    case EntityKind::Role: return f(Tag<Role>{});
    case EntityKind::RoleCollection: return f(Tag<RoleCollection>{});
    case EntityKind::Assignment: return f(Tag<Assignment>{});
    case EntityKind::Destination: return f(Tag<Destination>{});
    case EntityKind::KeystoreEntry: return f(Tag<KeystoreEntry>{});
    case EntityKind::UserCredential: return f(Tag<UserCredential>{});
    case EntityKind::OAuth2ClientCredential: return f(Tag<OAuth2ClientCredential>{});
    case EntityKind::SecureParameter: return f(Tag<SecureParameter>{});
    case EntityKind::DestinationCertificate: return f(Tag<DestinationCertificate>{});
    case EntityKind::KnownHost: return f(Tag<KnownHost>{});
    case EntityKind::PgpKey: return f(Tag<PgpKey>{});
    }
    return f(Tag<User>{});
}

QString describe(const Change& c)
{
    return Tr::tr("%1 '%2'").arg(entityKindText(c.kind), QString(c.key).replace(QLatin1Char('\n'), QLatin1String(" → ")));
}

// Whether the store still holds `before` (`current` is the row as stored now).
Status checkCurrent(const Change& c, const std::optional<TenantStore::Row>& current)
{
    const bool exists = current.has_value();
    if (exists != c.before.has_value() || (exists && current->data != *c.before))
        return Error::conflict(Tr::tr("%1 changed since it was read; reload and try again").arg(describe(c)));
    return {};
}

// `afterJson`: the compact JSON of `c.after` when the caller has it (it journals the same bytes).
Status write(TenantStore& store, const Change& c, const QByteArray& afterJson = {})
{
    if (c.after && !afterJson.isEmpty())
        return store.putJson(c.kind, c.key, afterJson);
    if (c.after)
        return store.put(c.kind, c.key, *c.after);
    return store.remove(c.kind, c.key);
}

// Replays one change of the journal (undo, redo, discard) after checking that the store still
// holds `before`: the rules were checked when the step was made.
Status applyOne(TenantStore& store, const Change& c)
{
    auto current = store.row(c.kind, c.key);
    if (!current)
        return current.error();
    if (Status s = checkCurrent(c, *current); !s)
        return s;
    return write(store, c);
}

// Applies one requested change of a new step, in this order: `after` decoded into its domain
// type (a decoding problem is a validation error), the store checked to still hold `before`
// (else a conflict), the rules (read-only entities) and the validation of `after`, then the write
// of the normalized change. Normalized: `after` as the domain type writes it back, so that what
// the domain does not keep (a secret's value) never reaches the file or the journal. `after` is
// decoded once: the row written and the journal entry are that one value's stored form.
// Returns the normalized change, its `after` as compact JSON (what was written; the journal takes
// the same bytes) and the row it replaced.
struct Applied
{
    Change change;
    QByteArray afterJson;
    std::optional<TenantStore::Row> replaced;
};

Result<Applied> applyRequested(TenantStore& store, const Change& requested)
{
    return visitKind(requested.kind, [&](auto tag) -> Result<Applied> {
        using T = typename decltype(tag)::Type;
        const auto located = [&](Error e) {
            if (e.kind == Error::Kind::MalformedResponse)
                e.kind = Error::Kind::Validation;
            e.where = e.where.isEmpty() ? describe(requested) : describe(requested) + QLatin1Char(' ') + e.where;
            return e;
        };
        Change c{requested.kind, requested.key, requested.before, std::nullopt};
        std::optional<T> value;
        if (requested.after) {
            auto decoded = T::fromJson(*requested.after, QStringLiteral("$"));
            if (!decoded) {
                Error e = decoded.error();
                e.kind = Error::Kind::Validation;
                return located(e);
            }
            value = std::move(*decoded);
            c.after = storedForm(*value);
        }
        auto current = store.row(c.kind, c.key);
        if (!current)
            return current.error();
        if (Status s = checkCurrent(c, *current); !s)
            return s.error();
        if (c.before) {
            if (Status s = local::checkWritable<T>(store, c.key); !s)
                return located(s.error());
        }
        if (value) {
            if (value->key() != c.key)
                return located(Error::validation(QStringLiteral("key"), Tr::tr("renaming is a delete and a create")));
            if (Status s = local::validate<T>(*value); !s)
                return located(s.error());
        }
        const QByteArray afterJson = c.after ? QJsonDocument(*c.after).toJson(QJsonDocument::Compact) : QByteArray();
        if (Status s = write(store, c, afterJson); !s)
            return s.error();
        return Applied{std::move(c), afterJson, std::move(*current)};
    });
}

// A step may not leave assignments that name a removed user or role collection.
Status checkAssignments(TenantStore& store, const QList<Change>& changes)
{
    QSet<QString> users, collections;
    for (const Change& c : changes) {
        if (c.after)
            continue;
        if (c.kind == EntityKind::User)
            users.insert(c.key);
        else if (c.kind == EntityKind::RoleCollection)
            collections.insert(c.key);
    }
    if (users.isEmpty() && collections.isEmpty())
        return {};
    auto assignments = local::list<Assignment>(store);
    if (!assignments)
        return assignments.error();
    for (const Assignment& a : *assignments) {
        if (users.contains(a.userId) || collections.contains(a.roleCollection))
            return Error::conflict(Tr::tr("user '%1' is still assigned to role collection '%2': remove the "
                                                  "assignment in the same step")
                                       .arg(a.userId, a.roleCollection));
    }
    return {};
}

WorkspaceState readState(TenantStore& store)
{
    WorkspaceState state;
    if (auto n = store.journalCount(JournalEntry::State::Pending))
        state.pendingCount = *n;
    // Only the descriptions: a step of 10,000 changes is not read back to name it.
    if (auto last = store.lastJournalGroup(JournalEntry::State::Pending); last && *last) {
        if (auto description = store.journalGroupDescription(**last))
            state.undoText = *description;
    }
    if (auto first = store.firstJournalGroup(JournalEntry::State::Undone); first && *first) {
        if (auto description = store.journalGroupDescription(**first))
            state.redoText = *description;
    }
    return state;
}

} // namespace

Workspace::Workspace(std::shared_ptr<LocalTenant> tenant, const Clock& clock, QObject* parent)
    : QObject(parent), m_tenant(tenant), m_client(tenant), m_clock(clock)
{
    refresh();
}

Workspace::~Workspace()
{
    // Let every queued operation finish, so that none posts to this object once it is gone.
    m_tenant->run([](TenantStore&) { return true; }).waitForFinished();
}

QFuture<Status> Workspace::finish(QFuture<Outcome> outcome)
{
    // A QFuture takes one continuation: it runs on the store thread (so a caller without an
    // event loop may wait on the result) and posts the new state to this object's thread.
    return outcome.then([this](const Outcome& o) {
        QMetaObject::invokeMethod(
            this,
            [this, o] {
                m_state = o.state;
                for (EntityKind kind : o.touched)
                    Q_EMIT entitiesChanged(kind);
                Q_EMIT stateChanged();
            },
            Qt::QueuedConnection);
        return o.status;
    });
}

QFuture<Status> Workspace::apply(QList<Change> changes, const QString& description)
{
    const QDateTime now = m_clock.now();
    return finish(m_tenant->run([changes = std::move(changes), description, now](TenantStore& store) {
        Outcome out;
        if (changes.isEmpty()) {
            out.state = readState(store);
            return out;
        }
        out.status = store.transaction([&]() -> Status {
            // A new step discards what could have been redone, as any undo history does.
            if (Status s = store.dropJournal(JournalEntry::State::Undone); !s)
                return s;
            auto group = store.nextJournalGroup();
            if (!group)
                return group.error();
            for (const Change& requested : changes) {
                auto applied = applyRequested(store, requested);
                if (!applied)
                    return applied.error();
                const auto& [c, afterJson, current] = *applied;
                JournalEntry entry;
                entry.group = *group;
                entry.kind = c.kind;
                entry.key = c.key;
                entry.before = c.before;
                entry.after = c.after;
                entry.baseVersion = current ? current->baseVersion : QString();
                entry.description = description;
                entry.createdAt = now;
                if (Status s = store.appendJournal(entry, afterJson); !s)
                    return s;
            }
            return checkAssignments(store, changes);
        });
        if (out.status) {
            for (const Change& c : changes) {
                if (!out.touched.contains(c.kind))
                    out.touched.append(c.kind);
            }
        }
        out.state = readState(store);
        return out;
    }));
}

namespace {
// Replays one journal group backwards (undo) or forwards (redo).
Status replay(TenantStore& store, qint64 group, bool backwards, QList<EntityKind>& touched)
{
    auto entries = store.journalGroup(group);
    if (!entries)
        return entries.error();
    QList<JournalEntry> list = *entries;
    // A step part of which is on the remote already cannot be taken back here.
    for (const JournalEntry& e : list) {
        if (e.state == JournalEntry::State::Pushed)
            return Error::conflict(Tr::tr("part of \"%1\" was pushed already; discard its pending changes instead")
                                       .arg(e.description));
    }
    if (backwards)
        std::reverse(list.begin(), list.end());
    for (const JournalEntry& e : list) {
        Change c{e.kind, e.key, e.before, e.after};
        if (backwards)
            c = c.inverted();
        // Undo restores what was there: the rules were checked when the step was made.
        if (Status s = applyOne(store, c); !s)
            return s;
        if (!touched.contains(e.kind))
            touched.append(e.kind);
    }
    return store.setJournalGroupState(group, backwards ? JournalEntry::State::Undone : JournalEntry::State::Pending);
}
} // namespace

QFuture<Status> Workspace::undo()
{
    return finish(m_tenant->run([](TenantStore& store) {
        Outcome out;
        out.status = store.transaction([&]() -> Status {
            auto group = store.lastJournalGroup(JournalEntry::State::Pending);
            if (!group)
                return group.error();
            if (!*group)
                return Error::notFound(Tr::tr("nothing to undo"));
            return replay(store, **group, true, out.touched);
        });
        if (!out.status)
            out.touched.clear();
        out.state = readState(store);
        return out;
    }));
}

QFuture<Status> Workspace::redo()
{
    return finish(m_tenant->run([](TenantStore& store) {
        Outcome out;
        out.status = store.transaction([&]() -> Status {
            auto group = store.firstJournalGroup(JournalEntry::State::Undone);
            if (!group)
                return group.error();
            if (!*group)
                return Error::notFound(Tr::tr("nothing to redo"));
            return replay(store, **group, false, out.touched);
        });
        if (!out.status)
            out.touched.clear();
        out.state = readState(store);
        return out;
    }));
}

QFuture<Status> Workspace::discard(qint64 seq)
{
    return finish(m_tenant->run([seq](TenantStore& store) {
        Outcome out;
        std::optional<EntityKind> touched;
        out.status = store.transaction([&]() -> Status {
            auto pending = store.journal(JournalEntry::State::Pending);
            if (!pending)
                return pending.error();
            const auto it = std::find_if(pending->cbegin(), pending->cend(), [seq](const JournalEntry& e) { return e.seq == seq; });
            if (it == pending->cend())
                return Error::notFound(Tr::tr("no pending change %1 (it was pushed, undone or discarded)").arg(seq));
            const JournalEntry entry = *it;
            touched = entry.kind;
            const Change change{entry.kind, entry.key, entry.before, entry.after};
            for (auto later = it + 1; later != pending->cend(); ++later) {
                if (later->kind == entry.kind && later->key == entry.key)
                    return Error::conflict(Tr::tr("%1 was changed again later (\"%2\"): discard that change first")
                                               .arg(describe(change), later->description));
            }
            const Change back = change.inverted();
            if (Status s = applyOne(store, back); !s)
                return s;
            if (Status s = checkAssignments(store, {back}); !s)
                return s;
            if (back.kind == EntityKind::Assignment && back.after) {
                // Bringing an assignment back needs its user and its collection.
                auto assignment = Assignment::fromJson(*back.after);
                if (!assignment)
                    return assignment.error();
                auto user = store.row(EntityKind::User, assignment->userId);
                auto collection = store.row(EntityKind::RoleCollection, assignment->roleCollection);
                if (!user)
                    return user.error();
                if (!collection)
                    return collection.error();
                if (!*user || !*collection)
                    return Error::conflict(Tr::tr("%1 needs its %2, which is deleted: discard that deletion first")
                                               .arg(describe(change), !*user ? Tr::tr("user") : Tr::tr("role collection")));
            }
            if (Status s = store.dropJournal(JournalEntry::State::Undone); !s)
                return s;
            return store.removeJournalEntry(seq);
        });
        if (out.status && touched)
            out.touched.append(*touched);
        out.state = readState(store);
        return out;
    }));
}

QFuture<Result<QList<JournalEntry>>> Workspace::pendingChanges()
{
    return m_tenant->run([](TenantStore& store) { return store.journal(JournalEntry::State::Pending); });
}

void Workspace::refresh()
{
    finish(m_tenant->run([](TenantStore& store) {
        Outcome out;
        out.state = readState(store);
        return out;
    }));
}

} // namespace gh
