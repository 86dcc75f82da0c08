#include "app/tenantd/Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gh::tenantd {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonValue& value)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::jsonBytes(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    r.body = std::move(body);
    return r;
}

QByteArray HttpResponse::compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& error, const QString& description)
{
    return json(status, QJsonObject{{QStringLiteral("error"), error},
                                    {QStringLiteral("error_description"), description},
                                    {QStringLiteral("message"), description}});
}

HttpResponse HttpResponse::destinationError(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("ErrorMessage"), message}});
}

bool isDestinationPath(const QStringList& pathSegments)
{
    return !pathSegments.isEmpty() && pathSegments.first() == QLatin1String("destination-configuration");
}

HttpResponse apiError(const HttpRequest& request, int status, const QString& error, const QString& description)
{
    return isDestinationPath(request.pathSegments) ? HttpResponse::destinationError(status, description)
                                                   : HttpResponse::error(status, error, description);
}

HttpResponse& HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray loggableTarget(const HttpRequest& request)
{
    const qsizetype mark = request.target.indexOf('?');
    if (mark < 0)
        return request.target;
    QByteArray out = request.target.left(mark + 1);
    const QList<QByteArray> items = request.target.mid(mark + 1).split('&');
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray& item = items[i];
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(item.left(eq < 0 ? item.size() : eq)).toLower();
        const bool secret = name.contains("secret") || name.contains("password") || name.contains("token");
        if (i > 0)
            out += '&';
        out += secret && eq >= 0 ? item.left(eq + 1) + "***" : item;
    }
    return out;
}

QStringList splitPath(const QByteArray& encodedPath)
{
    QStringList out;
    for (const QByteArray& part : encodedPath.split('/')) {
        if (!part.isEmpty())
            out.append(QUrl::fromPercentEncoding(part));
    }
    return out;
}

} // namespace gh::tenantd
