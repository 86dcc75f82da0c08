#pragma once

// The building blocks of RemoteTenantClient's sub-clients (internal to it): one resource = how
// to ask for a page of the list, how to decode a page, how to ask for one entity and decode it.

#include "app/client/TenantClient.h"
#include "app/client/remote/HttpTransport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace gh::remote {

// A write the remote backend does not do yet: ReadOnly, so callers treat the tenant as not
// writable instead of as broken.
Error notSupportedYet(const QString& what);
// A service the profile has no key for, or one nothing serves yet (Cloud Integration): NotFound,
// as a 404 of the missing endpoint would be.
Error notAvailable(const QString& what, const QString& why);
// A decoding failure of the entity at `path` in the answer to `where`: MalformedResponse with
// the JSON path as the field and the request as the place.
Error malformed(const Error& decodeError, const QString& where);

template<class T>
QFuture<T> readyFuture(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// The entities of a JSON array (at `array`, "$" or "$.resources"), each decoded by `decode`
// with its JSON path; the first failure is MalformedResponse naming the path and the request.
template<class T>
Result<QList<T>> decodeArray(const QJsonArray& items, const QString& arrayPath, const QString& where,
                             const std::function<Result<T>(const QJsonObject&, const QString&)>& decode)
{
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = arrayPath + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject())
            return malformed(Error::make(Error::Kind::MalformedResponse, QCoreApplication::translate("gh::remote::RemoteResources", "an object is expected"), path),
                             where);
        auto value = decode(items.at(i).toObject(), path);
        if (!value)
            return malformed(value.error(), where);
        out.append(std::move(*value));
    }
    return out;
}

// The whole JSON array of a response, or MalformedResponse.
Result<QJsonArray> arrayOf(const HttpResponse& response);
// The JSON object of a response, or MalformedResponse.
Result<QJsonObject> objectOf(const HttpResponse& response);

// One entity from a response's JSON object; MalformedResponse naming the path and the request.
template<class T>
Result<T> decodeOne(const HttpResponse& response, const std::function<Result<T>(const QJsonObject&, const QString&)>& decode)
{
    auto object = objectOf(response);
    if (!object)
        return object.error();
    auto value = decode(*object, QStringLiteral("$"));
    if (!value)
        return malformed(value.error(), response.where);
    return value;
}

// skip/top applied to a whole list, for the APIs that answer everything at once.
template<class T>
QList<T> slice(QList<T> all, PageRequest page)
{
    const qint64 size = all.size();
    const qint64 from = std::clamp<qint64>(page.skip, 0, size);
    const qint64 count = page.top < 0 ? size - from : std::min(page.top, size - from);
    return all.mid(from, count);
}

// A page read as far as telling whether it is the last and how many entities it holds (its
// JSON parsed), with the rest of its decoding (the entities) to run later.
template<class T>
struct SplitPage
{
    qsizetype count = 0;
    std::function<Result<QList<T>>()> decode;
    // How many entities the server says follow this page (SCIM's totalResults, the Page-Count
    // header), or -1 when it does not say.
    qint64 remaining = -1;
};

// A SplitPage of entities decoded already.
template<class T>
Result<SplitPage<T>> decodedPage(Result<QList<T>> values)
{
    if (!values)
        return values.error();
    const qsizetype count = values->size();
    return SplitPage<T>{count, [values = std::move(*values)]() -> Result<QList<T>> { return values; }};
}

// One list() as a sequence of page requests: `next` gives the request for page `number`
// (1-based) having collected `collected` entities, or nothing when done; `split` reads a page
// as far as saying whether it was the last and how many entities it has. Runs in the transport's
// thread.
//   The next page is asked for before the entities of this one are decoded, so the server makes
// it meanwhile. When the page says how many entities follow, a second one is asked for too, on
// the guess that the pages in between are as full as this one: the server then never waits for
// the client's round trip (a 100,000-user pull is 200 pages of SCIM). A page is handled in
// order, and only if its request is still the one `next` gives for the entities really
// collected; a guess that did not hold (a shorter page) is asked for again from there.
template<class T>
struct PagedList : std::enable_shared_from_this<PagedList<T>>
{
    static constexpr int kDepth = 2; // requests in flight at most
    QPointer<HttpTransport> transport;
    std::function<std::optional<HttpRequest>(qsizetype collected, int number)> next;
    std::function<Result<SplitPage<T>>(const HttpResponse&, int number, bool& last)> split;
    // Or, without split: the page decoded at once.
    std::function<Result<QList<T>>(const HttpResponse&, int number, bool& last)> decode;
    QPromise<Result<QList<T>>> promise;
    QList<T> collected;
    qsizetype counted = 0;    // entities of the pages handled so far, decoded or not
    int handled = 0;          // pages handled, in order
    qsizetype lastCount = 0;  // entities of the last page handled: the guess for the next ones
    qint64 remaining = -1;    // what the last page handled said follows it, or -1
    bool done = false;
    bool busy = false;
    quint64 tickets = 0;
    // The pages asked for and not handled yet, by number: what was asked (to tell whether it is
    // still right when its turn comes), the ticket of that request and, once here, its answer.
    struct Asked
    {
        QString request;
        quint64 ticket = 0;
        std::optional<Result<HttpResponse>> answer;
    };
    std::map<int, Asked> asked;

    QFuture<Result<QList<T>>> start()
    {
        promise.start();
        QFuture<Result<QList<T>>> future = promise.future();
        if (!ask(1, 0))
            finish(std::move(collected));
        return future;
    }

    void finish(Result<QList<T>> result)
    {
        if (done)
            return;
        done = true;
        asked.clear();
        promise.addResult(std::move(result));
        promise.finish();
    }

    static QString identity(const HttpRequest& r)
    {
        return QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path + QLatin1Char('?') + r.query.toString(QUrl::FullyEncoded);
    }

    // Sends the request for page `number` as if `guess` entities came before it; false when
    // there is none (or it cannot be sent).
    bool ask(int number, qsizetype guess)
    {
        std::optional<HttpRequest> request = next(guess, number);
        if (!request)
            return false;
        if (!transport) {
            finish(Error::make(Error::Kind::Cancelled, QCoreApplication::translate("gh::remote::RemoteResources", "the remote tenant was closed")));
            return true;
        }
        const quint64 ticket = ++tickets;
        asked[number] = Asked{identity(*request), ticket, std::nullopt};
        // Continued in the transport's thread; if the transport goes first, the promise is
        // dropped with the continuation and the future ends cancelled.
        transport->send(std::move(*request))
            .then(transport.data(), [self = this->shared_from_this(), number, ticket](Result<HttpResponse> r) {
                self->received(number, ticket, std::move(r));
            });
        return true;
    }

    // The pages after the last one handled: the next one always, a further one when the last
    // page said that more follow than the pages in flight will bring.
    void askAhead()
    {
        while (!done) {
            const int inFlight = asked.empty() ? 0 : asked.rbegin()->first - handled;
            if (inFlight >= kDepth)
                return;
            if (inFlight > 0 && !(lastCount > 0 && remaining > qint64(inFlight) * lastCount))
                return;
            if (!ask(handled + inFlight + 1, counted + inFlight * lastCount))
                return;
        }
    }

    // Answers come in any order, and a continuation may run at once inside ask() (a future
    // finished already): each page waits until the ones before it are handled.
    void received(int number, quint64 ticket, Result<HttpResponse> r)
    {
        const auto it = asked.find(number);
        if (done || it == asked.end() || it->second.ticket != ticket)
            return; // a guess dropped meanwhile
        it->second.answer.emplace(std::move(r));
        if (busy)
            return;
        busy = true;
        for (auto first = asked.begin(); !done && first != asked.end() && first->first == handled + 1 && first->second.answer;
             first = asked.begin()) {
            Asked page = std::move(first->second);
            asked.erase(first);
            handle(std::move(page), handled + 1);
        }
        busy = false;
    }

    void handle(Asked page, int number)
    {
        Result<HttpResponse>& r = *page.answer;
        if (!r)
            return finish(r.error());
        const std::optional<HttpRequest> right = next(counted, number);
        if (!right || identity(*right) != page.request) {
            // Asked for on a guess that did not hold: the later guesses are dropped too, and the
            // page is asked for again from where the list really is.
            asked.clear();
            if (!ask(number, counted))
                finish(std::move(collected));
            return;
        }
        bool last = true;
        Result<SplitPage<T>> read = split ? split(*r, number, last) : decodedPage<T>(decode(*r, number, last));
        if (!read)
            return finish(read.error());
        counted += read->count;
        handled = number;
        lastCount = read->count;
        remaining = read->remaining;
        if (last)
            asked.clear(); // a guess past the end (the server said more than it had)
        else
            askAhead();
        const bool more = !asked.empty();
        Result<QList<T>> values = read->decode();
        if (!values)
            return finish(values.error());
        collected.append(std::move(*values));
        if (!more)
            finish(std::move(collected));
    }
};

// A SplitPage of the objects of `items` at `arrayPath`, decoded later by `decode`.
template<class T>
SplitPage<T> arrayPage(QJsonArray items, const QString& arrayPath, const QString& where,
                       const std::function<Result<T>(const QJsonObject&, const QString&)>& decode)
{
    const qsizetype count = items.size();
    return SplitPage<T>{count, [items = std::move(items), arrayPath, where, decode]() {
                            return decodeArray<T>(items, arrayPath, where, decode);
                        }};
}

// A resource of the remote tenant: reads through `transport` as its Spec says, writes refused.
template<class T>
class RemoteResource : public virtual ResourceClient<T>
{
public:
    using Decode = std::function<Result<T>(const QJsonObject&, const QString&)>;
    struct Spec
    {
        QString label;       // "role collections", for messages (translated)
        QString listPath;    // under the API root; empty: the resource is not available
        QString unavailable; // why, when it is not
        QString service;     // "XSUAA API access", for a profile without that key
        // The path of one entity; empty function: get() finds the key in the whole list (the
        // API has no single read, or its key is not one path segment).
        std::function<QString(const QString& key)> itemPath;
        Decode decode;
        // Paged lists (SCIM users, destinations) set these; otherwise one GET of everything.
        std::function<std::optional<HttpRequest>(PageRequest page, qsizetype collected, int number)> pageRequest;
        std::function<Result<QList<T>>(const HttpResponse&, PageRequest page, int number, bool& last)> decodePage;
        // Instead of decodePage: the page's entities decoded while the next page is on its way.
        std::function<Result<SplitPage<T>>(const HttpResponse&, PageRequest page, int number, bool& last)> splitPage;
        bool serverSlices = false; // pageRequest already honours skip/top
    };

    RemoteResource(HttpTransport* transport, Spec spec) : m_transport(transport), m_spec(std::move(spec)) {}

    QFuture<Result<QList<T>>> list(PageRequest page = {}) override
    {
        using R = Result<QList<T>>;
        if (const auto e = unavailable())
            return readyFuture(R(*e));
        auto job = std::make_shared<PagedList<T>>();
        job->transport = m_transport;
        const Spec& spec = m_spec;
        if (spec.pageRequest) {
            job->next = [pageRequest = spec.pageRequest, page](qsizetype collected, int number) {
                return pageRequest(page, collected, number);
            };
            if (spec.splitPage) {
                job->split = [splitPage = spec.splitPage, page](const HttpResponse& r, int number, bool& last) {
                    return splitPage(r, page, number, last);
                };
            } else {
                job->split = [decodePage = spec.decodePage, page](const HttpResponse& r, int number, bool& last) {
                    return decodedPage<T>(decodePage(r, page, number, last));
                };
            }
        } else {
            job->next = [path = spec.listPath](qsizetype, int number) -> std::optional<HttpRequest> {
                if (number > 1)
                    return std::nullopt;
                HttpRequest request;
                request.path = path;
                return request;
            };
            job->split = [decode = spec.decode](const HttpResponse& r, int, bool& last) -> Result<SplitPage<T>> {
                last = true;
                auto items = arrayOf(r);
                if (!items)
                    return items.error();
                return arrayPage<T>(std::move(*items), QStringLiteral("$"), r.where, decode);
            };
        }
        // A server that slices may still answer more than asked for; the rest is cut here.
        const PageRequest cut = spec.serverSlices ? PageRequest{0, page.top} : page;
        return job->start().then(QtFuture::Launch::Sync, [cut](R r) -> R {
            if (!r)
                return r;
            return slice(std::move(*r), cut);
        });
    }

    QFuture<Result<T>> get(const QString& key) override
    {
        using R = Result<T>;
        if (const auto e = unavailable())
            return readyFuture(R(*e));
        const QString label = m_spec.label;
        if (!m_spec.itemPath) {
            return list().then(QtFuture::Launch::Sync, [key, label](Result<QList<T>> all) -> R {
                if (!all)
                    return all.error();
                for (T& value : *all)
                    if (value.key() == key)
                        return std::move(value);
                return Error::notFound(QCoreApplication::translate("gh::remote::RemoteResources", "no %1 %2").arg(label, key));
            });
        }
        HttpRequest request;
        request.path = m_spec.itemPath(key);
        return m_transport->send(std::move(request))
            .then(QtFuture::Launch::Sync, [decode = m_spec.decode](Result<HttpResponse> r) -> R {
                if (!r)
                    return r.error();
                return decodeOne<T>(*r, decode);
            });
    }

    QFuture<Result<T>> create(const T&) override
    {
        return readyFuture(Result<T>(notSupportedYet(
            QCoreApplication::translate("gh::remote::RemoteResources", "creating %1").arg(m_spec.label))));
    }
    QFuture<Result<T>> update(const T&) override
    {
        return readyFuture(Result<T>(notSupportedYet(
            QCoreApplication::translate("gh::remote::RemoteResources", "changing %1").arg(m_spec.label))));
    }
    QFuture<Status> remove(const QString&) override
    {
        return readyFuture(Status(notSupportedYet(
            QCoreApplication::translate("gh::remote::RemoteResources", "deleting %1").arg(m_spec.label))));
    }

protected:

    // The error when this resource cannot be read at all.
    std::optional<Error> unavailable() const
    {
        if (m_spec.listPath.isEmpty())
            return notAvailable(m_spec.label, m_spec.unavailable);
        if (!m_transport)
            return notAvailable(m_spec.label, QCoreApplication::translate("gh::remote::RemoteResources", "the profile has no key for the %1").arg(m_spec.service));
        return std::nullopt;
    }

    QPointer<HttpTransport> m_transport;
    Spec m_spec;
};

// Role collections: created (name, description, roles), their description changed, and deleted
// through the Authorization API (RemoteWrites.cpp); users assigned and unassigned through SCIM
// /Groups (RemoteAssignments.cpp).
class RemoteRoleCollections final : public RemoteResource<RoleCollection>, public RoleCollectionsClient
{
public:
    using RemoteResource<RoleCollection>::RemoteResource;
    QFuture<Result<RoleCollection>> create(const RoleCollection& value) override;
    QFuture<Result<RoleCollection>> update(const RoleCollection& value) override;
    QFuture<Status> remove(const QString& name) override;
    // Through SCIM /Groups (RemoteAssignments.cpp).
    QFuture<Status> assignUsers(const QString& roleCollection, const QStringList& userIds) override;
    QFuture<Status> unassignUsers(const QString& roleCollection, const QStringList& userIds) override;
};

// Destinations without secret properties: created, replaced and deleted through the Destination
// service (RemoteWrites.cpp). A Destination never holds a secret's value, so one with a secret
// cannot be written without sending a placeholder as the password: refused until the remote
// backend reads secret values from the keychain.
class RemoteDestinations final : public RemoteResource<Destination>
{
public:
    using RemoteResource<Destination>::RemoteResource;
    QFuture<Result<Destination>> create(const Destination& value) override;
    QFuture<Result<Destination>> update(const Destination& value) override;
    QFuture<Status> remove(const QString& name) override;
};

} // namespace gh::remote
