#pragma once

// The colour theme: System (the platform's palette and style, followed as it changes), Light or
// Dark (a light or a dark palette on the Fusion style). The choice is kept in the user's
// settings under `ui/theme` ("system", "light", "dark"), applied when the controller is made and
// again whenever it changes. Widgets that paint state colours take them from StateColors on
// their palette and recolour on QEvent::PaletteChange, which every switch sends.

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QAction;
class QActionGroup;
class QSettings;

namespace gh {

enum class Theme { System, Light, Dark };

class ThemeController final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kSettingsKey = "ui/theme";

    // Reads the choice from `settings` (not owned, may be null: nothing is kept) and applies it.
    explicit ThemeController(QSettings* settings, QObject* parent = nullptr);
    ~ThemeController() override;

    Theme theme() const { return m_theme; }
    // Applies `theme` at once and keeps it in the settings.
    void setTheme(Theme theme);

    // System, Light and Dark as exclusive, checkable actions (View ▸ Theme), objectNames
    // "themeSystemAction", "themeLightAction", "themeDarkAction".
    QActionGroup* actions() const { return m_actions; }
    QAction* action(Theme theme) const;

    static QString key(Theme theme); // "system", "light", "dark"
    static std::optional<Theme> fromKey(const QString& key);
    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void themeChanged(gh::Theme theme);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    QSettings* m_settings;
    Theme m_theme = Theme::System;
    QString m_systemStyle; // the platform's style, for going back to System
    QActionGroup* m_actions;
    bool m_applying = false;
};

} // namespace gh
