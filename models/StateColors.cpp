#include "models/StateColors.h"

#include <cmath>

namespace gh::StateColors {

namespace {

double relativeLuminance(const QColor& c)
{
    const auto channel = [](float v) {
        const double x = v;
        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

struct Pair
{
    QRgb onLight;
    QRgb onDark;
};

// Tones chosen for a contrast of at least 4.5:1 on white and on Fusion's dark base.
Pair pairFor(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Expired:
        return {0xffb3261e, 0xffff8a80};
    case ExpiryStatus::Expiring:
        return {0xff8a5a00, 0xffffc857};
    case ExpiryStatus::Valid:
        return {0xff1e7b34, 0xff7ee2a0};
    case ExpiryStatus::NotYetValid:
        return {0xff1a5fb4, 0xff8cb8ff};
    case ExpiryStatus::Unknown:
        break;
    }
    return {0, 0};
}

} // namespace

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Active, QPalette::Base)) < 0.18;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor forStatus(ExpiryStatus status, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const Pair pair = pairFor(status);
    if (pair.onLight == 0)
        return text;
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor chosen = QColor::fromRgba(isDark(palette) ? pair.onDark : pair.onLight);
    return contrastRatio(chosen, base) >= 4.5 ? chosen : text;
}

} // namespace gh::StateColors
