#!/usr/bin/python3
"""The layering rules of CONTRIBUTING.md, checked on every test run (issue 12).

Fails on:
- an include between two core folders that closes a cycle (core's folders form a DAG);
- sqlite3.h or a sqlite3_ call outside core/storage (SQL text stays in core);
- a widget header (QtWidgets, QWidget, QDialog, …) in core/ or app/cli/;
- SQL in ui/ or app/ (a string literal opening with an SQL keyword, or a literal handed to
  prepare/cached/exec): queries belong to core's repositories;
- a source file over 600 lines, unless listed below;
- core/common or core/model including a folder above them;
- a write (INSERT/UPDATE/DELETE) of a table outside the core folder that owns it;
- an include with a folder not spelled from the root (core/… or ui/…), or core including ui/.
Usage: tools/check-architecture.py [ROOT]"""
import collections
import os
import re
import sys

# The value types at the bottom: they include nothing of core above them.
LEAVES = {"common": {"common"}, "model": {"common", "model"}}
# One writer per table: the core folder whose repository owns each table. Another file that
# writes it (INSERT, UPDATE, DELETE) fails the check. storage/Schema.cpp (migrations) may
# write any table.
TABLE_OWNERS = {
    "campaigns": "campaign", "campaign_rubrics": "campaign", "coverage_targets": "campaign",
    "review_steps": "campaign", "enrollments": "campaign",
    "counties": "registry", "departments": "registry", "unit_types": "registry",
    "type_aliases": "registry", "units": "registry",
    "rubrics": "rubric", "dimensions": "rubric", "indicators": "rubric",
    "sheets": "scoring", "scores": "scoring", "vetoes": "scoring",
    "namings": "pipeline", "revocations": "pipeline",
    "followups": "followup", "rectifications": "followup",
    "evidence": "evidence", "findings": "evidence",
    "history": "history", "offices": "office", "meta": "storage", "units_fts": "storage",
    "tasks": "tasks", "task_milestones": "tasks", "task_progress": "tasks",
    "task_documents": "tasks",
    "index_models": "index", "index_inputs": "index", "survey_rounds": "index",
    "survey_scores": "index", "survey_answers": "index",
    "recheck_samples": "services", "recheck_sample_units": "services",
    "conflicts": "exchange", "packages": "exchange", "versions": "exchange",
    "evidence_sent": "exchange", "retired_keys": "exchange",
}
WRITE = re.compile(r'(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b')
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
    writers = set()
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
                for name in re.findall(r'#include "([^"]*/[^"]*)"', text):
                    if rel.startswith("tests/"):
                        break  # tests include their own helpers from tests/
                    if not name.startswith(("core/", "ui/")) and not os.path.isfile(
                            os.path.join(directory, name)):
                        problems.append(f'{rel}: #include "{name}": spell it core/… or ui/…')
                if not rel.startswith("core/"):
                    continue
                if rel.endswith(".cpp") and rel != "core/storage/Schema.cpp":
                    for table in set(WRITE.findall(text)):
                        owner = TABLE_OWNERS.get(table)
                        if owner is None:
                            problems.append(f"{rel}: writes table {table}, which has no owner "
                                            f"in TABLE_OWNERS (add it with its repository)")
                        elif rel.split("/")[1] != owner:
                            writers.add(f"{rel}:{table}")
                if '#include "ui/' in text:
                    problems.append(f"{rel}: core includes ui/ (layers only look down)")
                source = rel.split("/")[1]
                for target in re.findall(r'#include "core/([a-z]+)/', text):
                    if source in LEAVES and target not in LEAVES[source]:
                        problems.append(f"{rel}: core/{source}/ is a leaf and may not include "
                                        f"core/{target}/")
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
    cyclic = {f"{a}→{b}" for a in edges for b in edges[a] if component.get(a) == component.get(b)}
    for edge in sorted(cyclic):
        a, b = edge.split("→")
        problems.append(f"{where[(a, b)]}: includes core/{b}/ and closes a cycle {a} → {b} → … → {a}")
    for entry in sorted(writers):
        rel, table = entry.split(":")
        problems.append(f"{rel}: writes table {table}, owned by core/{TABLE_OWNERS[table]}/ "
                        f"(one writer per table: call its repository)")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")))
