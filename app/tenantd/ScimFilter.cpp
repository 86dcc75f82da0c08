#include "app/tenantd/ScimFilter.h"

#include <QJsonValue>

namespace gh::tenantd {

struct ScimFilter::Node
{
    enum class Kind { And, Or, Eq, Co, Sw, Pr } kind = Kind::Eq;
    QString attribute; // lower-case
    QString value;
    std::shared_ptr<const Node> left, right;
};

namespace {

using Node = ScimFilter::Node;
// Deeper nesting than any real filter; keeps a hostile one from exhausting the stack.
constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxLength = 4096;

const QStringList kAttributes{QStringLiteral("username"), QStringLiteral("emails.value"), QStringLiteral("origin"),
                              QStringLiteral("id"), QStringLiteral("zoneid"), QStringLiteral("externalid")};

class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text) {}

    Result<std::shared_ptr<const Node>> run()
    {
        auto root = orExpression(0);
        if (!root)
            return root;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(QStringLiteral("unexpected \"%1\"").arg(m_text.mid(m_pos, 20)));
        return root;
    }

private:
    const QString& m_text;
    qsizetype m_pos = 0;

    Error fail(const QString& what) const
    {
        return Error::validation(QStringLiteral("filter"),
                                 QStringLiteral("%1 at position %2").arg(what).arg(m_pos + 1));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // The next word (letters, digits, '.', '_'), not consumed.
    QString peekWord()
    {
        skipSpace();
        qsizetype end = m_pos;
        while (end < m_text.size()
               && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('.') || m_text.at(end) == QLatin1Char('_')))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }

    Result<std::shared_ptr<const Node>> join(Node::Kind kind, std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->left = std::move(l);
        n->right = std::move(r);
        return std::shared_ptr<const Node>(std::move(n));
    }

    Result<std::shared_ptr<const Node>> orExpression(int depth)
    {
        auto left = andExpression(depth);
        if (!left)
            return left;
        while (peekWord().compare(QLatin1String("or"), Qt::CaseInsensitive) == 0) {
            m_pos += 2;
            auto right = andExpression(depth);
            if (!right)
                return right;
            left = join(Node::Kind::Or, *left, *right);
        }
        return left;
    }

    Result<std::shared_ptr<const Node>> andExpression(int depth)
    {
        auto left = term(depth);
        if (!left)
            return left;
        while (peekWord().compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            m_pos += 3;
            auto right = term(depth);
            if (!right)
                return right;
            left = join(Node::Kind::And, *left, *right);
        }
        return left;
    }

    Result<std::shared_ptr<const Node>> term(int depth)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
            if (depth >= kMaxDepth)
                return fail(QStringLiteral("parentheses nested too deeply"));
            ++m_pos;
            auto inner = orExpression(depth + 1);
            if (!inner)
                return inner;
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(')'))
                return fail(QStringLiteral("\")\" expected"));
            ++m_pos;
            return inner;
        }
        const QString attribute = peekWord();
        if (attribute.isEmpty())
            return fail(m_pos >= m_text.size() ? QStringLiteral("an attribute expected at the end")
                                               : QStringLiteral("an attribute expected"));
        if (!kAttributes.contains(attribute.toLower()))
            return fail(QStringLiteral("attribute \"%1\" is not supported (userName, emails.value, origin, id, zoneId, "
                                       "externalId)").arg(attribute));
        m_pos += attribute.size();
        const QString op = peekWord().toLower();
        auto n = std::make_shared<Node>();
        n->attribute = attribute.toLower();
        if (op == QLatin1String("eq"))
            n->kind = Node::Kind::Eq;
        else if (op == QLatin1String("co"))
            n->kind = Node::Kind::Co;
        else if (op == QLatin1String("sw"))
            n->kind = Node::Kind::Sw;
        else if (op == QLatin1String("pr"))
            n->kind = Node::Kind::Pr;
        else if (op.isEmpty())
            return fail(QStringLiteral("an operator expected after \"%1\"").arg(attribute));
        else
            return fail(QStringLiteral("operator \"%1\" is not supported (eq, co, sw, pr)").arg(op));
        m_pos += op.size();
        if (n->kind != Node::Kind::Pr) {
            auto value = quoted();
            if (!value)
                return value.error();
            n->value = *value;
        }
        return std::shared_ptr<const Node>(std::move(n));
    }

    Result<QString> quoted()
    {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text.at(m_pos) != QLatin1Char('"') && m_text.at(m_pos) != QLatin1Char('\'')))
            return fail(QStringLiteral("a quoted value expected"));
        const QChar quote = m_text.at(m_pos++);
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                return out;
            if (c == QLatin1Char('\\')) {
                if (m_pos >= m_text.size())
                    break;
                out.append(m_text.at(m_pos++));
                continue;
            }
            out.append(c);
        }
        return fail(QStringLiteral("the value's closing quote is missing"));
    }
};

QStringList valuesOf(const User& u, const QString& attribute)
{
    if (attribute == QLatin1String("username"))
        return {u.userName};
    if (attribute == QLatin1String("origin"))
        return {u.origin};
    if (attribute == QLatin1String("id"))
        return {u.id};
    if (attribute == QLatin1String("zoneid"))
        return {u.zoneId};
    if (attribute == QLatin1String("externalid"))
        return {u.extra.value(QStringLiteral("externalId")).toString()};
    QStringList out;
    for (const Email& e : u.emails)
        out.append(e.value);
    return out;
}

bool matchNode(const Node& n, const User& u)
{
    switch (n.kind) {
    case Node::Kind::And: return matchNode(*n.left, u) && matchNode(*n.right, u);
    case Node::Kind::Or: return matchNode(*n.left, u) || matchNode(*n.right, u);
    default: break;
    }
    for (const QString& v : valuesOf(u, n.attribute)) {
        switch (n.kind) {
        case Node::Kind::Eq:
            if (v.compare(n.value, Qt::CaseInsensitive) == 0)
                return true;
            break;
        case Node::Kind::Co:
            if (v.contains(n.value, Qt::CaseInsensitive))
                return true;
            break;
        case Node::Kind::Sw:
            if (v.startsWith(n.value, Qt::CaseInsensitive))
                return true;
            break;
        case Node::Kind::Pr:
            if (!v.isEmpty())
                return true;
            break;
        default: break;
        }
    }
    return false;
}

} // namespace

Result<ScimFilter> ScimFilter::parse(const QString& text)
{
    if (text.size() > kMaxLength)
        return Error::validation(QStringLiteral("filter"), QStringLiteral("longer than %1 characters").arg(kMaxLength));
    if (text.trimmed().isEmpty())
        return Error::validation(QStringLiteral("filter"), QStringLiteral("is empty"));
    Parser parser(text);
    auto root = parser.run();
    if (!root)
        return root.error();
    ScimFilter f;
    f.m_root = std::move(*root);
    return f;
}

bool ScimFilter::matches(const User& user) const
{
    return m_root && matchNode(*m_root, user);
}

} // namespace gh::tenantd
