#include "app/tenantd/DestinationApi.h"

#include "app/client/TenantClient.h"
#include "app/domain/Validation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <variant>

namespace gh::tenantd {

namespace {

// The service's own text for an unknown destination (recorded, SAP_APIS.md 2.2).
const QString kDestinationNotFound = QStringLiteral("Configuration with the specified name was not found");
const QString kCertificateNotFound = QStringLiteral("Certificate with the specified name was not found");

HttpResponse methodNotAllowed(const HttpRequest& r, QByteArray allowed)
{
    return HttpResponse::destinationError(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)))
        .withHeader(QByteArrayLiteral("Allow"), std::move(allowed));
}

HttpResponse badRequest(const QString& message)
{
    return HttpResponse::destinationError(400, message);
}

// $select as a set of property names; empty when not asked for.
QStringList selection(const HttpRequest& r)
{
    QStringList out;
    for (const QString& part : r.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded).split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QJsonObject selected(const QJsonObject& o, const QStringList& select)
{
    if (select.isEmpty())
        return o;
    QJsonObject out;
    for (const QString& key : select)
        if (o.contains(key))
            out.insert(key, o.value(key));
    return out;
}

// The names $filter asks for, all names when there is no $filter, or the 400 for one that is
// not "Name in (…)".
std::optional<std::optional<QSet<QString>>> filterNames(const HttpRequest& r, HttpResponse& failure)
{
    if (!r.query.hasQueryItem(QStringLiteral("$filter")))
        return std::optional<QSet<QString>>();
    const QString filter = r.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    const auto names = parseNameFilter(filter);
    if (!names) {
        failure = badRequest(QStringLiteral("Unsupported $filter '%1': only Name in ('a','b',…) is supported").arg(filter));
        return std::nullopt;
    }
    return std::optional<QSet<QString>>(QSet<QString>(names->begin(), names->end()));
}

// One destination object or an array of them, decoded and checked, for POST and PUT. The whole
// body is checked before anything is written, so that a bad item changes nothing.
std::optional<QList<Destination>> destinationsIn(const QByteArray& body, bool* isArray, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        failure = badRequest(QStringLiteral("The request body is not valid JSON: %1 at offset %2")
                                 .arg(error.errorString())
                                 .arg(error.offset));
        return std::nullopt;
    }
    QJsonArray items;
    *isArray = doc.isArray();
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    if (items.isEmpty()) {
        failure = badRequest(QStringLiteral("The request body must be a destination object or a non-empty array of them"));
        return std::nullopt;
    }
    QList<Destination> out;
    QSet<QString> names;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = *isArray ? QStringLiteral("$[%1]").arg(i) : QStringLiteral("$");
        if (!items.at(i).isObject()) {
            failure = badRequest(QStringLiteral("%1: a destination must be a JSON object").arg(path));
            return std::nullopt;
        }
        auto d = Destination::fromJson(items.at(i).toObject(), path);
        if (!d) {
            failure = badRequest(d.error().toString());
            return std::nullopt;
        }
        if (const Problems problems = validateDestination(*d); !problems.isEmpty()) {
            failure = badRequest(path + QStringLiteral(": ") + problems.first().toString());
            return std::nullopt;
        }
        if (names.contains(d->name())) {
            failure = badRequest(QStringLiteral("%1: the name '%2' comes twice in the request").arg(path, d->name()));
            return std::nullopt;
        }
        names.insert(d->name());
        out.append(std::move(d).value());
    }
    return out;
}

// BulkResponse items (shape inferred, SAP_APIS.md 2.3): per destination its name and status.
QJsonArray bulkResponse(const QList<Destination>& items, int status)
{
    QJsonArray out;
    for (const Destination& d : items)
        out.append(QJsonObject{{QStringLiteral("name"), d.name()}, {QStringLiteral("status"), status}});
    return out;
}

// A strong ETag over the destination's wire form (QJsonObject sorts its keys, so the form is
// canonical). Secrets enter it only as set or missing: the server never has their values.
QByteArray etagOf(const Destination& d)
{
    return '"' + QCryptographicHash::hash(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact),
                                          QCryptographicHash::Sha256).toHex() + '"';
}

// Whether an If-Match / If-None-Match header names this ETag ("*" names any).
bool tagListed(const QByteArray& header, const QByteArray& etag)
{
    for (const QByteArray& part : header.split(',')) {
        const QByteArray tag = part.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

// SAP_APIS.md 2.4 recommends If-Match on writes; a client that sends none is not held to it.
std::optional<HttpResponse> preconditionFailed(const HttpRequest& r, const Destination& current)
{
    const QByteArray ifMatch = r.header("If-Match");
    if (ifMatch.isEmpty() || tagListed(ifMatch, etagOf(current)))
        return std::nullopt;
    return HttpResponse::destinationError(412, QStringLiteral("The destination '%1' was changed since it was read (If-Match)")
                                                   .arg(current.name()))
        .withHeader(QByteArrayLiteral("ETag"), etagOf(current));
}

// A positive whole number from the query, nothing when absent, or the 400 naming it.
std::optional<std::optional<qint64>> positive(const HttpRequest& r, const QString& name, HttpResponse& failure)
{
    if (!r.query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 n = r.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || n < 1) {
        failure = badRequest(QStringLiteral("%1 must be a whole number above 0").arg(name));
        return std::nullopt;
    }
    return std::optional<qint64>(n);
}

// $page (1-based) and $pageSize over `total` entities, with the counts as the Page-Count and
// Entity-Count headers when $pageCount / $entityCount ask for them (header names inferred,
// SAP_APIS.md 2.3). Without $page the whole list is answered, as by the service. `read(from,
// count)` gives the compact JSON array of those entities (or the failure): only the page asked
// for is read, so that paging through 10,000 destinations does not read them all for each page.
using ReadRange = std::function<std::variant<QByteArray, HttpResponse>(qint64 from, qint64 count)>;

HttpResponse paged(const HttpRequest& r, qint64 total, const ReadRange& read)
{
    HttpResponse failure;
    const auto page = positive(r, QStringLiteral("$page"), failure);
    if (!page)
        return failure;
    const auto size = positive(r, QStringLiteral("$pageSize"), failure);
    if (!size)
        return failure;
    if (!*page && *size)
        return badRequest(QStringLiteral("$pageSize needs $page"));
    // No default page size is documented; asking for one keeps clients explicit.
    if (*page && !*size)
        return badRequest(QStringLiteral("$page needs $pageSize"));
    const qint64 pageSize = *page ? **size : std::max<qint64>(total, 1);
    // Written so that nothing overflows for $page or $pageSize near the largest integer: a
    // page within the count starts inside the list, and the page's end is taken as a count.
    const qint64 pages = total == 0 ? 0 : (total - 1) / pageSize + 1;
    const qint64 number = *page ? **page : 1;
    qint64 from = 0, count = 0;
    if (number <= pages) {
        from = (number - 1) * pageSize;
        count = std::min(total - from, pageSize);
    }
    auto items = read(from, count);
    if (auto* failed = std::get_if<HttpResponse>(&items))
        return std::move(*failed);
    HttpResponse response = HttpResponse::jsonBytes(200, std::get<QByteArray>(std::move(items)));
    if (!*page)
        return response;
    if (r.query.queryItemValue(QStringLiteral("$pageCount")) == QLatin1String("true"))
        response.withHeader(QByteArrayLiteral("Page-Count"), QByteArray::number(pages));
    if (r.query.queryItemValue(QStringLiteral("$entityCount")) == QLatin1String("true"))
        response.withHeader(QByteArrayLiteral("Entity-Count"), QByteArray::number(total));
    return response;
}

// A range of a list already read (a filtered one), as paged() reads it.
ReadRange rangeOf(const QJsonArray& all)
{
    return [&all](qint64 from, qint64 count) -> std::variant<QByteArray, HttpResponse> {
        QByteArray out = QByteArrayLiteral("[");
        for (qint64 i = from; i < from + count; ++i) {
            if (i > from)
                out += ',';
            out += HttpResponse::compact(all.at(i).toObject());
        }
        return out + ']';
    };
}

// Whether the destination exists, or the failure that keeps us from knowing.
std::optional<bool> exists(ResourceClient<Destination>& client, const QString& name, HttpResponse& failure)
{
    auto got = client.get(name).result();
    if (got)
        return true;
    if (got.error().kind == Error::Kind::NotFound)
        return false;
    failure = destinationErrorResponse(got.error());
    return std::nullopt;
}

HttpResponse destinations(ResourceClient<Destination>& client, const HttpRequest& r, const QStringList& rest)
{
    // The handlers wait for the store thread, one request at a time (see TenantApi).
    if (rest.size() == 1) {
        const QString& name = rest.first();
        auto d = client.get(name).result();
        if (!d && (r.method == "GET" || r.method == "DELETE"))
            return destinationErrorResponse(d.error());
        if (r.method == "GET") {
            const QByteArray etag = etagOf(*d);
            if (tagListed(r.header("If-None-Match"), etag))
                return HttpResponse::empty(304).withHeader(QByteArrayLiteral("ETag"), etag);
            return HttpResponse::json(200, d->toJson()).withHeader(QByteArrayLiteral("ETag"), etag);
        }
        if (r.method == "DELETE") {
            if (auto failed = preconditionFailed(r, *d))
                return *failed;
            if (const Status s = client.remove(name).result(); !s)
                return destinationErrorResponse(s.error());
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("Count"), 1}});
        }
        return methodNotAllowed(r, QByteArrayLiteral("GET, DELETE"));
    }

    HttpResponse failure;
    if (r.method == "GET" || r.method == "DELETE") {
        const auto names = filterNames(r, failure);
        if (!names)
            return failure;
        if (r.method == "DELETE") {
            // A bulk delete names what goes; without a filter it would empty the subaccount.
            if (!*names)
                return badRequest(QStringLiteral("$filter=Name in (…) is required to delete destinations"));
            int count = 0;
            for (const QString& name : std::as_const(**names)) {
                const auto found = exists(client, name, failure);
                if (!found)
                    return failure;
                if (!*found)
                    continue;
                if (const Status s = client.remove(name).result(); !s)
                    return destinationErrorResponse(s.error());
                ++count;
            }
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("Count"), count}});
        }
        const QStringList select = selection(r);
        if (!*names) {
            // Unfiltered: the count, then only the rows of the page asked for.
            auto total = client.count().result();
            if (!total)
                return destinationErrorResponse(total.error());
            return paged(r, *total, [&](qint64 from, qint64 count) -> std::variant<QByteArray, HttpResponse> {
                if (count <= 0)
                    return QByteArrayLiteral("[]");
                auto page = client.list(PageRequest{from, count}).result();
                if (!page)
                    return destinationErrorResponse(page.error());
                return HttpResponse::compactArray(*page, [&](const Destination& d) { return selected(d.toJson(), select); });
            });
        }
        auto all = client.list().result();
        if (!all)
            return destinationErrorResponse(all.error());
        QJsonArray out;
        for (const Destination& d : *all) {
            if ((*names)->contains(d.name()))
                out.append(selected(d.toJson(), select));
        }
        return paged(r, out.size(), rangeOf(out));
    }
    if (r.method != "POST" && r.method != "PUT")
        return methodNotAllowed(r, QByteArrayLiteral("GET, POST, PUT, DELETE"));

    bool isArray = false;
    const auto items = destinationsIn(r.body, &isArray, failure);
    if (!items)
        return failure;
    const bool create = r.method == "POST";
    for (const Destination& d : *items) {
        auto current = client.get(d.name()).result();
        if (!current && current.error().kind != Error::Kind::NotFound)
            return destinationErrorResponse(current.error());
        if (create && current)
            return HttpResponse::destinationError(409, QStringLiteral("Destination with name '%1' already exists").arg(d.name()));
        if (!create && !current)
            return HttpResponse::destinationError(404, QStringLiteral("%1: %2").arg(kDestinationNotFound, d.name()));
        // An ETag names one destination: If-Match is checked on a single PUT only.
        if (!create && !isArray) {
            if (auto failed = preconditionFailed(r, *current))
                return *failed;
        }
    }
    QByteArray lastEtag;
    for (const Destination& d : *items) {
        auto written = create ? client.create(d).result() : client.update(d).result();
        if (!written)
            return destinationErrorResponse(written.error());
        lastEtag = etagOf(*written);
    }
    if (isArray)
        return HttpResponse::json(create ? 201 : 200, bulkResponse(*items, create ? 201 : 200));
    HttpResponse one = create ? HttpResponse::empty(201) : HttpResponse::json(200, QJsonObject{{QStringLiteral("Count"), 1}});
    return one.withHeader(QByteArrayLiteral("ETag"), lastEtag);
}

QByteArray pemOf(const QList<DestinationCertificateNode>& nodes)
{
    QByteArray out;
    for (const DestinationCertificateNode& n : nodes) {
        if (!n.isCertificate() || n.der.isEmpty())
            continue;
        const QByteArray b64 = n.der.toBase64();
        out += "-----BEGIN CERTIFICATE-----\n";
        for (qsizetype i = 0; i < b64.size(); i += 64)
            out += b64.mid(i, 64) + '\n';
        out += "-----END CERTIFICATE-----\n";
    }
    return out;
}

// The service's certificate object {"Name", "Type", "Content": base64 of the file}. Only public
// content is served: a CERTIFICATE's certificates as PEM. A KEYSTORE's file holds a private key
// and lives only in the app's keychain, so it comes without Content.
QJsonObject certificateWire(const DestinationCertificate& c)
{
    QJsonObject o{{QStringLiteral("Name"), c.name}, {QStringLiteral("Type"), c.type}};
    if (!c.isKeystore()) {
        if (const QByteArray pem = pemOf(c.nodes); !pem.isEmpty())
            o.insert(QStringLiteral("Content"), QString::fromLatin1(pem.toBase64()));
    }
    return o;
}

HttpResponse certificates(ResourceClient<DestinationCertificate>& client, const HttpRequest& r, const QStringList& rest)
{
    if (r.method != "GET")
        return methodNotAllowed(r, QByteArrayLiteral("GET"));
    if (rest.size() == 1) {
        auto c = client.get(rest.first()).result();
        if (!c) {
            if (c.error().kind == Error::Kind::NotFound)
                return HttpResponse::destinationError(404, kCertificateNotFound);
            return destinationErrorResponse(c.error());
        }
        return HttpResponse::json(200, certificateWire(*c));
    }
    HttpResponse failure;
    const auto names = filterNames(r, failure);
    if (!names)
        return failure;
    auto all = client.list().result();
    if (!all)
        return destinationErrorResponse(all.error());
    const QStringList select = selection(r);
    QJsonArray out;
    for (const DestinationCertificate& c : *all) {
        if (!*names || (*names)->contains(c.name))
            out.append(selected(certificateWire(c), select));
    }
    return HttpResponse::json(200, out);
}

} // namespace

std::optional<QStringList> parseNameFilter(const QString& filter)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*Name\s+in\s*\((.*)\)\s*$)"));
    const QRegularExpressionMatch m = form.match(filter);
    if (!m.hasMatch())
        return std::nullopt;
    const QString list = m.captured(1);
    QStringList out;
    qsizetype i = 0;
    const auto skipSpace = [&] { while (i < list.size() && list.at(i).isSpace()) ++i; };
    skipSpace();
    if (i == list.size())
        return out; // "Name in ()": nothing
    while (true) {
        skipSpace();
        if (i >= list.size() || list.at(i) != QLatin1Char('\''))
            return std::nullopt;
        ++i;
        QString name;
        while (true) {
            if (i >= list.size())
                return std::nullopt; // unterminated
            if (list.at(i) == QLatin1Char('\'')) {
                if (i + 1 < list.size() && list.at(i + 1) == QLatin1Char('\'')) {
                    name += QLatin1Char('\'');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            name += list.at(i++);
        }
        out.append(name);
        skipSpace();
        if (i == list.size())
            return out;
        if (list.at(i) != QLatin1Char(','))
            return std::nullopt;
        ++i;
    }
}

HttpResponse destinationErrorResponse(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::NotFound:
        return HttpResponse::destinationError(404, kDestinationNotFound);
    case Error::Kind::Validation:
    case Error::Kind::MalformedResponse:
    case Error::Kind::ReadOnly:
        return HttpResponse::destinationError(400, error.toString());
    case Error::Kind::Conflict:
        return HttpResponse::destinationError(409, error.message);
    case Error::Kind::Forbidden:
        return HttpResponse::destinationError(403, error.message);
    default:
        // The details (file paths, SQL) are for the operator, not for the API client.
        qWarning("tenantd: %s", qPrintable(error.toString()));
        return HttpResponse::destinationError(500, QStringLiteral("Internal error"));
    }
}

HttpResponse destinationApi(TenantClient& tenant, const HttpRequest& r, const QStringList& rest)
{
    if (!rest.isEmpty() && rest.size() <= 2) {
        if (rest.first() == QLatin1String("subaccountDestinations"))
            return destinations(tenant.destinations(), r, rest.mid(1));
        if (rest.first() == QLatin1String("subaccountCertificates"))
            return certificates(tenant.destinationCertificates(), r, rest.mid(1));
    }
    return HttpResponse::destinationError(404, QStringLiteral("No such resource: /destination-configuration/v1/%1")
                                                   .arg(rest.join(QLatin1Char('/'))));
}

} // namespace gh::tenantd
