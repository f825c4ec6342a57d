#!/usr/bin/env bash
# The packages' part of `scripts/dev.sh bench` (issue 17, docs/packaging.md "Benchmarks"): never run by CI.
#
#   scripts/bench_packages.sh PACKAGES_DIR RAW_DIR BENCH_COLD_START
#
# 1. Sizes: the DEB, the AppDir (du, apparent bytes), the squashfs image and the AppImage when they are in
#    PACKAGES_DIR, as report-only entries (target null) in RAW_DIR/package_sizes.json.
# 2. The installed package's cold start to the first painted window: BENCH_COLD_START (the BenchColdStart program of
#    the build tree) with --exe /usr/bin/targo-ops --name cold_start_installed (RAW_DIR/cold_start_installed.json, the
#    same measure and 500 ms target as cold_start_first_paint). The package installed already is measured as it is;
#    otherwise the DEB of PACKAGES_DIR is installed (root, or sudo without a password), measured, then purged. Neither
#    possible: the script says so and writes no cold_start_installed entry (the report then lacks it).
# Exit status: 0, or 1 when something could not be measured or the cold start missed its target.
set -euo pipefail

PACKAGES="${1:?usage: bench_packages.sh PACKAGES_DIR RAW_DIR BENCH_COLD_START}"
RAW="${2:?usage: bench_packages.sh PACKAGES_DIR RAW_DIR BENCH_COLD_START}"
BENCH="${3:?usage: bench_packages.sh PACKAGES_DIR RAW_DIR BENCH_COLD_START}"
PACKAGES="$(cd "${PACKAGES}" && pwd)" # apt-get installs a path, not a relative name
PKG=targo-ops
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
mkdir -p "${RAW}"
rc=0

# ---- sizes ----
deb="$(ls -t "${PACKAGES}"/${PKG}_*.deb 2>/dev/null | head -n1 || true)"
squash="$(ls -t "${PACKAGES}"/*.squashfs 2>/dev/null | head -n1 || true)"
appimage="$(ls -t "${PACKAGES}"/*.AppImage 2>/dev/null | head -n1 || true)"
entries=()
size_entry() { # NAME BYTES FILE
    entries+=("$(printf '{"name": "%s", "unit": "bytes", "median": %d, "p95": %d, "target": null, "pass": true, "runs": 1, "file": "%s"}' \
        "$1" "$2" "$2" "$(basename "$3")")")
    log "$1: $2 bytes ($(basename "$3"))"
}
[[ -n ${deb} ]] && size_entry package_size_deb "$(stat -c %s "${deb}")" "${deb}"
[[ -d ${PACKAGES}/AppDir ]] && size_entry package_size_appdir "$(du -sb "${PACKAGES}/AppDir" | cut -f1)" "${PACKAGES}/AppDir"
[[ -n ${squash} ]] && size_entry package_size_squashfs "$(stat -c %s "${squash}")" "${squash}"
[[ -n ${appimage} ]] && size_entry package_size_appimage "$(stat -c %s "${appimage}")" "${appimage}"
if ((${#entries[@]} == 0)); then
    log "no packages in ${PACKAGES}: sizes not reported"
    rc=1
else
    (IFS=,; printf '[%s]\n' "${entries[*]}") >"${RAW}/package_sizes.json"
    [[ -n ${appimage} ]] || log "no .AppImage (no AppImage runtime given): the squashfs image is reported instead"
fi

# ---- the installed package's cold start ----
as_root() {
    if [[ ${EUID} -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}
installed_here=0
cleanup() {
    ((installed_here == 0)) || as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${PKG}" >/dev/null 2>&1 || true
}
trap cleanup EXIT
if dpkg-query -W -f='${db:Status-Abbrev}' "${PKG}" 2>/dev/null | grep -q '^ii'; then
    log "measuring the installed ${PKG} $(dpkg-query -W -f='${Version}' "${PKG}")"
elif [[ -n ${deb} ]] && { [[ ${EUID} -eq 0 ]] || sudo -n true 2>/dev/null; }; then
    log "installing ${deb} for the measure (purged afterwards)"
    installed_here=1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${deb}" >"${RAW}/apt.log" 2>&1 \
        || { tail -n 20 "${RAW}/apt.log" >&2; log "apt-get install failed: installed cold start not measured"; exit 1; }
else
    log "${PKG} is not installed and cannot be installed here (no DEB, or neither root nor sudo): installed cold start not measured"
    exit 1
fi
[[ -x /usr/bin/targo-ops ]] || { log "/usr/bin/targo-ops missing"; exit 1; }
OPS_BENCH_DIR="${RAW}" "${BENCH}" --exe /usr/bin/targo-ops --name cold_start_installed ${OPS_BENCH_COLD_RUNS:+--runs "${OPS_BENCH_COLD_RUNS}"} \
    || rc=1
exit "${rc}"
