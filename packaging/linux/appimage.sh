#!/usr/bin/env bash
# Builds Targo Ops as an AppImage from the `release` preset (Debian 12, so the glibc floor is 2.36).
#
# Downloads nothing. The release job provides pinned linuxdeploy tools and their checksums:
#   LINUXDEPLOY=/path/linuxdeploy-x86_64.AppImage              LINUXDEPLOY_SHA256=<sha256>
#   LINUXDEPLOY_PLUGIN_QT=/path/linuxdeploy-plugin-qt-x86_64.AppImage   LINUXDEPLOY_PLUGIN_QT_SHA256=<sha256>
# (Pin release builds, never "continuous": the output must be reproducible.)
#
# The PostgreSQL 15 server programs are bundled in Debian's layout (usr/lib/postgresql/15/{bin,lib},
# usr/share/postgresql/15) so their relative paths to the share folder keep working; usr/lib/postgresql/bin points at
# them, which is where EmbeddedServer looks next to the executable (../lib/postgresql/bin).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${ROOT}/build/release"
APPDIR="${ROOT}/build/AppDir"
PG=15

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

verify() { # verify FILE SHA256
    [[ -n ${1:-} && -x $1 ]] || die "missing tool: set LINUXDEPLOY and LINUXDEPLOY_PLUGIN_QT to pinned AppImages"
    [[ -n ${2:-} ]] || die "no pinned checksum for $1"
    printf '%s  %s\n' "$2" "$1" | sha256sum --check --quiet - || die "checksum mismatch for $1"
}

verify "${LINUXDEPLOY:-}" "${LINUXDEPLOY_SHA256:-}"
verify "${LINUXDEPLOY_PLUGIN_QT:-}" "${LINUXDEPLOY_PLUGIN_QT_SHA256:-}"

"${ROOT}/scripts/dev.sh" build release
rm -rf "${APPDIR}"
DESTDIR="${APPDIR}" cmake --install "${BUILD}" --prefix /usr

# PostgreSQL server for the embedded database (pg_trgm and unaccent included).
mkdir -p "${APPDIR}/usr/lib/postgresql/${PG}" "${APPDIR}/usr/share/postgresql"
cp -a "/usr/lib/postgresql/${PG}/bin" "/usr/lib/postgresql/${PG}/lib" "${APPDIR}/usr/lib/postgresql/${PG}/"
cp -a "/usr/share/postgresql/${PG}" "${APPDIR}/usr/share/postgresql/"
ln -sfn "${PG}/bin" "${APPDIR}/usr/lib/postgresql/bin"

# Qt's own translations, so standard dialogs are translated too.
mkdir -p "${APPDIR}/usr/translations"
cp /usr/share/qt6/translations/qtbase_fr.qm /usr/share/qt6/translations/qtbase_en.qm "${APPDIR}/usr/translations/"

# linuxdeploy finds its plugin on PATH (linuxdeploy-plugin-qt-x86_64.AppImage).
PLUGIN_DIR="$(dirname "${LINUXDEPLOY_PLUGIN_QT}")"
export PATH="${PLUGIN_DIR}:${PATH}" QMAKE=qmake6 EXTRA_QT_MODULES="svg;positioning"
cd "${ROOT}/build"
"${LINUXDEPLOY}" --appdir "${APPDIR}" --plugin qt \
    --executable "${APPDIR}/usr/bin/targo-ops" --executable "${APPDIR}/usr/bin/targo-opsctl" \
    --executable "${APPDIR}/usr/lib/postgresql/${PG}/bin/postgres" \
    --desktop-file "${ROOT}/resources/linux/ops-client.desktop" \
    --icon-file "${ROOT}/resources/icons/targo-ops.svg" \
    --output appimage
