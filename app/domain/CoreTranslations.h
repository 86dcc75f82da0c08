#pragma once

// The translation of the lower layers (domain, crypto, secrets, client, workspace): their error
// messages, plan summaries, step descriptions and certificate field names, which both programs
// show. One catalogue, resources/translations/gatehouse-core_<lang>.ts, compiled into gh_domain;
// the GUI (gh::installTranslations) and gatehouse-cli (gh::cli::installCliTranslations) install
// it beside their own. gatehouse-tenantd installs none: what it answers stays English, as SAP's.
//
// A source file of these layers translates through a context class of its own:
//     namespace { struct Tr { Q_DECLARE_TR_FUNCTIONS(gh::KeystoreActions) }; }
//     ... Tr::tr("%n to add", nullptr, n) ...
// and a table of texts marks them with QT_TRANSLATE_NOOP("gh::Context", "…") and translates
// each where it is used. `cmake --build build/dev --target update_translations` refreshes the
// .ts files; tests/models/tst_translations fails on any message German lacks.

#include <QLocale>

class QCoreApplication;

namespace gh {

// Installs the lower layers' translation for `locale` on `app`, falling back to English, whose
// file carries only plural forms. Returns whether one loaded.
bool installCoreTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace gh
