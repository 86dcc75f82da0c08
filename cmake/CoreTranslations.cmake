# lupdate over the lower layers (app/domain/CoreTranslations.h): every source of these libraries,
# into gatehouse-core_en.ts (plural forms only) and gatehouse-core_de.ts (every message), both
# under `update_translations`. The list is also written to core_tr_sources.lst for
# tests/models/tst_translations. gh_tenantd is left out: what the daemon answers stays English.
gatehouse_tr_sources(GH_CORE_TR_SOURCES ${PROJECT_BINARY_DIR}/core_tr_sources.lst
    TARGETS gh_domain gh_crypto gh_pgp gh_secrets gh_client gh_remote gh_workspace gh_workspace_pgp)
qt_add_lupdate(gh_domain
    TS_FILES ${GATEHOUSE_CORE_TS_PLURAL_ONLY}
    SOURCES ${GH_CORE_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    OPTIONS -pluralonly -locations none -no-obsolete)
# A name of its own (not a target): the custom target is gh_core_full_lupdate.
qt_add_lupdate(gh_core_full
    TS_FILES ${GATEHOUSE_CORE_TS_FULL}
    SOURCES ${GH_CORE_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    OPTIONS -locations none -no-obsolete)
