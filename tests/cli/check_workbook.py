#!/usr/bin/python3
"""Reads a Lianping summary workbook with openpyxl (an independent reader) and checks it
against `lianping-cli result --format json`: figures, number formats, frozen headers,
autofilters and the native charts. Exit 0 when everything holds, else 1 with the reason."""
import json
import sys
import zipfile

import openpyxl


def fail(message):
    print(message)
    sys.exit(1)


def main(workbook_path, result_path):
    results = json.load(open(result_path, encoding="utf-8"))
    book = openpyxl.load_workbook(workbook_path)
    expected = ["汇总", "按县区", "单位明细", "排名", "复核偏差", "后续管理", "整改事项", "覆盖率", "清廉指数", "维度说明"]
    if book.sheetnames != expected:
        fail(f"sheets {book.sheetnames}")
    for sheet in book.worksheets:
        if sheet.freeze_panes is None:
            fail(f"{sheet.title}: no frozen header")
        if not sheet.auto_filter.ref:
            fail(f"{sheet.title}: no autofilter")
        if sheet.column_dimensions["A"].width is None or sheet.column_dimensions["A"].width < 6:
            fail(f"{sheet.title}: column A has no width")

    units = book["单位明细"]
    header = [cell.value for cell in units[1]]
    total_col = header.index("总分")
    grade_col = header.index("等次")
    rows = {row[0].value: row for row in units.iter_rows(min_row=2)}
    if len(rows) != len(results):
        fail(f"单位明细 has {len(rows)} units, result {len(results)}")
    grades = {"excellent": "优秀", "qualified": "合格", "unqualified": "不合格"}
    for unit in results:
        row = rows[unit["unit"]]
        total = row[total_col]
        if unit["total"] is None:
            if total.value is not None:
                fail(f"{unit['unit']}: total {total.value} for an unassessed unit")
            continue
        if not isinstance(total.value, (int, float)) or abs(total.value - unit["total"]) > 1e-9:
            fail(f"{unit['unit']}: total {total.value} != {unit['total']}")
        if total.number_format != "0.0":
            fail(f"{unit['unit']}: total format {total.number_format}")
        if row[grade_col].value != grades[unit["grade"]]:
            fail(f"{unit['unit']}: grade {row[grade_col].value}")

    summary = book["汇总"]
    city = [row for row in summary.iter_rows(min_row=4) if row[0].value == "全市合计"]
    if len(city) != 1:
        fail("no 全市合计 row")
    city = city[0]
    assessed = [u for u in results if u["total"] is not None]
    passed = [u for u in assessed if u["grade"] != "unqualified"]
    if city[2].value != len(results) or city[3].value != len(assessed):
        fail(f"counts {city[2].value}/{city[3].value}")
    rate = city[7]
    if not isinstance(rate.value, float) or abs(rate.value - len(passed) / len(assessed)) > 1e-12:
        fail(f"pass rate {rate.value!r}")
    if rate.number_format != "0.0%":
        fail(f"pass rate format {rate.number_format}")
    average = sum(u["total"] for u in assessed) / len(assessed)
    if abs(city[9].value - average) > 1e-9:
        fail(f"average {city[9].value} != {average}")

    with zipfile.ZipFile(workbook_path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    if len(charts) < 2:
        fail(f"charts {charts}")
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
