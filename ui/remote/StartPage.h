#pragma once

// The first-start page (issue 8): shown over the panes while no tenant was ever opened, with the
// three ways in. It covers its parent (the main window's central widget) and follows its size.

#include <QWidget>

class QPushButton;

namespace gh {

class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* fileButton() const { return m_file; }
    QPushButton* remoteButton() const { return m_remote; }

Q_SIGNALS:
    void demoRequested();
    void fileRequested();
    void remoteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPushButton* m_demo = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_remote = nullptr;
};

} // namespace gh
