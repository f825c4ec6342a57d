#!/usr/bin/env python3
"""Sums CTest JUnit reports (ctest --output-junit) into one verdict for scripts/dev.sh test.

A test counts as passed only when CTest ran it, it exited successfully, and Qt Test skipped nothing
(a QSKIP prints "SKIP   :" and "Totals: ... N skipped"). Not-run, disabled and skipped tests count as failures:
the suite must have zero skipped tests.

Usage: ctest_summary.py [--check NAME=pass|fail ...] LABEL=JUNIT.xml [LABEL=JUNIT.xml ...]
Prints one line per problem, then the final plain line "N passed, N failed". Exit status 1 when anything failed.
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

QT_SKIP_LINE = re.compile(r"^SKIP\s+:", re.MULTILINE)
QT_TOTALS = re.compile(r"^Totals: \d+ passed, \d+ failed, (\d+) skipped", re.MULTILINE)


def classify(case):
    """Returns (ok, reason) for one <testcase>."""
    status = case.get("status", "")
    out = "".join(e.text or "" for e in case.iter("system-out"))
    if status in ("notrun", "disabled") or case.find("skipped") is not None:
        msg = case.find("skipped")
        return False, "not run" + (f" ({msg.get('message')})" if msg is not None and msg.get("message") else "")
    if status != "run" or case.find("failure") is not None or case.find("error") is not None:
        return False, "failed"
    skipped = sum(int(n) for n in QT_TOTALS.findall(out))
    if skipped or QT_SKIP_LINE.search(out):
        return False, f"skipped {skipped or 'some'} Qt test function(s); skipping is not allowed"
    return True, ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="append", default=[], help="NAME=pass|fail for a non-CTest check")
    parser.add_argument("reports", nargs="*", help="LABEL=path/to/junit.xml")
    args = parser.parse_args()

    passed = failed = 0
    for check in args.check:
        name, _, verdict = check.partition("=")
        if verdict == "pass":
            passed += 1
        else:
            failed += 1
            print(f"[check] FAILED {name}")

    for spec in args.reports:
        label, sep, path = spec.partition("=")
        if not sep:
            label, path = os.path.splitext(os.path.basename(spec))[0], spec
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            failed += 1
            print(f"[{label}] FAILED no test report ({e})")
            continue
        cases = list(root.iter("testcase"))
        if not cases:
            failed += 1
            print(f"[{label}] FAILED no tests ran")
        for case in cases:
            ok, reason = classify(case)
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"[{label}] {'SKIPPED' if 'skip' in reason or 'not run' in reason else 'FAILED'} "
                      f"{case.get('name')}: {reason}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
