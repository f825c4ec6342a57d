#!/usr/bin/env python3
"""Merges benchmark results into build/bench/report.json and report.md.

Each benchmark (CTest label "bench") appends JSON entries
    {"name", "unit", "median", "p95", "target", "pass", "runs"}
("target": null for a figure only reported, like the packages' sizes in bytes.)
to a file in $OPS_BENCH_DIR/*.json: one object, a JSON array, or several objects one after another (JSON lines).
When a name appears more than once, the last entry wins.

Usage: bench_report.py RAW_DIR OUT_DIR
Exit status: 0 all benchmarks met their target, 1 some did not, 2 no results were found.
"""

import datetime
import json
import os
import platform
import sys
from pathlib import Path

REQUIRED = ("name", "unit", "median", "p95", "target", "pass")


def entries_in(path):
    text = path.read_text(encoding="utf-8").strip()
    if not text:
        return []
    try:
        data = json.loads(text)
        return data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        pass
    # Concatenated objects (appended one per run, with or without newlines).
    decoder = json.JSONDecoder()
    out, pos = [], 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text):
            break
        obj, pos = decoder.raw_decode(text, pos)
        out.extend(obj if isinstance(obj, list) else [obj])
    return out


def fmt(value):
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value).lower()
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def target_text(b, unit):
    # A null target is a figure reported for information (the packages' sizes).
    if b["target"] is None:
        return "(reported)"
    return f"{'≥' if b.get('better') == 'higher' else '≤'} {fmt(b['target'])} {unit}"


def result_text(b):
    if b["target"] is None:
        return "—"
    return "PASS" if b["pass"] else "**FAIL**"


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    raw, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)

    results, problems = {}, []
    for path in sorted(raw.glob("*.json")) if raw.is_dir() else []:
        try:
            for e in entries_in(path):
                missing = [k for k in REQUIRED if k not in e]
                if missing:
                    problems.append(f"{path.name}: entry without {', '.join(missing)}: {e}")
                    continue
                results[e["name"]] = e
        except (OSError, ValueError) as err:
            problems.append(f"{path.name}: unreadable ({err})")

    benchmarks = [results[k] for k in sorted(results)]
    all_pass = bool(benchmarks) and all(bool(b["pass"]) for b in benchmarks) and not problems
    report = {
        "generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "all_pass": all_pass,
        "benchmarks": benchmarks,
        "problems": problems,
    }
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    lines = [
        "# Targo Ops benchmarks",
        "",
        f"Generated {report['generated']} on {report['machine']['platform']} ({report['machine']['cpus']} CPUs).",
        "",
        "| Benchmark | Median | p95 | Target | Runs | Result |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for b in benchmarks:
        unit = b.get("unit", "")
        lines.append(
            f"| {b['name']} | {fmt(b['median'])} {unit} | {fmt(b['p95'])} {unit} "
            f"| {target_text(b, unit)} "
            f"| {fmt(b.get('runs'))} | {result_text(b)} |"
        )
    if not benchmarks:
        lines.append("| (no results) | | | | | **FAIL** |")
    for p in problems:
        lines += ["", f"- problem: {p}"]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))

    if not benchmarks:
        return 2
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
