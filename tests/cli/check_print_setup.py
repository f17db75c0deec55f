"""Checks that every sheet of a summary workbook prints on A4 one page wide, wide sheets in
landscape, header rows repeated on tables, and that the charts lie inside the printed area.
Prints "ok" or what is wrong. Usage: check_print_setup.py WORKBOOK.xlsx"""
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils import range_boundaries

path = sys.argv[1]
problems = []
book = openpyxl.load_workbook(path)
for sheet in book.worksheets:
    setup = sheet.page_setup
    if str(setup.paperSize) != "9":
        problems.append(f"{sheet.title}: paper {setup.paperSize}, not A4")
    if not (sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage):
        problems.append(f"{sheet.title}: not fitted to the page")
    if setup.fitToWidth not in (1, None) or setup.fitToHeight != 0:
        problems.append(f"{sheet.title}: fit {setup.fitToWidth} wide × {setup.fitToHeight} tall")
    widths = sum((sheet.column_dimensions[c].width or 8.43) for c in sheet.column_dimensions)
    if widths > 95 and setup.orientation != "landscape":
        problems.append(f"{sheet.title}: {widths:.0f} characters wide in portrait")
if "landscape" not in [s.page_setup.orientation for s in book.worksheets]:
    problems.append("no sheet is landscape (单位明细 is wide)")
if not book["单位明细"].print_title_rows:
    problems.append("单位明细: header row not repeated")

# The charts of 按县区: every anchor inside its print area.
counties = book["按县区"]
area = counties.print_area
if not area:
    problems.append("按县区: no print area around its charts")
else:
    first = area[0] if isinstance(area, list) else area
    min_col, min_row, max_col, max_row = range_boundaries(first.split("!")[-1].replace("$", ""))
    index = book.sheetnames.index("按县区") + 1
    with zipfile.ZipFile(path) as archive:
        rels = archive.read(f"xl/worksheets/_rels/sheet{index}.xml.rels").decode()
        drawing = re.search(r'Target="../drawings/(drawing\d+\.xml)"', rels).group(1)
        xml = archive.read(f"xl/drawings/{drawing}").decode()
    anchors = re.findall(r"<xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>\d+</xdr:colOff>"
                         r"<xdr:row>(\d+)</xdr:row>", xml)
    if len(anchors) != 2:
        problems.append(f"按县区: {len(anchors)} charts, not 2")
    for col, row in anchors:
        if int(col) + 1 > max_col or int(row) + 1 > max_row:
            problems.append(f"按县区: a chart ends at column {int(col) + 1}, row {int(row) + 1}, "
                            f"outside the print area {first}")
print("ok" if not problems else "\n".join(problems))
