#include "app/domain/DnText.h"

#include <optional>

namespace gh {

namespace {

// The value of one attribute if it is a CN, unescaped and trimmed.
std::optional<QString> commonNameIn(const QString& attribute)
{
    const QString trimmed = attribute.trimmed();
    if (!trimmed.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
        return std::nullopt;
    return trimmed.mid(3).trimmed();
}

} // namespace

QString dnCommonName(const QString& dn)
{
    // Attributes are separated by unescaped ',' or '+'; '\' escapes the next character.
    QString current;
    current.reserve(dn.size());
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += dn.at(++i);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            if (std::optional<QString> cn = commonNameIn(current))
                return *cn;
            current.resize(0);
        } else {
            current += c;
        }
    }
    if (std::optional<QString> cn = commonNameIn(current))
        return *cn;
    return dn;
}

} // namespace gh
