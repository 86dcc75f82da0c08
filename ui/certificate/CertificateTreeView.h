#pragma once

// The details tree of a certificate (over CertificateTreeModel): "Copy value" in the context
// menu and Ctrl+C copy the current row's value (ClipboardRole).

#include <QTreeView>

namespace gh {

class CertificateTreeModel;

class CertificateTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit CertificateTreeView(QWidget* parent = nullptr);

    CertificateTreeModel* certificateModel() const { return m_model; }
    QAction* copyAction() const { return m_copy; }
    // Copies the current row's value; false when nothing is current.
    bool copyCurrentValue();

private:
    void showMenu(const QPoint& pos);

    CertificateTreeModel* m_model;
    QAction* m_copy;
};

} // namespace gh
