"""Checks a .docx as a Word-processing package: the parts Word needs, well-formed XML, A4, a
table header repeated, the footer's page fields. Prints "ok" or what is wrong.
Usage: check_docx.py FILE.docx"""
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []
with zipfile.ZipFile(sys.argv[1]) as archive:
    names = set(archive.namelist())
    for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                 "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml"):
        if part not in names:
            problems.append(f"missing {part}")
    trees = {}
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                trees[name] = ET.fromstring(archive.read(name))
            except ET.ParseError as error:
                problems.append(f"{name}: {error}")
document = trees.get("word/document.xml")
if document is not None:
    size = document.find(f".//{W}sectPr/{W}pgSz")
    if size is None or size.get(f"{W}w") != "11906" or size.get(f"{W}h") != "16838":
        problems.append("page size is not A4")
    if not document.findall(f".//{W}tblHeader"):
        problems.append("no repeated table header")
    if len(document.findall(f".//{W}tbl")) < 4:
        problems.append("fewer than 4 tables")
footer = trees.get("word/footer1.xml")
if footer is not None:
    fields = [f.get(f"{W}instr").strip() for f in footer.iter(f"{W}fldSimple")]
    if fields != ["PAGE", "NUMPAGES"]:
        problems.append(f"footer fields {fields}")
print("ok" if not problems else "\n".join(problems))
