#include "ui/theme/ThemeController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace gh {

namespace {
const QString kFusion = QStringLiteral("fusion");
} // namespace

ThemeController::ThemeController(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings),
      m_systemStyle(QApplication::style() ? QApplication::style()->name() : kFusion),
      m_actions(new QActionGroup(this))
{
    m_actions->setExclusive(true);
    const struct
    {
        Theme theme;
        const char* name;
        QString text;
        QString toolTip;
    } choices[] = {
        {Theme::System, "themeSystemAction", tr("&System"), tr("Follow the system's light or dark colours")},
        {Theme::Light, "themeLightAction", tr("&Light"), tr("Light colours, whatever the system uses")},
        {Theme::Dark, "themeDarkAction", tr("&Dark"), tr("Dark colours, whatever the system uses")},
    };
    for (const auto& choice : choices) {
        auto* action = new QAction(choice.text, m_actions);
        action->setObjectName(QString::fromLatin1(choice.name));
        action->setToolTip(choice.toolTip);
        action->setCheckable(true);
        action->setData(int(choice.theme));
        connect(action, &QAction::triggered, this, [this, theme = choice.theme] { setTheme(theme); });
    }
    if (m_settings)
        m_theme = fromKey(m_settings->value(QLatin1String(kSettingsKey)).toString()).value_or(Theme::System);
    apply();
    qApp->installEventFilter(this);
}

ThemeController::~ThemeController()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

QAction* ThemeController::action(Theme theme) const
{
    for (QAction* a : m_actions->actions()) {
        if (a->data().toInt() == int(theme))
            return a;
    }
    return nullptr;
}

void ThemeController::setTheme(Theme theme)
{
    if (m_settings) {
        m_settings->setValue(QLatin1String(kSettingsKey), key(theme));
        m_settings->sync();
    }
    if (theme == m_theme)
        return;
    m_theme = theme;
    apply();
    Q_EMIT themeChanged(theme);
}

void ThemeController::apply()
{
    m_applying = true;
    if (QAction* a = action(m_theme))
        a->setChecked(true);
    const QString style = m_theme == Theme::System ? m_systemStyle : kFusion;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle* made = QStyleFactory::create(style))
            QApplication::setStyle(made);
    }
    switch (m_theme) {
    case Theme::System:
        // A palette that sets no role: the platform's, and Qt follows it when it changes.
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    m_applying = false;
}

bool ThemeController::eventFilter(QObject* watched, QEvent* event)
{
    // The desktop switched between light and dark (Qt tells each window): System takes the new
    // palette, an explicit choice stays as it is.
    if (event->type() == QEvent::ThemeChange && m_theme == Theme::System &&
        !m_applying)
        apply();
    return QObject::eventFilter(watched, event);
}

QString ThemeController::key(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> ThemeController::fromKey(const QString& key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (key.compare(ThemeController::key(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QPalette ThemeController::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f)); // 6:1 on white
    return p;
}

QPalette ThemeController::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x80, 0x86);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xae));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x45, 0x4a));
    return p;
}

} // namespace gh
