#include "ui/details/WhereUsedPanel.h"

#include "models/WhereUsedSource.h"
#include "ui/details/WhereUsedGraph.h"

#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace gh {

namespace {

const QString kScheme = QStringLiteral("gatehouse-item:");

QList<GraphNode> nodesOf(const QList<WhereUsedLink>& links)
{
    QList<GraphNode> out;
    for (const WhereUsedLink& l : links)
        out.append({l.text, l.detail, l.exists});
    return out;
}

QLabel* linksLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    return label;
}

} // namespace

WhereUsedPanel::WhereUsedPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("whereUsedPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("whereUsedSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_graph = new WhereUsedGraph(this);
    layout->addWidget(m_graph);
    m_usedBy = linksLabel(QStringLiteral("whereUsedUsedBy"));
    m_refersTo = linksLabel(QStringLiteral("whereUsedRefersTo"));
    layout->addWidget(m_usedBy);
    layout->addWidget(m_refersTo);
    layout->addStretch(1);
    for (QLabel* label : {m_usedBy, m_refersTo})
        connect(label, &QLabel::linkActivated, this, &WhereUsedPanel::activate);
    setMessage(QString());
}

void WhereUsedPanel::setWorkspace(Workspace* workspace)
{
    disconnect(m_sourceConnection);
    m_source = WhereUsedSource::of(workspace);
    if (m_source)
        m_sourceConnection = connect(m_source, &WhereUsedSource::updated, this, &WhereUsedPanel::indexUpdated);
}

const whereused::WhereUsedIndex* WhereUsedPanel::index()
{
    if (!m_source)
        return nullptr;
    m_source->request();
    return m_source->index();
}

QString WhereUsedPanel::problem() const
{
    return m_source ? m_source->problem() : QString();
}

QString WhereUsedPanel::hrefOf(const WhereUsedLink& link)
{
    if (link.key.isEmpty() || !link.exists)
        return {};
    return kScheme + entityKindName(link.kind) + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(link.key));
}

QString WhereUsedPanel::linksHtml(const QString& title, const QList<WhereUsedLink>& links)
{
    if (links.isEmpty())
        return {};
    QString html = QStringLiteral("<b>%1</b><br>").arg(title.toHtmlEscaped());
    QStringList lines;
    for (const WhereUsedLink& l : links) {
        const QString href = hrefOf(l);
        QString line = href.isEmpty() ? l.text.toHtmlEscaped()
                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), l.text.toHtmlEscaped());
        if (!l.detail.isEmpty())
            line += QStringLiteral(" (%1)").arg(l.detail.toHtmlEscaped());
        if (!l.exists)
            line += QStringLiteral(" — <b>%1</b>").arg(tr("missing").toHtmlEscaped());
        lines.append(line);
    }
    return html + lines.join(QStringLiteral("<br>"));
}

void WhereUsedPanel::setItem(const QString& centre, const QString& centreDetail, const QList<WhereUsedLink>& usedBy,
                             const QList<WhereUsedLink>& refersTo, const QString& summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_graph->setGraph(centre, centreDetail, nodesOf(usedBy), nodesOf(refersTo));
    m_graph->setVisible(!usedBy.isEmpty() || !refersTo.isEmpty());
    m_usedBy->setText(linksHtml(tr("Used by"), usedBy));
    m_usedBy->setVisible(!usedBy.isEmpty());
    m_refersTo->setText(linksHtml(tr("Refers to"), refersTo));
    m_refersTo->setVisible(!refersTo.isEmpty());
}

void WhereUsedPanel::setMessage(const QString& text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
    m_graph->clear();
    m_graph->hide();
    m_usedBy->clear();
    m_usedBy->hide();
    m_refersTo->clear();
    m_refersTo->hide();
}

void WhereUsedPanel::activate(const QString& href)
{
    if (!href.startsWith(kScheme))
        return;
    const QString rest = href.mid(kScheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return;
    const std::optional<EntityKind> kind = entityKindFromName(rest.left(slash));
    if (kind)
        Q_EMIT showEntityRequested(*kind, QUrl::fromPercentEncoding(rest.mid(slash + 1).toLatin1()));
}

} // namespace gh
