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
// as far as saying whether it was the last and how many entities it has. The next page is asked
// for before the entities of this one are decoded, so the server makes it meanwhile (one
// request in flight at a time). Runs in the transport's thread.
template<class T>
struct PagedList : std::enable_shared_from_this<PagedList<T>>
{
    QPointer<HttpTransport> transport;
    std::function<std::optional<HttpRequest>(qsizetype collected, int number)> next;
    std::function<Result<SplitPage<T>>(const HttpResponse&, int number, bool& last)> split;
    // Or, without split: the page decoded at once.
    std::function<Result<QList<T>>(const HttpResponse&, int number, bool& last)> decode;
    QPromise<Result<QList<T>>> promise;
    QList<T> collected;
    qsizetype counted = 0; // entities of the pages read so far, decoded or not
    int number = 0;
    bool done = false;
    bool busy = false;
    std::optional<std::pair<Result<HttpResponse>, int>> parked;

    QFuture<Result<QList<T>>> start()
    {
        promise.start();
        QFuture<Result<QList<T>>> future = promise.future();
        if (!step())
            finish(std::move(collected));
        return future;
    }

    void finish(Result<QList<T>> result)
    {
        if (done)
            return;
        done = true;
        promise.addResult(std::move(result));
        promise.finish();
    }

    // Sends the request for the next page; false when there is none (or it cannot be sent).
    bool step()
    {
        std::optional<HttpRequest> request = next(counted, ++number);
        if (!request)
            return false;
        if (!transport) {
            finish(Error::make(Error::Kind::Cancelled, QCoreApplication::translate("gh::remote::RemoteResources", "the remote tenant was closed")));
            return true;
        }
        // Continued in the transport's thread; if the transport goes first, the promise is
        // dropped with the continuation and the future ends cancelled.
        transport->send(std::move(*request))
            .then(transport.data(), [self = this->shared_from_this(), page = number](Result<HttpResponse> r) {
                self->received(std::move(r), page);
            });
        return true;
    }

    // A continuation may run at once inside step() (a future finished already): such a page waits
    // until the one before it is decoded, so the pages stay in order.
    void received(Result<HttpResponse> r, int page)
    {
        if (busy) {
            parked.emplace(std::move(r), page);
            return;
        }
        busy = true;
        handle(std::move(r), page);
        busy = false;
        if (parked) {
            auto [response, number] = std::move(*parked);
            parked.reset();
            received(std::move(response), number);
        }
    }

    void handle(Result<HttpResponse> r, int page)
    {
        if (done) // an earlier page failed while this one was on its way
            return;
        if (!r)
            return finish(r.error());
        bool last = true;
        Result<SplitPage<T>> read = split ? split(*r, page, last) : decodedPage<T>(decode(*r, page, last));
        if (!read)
            return finish(read.error());
        counted += read->count;
        const bool more = !last && step();
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
