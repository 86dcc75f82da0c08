#include "models/CertificateTreeModel.h"

#include "models/Format.h"

#include <QFont>
#include <QFontDatabase>

namespace gh {

CertificateTreeModel::CertificateTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void CertificateTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    endResetModel();
}

int CertificateTreeModel::add(int parent, const QString& field, const QString& value,
                              bool monospace)
{
    Node n;
    n.field = field;
    n.value = value;
    n.monospace = monospace;
    n.parent = parent;
    QList<int>& siblings = parent < 0 ? m_top : m_nodes[parent].children;
    n.row = static_cast<int>(siblings.size());
    const int id = static_cast<int>(m_nodes.size());
    siblings.append(id);
    m_nodes.append(std::move(n));
    return id;
}

void CertificateTreeModel::addName(const QString& field, const crypto::DistinguishedName& name,
                                   const QString& text)
{
    const int top = add(-1, field, text);
    for (const crypto::DistinguishedName::Attribute& a : name.attributes())
        add(top, a.type, a.value);
}

void CertificateTreeModel::setDetails(const crypto::CertificateDetails& d)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    if (d.version > 0) {
        add(-1, tr("Version"), QString::number(d.version));
        const int serial = add(-1, tr("Serial number"), d.serialHex, true);
        add(serial, tr("Hexadecimal"), d.serialHex, true);
        add(serial, tr("Decimal"), d.serialDecimal, true);
        addName(tr("Subject"), d.subject, d.subjectDN);
        addName(tr("Issuer"), d.issuer, d.issuerDN);
        const int validity = add(-1, tr("Validity"), {});
        add(validity, tr("Not before"), format::dateTime(d.notBefore));
        add(validity, tr("Not after"), format::dateTime(d.notAfter));
        QString keyText = d.keyType;
        if (!d.ellipticCurve.isEmpty())
            keyText = tr("%1 %2").arg(d.keyType, d.ellipticCurve);
        else if (d.keySize > 0)
            keyText = tr("%1 %2 bits").arg(d.keyType).arg(d.keySize);
        const int key = add(-1, tr("Public key"), keyText);
        add(key, tr("Algorithm"), d.keyType);
        if (d.keySize > 0)
            add(key, tr("Size"), tr("%1 bits").arg(d.keySize));
        if (!d.ellipticCurve.isEmpty())
            add(key, tr("Curve"), d.ellipticCurve);
        add(key, tr("Algorithm OID"), d.publicKeyAlgorithmOid);
        add(key, tr("SHA-256 of the public key"), d.publicKeySha256, true);
        const int sig = add(-1, tr("Signature algorithm"), d.signatureAlgorithm);
        add(sig, tr("OID"), d.signatureAlgorithmOid);

        const int extensions = add(-1, tr("Extensions"), tr("%n extension(s)", nullptr,
                                                            static_cast<int>(d.extensions.size())));
        for (const crypto::ExtensionDetails& e : d.extensions) {
            // OpenSSL's long names carry an "X509v3 " prefix that says nothing to a reader.
            QString name = e.longName.isEmpty() ? e.name() : e.longName;
            if (name.startsWith(QLatin1String("X509v3 ")))
                name = name.mid(7);
            const int ext = add(extensions, name, e.value, !e.decoded);
            m_nodes[ext].critical = e.critical;
            m_nodes[ext].toolTip = tr("OID %1").arg(e.oid);
            if (e.items.size() > 1) {
                for (const QString& item : e.items)
                    add(ext, {}, item);
            }
        }
        const int fps = add(-1, tr("Fingerprints"), {});
        add(fps, QStringLiteral("SHA-1"), d.fingerprintSha1, true);
        add(fps, QStringLiteral("SHA-256"), d.fingerprintSha256, true);
        add(fps, QStringLiteral("SHA-512"), d.fingerprintSha512, true);
        add(fps, QStringLiteral("MD5"), d.fingerprintMd5, true);
    }
    endResetModel();
}

QModelIndex CertificateTreeModel::find(const QString& field) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).field == field)
            return createIndex(m_nodes.at(i).row, 0, static_cast<quintptr>(i));
    }
    return {};
}

const CertificateTreeModel::Node* CertificateTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = static_cast<qsizetype>(index.internalId());
    return id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex CertificateTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node* p = node(parent);
    const QList<int>& siblings = p ? p->children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings.at(row)));
}

QModelIndex CertificateTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, static_cast<quintptr>(n->parent));
}

int CertificateTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int CertificateTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CertificateTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == FieldColumn)
            return n->field;
        if (index.column() == ValueColumn)
            return n->value;
        return n->critical ? tr("critical") : QString();
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !n->value.isEmpty())
            return n->value;
        return n->toolTip.isEmpty() ? QVariant() : QVariant(n->toolTip);
    case ClipboardRole:
        return n->value.isEmpty() ? n->field : n->value;
    case CriticalRole:
        return n->critical;
    case Qt::FontRole:
        if (index.column() == ValueColumn && n->monospace)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == CriticalColumn && n->critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant CertificateTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case CriticalColumn:
        return tr("Critical");
    default:
        return {};
    }
}

} // namespace gh
