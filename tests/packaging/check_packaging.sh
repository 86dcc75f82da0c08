#!/bin/sh
# The Linux packaging checks, one per ctest (tests/packaging/CMakeLists.txt):
#   desktop   SRC APP_ID           desktop-file-validate on the .desktop file
#   metainfo  SRC APP_ID VERSION   appstreamcli validate --no-net; its newest release is VERSION
#   manpages  SRC                  every man page formats without a groff warning
#   deb       BUILD APP_ID VERSION cpack builds gatehouse_VERSION_ARCH.deb from the built tree; its
#                                  control fields, its file list, and the programs extracted
#                                  from it (dpkg-deb -x into a scratch root) run from elsewhere
# A missing tool is a failure that names the package to install (packaging/install-deps.sh).
set -eu

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() { # need TOOL PACKAGE
    command -v "$1" >/dev/null 2>&1 || fail "$1 not found: install the Debian package $2 (packaging/install-deps.sh)"
}

check_desktop() {
    need desktop-file-validate desktop-file-utils
    file="$1/packaging/linux/$2.desktop"
    # desktop-file-validate exits 0 on hints but prints errors and warnings: none are accepted.
    out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate $file: $out"
    if echo "$out" | grep -q -e 'error:' -e 'warning:'; then
        fail "desktop-file-validate $file: $out"
    fi
    grep -qx "Icon=$2" "$file" || fail "$file: Icon is not the application id $2"
    grep -qx "Exec=gatehouse" "$file" || fail "$file: Exec is not gatehouse"
    echo "ok: $file"
}

check_metainfo() {
    need appstreamcli appstream
    file="$1/packaging/linux/$2.metainfo.xml"
    appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate $file"
    grep -q "<id>$2</id>" "$file" || fail "$file: the component id is not $2"
    grep -q "<launchable type=\"desktop-id\">$2.desktop</launchable>" "$file" \
        || fail "$file: the launchable is not $2.desktop"
    newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$file" | head -n 1)
    [ "$newest" = "$3" ] \
        || fail "$file: the newest <release> is '$newest', the project's version is $3: add a release entry"
    # One licence everywhere: AppStream's project_license, the copyright file's 'Files: *', the
    # LICENSE file and the README.
    licence=$(sed -n 's/.*<project_license>\(.*\)<\/project_license>.*/\1/p' "$file")
    [ -n "$licence" ] || fail "$file: no project_license"
    copyright="$1/packaging/linux/copyright"
    [ "$(sed -n '/^Files: \*$/,/^$/s/^License: //p' "$copyright")" = "$licence" ] \
        || fail "$copyright: 'Files: *' is not under $licence, the metainfo's project_license"
    head -n 1 "$1/LICENSE" | grep -q "^$licence License" || fail "$1/LICENSE is not the $licence licence"
    grep -q "$licence" "$1/README.md" || fail "$1/README.md does not name the licence $licence"
    echo "ok: $file"
}

check_manpages() {
    need groff groff-base
    for page in "$1"/packaging/linux/*.1; do
        out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff $page: $out"
        [ -z "$out" ] || fail "groff $page: $out"
        echo "ok: $page"
    done
}

check_deb() {
    build="$1"
    id="$2"
    version="$3"
    need cpack cmake
    need dpkg-deb dpkg
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    [ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake: not a configured build folder"
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-deb.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT

    cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
        || { cat "$scratch/cpack.log" >&2; fail "cpack could not build the package"; }
    arch=$(dpkg --print-architecture)
    deb="$scratch/out/gatehouse_${version}_${arch}.deb"
    [ -f "$deb" ] || { ls "$scratch/out" >&2; fail "no $deb"; }

    # Control fields: name, version, architecture, and the run-time dependencies, both the
    # linked libraries and the plugins and programs loaded at run time.
    [ "$(dpkg-deb -f "$deb" Package)" = gatehouse ] || fail "Package is not gatehouse"
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
    [ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture is not $arch"
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 \
               libqt6keychain1 libssl3 libsqlite3-0 libgpgme11 libqt6sql6-sqlite libqt6svg6 gpg qt6-translations-l10n; do
        echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$lib" \
            || fail "Depends lacks $lib: $depends"
    done
    for field in Maintainer Description Section; do
        [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the control field $field is empty"
    done
    # A real maintainer: a name and a mail address, not a placeholder host.
    maintainer=$(dpkg-deb -f "$deb" Maintainer)
    echo "$maintainer" | grep -qE '^[^<>]+ <[^@<> ]+@[^@<> ]+\.[^@<> ]+>$' \
        || fail "Maintainer is not 'Name <address>': $maintainer"
    if echo "$maintainer" | grep -q '@localhost'; then fail "Maintainer is a placeholder: $maintainer"; fi
    if dpkg-deb -f "$deb" Description | grep -n '.\{80\}'; then
        fail "Description lines of 80 characters or more"
    fi

    # The file list.
    dpkg-deb -c "$deb" | awk '{print $NF}' >"$scratch/files"
    for f in ./usr/bin/gatehouse ./usr/bin/gatehouse-cli ./usr/bin/gatehouse-tenantd \
             "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
             "./usr/share/icons/hicolor/scalable/apps/$id.svg" \
             ./usr/share/man/man1/gatehouse.1.gz ./usr/share/man/man1/gatehouse-cli.1.gz \
             ./usr/share/man/man1/gatehouse-tenantd.1.gz \
             ./usr/share/doc/gatehouse/copyright ./usr/share/doc/gatehouse/changelog.gz; do
        grep -qx "$f" "$scratch/files" || { cat "$scratch/files" >&2; fail "the package lacks $f"; }
    done
    if grep -v -e '^\./$' -e '^\./usr/' "$scratch/files"; then
        fail "the package installs outside /usr"
    fi

    # The programs, extracted into a scratch root and run from another folder with a fresh
    # home: everything they need at run time is compiled in.
    root="$scratch/root"
    dpkg-deb -x "$deb" "$root"
    mkdir "$scratch/elsewhere"
    cd "$scratch/elsewhere"
    export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
    for program in gatehouse-cli gatehouse-tenantd gatehouse; do
        got=$("$root/usr/bin/$program" --version) || fail "$program --version failed"
        [ "$got" = "$program $version" ] || fail "$program --version printed '$got', not '$program $version'"
        echo "ok: $program --version: $got"
    done
    # The demo tenant (seed) and the role catalogue come from the binary's Qt resources.
    "$root/usr/bin/gatehouse-cli" users list >"$scratch/users" || fail "gatehouse-cli users list failed"
    [ -f "$XDG_DATA_HOME/gatehouse/demo.ghtenant" ] || fail "no demo tenant created in $XDG_DATA_HOME"
    [ "$(wc -l <"$scratch/users")" -gt 3 ] || fail "the demo tenant lists no users"
    "$root/usr/bin/gatehouse-cli" access tasks >"$scratch/tasks" || fail "gatehouse-cli access tasks failed"
    [ "$(wc -l <"$scratch/tasks")" -gt 3 ] || fail "the role catalogue lists no tasks"

    # The copyright file is machine-readable (DEP-5) and names the licence that LICENSE, the README
    # and the AppStream project_license state.
    copyright="$root/usr/share/doc/gatehouse/copyright"
    head -n 1 "$copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        || fail "$copyright: the first line is not the DEP-5 Format field"
    grep -qx 'Files: \*' "$copyright" || fail "$copyright: no 'Files: *' paragraph"
    licence=$(sed -n '/^Files: \*$/,/^$/s/^License: //p' "$copyright")
    [ -n "$licence" ] || fail "$copyright: the 'Files: *' paragraph names no License"
    grep -qx "License: $licence" "$copyright" || fail "$copyright: no paragraph with the text of $licence"
    grep -q "<project_license>$licence</project_license>" "$root/usr/share/metainfo/$id.metainfo.xml" \
        || fail "the metainfo project_license is not $licence, the copyright file's"
    gzip -t "$root/usr/share/doc/gatehouse/changelog.gz" || fail "changelog.gz is not gzip"
    gzip -dc "$root/usr/share/doc/gatehouse/changelog.gz" | head -n 1 | grep -q "^gatehouse ($version)" \
        || fail "changelog.gz does not start with the entry of version $version"
    echo "ok: $copyright ($licence)"

    # The installed metadata validates, and the installed man page names every command that
    # the installed gatehouse-cli --help lists.
    desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "installed .desktop file"
    appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
        || fail "installed metainfo file"
    "$root/usr/bin/gatehouse-cli" --help | sed -n 's/^  \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\}.*/\1\2/p' \
        | sort -u >"$scratch/commands"
    [ "$(wc -l <"$scratch/commands")" -gt 20 ] || fail "gatehouse-cli --help lists too few commands"
    if command -v groff >/dev/null 2>&1; then
        gzip -dc "$root/usr/share/man/man1/gatehouse-cli.1.gz" | LC_ALL=C groff -man -Tascii -P-cbou \
            | tr -s ' ' >"$scratch/man.txt"
        while read -r command; do
            grep -qF "$command" "$scratch/man.txt" || fail "gatehouse-cli(1) does not document '$command'"
        done <"$scratch/commands"
        echo "ok: gatehouse-cli(1) documents the $(wc -l <"$scratch/commands") commands of --help"
    fi
    echo "ok: $deb ($(du -k "$deb" | cut -f1) KiB)"
}

what="$1"
shift
case "$what" in
desktop) check_desktop "$@" ;;
metainfo) check_metainfo "$@" ;;
manpages) check_manpages "$@" ;;
deb) check_deb "$@" ;;
*) fail "unknown check '$what'" ;;
esac
