#include "app/cli/Table.h"

namespace gh::cli {

void writeTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths.append(h.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 == cells.size())
                text += cells.at(i);
            else
                text += cells.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        }
        out << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

void writeFields(QTextStream& out, const QList<Field>& fields, qsizetype minWidth)
{
    qsizetype width = minWidth;
    for (const Field& f : fields)
        width = std::max(width, f.first.size() + 2); // the colon and one space at least
    for (const Field& f : fields)
        out << QString(f.first + QLatin1Char(':')).leftJustified(width) << f.second << '\n';
}

} // namespace gh::cli
