#include "ui/certificate/ChainView.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gh {

ChainView::ChainView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chainView"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("chainTree"));
    m_tree->setAccessibleName(tr("Certificate chain, root first"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Certificate"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("chainResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Chain verification result"));
    m_trust = new QLabel(this);
    m_trust->setObjectName(QStringLiteral("chainTrust"));
    m_trust->setWordWrap(true);
    m_trust->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setAccessibleName(tr("Why the root is trusted"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_trust);
}

void ChainView::clear()
{
    m_report = {};
    m_tree->clear();
    m_result->clear();
    m_trust->clear();
}

QString ChainView::resultText() const
{
    return m_result->text();
}

QString ChainView::trustText() const
{
    return m_trust->text();
}

void ChainView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_report.chain.isEmpty())
        setReport(ChainReport(m_report));
    QWidget::changeEvent(event);
}

void ChainView::setReport(const ChainReport& report)
{
    m_report = report;
    m_tree->clear();
    if (!report.error.isEmpty()) {
        m_result->setText(tr("Cannot verify: %1").arg(report.error));
        m_trust->clear();
        return;
    }
    // The root (last) at the top; each issuer holds the certificate it issued.
    QTreeWidgetItem* parent = nullptr;
    for (qsizetype i = report.chain.size() - 1; i >= 0; --i) {
        const ChainReportElement& el = report.chain.at(i);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        const QString name = el.alias.isEmpty()
                                 ? el.subjectCN
                                 : tr("%1 (%2)").arg(el.alias, el.subjectCN);
        item->setText(0, name);
        QString tip = tr("%1\nValid %2 – %3")
                          .arg(el.subjectDN, format::date(el.notBefore), format::date(el.notAfter));
        QString status = KeystoreModel::statusText(el.expiry.status);
        ExpiryStatus iconStatus = el.expiry.status;
        if (!el.problems.isEmpty()) {
            status = el.problems.join(QLatin1Char('\n'));
            if (iconStatus == ExpiryStatus::Valid || iconStatus == ExpiryStatus::Expiring)
                iconStatus = ExpiryStatus::Unknown; // a problem other than time: not "valid"
            tip += QLatin1Char('\n') + status;
        } else if (el.trusted) {
            status = tr("%1, trusted anchor").arg(status);
        }
        item->setIcon(0, Icons::forStatus(iconStatus));
        item->setText(1, status);
        item->setForeground(1, StateColors::forStatus(iconStatus, palette()));
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        item->setData(0, Qt::AccessibleDescriptionRole, status);
        parent = item;
    }
    m_tree->expandAll();
    if (parent)
        m_tree->setCurrentItem(parent);
    m_result->setText(report.summary);
    const bool failed = !report.valid;
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText,
               failed ? StateColors::forStatus(ExpiryStatus::Expired, palette())
                      : StateColors::forStatus(ExpiryStatus::Valid, palette()));
    m_result->setPalette(p);
    m_trust->setText(report.trustReason);
}

} // namespace gh
