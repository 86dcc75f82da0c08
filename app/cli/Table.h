#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace gh::cli {

// A plain text table: a header row and left-aligned columns, as wide as their widest cell.
void writeTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows);

} // namespace gh::cli
