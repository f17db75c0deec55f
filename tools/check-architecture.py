#!/usr/bin/python3
"""The layering rules of CONTRIBUTING.md, checked on every test run (issue 12).

Fails on:
- an include between two core folders that closes a cycle, unless the edge is in the
  baseline below (the knots found in 2026, to be untied: the list may only shrink);
- sqlite3.h or a sqlite3_ call outside core/storage (SQL text stays in core);
- a widget header (QtWidgets, QWidget, QDialog, …) in core/ or app/cli/;
- SQL in ui/ or app/ (a string literal opening with an SQL keyword, or a literal handed to
  prepare/cached/exec): queries belong to core's repositories;
- a source file over 600 lines, unless listed below.
A baseline entry that no longer occurs is reported, so it is struck off.
Usage: tools/check-architecture.py [ROOT]"""
import collections
import os
import re
import sys

# Folder edges inside today's cycles: {storage, registry, rubric, history} and
# {campaign, scoring, pipeline, followup, office, exchange, index, io, tasks, evidence}.
CYCLE_BASELINE = """
campaign→exchange campaign→followup campaign→index campaign→office campaign→pipeline
campaign→scoring evidence→campaign evidence→exchange evidence→followup evidence→office
evidence→pipeline evidence→scoring exchange→campaign exchange→evidence exchange→followup
exchange→office exchange→pipeline exchange→scoring exchange→tasks followup→pipeline
followup→scoring history→storage index→campaign index→io index→scoring index→tasks
io→pipeline io→scoring office→pipeline office→scoring pipeline→campaign pipeline→followup
pipeline→office pipeline→scoring registry→history registry→storage rubric→registry
rubric→storage scoring→campaign scoring→followup scoring→office scoring→pipeline
storage→registry storage→rubric tasks→io tasks→office
"""
LONG_FILES = {"ui/tasks/LedgerView.cpp", "tests/core/test_exchange.cpp"}
SQLITE_ALLOWED = set()
SQL = re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH)\b'
                 r'|\b(prepare|cached|exec)\(\s*(QStringLiteral\(|QByteArrayLiteral\()?\s*"')
WIDGET = re.compile(r'#include\s*<(QtWidgets|QWidget|QDialog|QMainWindow|QMessageBox|QFileDialog|'
                    r'QApplication|QLabel|QPushButton|QTableView|QTreeView)[>/]')


def main(root):
    problems = []
    edges = collections.defaultdict(set)
    where = {}
    for folder in ("core", "ui", "app", "tests"):
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in files:
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(directory, name)
                rel = os.path.relpath(path, root)
                text = open(path, encoding="utf-8").read()
                if text.count("\n") > 600 and rel not in LONG_FILES:
                    problems.append(f"{rel}: {text.count(chr(10))} lines (at most 600: split it)")
                if (("sqlite3.h" in text or re.search(r"\bsqlite3_[a-z_]+\(", text))
                        and not rel.startswith("core/storage/") and rel not in SQLITE_ALLOWED
                        and not rel.startswith("tests/")):
                    problems.append(f"{rel}: SQLite used outside core/storage")
                if rel.startswith(("ui/", "app/")) and SQL.search(text):
                    line = text.count("\n", 0, SQL.search(text).start()) + 1
                    problems.append(f"{rel}:{line}: SQL outside core (move it into a repository)")
                if (rel.startswith("core/") or rel.startswith("app/cli/")) and WIDGET.search(text):
                    problems.append(f"{rel}: a widget header outside ui/")
                if not rel.startswith("core/"):
                    continue
                source = rel.split("/")[1]
                for target in re.findall(r'#include "([a-z]+)/', text):
                    if target != source and os.path.isdir(os.path.join(root, "core", target)):
                        edges[source].add(target)
                        where.setdefault((source, target), rel)
    # Strongly connected folders (Tarjan); an edge inside one closes a cycle.
    index, low, stack, on, counter, component = {}, {}, [], set(), [0], {}

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            while True:
                w = stack.pop()
                on.discard(w)
                component[w] = v
                if w == v:
                    break

    sys.setrecursionlimit(10000)
    for v in list(edges):
        if v not in index:
            visit(v)
    baseline = set(CYCLE_BASELINE.split())
    cyclic = {f"{a}→{b}" for a in edges for b in edges[a] if component.get(a) == component.get(b)}
    for edge in sorted(cyclic - baseline):
        a, b = edge.split("→")
        problems.append(f"{where[(a, b)]}: includes core/{b}/ and closes a cycle {a} → {b} → … → {a}")
    for edge in sorted(baseline - cyclic):
        print(f"note: {edge} no longer closes a cycle: strike it off the baseline")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")))
