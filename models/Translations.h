#pragma once

#include <QLocale>

class QCoreApplication;

namespace gh {

// Installs Gatehouse's translation for `locale` on `app`, falling back to English, whose
// translation holds the plural forms ("1 pending change", "2 pending changes"); also Qt's own
// translation for the locale when the system has one, and the lower layers' (installCoreTranslations).
// Returns whether Gatehouse's own loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace gh
