#!/usr/bin/env python3
"""Layering check for Targo Ops (docs/architecture.md, "Layering rules"). Standard library only.

Fails (exit 1, one "path:line: [rule] message" per finding) when:
  include  a file in ui/ includes a database internal: PgConnection, PgConnectionPool, PgResult, PgListener,
           DbExecutor, Transaction.h, or any *Repository.h header (ui/ talks to services only);
  gui      a file in core/ includes a Qt GUI or Widgets header (<QtGui/...>, <QtWidgets/...>, <QtPrintSupport/...>,
           <QtPdf/...> or a class header of those modules such as <QImage>, <QPainter>, <QTextDocument>, <QWidget>):
           core/ is QtCore/QtNetwork only; what needs Qt GUI without being a screen lives in render/ (ops_render);
  colour   a hex colour literal ("#1d2733", "#fff") appears in a string literal in ui/ outside ui/common/Theme.*
           (colours are named roles of ui/common/Theme);
  sql      a C++ string literal holds an SQL statement (SELECT ... FROM, INSERT INTO, UPDATE x SET, DELETE FROM,
           CREATE TABLE/INDEX/ROLE/EXTENSION, ALTER x, DROP x; upper-case keywords) outside the repository layer:
           *Repository*.cpp/.h, core/db/ (the db layer itself: connection, Migrator, migrations) and tests/.
           Adjacent literals are read together per statement (so "SELECT a "\n"FROM t" is found), raw strings too.

Exceptions live in scripts/layering-allow.txt, one per line: "<rule> <path glob> -- <reason>"; a line without a
reason is an error. Usage: check_layering.py [--root DIR] [--allow FILE]
"""

import argparse
import fnmatch
import os
import re
import sys

SOURCE_EXTENSIONS = (".h", ".hpp", ".cpp", ".cc")
SCANNED_ROOTS = ("app", "core", "render", "ui")

DB_INTERNALS = {"PgConnection", "PgConnectionPool", "PgResult", "PgListener", "DbExecutor"}
GUI_MODULES = ("QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtSvg", "QtCharts", "QtOpenGL")
GUI_CLASSES = {
    "QGuiApplication", "QApplication", "QImage", "QImageReader", "QImageWriter", "QPixmap", "QBitmap", "QIcon",
    "QPainter", "QPainterPath", "QPen", "QBrush", "QColor", "QFont", "QFontMetrics", "QFontDatabase", "QPalette",
    "QTextDocument", "QTextCursor", "QTextOption", "QTextLayout", "QAbstractTextDocumentLayout", "QPdfWriter",
    "QPagedPaintDevice", "QPageLayout", "QPageSize", "QPaintDevice", "QTransform", "QPolygon", "QPolygonF",
    "QRegion", "QWindow", "QScreen", "QClipboard", "QCursor", "QKeySequence", "QKeyEvent", "QMouseEvent",
    "QStandardItemModel", "QDesktopServices", "QValidator", "QIntValidator", "QRegularExpressionValidator",
    "QWidget", "QPrinter", "QPdfDocument", "QSvgRenderer",
}
INCLUDE_RE = re.compile(r'^[ \t]*#[ \t]*include\s*[<"]([^">]+)[">]', re.MULTILINE)
HEX_COLOUR_RE = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w])")
SQL_PATTERNS = [
    re.compile(r"\bSELECT\b.+?\bFROM\b", re.DOTALL),
    re.compile(r"\bINSERT\s+INTO\b"),
    re.compile(r"\bUPDATE\s+\w+\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\b"),
    re.compile(r"\bCREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|ROLE|EXTENSION)\b"),
    re.compile(r"\bALTER\s+\w+"),
    re.compile(r"\bDROP\s+\w+"),
]


class Literal:
    __slots__ = ("text", "line")

    def __init__(self, text, line):
        self.text = text
        self.line = line


def scan_statements(source):
    """Yields, per statement (text between ';', '{' and '}' outside literals and comments), its string literals.

    Preprocessor lines are skipped (an #include path is not a string literal). Char literals are skipped.
    """
    statement = []
    i = 0
    n = len(source)
    line = 1
    at_line_start = True
    while i < n:
        c = source[i]
        if c == "\n":
            line += 1
            at_line_start = True
            i += 1
            continue
        if at_line_start and c in " \t":
            i += 1
            continue
        if at_line_start and c == "#":
            # Preprocessor directive, with backslash continuations.
            while i < n and source[i] != "\n":
                if source[i] == "\\" and i + 1 < n and source[i + 1] == "\n":
                    line += 1
                    i += 1
                i += 1
            continue
        at_line_start = False
        if source.startswith("//", i):
            while i < n and source[i] != "\n":
                i += 1
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            line += source.count("\n", i, end)
            i = end
            continue
        # Raw string: optional encoding prefix, R"delim( ... )delim"
        m = re.match(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(', source[i : i + 24])
        if m and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            delim = m.group(1)
            start = i + m.end()
            closing = ")" + delim + '"'
            end = source.find(closing, start)
            end = n if end < 0 else end
            statement.append(Literal(source[start:end], line))
            line += source.count("\n", i, end)
            i = min(n, end + len(closing))
            continue
        m = re.match(r'(?:u8|u|U|L)?"', source[i : i + 3])
        if m and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_") or m.end() == 1):
            j = i + m.end()
            text = []
            while j < n and source[j] != '"' and source[j] != "\n":
                if source[j] == "\\" and j + 1 < n:
                    text.append(source[j : j + 2])
                    j += 2
                    continue
                text.append(source[j])
                j += 1
            statement.append(Literal("".join(text), line))
            i = j + 1
            continue
        if c == "'":
            # Char literal (or a digit separator such as 1'000: skip just the quote then).
            m = re.match(r"'(?:\\.|[^'\\\n]){1,8}'", source[i:])
            if m and not (i > 0 and source[i - 1].isalnum()):
                i += m.end()
            else:
                i += 1
            continue
        if c in ";{}":
            if statement:
                yield statement
            statement = []
        i += 1
    if statement:
        yield statement


def is_db_internal(include):
    base = include.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0]
    return stem in DB_INTERNALS or base == "Transaction.h" or (stem.endswith("Repository") and base.endswith(".h"))


def is_gui_include(include):
    first = include.split("/", 1)[0]
    if "/" in include and first in GUI_MODULES:
        return True
    return "/" not in include and (include in GUI_CLASSES or include in GUI_MODULES)


def in_repository_layer(path):
    base = os.path.basename(path)
    return "Repository" in base or path.startswith("core/db/") or path.startswith("tests/")


def check_file(path, source):
    findings = []
    in_ui = path.startswith("ui/")
    if in_ui:
        for m in INCLUDE_RE.finditer(source):
            if is_db_internal(m.group(1)):
                line = source.count("\n", 0, m.start()) + 1
                findings.append((path, line, "include", "ui/ includes the database internal %s" % m.group(1)))
    if path.startswith("core/"):
        for m in INCLUDE_RE.finditer(source):
            if is_gui_include(m.group(1)):
                line = source.count("\n", 0, m.start()) + 1
                findings.append((path, line, "gui", "core/ includes the Qt GUI header %s (core is QtCore only; "
                                 "rendering lives in render/)" % m.group(1)))
    theme = in_ui and os.path.basename(path).startswith("Theme.") and path.startswith("ui/common/")
    check_colour = in_ui and not theme
    check_sql = not in_repository_layer(path)
    if not (check_colour or check_sql):
        return findings
    for statement in scan_statements(source):
        if check_colour:
            for lit in statement:
                for m in HEX_COLOUR_RE.finditer(lit.text):
                    findings.append(
                        (path, lit.line, "colour", "hex colour %s outside ui/common/Theme (use a Theme role)" % m.group(0))
                    )
        if check_sql:
            # Adjacent and concatenated literals of one statement are read as one text; a finding is reported at
            # the line of the literal where the SQL starts.
            joined = ""
            starts = []
            for lit in statement:
                starts.append((len(joined), lit.line))
                joined += lit.text + " "
            for pattern in SQL_PATTERNS:
                m = pattern.search(joined)
                if not m:
                    continue
                line = starts[0][1]
                for offset, lit_line in starts:
                    if offset <= m.start():
                        line = lit_line
                words = " ".join(m.group(0).split())
                if len(words) > 40:
                    words = words[:37] + "..."
                findings.append((path, line, "sql", 'SQL "%s" in a string literal outside a repository' % words))
                break
    return findings


def load_allowlist(path):
    rules = []
    errors = []
    if not path or not os.path.exists(path):
        return rules, errors
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            head, sep, reason = text.partition(" -- ")
            parts = head.split()
            if not sep or not reason.strip() or len(parts) != 2 or parts[0] not in ("include", "gui", "colour", "sql"):
                errors.append('%s:%d: expected "<include|gui|colour|sql> <path glob> -- <reason>"' % (path, number))
                continue
            rules.append((parts[0], parts[1]))
    return rules, errors


def source_files(root):
    for top in SCANNED_ROOTS:
        base = os.path.join(root, top)
        for directory, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(SOURCE_EXTENSIONS):
                    full = os.path.join(directory, name)
                    yield os.path.relpath(full, root).replace(os.sep, "/"), full


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="Targo Ops layering check")
    parser.add_argument("--root", default=os.path.dirname(here), help="repository root (default: this script's ..)")
    parser.add_argument("--allow", default=None, help="allowlist (default: <root>/scripts/layering-allow.txt)")
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    allow_path = args.allow if args.allow is not None else os.path.join(root, "scripts", "layering-allow.txt")
    allowed, errors = load_allowlist(allow_path)

    findings = []
    count = 0
    for rel, full in source_files(root):
        count += 1
        with open(full, encoding="utf-8", errors="replace") as f:
            source = f.read()
        for finding in check_file(rel, source):
            if any(rule == finding[2] and fnmatch.fnmatchcase(rel, glob) for rule, glob in allowed):
                continue
            findings.append(finding)

    for error in errors:
        print(error)
    for path, line, rule, message in sorted(findings):
        print("%s:%d: [%s] %s" % (path, line, rule, message))
    if findings or errors:
        print("layering: %d finding(s) in %d files (rules: docs/architecture.md, exceptions: %s)"
              % (len(findings), count, os.path.relpath(allow_path, root) if allow_path else "none"))
        return 1
    print("layering: ok (%d files)" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
