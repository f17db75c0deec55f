#!/usr/bin/python3
"""Fills a Lianping self-check template the way a unit would in Excel: with openpyxl (another
program), every indicator its maximum minus 0.5 and a note on the first, then saves it."""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
header_row = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "指标")
max_col = [c.value for c in sheet[header_row]].index("满分") + 1
points_col = [c.value for c in sheet[header_row]].index("自评得分") + 1
note_col = [c.value for c in sheet[header_row]].index("备注") + 1
if len(sys.argv) > 3:
    sheet.cell(2, 2).value = sys.argv[3]
filled = 0
for row in range(header_row + 1, sheet.max_row + 1):
    maximum = sheet.cell(row, max_col).value
    code = sheet.cell(row, 1).value
    if code and isinstance(maximum, (int, float)):
        sheet.cell(row, points_col).value = maximum - 0.5
        filled += 1
sheet.cell(header_row + 1, note_col).value = "制度汇编已上传"
book.save(sys.argv[2])
print(filled)
