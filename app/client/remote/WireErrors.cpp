#include "app/client/remote/WireErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::WireErrors)
};
} // namespace

namespace {

// Error bodies are a few hundred bytes; a larger one is a proxy's HTML page or an attack, and is
// not worth parsing for a message.
constexpr qsizetype kMaxErrorBody = 64 * 1024;
// A message longer than this is cut: it goes into one line of a dialog or a terminal.
constexpr qsizetype kMaxMessage = 500;

QString clean(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > kMaxMessage)
        text = text.left(kMaxMessage) + QStringLiteral("…");
    return text;
}

// A string, or an OData message object {"lang","value"} whose value is a string, cleaned; none
// when nothing readable is left (blank, or only control characters such as NULs).
std::optional<QString> textOf(const QJsonValue& v)
{
    const QJsonValue text = v.isObject() ? v.toObject().value(QStringLiteral("value")) : v;
    if (!text.isString())
        return std::nullopt;
    QString cleaned = clean(text.toString());
    if (cleaned.isEmpty())
        return std::nullopt;
    return cleaned;
}

} // namespace

std::optional<QString> serverMessage(QByteArrayView body)
{
    if (body.isEmpty() || body.size() > kMaxErrorBody)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QStringLiteral("error"));

    // OData: the message inside the "error" wrapper, else its code ("Not Found").
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        if (auto m = textOf(e.value(QStringLiteral("message"))))
            return *m;
        if (auto c = textOf(e.value(QStringLiteral("code"))))
            return *c;
    }
    if (auto m = textOf(o.value(QStringLiteral("ErrorMessage"))))
        return *m;
    // UAA: the description is for people, "error" is a code such as "insufficient_scope".
    if (auto d = textOf(o.value(QStringLiteral("error_description"))))
        return *d;
    if (auto m = textOf(o.value(QStringLiteral("message"))))
        return *m;
    if (auto e = textOf(error))
        return *e;
    // The OData 403 without wrapper carries a null message: its code is all there is.
    if (auto c = textOf(o.value(QStringLiteral("code"))))
        return *c;
    return std::nullopt;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 412: return QStringLiteral("Precondition Failed");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 423: return QStringLiteral("Locked");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

Error httpError(int status, QByteArrayView body, const QString& where)
{
    using K = Error::Kind;
    K kind = K::Server;
    if (status == 401)
        kind = K::Authentication;
    else if (status == 403)
        kind = K::Forbidden;
    else if (status == 404)
        kind = K::NotFound;
    else if (status == 409 || status == 412 || status == 423)
        kind = K::Conflict;
    else if (status >= 400 && status < 500 && status != 429)
        kind = K::Validation;

    const QString reason = reasonPhrase(status);
    const QString statusText = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                                : QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
    QString message;
    if (const auto said = serverMessage(body))
        message = QStringLiteral("%1 (%2)").arg(*said, statusText);
    else if (body.isEmpty())
        message = Tr::tr("the server answered %1").arg(statusText);
    else if (body.size() > kMaxErrorBody)
        message = Tr::tr("the server answered %1 with a body of %2 bytes, too large to read a message from")
                      .arg(statusText)
                      .arg(body.size());
    else
        message = Tr::tr("the server answered %1 with a body that holds no error message SAP's APIs use")
                      .arg(statusText);
    return Error::make(kind, message, where);
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime& now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (the obsolete forms are not worth the code).
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime date(local.date(), local.time(), Qt::UTC);
    return std::max<qint64>(0, now.secsTo(date));
}

} // namespace gh::remote
