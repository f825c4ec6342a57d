#!/usr/bin/env python3
"""TestLayeringCheck: scripts/check_layering.py on the fixture trees under tests/data/layering/.

bad/   one violation of each kind (ui include of a repository header, Qt GUI includes in core/, hex colour in ui/, SQL
       over adjacent literals and in a raw string) next to files the rules allow (ui/common/Theme, a *Repository.cpp, an allowlisted file);
clean/ no finding (render/ may include Qt GUI).
Usage: test_check_layering.py <repository root>
"""

import subprocess
import sys
from pathlib import Path


def run(script, root, allow):
    p = subprocess.run([sys.executable, str(script), "--root", str(root), "--allow", str(allow)],
                       capture_output=True, text=True, check=False)
    return p.returncode, [line for line in p.stdout.splitlines() if line.strip()]


def main():
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
    script = repo / "scripts" / "check_layering.py"
    data = repo / "tests" / "data" / "layering"
    failures = []

    code, lines = run(script, data / "bad", data / "bad" / "allow.txt")
    expected = [
        "core/feeds/PrintsPdf.cpp:3: [gui] core/ includes the Qt GUI header QTextDocument (core is QtCore only; "
        "rendering lives in render/)",
        "core/feeds/PrintsPdf.cpp:4: [gui] core/ includes the Qt GUI header QtGui/QPdfWriter (core is QtCore only; "
        "rendering lives in render/)",
        'core/feeds/SqlText.cpp:9: [sql] SQL "SELECT value FROM" in a string literal outside a repository',
        'core/feeds/SqlText.cpp:13: [sql] SQL "DELETE FROM" in a string literal outside a repository',
        "ui/customers/IncludesDb.cpp:4: [include] ui/ includes the database internal "
        "core/customers/CustomerRepository.h",
        "ui/tickets/HexColour.cpp:7: [colour] hex colour #1d2733 outside ui/common/Theme (use a Theme role)",
    ]
    if code != 1:
        failures.append("bad tree: exit code %d, expected 1" % code)
    if lines[:-1] != expected:
        failures.append("bad tree: reported\n  %s\nexpected\n  %s" % ("\n  ".join(lines), "\n  ".join(expected)))
    if not lines or not lines[-1].startswith("layering: 6 finding(s)"):
        failures.append("bad tree: summary line %r" % (lines[-1] if lines else None))

    # Without the allowlist the legacy importer is reported too.
    code, lines = run(script, data / "bad", data / "missing-allow.txt")
    if code != 1 or not any(line.startswith("core/legacy/Import.cpp:2: [sql]") for line in lines):
        failures.append("bad tree without allowlist: exit %d, lines %s" % (code, lines))

    # An allowlist line without a reason is an error.
    bad_allow = data / "bad" / "allow-no-reason.txt"
    code, lines = run(script, data / "clean", bad_allow)
    if code != 1 or not any("allow-no-reason.txt:2:" in line for line in lines):
        failures.append("allowlist without reason: exit %d, lines %s" % (code, lines))

    code, lines = run(script, data / "clean", data / "missing-allow.txt")
    if code != 0 or lines != ["layering: ok (3 files)"]:
        failures.append("clean tree: exit %d, lines %s" % (code, lines))

    for f in failures:
        print("FAIL: " + f)
    print("%d check(s) failed" % len(failures) if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
