#!/usr/bin/env bash
# Smoke test of the Linux packages in OUT_DIR (scripts/dev.sh package-smoke; scripts/dev.sh test runs it in CI).
#
#   packaging/linux/smoke.sh OUT_DIR
#
# As root (CI is root; otherwise through sudo): installs the DEB with apt-get, checks both --version outputs, the
# desktop file, the AppStream metadata, the targo:// registration, then starts the installed GUI offscreen with a fresh
# HOME and a stripped environment (--smoke-test: it creates its embedded database, seeds demo data at a small scale
# and quits), checks the database ran the system's PostgreSQL 15, purges the package and checks that none of its files
# is left. Then the same GUI run through the AppDir's AppRun, which must use its own PostgreSQL. Ends with
# "package smoke: ok" or an error, within a few minutes (every program run is under `timeout`).
set -euo pipefail

OUT="${1:?usage: smoke.sh OUT_DIR}"
OUT="$(cd "${OUT}" && pwd)"
PKG=targo-ops
SCALE="${OPS_SMOKE_DEMO_SCALE:-0.01}"
TMP="$(mktemp -d /tmp/targo-ops-smoke.XXXXXX)"
chmod 0755 "${TMP}" # as root, the database runs as a service account that must reach the fresh HOME

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    printf 'package smoke: FAILED: %s\n' "$*" >&2
    exit 1
}
as_root() {
    if [[ ${EUID} -eq 0 ]]; then "$@"; else sudo "$@"; fi
}
installed=0
cleanup() {
    ((installed == 0)) || as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${PKG}" >/dev/null 2>&1 || true
    rm -rf "${TMP}"
}
trap cleanup EXIT

# run_gui NAME PROGRAM...: the GUI with --smoke-test, a fresh HOME and nothing else from our environment; prints the
# PostgreSQL server program the embedded database ran (first line of postmaster.opts).
run_gui() {
    local name="$1" home="${TMP}/$1" rc=0
    shift
    mkdir -p "${home}"
    chmod 0755 "${home}"
    env -i HOME="${home}" USER="$(id -un)" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        TARGO_DEMO_SCALE="${SCALE}" TARGO_PG_FAST=1 timeout 180 "$@" --smoke-test >"${TMP}/${name}.log" 2>&1 || rc=$?
    if ((rc != 0)) || ! grep -q '^smoke-test: ok' "${TMP}/${name}.log"; then
        grep -v '^NOTICE:' "${TMP}/${name}.log" | tail -n 30 >&2
        die "${name}: the GUI's --smoke-test ended with ${rc}"
    fi
    grep '^smoke-test:' "${TMP}/${name}.log" >&2
    local opts
    opts="$(find "${home}" -name postmaster.opts -print -quit)"
    [[ -n ${opts} ]] || die "${name}: no embedded cluster was created under ${home}"
    sed -n '1s/ .*//p' "${opts}" | tr -d '"'
    # The server must have stopped with the GUI.
    if pgrep -f -- "-D ${home}" >/dev/null 2>&1; then
        die "${name}: the embedded PostgreSQL still runs after the GUI quit"
    fi
}

# ---- DEB ----
deb="$(ls -t "${OUT}"/${PKG}_*.deb 2>/dev/null | head -n1 || true)"
[[ -n ${deb} ]] || die "no ${PKG}_*.deb in ${OUT}"
log "Installing ${deb}"
dpkg-query -W -f='${db:Status-Abbrev}' "${PKG}" 2>/dev/null | grep -q '^ii' \
    && die "${PKG} is already installed on this machine: remove it first (the test purges what it installs)"
installed=1
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${deb}" >"${TMP}/apt.log" 2>&1 \
    || { tail -n 20 "${TMP}/apt.log" >&2; die "apt-get install failed"; }
mapfile -t files < <(dpkg -L "${PKG}")

version="$(timeout 20 env -i PATH=/usr/bin:/bin targo-ops --version)" || die "targo-ops --version failed"
ctl="$(timeout 20 env -i PATH=/usr/bin:/bin targo-opsctl --version)" || die "targo-opsctl --version failed"
printf '%s\n%s\n' "${version}" "${ctl}" >&2
[[ ${version} =~ ^targo-ops\ [0-9]+\.[0-9]+\.[0-9]+\ \(git\ [0-9a-z]+\)$ ]] || die "unexpected: ${version}"
[[ ${ctl} == "targo-opsctl ${version#targo-ops }" ]] || die "the two executables differ: ${version} / ${ctl}"
[[ $(command -v targo-ops) == /usr/bin/targo-ops ]] || die "targo-ops is not /usr/bin/targo-ops"

desktop=/usr/share/applications/ca.targo.ops.desktop
desktop-file-validate "${desktop}" || die "desktop-file-validate ${desktop}"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/ca.targo.ops.metainfo.xml >&2 \
    || die "appstreamcli validate"
grep -qx 'MimeType=x-scheme-handler/targo;' "${desktop}" || die "the desktop file does not register targo://"
for size in 16 32 48 256; do
    [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/targo-ops.png ]] || die "no ${size}x${size} icon"
done
if command -v update-desktop-database >/dev/null 2>&1; then
    # desktop-file-utils' trigger indexes the installed desktop files: xdg-open targo://... finds the application.
    grep -q '^x-scheme-handler/targo=.*ca\.targo\.ops\.desktop' /usr/share/applications/mimeinfo.cache \
        || die "targo:// is not in /usr/share/applications/mimeinfo.cache"
fi

log "Installed GUI, offscreen, fresh HOME"
server="$(run_gui deb /usr/bin/targo-ops)"
[[ ${server} == /usr/lib/postgresql/15/bin/postgres ]] || die "the installed GUI ran ${server}"

log "Purging ${PKG}"
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${PKG}" >"${TMP}/purge.log" 2>&1 \
    || { tail -n 20 "${TMP}/purge.log" >&2; die "apt-get purge failed"; }
installed=0
left=()
for f in "${files[@]}"; do
    # Shared folders (/usr/share/icons/hicolor/...) stay; anything of ours, file or folder, must be gone.
    if [[ -e ${f} || -L ${f} ]] && { [[ ! -d ${f} ]] || [[ ${f} == *targo* ]]; }; then
        left+=("${f}")
    fi
done
((${#left[@]} == 0)) || die "left after purge: ${left[*]}"
command -v targo-ops >/dev/null 2>&1 && die "targo-ops still on PATH after purge"

# ---- AppDir ----
appdir="${OUT}/AppDir"
if [[ -x ${appdir}/AppRun ]]; then
    log "AppDir's AppRun, stripped environment"
    d="${appdir}"
    while [[ ${d} != / ]]; do # the database's service account (when root) must reach the bundled server
        [[ $(stat -c %A "${d}") == d???????[xt]* ]] || break
        d="$(dirname "${d}")"
    done
    if [[ ${d} != / ]]; then
        cp -a "${appdir}" "${TMP}/AppDir"
        appdir="${TMP}/AppDir"
    fi
    ctl="$(timeout 20 env -i PATH=/usr/bin:/bin "${appdir}/AppRun" targo-opsctl --version)" || die "AppRun targo-opsctl"
    printf '%s\n' "${ctl}" >&2
    [[ ${ctl} == targo-opsctl\ * ]] || die "unexpected: ${ctl}"
    server="$(run_gui appdir "${appdir}/AppRun")"
    [[ ${server} == "${appdir}/usr/lib/postgresql/15/bin/postgres" ]] || die "the AppDir's GUI ran ${server}"
else
    log "No AppDir in ${OUT}: skipped"
fi
printf 'package smoke: ok\n'
