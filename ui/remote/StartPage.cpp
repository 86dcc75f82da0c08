#include "ui/remote/StartPage.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gh {

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAccessibleName(tr("Start"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    auto* title = new QLabel(tr("Welcome to Gatehouse"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto* text = new QLabel(tr("Open a tenant to start: the demo tenant to look around, a tenant file, or a "
                               "remote tenant from its BTP service keys."),
                            this);
    text->setWordWrap(true);
    const auto button = [this](const QString& label, const QString& accessible, const QString& name) {
        auto* b = new QPushButton(label, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setMinimumHeight(fontMetrics().height() * 2 + 8);
        return b;
    };
    m_demo = button(tr("Open the &demo tenant"), tr("Open the demo tenant"), QStringLiteral("startDemo"));
    m_file = button(tr("Open a tenant &file…"), tr("Open a tenant file"), QStringLiteral("startFile"));
    m_remote = button(tr("&Connect to a remote tenant…"), tr("Connect to a remote tenant"), QStringLiteral("startRemote"));
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_file, &QPushButton::clicked, this, &StartPage::fileRequested);
    connect(m_remote, &QPushButton::clicked, this, &StartPage::remoteRequested);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(16);
    column->addWidget(m_demo);
    column->addWidget(m_file);
    column->addWidget(m_remote);
    auto* box = new QWidget(this);
    box->setLayout(column);
    box->setFixedWidth(std::max(460, fontMetrics().averageCharWidth() * 60));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

bool StartPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace gh
