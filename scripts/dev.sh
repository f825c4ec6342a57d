#!/usr/bin/env bash
# Targo Ops developer entry point (Debian 12). See README.md, "Quick start".
#
#   scripts/dev.sh deps            install the missing Debian packages (apt-get, via sudo when not root)
#   scripts/dev.sh build [PRESET]  configure once and build a CMake preset (default: dev)
#   scripts/dev.sh run [ARGS...]   deps + build dev, then start build/dev/app/targo-ops
#   scripts/dev.sh test [--asan]   deps + CI build, format, translation and layering checks, the whole CTest suite, then the
#                                  AddressSanitizer build's unit and db tests; ends with "N passed, N failed"
#                                  (--asan: only the sanitizer part)
#   scripts/dev.sh package         release build, then build/packages/: the DEB (CPack, checked by lintian,
#                                  desktop-file-validate, appstreamcli) and the AppDir (+ squashfs, + AppImage when the
#                                  runtime is given), named VERSION+gREVISION; OPS_PACKAGE_PRESET=ci packages the ci tree
#   scripts/dev.sh package-smoke   install the DEB, run both programs and the GUI (--smoke-test), purge; the AppDir too
#   scripts/dev.sh bench           release build, CTest label "bench", the packages' sizes and the installed package's
#                                  cold start (scripts/bench_packages.sh), then build/bench/report.{json,md}
#   scripts/dev.sh format          clang-format-14 in place over app/ core/ render/ ui/ tests/
#
# Idempotent: a second run installs nothing, reconfigures nothing (but `package`, for the git revision) and rebuilds
# only what changed. Environment: OPS_JOBS (parallel build jobs, default 2), OPS_CTEST_JOBS (parallel tests, default 2),
# OPS_ASAN_OPTIONS (default detect_leaks=0: Qt, glib and D-Bus keep process-lifetime allocations),
# OPS_SKIP_PACKAGE_SMOKE=1 (`test` without the package smoke test).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ccache: hash paths relative to the clone, so a fresh clone elsewhere (CI) reuses what another clone compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-${ROOT}}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cd "$ROOT"

JOBS="${OPS_JOBS:-2}"
CTEST_JOBS="${OPS_CTEST_JOBS:-2}"
BUILD="$ROOT/build"
PY="$(command -v python3 || true)"

# Everything the build, the tests and the embedded database need on a fresh Debian 12.
PACKAGES=(
    build-essential cmake ninja-build ccache git python3 ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-positioning-dev qt6-svg-dev qt6-websockets-dev libgl-dev
    qtkeychain-qt6-dev libsecret-1-0 libspdlog-dev libfmt-dev libpq-dev
    # PostgreSQL 15 server for the embedded cluster; pg_trgm and unaccent ship inside postgresql-15 on Debian 12
    # (postgresql-contrib is only a transitional metapackage there).
    postgresql-15
    clang-format-14
    # openssl CLI: the HTTPS tests make a throwaway CA and server certificate at test time (tests/support/FakeHttpServer).
    openssl
    # Secret Service and display for the tests: keychain round trip under dbus-run-session, screenshots under Xvfb.
    dbus dbus-x11 gnome-keyring xvfb xauth
    # pdftotext: the day sheet test reads the text of the PDF it printed (tests/ui/TestDaySheet).
    poppler-utils
    # Packages (scripts/dev.sh package, package-smoke): PNG icons from the SVG, the desktop file, AppStream and
    # Debian policy checks, the AppImage's squashfs image, pgrep.
    librsvg2-bin desktop-file-utils appstream lintian squashfs-tools procps
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

as_root() {
    if [[ ${EUID} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "root privileges needed for: $* (run as root or install sudo)"
    fi
}

# ---------------------------------------------------------------------------------------------------------------------
cmd_deps() {
    command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: scripts/dev.sh supports Debian 12 only"
    if [[ -r /etc/os-release ]] && ! grep -q '^VERSION_CODENAME=bookworm' /etc/os-release; then
        warn "this is not Debian 12 (bookworm); package names may differ"
    fi

    local installed missing=() p
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null || true)"
    for p in "${PACKAGES[@]}"; do
        grep -q "^${p} ii" <<<"${installed}" || missing+=("${p}")
    done
    if ((${#missing[@]})); then
        log "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi

    local ext=/usr/share/postgresql/15/extension
    [[ -f ${ext}/pg_trgm.control && -f ${ext}/unaccent.control ]] \
        || die "pg_trgm/unaccent not found in ${ext} (they ship with postgresql-15)"
    PY="$(command -v python3 || true)"
    [[ -n ${PY} ]] || die "python3 not found"

    # Prism (validating mocks of tests/specs for the integration tests), installed once into build/.prism.
    if [[ ! -x ${BUILD}/.prism/node_modules/.bin/prism ]]; then
        command -v npm >/dev/null 2>&1 \
            || die "npm not found: the integration tests need Prism from the npm registry (install Node.js 18.20+ and npm)"
        log "Installing Prism 5.14.2 into build/.prism"
        mkdir -p "${BUILD}/.prism"
        npm install --no-save --prefix "${BUILD}/.prism" @stoplight/prism-cli@5.14.2 \
            || die "npm could not install @stoplight/prism-cli@5.14.2"
    fi
}

configure() {
    local preset="$1"
    if [[ ! -f ${BUILD}/${preset}/CMakeCache.txt || ! -f ${BUILD}/${preset}/build.ninja ]]; then
        log "Configuring preset ${preset}"
        cmake --preset "${preset}"
    fi
}

build() {
    local preset="$1"
    shift
    configure "${preset}"
    log "Building preset ${preset} (-j${JOBS})"
    cmake --build --preset "${preset}" -j "${JOBS}" "$@"
}

cmd_build() {
    build "${1:-dev}"
}

# ---------------------------------------------------------------------------------------------------------------------
cmd_run() {
    cmd_deps
    build dev
    local bin="${BUILD}/dev/app/targo-ops"
    [[ -x ${bin} ]] || die "${bin} was not built (the dev preset builds the GUI; check the build output above)"
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        die "no display (DISPLAY/WAYLAND_DISPLAY unset): run from a desktop session, or e.g. xvfb-run -a scripts/dev.sh run"
    fi
    log "Starting ${bin}"
    exec "${bin}" "$@"
}

# ---------------------------------------------------------------------------------------------------------------------
# C++ sources under app/ core/ render/ ui/ tests/: tracked files plus new files not yet added (but not ignored ones).
cxx_sources() {
    if git -C "${ROOT}" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -C "${ROOT}" ls-files --cached --others --exclude-standard -- app core render ui tests \
            | grep -E '\.(h|cpp)$' | while IFS= read -r f; do [[ -f ${f} ]] && printf '%s\n' "${f}"; done
    else
        find app core render ui tests -type f \( -name '*.h' -o -name '*.cpp' \) | sort
    fi
}

cmd_format() {
    command -v clang-format-14 >/dev/null 2>&1 || cmd_deps
    local files
    mapfile -t files < <(cxx_sources)
    ((${#files[@]})) || die "no C++ sources found"
    log "clang-format-14 -i on ${#files[@]} files"
    clang-format-14 -style=file -i "${files[@]}"
}

check_format() {
    local files out
    mapfile -t files < <(cxx_sources)
    log "Format check (clang-format-14, ${#files[@]} files)"
    if out="$(clang-format-14 -style=file --dry-run --Werror "${files[@]}" 2>&1)"; then
        return 0
    fi
    printf '%s\n' "${out}" | head -n 60 >&2
    printf 'Files needing clang-format:\n' >&2
    printf '%s\n' "${out}" | grep -oE '^[^:]+\.(h|cpp)' | sort -u | sed 's/^/  /' >&2
    printf 'Fix with: scripts/dev.sh format\n' >&2
    return 1
}

check_translations() {
    log "Translation check (ops_lupdate)"
    local snap ok=0 f
    snap="$(mktemp -d)"
    cp -p translations/*.ts "${snap}/"
    cmake --build --preset ci --target ops_lupdate >/dev/null || {
        rm -rf "${snap}"
        printf 'ops_lupdate failed\n' >&2
        return 1
    }
    for f in translations/*.ts; do
        if cmp -s "${snap}/$(basename "${f}")" "${f}"; then
            touch -r "${snap}/$(basename "${f}")" "${f}" # unchanged: keep the mtime so nothing rebuilds
        else
            printf '%s is stale: ops_lupdate changed it (review and commit the refreshed file)\n' "${f}" >&2
            diff -u "${snap}/$(basename "${f}")" "${f}" | head -n 40 >&2 || true
            ok=1
        fi
    done
    rm -rf "${snap}"
    # A file-local `QString tr(const char *)` helper makes lupdate file its strings under the enclosing class or
    # namespace, not under the context the helper passes at run time: those strings would never be translated.
    local helpers
    if helpers="$(grep -rnE '^[[:space:]]*(static[[:space:]]+)?(inline[[:space:]]+)?QString[[:space:]]+tr[[:space:]]*\([[:space:]]*const char' \
        --include='*.cpp' --include='*.h' app core render ui)"; then
        printf 'Local tr() helpers (use QCoreApplication::translate("Context", "...") at each call, or a struct with\n' >&2
        printf 'Q_DECLARE_TR_FUNCTIONS(Context), so lupdate sees the context used at run time):\n%s\n' "${helpers}" >&2
        ok=1
    fi
    if [[ ${CI:-} == true ]] && git -C "${ROOT}" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -C "${ROOT}" diff --exit-code --stat -- translations/ >&2 || ok=1
    fi
    if grep -l 'type="unfinished"' translations/*.ts >/dev/null 2>&1; then
        printf 'Unfinished translations (every string needs a translation):\n' >&2
        grep -c 'type="unfinished"' translations/*.ts | sed 's/^/  /' >&2
        ok=1
    fi
    return "${ok}"
}

# ui/ sees services only, colours come from ui/common/Theme, SQL lives in repositories and migrations
# (docs/architecture.md, "Layering rules"; exceptions with reasons in scripts/layering-allow.txt).
check_layering() {
    log "Layering check (scripts/check_layering.py)"
    "${PY}" "${ROOT}/scripts/check_layering.py" --root "${ROOT}" >&2
}

# Private HOME-like folders so tests never touch the user's keyring, settings or embedded database.
prepare_test_env() {
    local home="$1"
    rm -rf "${home}"
    mkdir -p "${home}/data" "${home}/config" "${home}/cache"
    chmod 0755 "${home}" "${home}/data" "${home}/config" "${home}/cache"
    export XDG_DATA_HOME="${home}/data" XDG_CONFIG_HOME="${home}/config" XDG_CACHE_HOME="${home}/cache"
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
    # UI tests leave PNGs of what they show here, for a person to look at (tests/support/Screenshot.h).
    export OPS_SCREENSHOT_DIR="${BUILD}/screenshots"
}

# run_ctest NAME BUILD_DIR LABELS [WRAPPER...]
run_ctest() {
    local name="$1" dir="$2" labels="$3"
    shift 3
    local junit="${BUILD}/test-reports/${name}.xml"
    mkdir -p "${BUILD}/test-reports"
    rm -f "${junit}"
    log "ctest ${name}: labels ${labels}"
    "$@" ctest --test-dir "${dir}" -L "${labels}" -LE bench --output-on-failure --no-tests=error \
        --parallel "${CTEST_JOBS}" --output-junit "${junit}" \
        --test-output-size-passed 4194304 --test-output-size-failed 4194304 || true
}

with_secret_service() {
    # A private D-Bus session with an unlocked GNOME Keyring (Secret Service) for the keychain tests.
    dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        sh "$@"
}

asan_tests() {
    prepare_test_env "${BUILD}/test-home/asan"
    export ASAN_OPTIONS="${OPS_ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
    export UBSAN_OPTIONS="${OPS_UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    run_ctest asan "${BUILD}/asan" 'unit|db'
}

cmd_test() {
    local asan_only=0
    case "${1:-}" in
    --asan) asan_only=1 ;;
    "") ;;
    *) die "unknown option for test: $1" ;;
    esac

    cmd_deps
    local reports=() checks=()
    if ((asan_only == 0)); then
        if ! build ci; then
            log "Summary"
            "${PY}" "${ROOT}/scripts/ctest_summary.py" --check build-ci=fail
            return 1
        fi
        if check_format; then checks+=(--check format=pass); else checks+=(--check format=fail); fi
        if check_translations; then checks+=(--check translations=pass); else checks+=(--check translations=fail); fi
        if check_layering; then checks+=(--check layering=pass); else checks+=(--check layering=fail); fi
        (
            prepare_test_env "${BUILD}/test-home/ci"
            run_ctest ci "${BUILD}/ci" 'unit|db|integration|ui' with_secret_service
        )
        reports+=("ci=${BUILD}/test-reports/ci.xml")
        # The packages of the ci tree (no second build), installed, started and purged (packaging/linux/smoke.sh).
        if [[ ${OPS_SKIP_PACKAGE_SMOKE:-0} != 1 ]]; then
            if (OPS_PACKAGE_SQUASHFS=0 package_tree ci && cmd_package_smoke); then
                checks+=(--check package=pass)
            else
                checks+=(--check package=fail)
            fi
        fi
    fi
    if build asan; then
        (asan_tests)
        reports+=("asan=${BUILD}/test-reports/asan.xml")
    else
        checks+=(--check build-asan=fail)
    fi

    log "Summary"
    "${PY}" "${ROOT}/scripts/ctest_summary.py" "${checks[@]}" "${reports[@]}"
}

# ---------------------------------------------------------------------------------------------------------------------
# The DEB and the AppDir of a preset's tree (release by default; CI packages its ci tree instead of building another).
package_tree() {
    # Every step checked by hand: `dev.sh test` calls this inside an `if`, where `set -e` does not apply.
    local preset="$1" out="${BUILD}/packages" deb
    # Reconfigure: --version and the package names carry the current git revision.
    log "Configuring preset ${preset} (git revision)"
    cmake --preset "${preset}" >/dev/null || return 1
    # Only what gets installed (a release tree for people need not build the tests).
    build "${preset}" --target targo-ops targo-opsctl ops_icons ops_changelog || return 1
    rm -rf "${out}"
    mkdir -p "${out}"
    log "DEB (CPack) into ${out}"
    cpack --config "${BUILD}/${preset}/CPackConfig.cmake" -G DEB -B "${out}" >"${out}/cpack.log" \
        || { tail -n 30 "${out}/cpack.log" >&2; return 1; }
    rm -rf "${out}/_CPack_Packages"
    deb="$(ls "${out}"/targo-ops_*.deb)" || return 1
    desktop-file-validate "${ROOT}/resources/linux/ca.targo.ops.desktop" || return 1
    appstreamcli validate --no-net "${ROOT}/resources/linux/ca.targo.ops.metainfo.xml" >&2 || return 1
    log "lintian ${deb}"
    lintian --fail-on error --suppress-tags no-manual-page "${deb}" 2>/dev/null >&2 || return 1
    "${ROOT}/packaging/linux/appimage.sh" "${BUILD}/${preset}" "${out}" || return 1
    ls -l "${out}" >&2
}

cmd_package() {
    cmd_deps
    package_tree "${OPS_PACKAGE_PRESET:-release}"
}

cmd_package_smoke() {
    "${ROOT}/packaging/linux/smoke.sh" "${BUILD}/packages"
}

# ---------------------------------------------------------------------------------------------------------------------
cmd_bench() {
    cmd_deps
    build release
    # Benchmarks append their JSON entries to OPS_BENCH_DIR (a cache variable of the build, default
    # build/release/bench); start from an empty folder so the report holds this run only.
    local raw rc=0 report=0
    raw="$(sed -n 's/^OPS_BENCH_DIR:[A-Z]*=//p' "${BUILD}/release/CMakeCache.txt")"
    raw="${raw:-${BUILD}/release/bench}"
    mkdir -p "${raw}" "${BUILD}/bench/home"
    rm -f "${raw}"/*.json
    chmod 0755 "${BUILD}/bench" "${BUILD}/bench/home"
    log "Benchmarks (ctest -L bench); raw results in ${raw}"
    OPS_BENCH_DIR="${raw}" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        XDG_DATA_HOME="${BUILD}/bench/home/data" XDG_CONFIG_HOME="${BUILD}/bench/home/config" \
        XDG_CACHE_HOME="${BUILD}/bench/home/cache" \
        ctest --test-dir "${BUILD}/release" -L bench --output-on-failure --no-tests=error || rc=$?
    bench_packages "${raw}" || rc=1
    "${PY}" "${ROOT}/scripts/bench_report.py" "${raw}" "${BUILD}/bench" || report=$?
    log "Wrote ${BUILD}/bench/report.json and ${BUILD}/bench/report.md"
    ((rc == 0 && report == 0))
}

# The packages of the release tree just measured (sizes) and the installed package's cold start to the first painted
# window (scripts/bench_packages.sh; docs/packaging.md "Benchmarks"). OPS_BENCH_PACKAGES=reuse measures the packages
# already in build/packages, =0 skips this part.
bench_packages() {
    local raw="$1"
    case "${OPS_BENCH_PACKAGES:-build}" in
    0) return 0 ;;
    reuse) ;;
    *) package_tree release || return 1 ;;
    esac
    "${ROOT}/scripts/bench_packages.sh" "${BUILD}/packages" "${raw}" "${BUILD}/release/tests/BenchColdStart"
}

usage() {
    awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"
}

main() {
    local cmd="${1:-help}"
    shift || true
    case "${cmd}" in
    deps) cmd_deps ;;
    build) cmd_build "$@" ;;
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    package) cmd_package ;;
    package-smoke) cmd_package_smoke ;;
    bench) cmd_bench ;;
    format) cmd_format ;;
    help | -h | --help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
}

main "$@"
