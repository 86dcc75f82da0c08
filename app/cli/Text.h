#pragma once

// The translation context of gatehouse-cli's human output ("gh::cli::Text" in
// resources/translations/gatehouse-cli_de.ts): help, usage and error messages, table headers.
// JSON output (--json) is never translated: its keys and values stay SAP's and machine-stable.
// And the locale-aware formatting of what the tables print.

#include "app/domain/Expiry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace gh::cli {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gh::cli::Text)
};

// A date for a table: ISO 8601 (yyyy-MM-dd, UTC) for the C locale and English, as scripts and
// the English manual show it; the locale's own short date with a four-digit year otherwise
// (27.11.2026 in German). "-" for none.
QString dateText(const QDateTime& date, const QLocale& locale = QLocale());
// A status for a table ("Valid", "Abgelaufen" …); JSON keeps expiryStatusName's machine names.
QString statusText(ExpiryStatus status);
// A whole number for a table or summary, with the locale's digits and group separators.
QString numberText(qint64 n, const QLocale& locale = QLocale());

// Installs gatehouse-cli's translation for `locale` (German: gatehouse-cli_de), the lower layers'
// (installCoreTranslations: their errors, summaries and step descriptions) unless `core` is false,
// and Qt's own on `app`; English needs only the lower layers' plural forms. Returns whether
// gatehouse-cli's own one loaded. main() leaves the lower layers' out under --json, whose values
// (a plan's summary and problems, a step's description) stay English for scripts.
bool installCliTranslations(QCoreApplication& app, const QLocale& locale = QLocale(), bool core = true);

} // namespace gh::cli
