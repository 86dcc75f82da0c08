#include "models/SecurityMaterialModel.h"

#include "models/Format.h"
#include "models/Icons.h"

#include <QMutex>
#include <QPromise>

#include <memory>

namespace gh {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// Lists the three resources at once and hands back one sorted list (or the first error).
// The continuations run on the store thread as each list finishes; nothing waits.
class Collector
{
public:
    using Items = Result<QList<SecurityMaterialItem>>;

    explicit Collector(int parts) : m_remaining(parts) { m_promise.start(); }
    QFuture<Items> future() { return m_promise.future(); }

    template<class T> void add(const Result<QList<T>>& part)
    {
        QMutexLocker lock(&m_mutex);
        if (!part && !m_error)
            m_error = part.error();
        if (part) {
            for (const T& value : part.value())
                m_items.append({value});
        }
        if (--m_remaining > 0)
            return;
        std::sort(m_items.begin(), m_items.end(),
                  [](const SecurityMaterialItem& a, const SecurityMaterialItem& b) {
                      return a.value.index() != b.value.index() ? a.value.index() < b.value.index()
                                                                : a.name() < b.name();
                  });
        m_promise.addResult(m_error ? Items(*m_error) : Items(m_items));
        m_promise.finish();
    }

private:
    QMutex m_mutex;
    QPromise<Items> m_promise;
    QList<SecurityMaterialItem> m_items;
    std::optional<Error> m_error;
    int m_remaining;
};

} // namespace

EntityKind SecurityMaterialItem::kind() const
{
    return std::visit([](const auto& v) { return std::decay_t<decltype(v)>::entityKind; }, value);
}

QString SecurityMaterialItem::name() const
{
    return std::visit([](const auto& v) { return v.name; }, value);
}

QString SecurityMaterialItem::description() const
{
    return std::visit([](const auto& v) { return v.description; }, value);
}

bool SecurityMaterialItem::secretSet() const
{
    return std::visit(Overloaded{[](const UserCredential& c) { return c.passwordSet; },
                                 [](const OAuth2ClientCredential& c) { return c.clientSecretSet; },
                                 [](const SecureParameter& p) { return p.secureParamSet; }},
                      value);
}

QString SecurityMaterialItem::deployedBy() const
{
    return std::visit(Overloaded{[](const SecureParameter& p) { return p.deployedBy; },
                                 [](const auto& c) { return c.descriptor.deployedBy; }},
                      value);
}

QDateTime SecurityMaterialItem::deployedOn() const
{
    return std::visit(Overloaded{[](const SecureParameter& p) { return p.deployedOn; },
                                 [](const auto& c) { return c.descriptor.deployedOn; }},
                      value);
}

QString SecurityMaterialItem::key() const
{
    return entityKindName(kind()) + QLatin1Char('/') + name();
}

SecurityMaterialModel::SecurityMaterialModel(const Clock& clock, QObject* parent)
    : EntityTableModel<SecurityMaterialItem>(clock, parent)
{
    using I = SecurityMaterialItem;
    QList<Column> columns;
    columns.append({tr("Name"), {QStringLiteral("name")}, [](const I& i) { return i.name(); }});
    columns.append({tr("Kind"), {QStringLiteral("kind"), QStringLiteral("type")}, [](const I& i) {
                        return kindText(i.kind());
                    }});
    columns.append({tr("Description"),
                    {QStringLiteral("description"), QStringLiteral("desc")},
                    [](const I& i) { return i.description(); }});
    columns.append({tr("Details"),
                    {QStringLiteral("details"), QStringLiteral("user"), QStringLiteral("client")},
                    &detailsText});
    columns.append({tr("Secret"),
                    {QStringLiteral("secret")},
                    [](const I& i) { return i.secretSet() ? tr("set") : tr("missing"); },
                    {},
                    [](const I& i, int role) -> QVariant {
                        if (role == Qt::DecorationRole)
                            return i.secretSet() ? Icons::secretSet() : Icons::secretMissing();
                        return {};
                    }});
    columns.append({tr("Deployed by"),
                    {QStringLiteral("by"), QStringLiteral("deployedby")},
                    [](const I& i) { return i.deployedBy(); }});
    columns.append({tr("Deployed on"),
                    {QStringLiteral("on"), QStringLiteral("deployed")},
                    [](const I& i) { return format::date(i.deployedOn()); },
                    [](const I& i) {
                        return i.deployedOn().isValid() ? QVariant(i.deployedOn()) : QVariant();
                    }});
    setColumns(std::move(columns));
}

QString SecurityMaterialModel::kindText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential:
        return tr("User credentials");
    case EntityKind::OAuth2ClientCredential:
        return tr("OAuth2 client credentials");
    case EntityKind::SecureParameter:
        return tr("Secure parameter");
    default:
        return entityKindText(kind);
    }
}

QString SecurityMaterialModel::detailsText(const SecurityMaterialItem& item)
{
    return std::visit(
        Overloaded{
            [](const UserCredential& c) {
                return c.companyId.isEmpty() ? tr("User %1").arg(c.user)
                                             : tr("User %1, company %2").arg(c.user, c.companyId);
            },
            [](const OAuth2ClientCredential& c) { return tr("Client ID %1").arg(c.clientId); },
            [](const SecureParameter&) { return QString(); }},
        item.value);
}

QString SecurityMaterialModel::searchExample() const
{
    return QStringLiteral("kind:oauth2");
}

QStringList SecurityMaterialModel::predicates() const
{
    return {QStringLiteral("missing")};
}

bool SecurityMaterialModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::UserCredential || kind == EntityKind::OAuth2ClientCredential ||
           kind == EntityKind::SecureParameter;
}

QFuture<Result<QList<SecurityMaterialItem>>> SecurityMaterialModel::list(TenantClient& client)
{
    auto collector = std::make_shared<Collector>(3);
    // QFuture::then needs the argument type spelled out (no generic lambdas).
    client.userCredentials().list().then(
        QtFuture::Launch::Sync,
        [collector](const Result<QList<UserCredential>>& r) { collector->add(r); });
    client.oauth2ClientCredentials().list().then(
        QtFuture::Launch::Sync,
        [collector](const Result<QList<OAuth2ClientCredential>>& r) { collector->add(r); });
    client.secureParameters().list().then(
        QtFuture::Launch::Sync,
        [collector](const Result<QList<SecureParameter>>& r) { collector->add(r); });
    return collector->future();
}

std::optional<bool> SecurityMaterialModel::is(const SecurityMaterialItem& item,
                                              const QString& predicate) const
{
    if (predicate == QLatin1String("missing"))
        return !item.secretSet();
    if (predicate == QLatin1String("set"))
        return item.secretSet();
    return std::nullopt;
}

} // namespace gh
