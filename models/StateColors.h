#pragma once

// The one place where state colours are chosen: readable on the palette in use (light or dark),
// never written as literals in a model's data(). A colour is never the only signal: every status
// also has a text and an icon.

#include "app/domain/Expiry.h"

#include <QColor>
#include <QPalette>

namespace gh::StateColors {

// Whether the palette's base (the background of item views) is dark.
bool isDark(const QPalette& palette);
// The foreground colour for a status on `palette`'s base; the palette's text colour when no
// colour of the map is readable enough there (contrast ratio below 4.5).
QColor forStatus(ExpiryStatus status, const QPalette& palette);
// WCAG 2 contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace gh::StateColors
