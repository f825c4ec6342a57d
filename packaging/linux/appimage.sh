#!/usr/bin/env bash
# Builds the Targo Ops AppDir from an already built CMake tree, and an AppImage when the AppImage runtime is given.
#
#   packaging/linux/appimage.sh BUILD_DIR OUT_DIR       (scripts/dev.sh package calls it)
#
# Downloads nothing and needs no linuxdeploy: the executables come from `cmake --install`, the Qt plugins, Qt's
# translations and the PostgreSQL 15 server from this Debian 12 machine, and every shared library they load (ldd)
# except the base system's (glibc, the OpenGL/X11 client libraries, fontconfig/freetype: see EXCLUDE) into usr/lib.
# The glibc floor is therefore Debian 12's (2.36).
#
# Output in OUT_DIR: AppDir/ (always), targo-ops-VERSION+gREV-ARCH.squashfs (when mksquashfs exists and
# OPS_PACKAGE_SQUASHFS is not 0), and targo-ops-VERSION+gREV-ARCH.AppImage when OPS_APPIMAGE_RUNTIME names the
# AppImage type 2 runtime (runtime-x86_64) and OPS_APPIMAGE_RUNTIME_SHA256 its pinned checksum. The runtime is in
# neither Debian's nor npm's registry: without it the script says so and stops after the AppDir and the squashfs.
#
# Layout: usr/bin/{targo-ops,targo-opsctl,qt.conf}, usr/lib (libraries), usr/plugins, usr/translations (Qt's),
# usr/lib/postgresql/15/{bin,lib} and usr/share/postgresql/15 in Debian's layout, so PostgreSQL's own relative paths
# (share/extension: pg_trgm, unaccent) work, and usr/lib/postgresql/bin -> 15/bin, which is where EmbeddedServer looks
# next to the executable (../lib/postgresql/bin) before the system's PostgreSQL.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:?usage: appimage.sh BUILD_DIR OUT_DIR}"
OUT="${2:?usage: appimage.sh BUILD_DIR OUT_DIR}"
APPDIR="${OUT}/AppDir"
PG=15
PG_LIB="/usr/lib/postgresql/${PG}"
PG_SHARE="/usr/share/postgresql/${PG}"
QT_PLUGINS="$(qmake6 -query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)"
QT_TRANSLATIONS="$(qmake6 -query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)"
# Plugin folders the application loads: platforms (xcb, offscreen...), image formats and the SVG icon engine, the TLS
# backends, printing (CUPS), the xcb GL integrations, input methods, positioning and network information.
PLUGIN_DIRS=(platforms imageformats iconengines tls printsupport xcbglintegrations platforminputcontexts position
    networkinformation)
# Libraries every desktop Linux has, tied to its kernel, graphics driver or font configuration: never bundled.
EXCLUDE='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libGL|libEGL|libGLX|libOpenGL|libGLdispatch|libdrm|libgbm|libxcb|libX11|libX11-xcb|libfontconfig|libfreetype|libharfbuzz|libexpat|libasound|libgcc_s)\.so'

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

[[ -f ${BUILD}/CMakeCache.txt ]] || die "${BUILD} is not a configured build tree"
[[ -x ${PG_LIB}/bin/postgres && -f ${PG_SHARE}/extension/pg_trgm.control && -f ${PG_SHARE}/extension/unaccent.control ]] \
    || die "PostgreSQL ${PG} with pg_trgm and unaccent is not installed (Debian: postgresql-${PG})"
VERSION="$(sed -n 's/^#define OPS_VERSION_STRING "\(.*\)"/\1/p' "${BUILD}/app/version.h")"
REVISION="$(sed -n 's/^#define OPS_GIT_REVISION "\(.*\)"/\1/p' "${BUILD}/app/version.h")"
ARCH="$(uname -m)"
NAME="targo-ops-${VERSION}+g${REVISION}-${ARCH}"

log "AppDir ${APPDIR}"
rm -rf "${APPDIR}"
DESTDIR="${APPDIR}" cmake --install "${BUILD}" --prefix /usr --strip >/dev/null
[[ -x ${APPDIR}/usr/bin/targo-ops && -x ${APPDIR}/usr/bin/targo-opsctl ]] || die "the build tree has no targo-ops"

# Qt finds its plugins and translations relative to the executables.
printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' >"${APPDIR}/usr/bin/qt.conf"
mkdir -p "${APPDIR}/usr/plugins" "${APPDIR}/usr/translations" "${APPDIR}/usr/lib"
for d in "${PLUGIN_DIRS[@]}"; do
    [[ -d ${QT_PLUGINS}/${d} ]] && cp -a "${QT_PLUGINS}/${d}" "${APPDIR}/usr/plugins/"
done
cp "${QT_TRANSLATIONS}"/qtbase_fr.qm "${QT_TRANSLATIONS}"/qtbase_en.qm "${APPDIR}/usr/translations/"

# PostgreSQL server programs and modules (without the LLVM JIT, which would bring 100 MB of LLVM), and its share
# folder without the manual pages.
mkdir -p "${APPDIR}${PG_LIB}" "${APPDIR}/usr/share/postgresql"
cp -a "${PG_LIB}/bin" "${APPDIR}${PG_LIB}/"
mkdir -p "${APPDIR}${PG_LIB}/lib"
find "${PG_LIB}/lib" -maxdepth 1 -name '*.so' ! -name 'llvmjit*' -exec cp -a {} "${APPDIR}${PG_LIB}/lib/" \;
cp -a "${PG_SHARE}" "${APPDIR}/usr/share/postgresql/"
rm -rf "${APPDIR}${PG_SHARE}/man"
ln -sfn "${PG}/bin" "${APPDIR}/usr/lib/postgresql/bin"

# Every library the executables, plugins and PostgreSQL load (ldd lists the whole closure), plus OpenSSL, which the
# TLS plugin opens at run time.
log "Bundling shared libraries"
mapfile -t elves < <(find "${APPDIR}/usr/bin" "${APPDIR}/usr/plugins" "${APPDIR}${PG_LIB}" -type f \
    \( -perm -u+x -o -name '*.so*' \) -exec sh -c 'head -c4 "$1" | grep -q ELF' sh {} \; -print)
{
    for f in "${elves[@]}"; do ldd "${f}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 }'; done
    ls /usr/lib/"$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"/{libssl,libcrypto}.so.3
} | sort -u | while IFS= read -r lib; do
    base="$(basename "${lib}")"
    [[ ${base} =~ ${EXCLUDE} ]] && continue
    cp -L "${lib}" "${APPDIR}/usr/lib/${base}"
done
missing="$(for f in "${elves[@]}"; do LD_LIBRARY_PATH="${APPDIR}/usr/lib" ldd "${f}" 2>/dev/null | grep 'not found' || true; done)"
[[ -z ${missing} ]] || die "unresolved libraries in the AppDir: ${missing}"

# AppImage entry points: AppRun, the desktop file and the icon at the top.
install -m 0755 "${ROOT}/packaging/linux/AppRun" "${APPDIR}/AppRun"
cp "${ROOT}/resources/linux/ca.targo.ops.desktop" "${APPDIR}/"
if [[ -f ${APPDIR}/usr/share/icons/hicolor/256x256/apps/targo-ops.png ]]; then
    cp "${APPDIR}/usr/share/icons/hicolor/256x256/apps/targo-ops.png" "${APPDIR}/targo-ops.png"
else
    cp "${ROOT}/resources/icons/targo-ops.svg" "${APPDIR}/targo-ops.svg"
fi
ln -sfn "$(cd "${APPDIR}" && ls targo-ops.png targo-ops.svg 2>/dev/null | head -n1)" "${APPDIR}/.DirIcon"
log "AppDir: $(du -sh "${APPDIR}" | cut -f1) in ${APPDIR}"

if [[ ${OPS_PACKAGE_SQUASHFS:-1} == 0 ]]; then
    exit 0
fi
if ! command -v mksquashfs >/dev/null 2>&1; then
    printf 'AppImage not built: mksquashfs not found (Debian: squashfs-tools); the AppDir is in %s\n' "${APPDIR}" >&2
    exit 0
fi
SQUASH="${OUT}/${NAME}.squashfs"
rm -f "${SQUASH}"
log "squashfs image ${SQUASH}"
mksquashfs "${APPDIR}" "${SQUASH}" -root-owned -noappend -comp gzip -no-progress -quiet >/dev/null
log "squashfs: $(du -h "${SQUASH}" | cut -f1) (the AppImage is this plus the runtime, about 1 MB)"
if [[ -z ${OPS_APPIMAGE_RUNTIME:-} ]]; then
    printf 'AppImage not built: the AppImage runtime (runtime-x86_64) is not in the package registries this project\n' >&2
    printf 'uses. Set OPS_APPIMAGE_RUNTIME=/path/runtime-x86_64 and OPS_APPIMAGE_RUNTIME_SHA256=<sha256> (a pinned\n' >&2
    printf 'release, never "continuous") to append the image to it. Built: %s and %s\n' "${APPDIR}" "${SQUASH}" >&2
    exit 0
fi
[[ -n ${OPS_APPIMAGE_RUNTIME_SHA256:-} ]] || die "no pinned checksum: set OPS_APPIMAGE_RUNTIME_SHA256"
printf '%s  %s\n' "${OPS_APPIMAGE_RUNTIME_SHA256}" "${OPS_APPIMAGE_RUNTIME}" | sha256sum --check --quiet - \
    || die "checksum mismatch for ${OPS_APPIMAGE_RUNTIME}"
cat "${OPS_APPIMAGE_RUNTIME}" "${SQUASH}" >"${OUT}/${NAME}.AppImage"
chmod 0755 "${OUT}/${NAME}.AppImage"
log "AppImage ${OUT}/${NAME}.AppImage ($(du -h "${OUT}/${NAME}.AppImage" | cut -f1))"
