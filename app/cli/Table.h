#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <utility>

namespace gh::cli {

// A plain text table: a header row and left-aligned columns, as wide as their widest cell.
void writeTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows);

// Labelled lines ("Name:        value"): each label (translated, without its colon) gets a colon
// and is padded so that the values line up, at least to `minWidth` columns (the English layout)
// and wider when a translation needs it.
using Field = std::pair<QString, QString>;
void writeFields(QTextStream& out, const QList<Field>& fields, qsizetype minWidth = 0);

} // namespace gh::cli
