#include "app/workspace/Push.h"

#include "app/client/local/Codec.h"
#include "app/workspace/PushKeystore.h"
#include "app/workspace/PushRekey.h"

#include <QCoreApplication>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <map>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Push)
};
} // namespace

namespace {

template<class T>
struct Tag
{
    using Type = T;
};

// The sub-client of `remote` for T.
ResourceClient<IdentityProvider>& clientFor(TenantClient& c, Tag<IdentityProvider>) { return c.identityProviders(); }
ResourceClient<User>& clientFor(TenantClient& c, Tag<User>) { return c.users(); }
ResourceClient<RoleTemplate>& clientFor(TenantClient& c, Tag<RoleTemplate>) { return c.roleTemplates(); }
ResourceClient<Role>& clientFor(TenantClient& c, Tag<Role>) { return c.roles(); }
ResourceClient<RoleCollection>& clientFor(TenantClient& c, Tag<RoleCollection>) { return c.roleCollections(); }
ResourceClient<Destination>& clientFor(TenantClient& c, Tag<Destination>) { return c.destinations(); }
ResourceClient<DestinationCertificate>& clientFor(TenantClient& c, Tag<DestinationCertificate>)
{
    return c.destinationCertificates();
}
ResourceClient<KeystoreEntry>& clientFor(TenantClient& c, Tag<KeystoreEntry>) { return c.keystore(); }
ResourceClient<KnownHost>& clientFor(TenantClient& c, Tag<KnownHost>) { return c.knownHosts(); }
ResourceClient<PgpKey>& clientFor(TenantClient& c, Tag<PgpKey>) { return c.pgpKeys(); }
ResourceClient<UserCredential>& clientFor(TenantClient& c, Tag<UserCredential>) { return c.userCredentials(); }
ResourceClient<OAuth2ClientCredential>& clientFor(TenantClient& c, Tag<OAuth2ClientCredential>)
{
    return c.oauth2ClientCredentials();
}
ResourceClient<SecureParameter>& clientFor(TenantClient& c, Tag<SecureParameter>) { return c.secureParameters(); }

// Calls f(Tag<T>{}) with the domain type of `kind` (assignments are handled on their own).
template<class F>
auto visitEntityKind(EntityKind kind, F&& f)
{
    switch (kind) {
    case EntityKind::IdentityProvider: return f(Tag<IdentityProvider>{});
    case EntityKind::User: return f(Tag<User>{});
    case EntityKind::RoleTemplate: return f(Tag<RoleTemplate>{});
    case EntityKind::Role: return f(Tag<Role>{});
    case EntityKind::RoleCollection: return f(Tag<RoleCollection>{});
    case EntityKind::Destination: return f(Tag<Destination>{});
    case EntityKind::KeystoreEntry: return f(Tag<KeystoreEntry>{});
    case EntityKind::UserCredential: return f(Tag<UserCredential>{});
    case EntityKind::OAuth2ClientCredential: return f(Tag<OAuth2ClientCredential>{});
    case EntityKind::SecureParameter: return f(Tag<SecureParameter>{});
    case EntityKind::DestinationCertificate: return f(Tag<DestinationCertificate>{});
    case EntityKind::KnownHost: return f(Tag<KnownHost>{});
    case EntityKind::PgpKey: return f(Tag<PgpKey>{});
    case EntityKind::Assignment: break;
    }
    return f(Tag<User>{});
}

using Form = std::optional<QJsonObject>;
using RemoteForm = Result<Form>;
// A write's outcome: the remote's stored form afterwards (none after a delete).
using Written = Result<Form>;

template<class T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QString versionOf(const Form& form)
{
    return form ? TenantStore::versionOf(*form) : QString();
}

// Whether the remote's form `theirs` already is `mine`. A SCIM user carries what the server keeps
// for itself (meta, schemas, groups, logon times, zone): an account equal in the rest is the same.
bool sameForm(EntityKind kind, const Form& theirs, const Form& mine)
{
    if (kind != EntityKind::User || !theirs || !mine)
        return theirs == mine;
    const auto own = [](QJsonObject o) {
        for (const char* serverSide : {"meta", "schemas", "groups", "zoneId", "lastLogonTime", "previousLogonTime",
                                       "passwordLastModified", "approvals", "idpGroups"})
            o.remove(QLatin1String(serverSide));
        return o;
    };
    return own(*theirs) == own(*mine);
}

// The failures that stop a push: the remote cannot be reached or answered with something
// unusable. Anything else is the remote's answer about this one entry.
bool stopsThePush(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Server:
    case Error::Kind::Authentication:
    case Error::Kind::MalformedResponse:
    case Error::Kind::Cancelled:
    case Error::Kind::Io:
    case Error::Kind::Internal:
    case Error::Kind::CorruptStore:
        return true;
    default:
        return false;
    }
}

std::pair<QString, QString> assignmentOf(const JournalEntry& e)
{
    const Form& form = e.after ? e.after : e.before;
    if (form) {
        if (auto a = Assignment::fromJson(*form))
            return {a->roleCollection, a->userId};
    }
    const qsizetype split = e.key.indexOf(QLatin1Char('\n'));
    return {e.key.left(split), e.key.mid(split + 1)};
}

// The remote's current stored form of the entry's entity; absent when it has none.
QFuture<RemoteForm> readRemote(TenantClient& remote, const JournalEntry& e)
{
    if (e.kind == EntityKind::Assignment) {
        // Named copies, not structured bindings: clang (the fuzz build) cannot capture those.
        const std::pair<QString, QString> assignment = assignmentOf(e);
        const QString collection = assignment.first, user = assignment.second;
        return remote.roleCollections().get(collection).then(QtFuture::Launch::Sync, [collection, user](Result<RoleCollection> rc) -> RemoteForm {
            if (!rc)
                return rc.error().kind == Error::Kind::NotFound ? RemoteForm(Form()) : RemoteForm(rc.error());
            for (const UserReference& u : rc->userReferences)
                if (u.id == user)
                    return Form(storedForm(Assignment{collection, user}));
            return Form();
        });
    }
    return visitEntityKind(e.kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        return clientFor(remote, tag).get(e.key).then(QtFuture::Launch::Sync, [](Result<T> value) -> RemoteForm {
            if (!value)
                return value.error().kind == Error::Kind::NotFound ? RemoteForm(Form()) : RemoteForm(value.error());
            return Form(storedForm(*value));
        });
    });
}

// Sends the entry's result: `theirs` says whether the remote has the entity (update or create).
QFuture<Written> writeRemote(TenantClient& remote, const JournalEntry& e, bool theirsExists)
{
    if (e.kind == EntityKind::Assignment) {
        const auto [collection, user] = assignmentOf(e);
        const Form after = e.after;
        QFuture<Status> sent = e.after ? remote.roleCollections().assignUsers(collection, {user})
                                       : remote.roleCollections().unassignUsers(collection, {user});
        return sent.then(QtFuture::Launch::Sync, [after](Status s) -> Written {
            if (!s)
                return s.error();
            return after;
        });
    }
    return visitEntityKind(e.kind, [&](auto tag) -> QFuture<Written> {
        using T = typename decltype(tag)::Type;
        ResourceClient<T>& client = clientFor(remote, tag);
        if (!e.after) {
            return client.remove(e.key).then(QtFuture::Launch::Sync, [](Status s) -> Written {
                if (!s)
                    return s.error();
                return Form();
            });
        }
        auto value = T::fromJson(*e.after, QStringLiteral("$"));
        if (!value) {
            Error err = value.error();
            err.kind = Error::Kind::Validation;
            return ready(Written(err));
        }
        QFuture<Result<T>> sent = theirsExists ? client.update(*value) : client.create(*value);
        return sent.then(QtFuture::Launch::Sync, [](Result<T> written) -> Written {
            if (!written)
                return written.error();
            return Form(storedForm(*written));
        });
    });
}

PushItem::Action actionOf(const JournalEntry& e)
{
    if (!e.after)
        return PushItem::Action::Delete;
    return e.before ? PushItem::Action::Update : PushItem::Action::Create;
}

QString label(const JournalEntry& e)
{
    return Tr::tr("%1 '%2'").arg(entityKindText(e.kind), QString(e.key).replace(QLatin1Char('\n'), QLatin1String(" → ")));
}

struct PushRun : std::enable_shared_from_this<PushRun>
{
    // What this run knows of one remote entity.
    struct Entity
    {
        bool known = false;   // `theirs` was read
        Form theirs;          // the remote's form (after our writes)
        bool rebased = false; // `expected` replaces the entries' recorded base version
        QString expected;
        QString blockedBy;    // non-empty: later entries wait
        bool settled = false; // the remote has what the entity's pending entries end with
    };

    TenantClient& remote;
    std::shared_ptr<LocalTenant> replica;
    const Clock& clock;
    PushOptions options;
    QPromise<Result<PushSummary>> promise;
    QList<JournalEntry> entries;
    PushSummary summary;
    qsizetype next = 0;
    std::map<std::pair<EntityKind, QString>, Entity> entities;
    std::unique_ptr<QObject, void (*)(QObject*)> context{new QObject, [](QObject* o) { o->deleteLater(); }};

    PushRun(TenantClient& r, std::shared_ptr<LocalTenant> t, const Clock& c, PushOptions o)
        : remote(r), replica(std::move(t)), clock(c), options(std::move(o))
    {
    }

    bool cancelled() const { return options.cancel && options.cancel->load(); }

    void finish(Result<PushSummary> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }

    void stop(Error e)
    {
        summary.stoppedBy = std::move(e);
        finish(summary);
    }

    // The remote client went away under a request (its transport was closed).
    void closed() { stop(Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"))); }

    void start()
    {
        const bool dryRun = options.dryRun;
        auto self = shared_from_this();
        replica
            ->run([dryRun](TenantStore& store) -> Result<QList<JournalEntry>> {
                auto pending = store.journal(JournalEntry::State::Pending);
                if (!pending || dryRun)
                    return pending;
                // Conflicts of entities whose changes were discarded since are over.
                auto conflicts = store.conflicts();
                if (!conflicts)
                    return conflicts.error();
                QSet<QString> pendingEntities;
                for (const JournalEntry& e : *pending)
                    pendingEntities.insert(entityKindName(e.kind) + QLatin1Char('\t') + e.key);
                for (const Conflict& c : *conflicts) {
                    if (!pendingEntities.contains(entityKindName(c.kind) + QLatin1Char('\t') + c.key))
                        if (Status s = store.removeConflict(c.kind, c.key); !s)
                            return s.error();
                }
                return pending;
            })
            .then(context.get(), [self](Result<QList<JournalEntry>> pending) {
                if (!pending)
                    return self->finish(pending.error());
                self->entries = std::move(*pending);
                std::stable_sort(self->entries.begin(), self->entries.end(),
                                 [](const JournalEntry& a, const JournalEntry& b) { return a.seq < b.seq; });
                for (const JournalEntry& e : self->entries)
                    self->summary.items.append(PushItem{e.seq, e.group, e.kind, e.key, actionOf(e), PushItem::Outcome::NotReached, {}});
                self->step();
            });
    }

    void done(PushItem::Outcome outcome, QString message = {})
    {
        PushItem& item = summary.items[next];
        item.outcome = outcome;
        item.message = std::move(message);
        if (options.progress)
            options.progress(item);
        ++next;
    }

    void step()
    {
        // Entries of a blocked entity are settled here in a loop, not one call deeper each.
        while (next < entries.size()) {
            if (cancelled())
                return stop(Error::make(Error::Kind::Cancelled, Tr::tr("the push was cancelled")));
            const JournalEntry& e = entries.at(next);
            Entity& entity = entities[{e.kind, e.key}];
            if (!entity.blockedBy.isEmpty()) {
                done(PushItem::Outcome::Waiting, entity.blockedBy);
                continue;
            }
            if (entity.known)
                return decide();
            auto self = shared_from_this();
            readRemote(remote, e).then(context.get(), [self](RemoteForm theirs) {
                if (!theirs)
                    return self->stop(theirs.error());
                const JournalEntry& current = self->entries.at(self->next);
                Entity& known = self->entities[{current.kind, current.key}];
                known.known = true;
                known.theirs = *theirs;
                self->decide();
            }).onCanceled(context.get(), [self]() { self->closed(); });
            return;
        }
        finish(summary);
    }

    void decide()
    {
        const JournalEntry& e = entries.at(next);
        Entity& entity = entities[{e.kind, e.key}];
        const QString theirsVersion = versionOf(entity.theirs);
        const QString expected = entity.rebased ? entity.expected : e.baseVersion;
        // The remote has what the entity's pending entries end with (a create and a delete of
        // something it never had, changes pushed before a failure, the same made there): all of
        // them are done without a write.
        const bool mustSend = push::mustSend(entries, next) && !entity.theirs;
        const auto remoteHas = [&](const Form& mine) {
            return sameForm(e.kind, entity.theirs, mine) || push::samePushed(e.kind, entity.theirs, mine);
        };
        if (!mustSend && !entity.settled && remoteHas(finalAfter()))
            entity.settled = true;
        if (!mustSend && (entity.settled || remoteHas(e.after))) {
            // The remote has this change's result already (pushed before a failure, or made
            // there too): nothing to send.
            if (options.dryRun) {
                entity.rebased = true;
                entity.expected = theirsVersion;
                return advance(PushItem::Outcome::AlreadyDone);
            }
            return record(theirsVersion, PushItem::Outcome::AlreadyDone, adoptable(entity.theirs));
        }
        if (theirsVersion != expected)
            return conflict(expected, theirsVersion);
        if (options.refuse) {
            if (const QString why = options.refuse(e); !why.isEmpty()) {
                entity.blockedBy = Tr::tr("%1 was not pushed: %2").arg(label(e), why);
                return advance(PushItem::Outcome::Refused, why);
            }
        }
        if (options.dryRun) {
            entity.theirs = e.after;
            entity.rebased = true;
            entity.expected = versionOf(e.after);
            return advance(PushItem::Outcome::WouldSend);
        }
        auto self = shared_from_this();
        // Keystore changes have writes of their own (PushKeystore.h).
        QFuture<Written> sending = e.kind == EntityKind::KeystoreEntry
            ? push::writeKeystore(remote, entries, next, entity.theirs.has_value(), options.privateKeyOf)
            : writeRemote(remote, e, entity.theirs.has_value());
        sending.then(context.get(), [self](Written written) {
            const JournalEntry& current = self->entries.at(self->next);
            Entity& known = self->entities[{current.kind, current.key}];
            if (!written) {
                const Error& err = written.error();
                if (!current.after && err.kind == Error::Kind::NotFound)
                    return self->record(QString(), PushItem::Outcome::AlreadyDone); // gone meanwhile
                if (stopsThePush(err))
                    return self->stop(err);
                known.blockedBy = Tr::tr("%1 was not pushed: %2").arg(label(current), err.message);
                return self->advance(PushItem::Outcome::Refused, err.toString());
            }
            known.theirs = *written;
            // XSUAA made its own id for a user created here.
            if (current.kind == EntityKind::User && current.after && *written) {
                const QString id = (*written)->value(QStringLiteral("id")).toString();
                if (!id.isEmpty() && id != current.key)
                    return self->rekey(id, versionOf(*written), **written);
            }
            // A rename or renewal activation changes other keystore entries too: read them again.
            if (current.kind == EntityKind::KeystoreEntry)
                for (auto& [other, otherEntity] : self->entities)
                    if (other.first == EntityKind::KeystoreEntry && other.second != current.key)
                        otherEntity.known = false;
            self->record(versionOf(*written), PushItem::Outcome::Sent, self->adoptable(*written));
        }).onCanceled(context.get(), [self]() { self->closed(); });
    }

    // What the current entry's entity is after its last pending entry.
    Form finalAfter() const
    {
        const JournalEntry& e = entries.at(next);
        Form out = e.after;
        for (qsizetype i = next + 1; i < entries.size(); ++i)
            if (entries.at(i).kind == e.kind && entries.at(i).key == e.key)
                out = entries.at(i).after;
        return out;
    }

    // A user's form as the remote has it, for the replica's row once the entity's last pending
    // entry is on the remote (the server's meta and groups; a later pull then changes nothing).
    // Other kinds are stored as sent; a user the server keyed otherwise is left to the next pull.
    Form adoptable(const Form& theirs) const
    {
        const JournalEntry& e = entries.at(next);
        if (e.kind != EntityKind::User || !theirs || !e.after
            || theirs->value(QStringLiteral("id")).toString() != e.key)
            return {};
        for (qsizetype i = next + 1; i < entries.size(); ++i)
            if (entries.at(i).kind == e.kind && entries.at(i).key == e.key)
                return {};
        return theirs;
    }

    void advance(PushItem::Outcome outcome, QString message = {})
    {
        done(outcome, std::move(message));
        step();
    }

    // The entry is on the remote, whose version of the entity is now `version`: the entry is
    // Pushed, the row and the entity's later entries are based on `version`.
    void record(const QString& version, PushItem::Outcome outcome, Form adopt = {})
    {
        const JournalEntry& e = entries.at(next);
        Entity& entity = entities[{e.kind, e.key}];
        entity.rebased = true;
        entity.expected = version;
        auto self = shared_from_this();
        replica
            ->run([seq = e.seq, kind = e.kind, key = e.key, version, adopt](TenantStore& store) {
                return store.transaction([&]() -> Status {
                    if (Status s = store.setJournalEntryState(seq, JournalEntry::State::Pushed); !s)
                        return s;
                    if (adopt)
                        if (Status s = store.put(kind, key, *adopt, version); !s)
                            return s;
                    if (Status s = store.rebaseJournal(kind, key, version); !s)
                        return s;
                    if (Status s = store.setBaseVersion(kind, key, version); !s)
                        return s;
                    return store.removeConflict(kind, key);
                });
            })
            .then(context.get(), [self, outcome](Status s) {
                if (!s)
                    return self->stop(s.error());
                self->advance(outcome);
            });
    }

    // The current entry created a user that the remote keyed `to` (its form `theirs`, at
    // `version`): the entry is Pushed, and the user, its assignments and their entries here and
    // in the replica move to the remote's id (PushRekey.h).
    void rekey(const QString& to, const QString& version, const QJsonObject& theirs)
    {
        const QString from = entries.at(next).key;
        const qint64 seq = entries.at(next).seq;
        auto moved = entities.extract(std::pair{EntityKind::User, from}); // read just now
        moved.key().second = to;
        moved.mapped().rebased = true;
        moved.mapped().expected = version;
        entities.insert(std::move(moved));
        for (const auto& gone : push::rekeyEntries(entries, summary.items, next, from, to))
            entities.erase(gone);
        const Form adopt = adoptable(theirs);
        auto self = shared_from_this();
        replica
            ->run([seq, from, to, version, adopt](TenantStore& store) {
                return store.transaction([&]() -> Status {
                    if (Status s = push::rekeyUser(store, from, to, adopt, version); !s)
                        return s;
                    return store.setJournalEntryState(seq, JournalEntry::State::Pushed);
                });
            })
            .then(context.get(), [self](Status s) {
                if (!s)
                    return self->stop(s.error());
                self->advance(PushItem::Outcome::Sent);
            });
    }

    void conflict(const QString& expected, const QString& theirsVersion)
    {
        const JournalEntry& e = entries.at(next);
        Entity& entity = entities[{e.kind, e.key}];
        entity.blockedBy = Tr::tr("%1 is in conflict with the remote").arg(label(e));
        const QString message = entity.theirs ? Tr::tr("the remote's %1 changed since it was pulled").arg(label(e))
                                              : Tr::tr("the remote no longer has %1").arg(label(e));
        if (options.dryRun)
            return advance(PushItem::Outcome::Conflict, message);
        Conflict c;
        c.kind = e.kind;
        c.key = e.key;
        c.baseVersion = expected;
        c.base = e.before;
        c.theirs = entity.theirs;
        c.theirsVersion = theirsVersion;
        c.detectedAt = clock.now();
        auto self = shared_from_this();
        replica
            ->run([c](TenantStore& store) mutable -> Status {
                auto mine = store.row(c.kind, c.key);
                if (!mine)
                    return mine.error();
                if (*mine)
                    c.mine = (*mine)->data;
                return store.putConflict(c);
            })
            .then(context.get(), [self, message](Status s) {
                if (!s)
                    return self->stop(s.error());
                self->advance(PushItem::Outcome::Conflict, message);
            });
    }
};

} // namespace

qsizetype PushSummary::count(PushItem::Outcome outcome) const
{
    return std::count_if(items.cbegin(), items.cend(), [outcome](const PushItem& i) { return i.outcome == outcome; });
}

bool PushSummary::complete() const
{
    if (stoppedBy)
        return false;
    return std::all_of(items.cbegin(), items.cend(), [](const PushItem& i) {
        return i.outcome == PushItem::Outcome::Sent || i.outcome == PushItem::Outcome::AlreadyDone
               || i.outcome == PushItem::Outcome::WouldSend;
    });
}

QString pushActionName(PushItem::Action action)
{
    switch (action) {
    case PushItem::Action::Create: return QStringLiteral("create");
    case PushItem::Action::Update: return QStringLiteral("update");
    case PushItem::Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

QString pushOutcomeName(PushItem::Outcome outcome)
{
    switch (outcome) {
    case PushItem::Outcome::Sent: return QStringLiteral("sent");
    case PushItem::Outcome::AlreadyDone: return QStringLiteral("already-done");
    case PushItem::Outcome::WouldSend: return QStringLiteral("would-send");
    case PushItem::Outcome::Conflict: return QStringLiteral("conflict");
    case PushItem::Outcome::Refused: return QStringLiteral("refused");
    case PushItem::Outcome::Waiting: return QStringLiteral("waiting");
    case PushItem::Outcome::NotReached: return QStringLiteral("not-reached");
    }
    return {};
}

QStringList differingFields(const std::optional<QJsonObject>& a, const std::optional<QJsonObject>& b)
{
    QStringList keys = (a ? a->keys() : QStringList()) + (b ? b->keys() : QStringList());
    keys.sort();
    keys.removeDuplicates();
    QStringList out;
    for (const QString& k : keys) {
        const QJsonValue va = a ? a->value(k) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue vb = b ? b->value(k) : QJsonValue(QJsonValue::Undefined);
        if (va != vb)
            out.append(k);
    }
    return out;
}

QFuture<Result<PushSummary>> pushJournal(TenantClient& remote, std::shared_ptr<LocalTenant> replica, const Clock& clock,
                                         PushOptions options)
{
    auto run = std::make_shared<PushRun>(remote, std::move(replica), clock, std::move(options));
    run->promise.start();
    QFuture<Result<PushSummary>> future = run->promise.future();
    run->start();
    return future;
}

} // namespace gh
