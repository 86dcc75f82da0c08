#include "ui/certificate/CertificateTreeView.h"

#include "models/CertificateTreeModel.h"
#include "models/Icons.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

namespace gh {

CertificateTreeView::CertificateTreeView(QWidget* parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("certificateTree"));
    setAccessibleName(tr("Certificate fields and extensions"));
    m_model = new CertificateTreeModel(this);
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(CertificateTreeModel::FieldColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(CertificateTreeModel::ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CertificateTreeModel::CriticalColumn,
                                   QHeaderView::ResizeToContents);
    header()->resizeSection(CertificateTreeModel::FieldColumn, 190);
    setContextMenuPolicy(Qt::CustomContextMenu);
    m_copy = new QAction(Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("edit-copy")),
                         tr("Copy &value"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &CertificateTreeView::copyCurrentValue);
    addAction(m_copy);
    connect(this, &QWidget::customContextMenuRequested, this, &CertificateTreeView::showMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandToDepth(0);
        collapse(m_model->find(tr("Serial number")));
    });
}

bool CertificateTreeView::copyCurrentValue()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return false;
    QGuiApplication::clipboard()->setText(current.data(ClipboardRole).toString());
    return true;
}

void CertificateTreeView::showMenu(const QPoint& pos)
{
    const QModelIndex at = indexAt(pos);
    if (at.isValid())
        setCurrentIndex(at);
    m_copy->setEnabled(currentIndex().isValid());
    QMenu menu(this);
    menu.addAction(m_copy);
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace gh
