#include "ReportDocx.h"

#include "core/report/ReportContent.h"
#include "core/report/UnitReport.h"
#include "core/report/ZipParts.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <numeric>

namespace lianping {

namespace {

const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString r =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int textWidth = 9751; // twips: A4 less 20 mm and 18 mm margins (PagedDocument's)

// XML 1.0 refuses most control characters: a pasted one is dropped, not a broken file.
QString clean(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            out += c;
    return out;
}

class Writer {
public:
    explicit Writer(QByteArray* out)
        : m_xml(out) {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QXmlStreamWriter& xml() { return m_xml; }

    void start(const char* name) { m_xml.writeStartElement(w, QString::fromLatin1(name)); }
    void end() { m_xml.writeEndElement(); }
    void empty(const char* name) { m_xml.writeEmptyElement(w, QString::fromLatin1(name)); }
    void value(const char* name, const QString& value) {
        empty(name);
        m_xml.writeAttribute(w, QStringLiteral("val"), value);
    }
    void attribute(const char* name, const QString& value) {
        m_xml.writeAttribute(w, QString::fromLatin1(name), value);
    }

    // Runs of text, a line break for each "\n".
    void runs(const QString& text, bool bold) {
        const QStringList lines = clean(text).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            start("r");
            if (bold) {
                start("rPr");
                empty("b");
                end();
            }
            if (i > 0)
                empty("br");
            start("t");
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines[i]);
            end();
            end();
        }
    }

    void paragraph(const QString& text, const char* style = nullptr, bool centre = false,
                   bool bold = false) {
        start("p");
        if (style || centre) {
            start("pPr");
            if (style)
                value("pStyle", QString::fromLatin1(style));
            if (centre)
                value("jc", QStringLiteral("center"));
            end();
        }
        if (!text.isEmpty())
            runs(text, bold);
        end();
    }

    void table(const ReportTable& table) {
        int columns = static_cast<int>(table.header.size());
        for (const ReportRow& row : table.rows) {
            int count = 0;
            for (const ReportCell& cell : row.cells)
                count += cell.span;
            columns = std::max(columns, count);
        }
        if (columns == 0)
            return;
        std::vector<int> widths(static_cast<std::size_t>(columns), textWidth / columns);
        if (static_cast<int>(table.widths.size()) == columns) {
            const int total = std::accumulate(table.widths.begin(), table.widths.end(), 0);
            for (int i = 0; i < columns; ++i)
                widths[static_cast<std::size_t>(i)] =
                    textWidth * table.widths[static_cast<std::size_t>(i)] / std::max(1, total);
        }
        start("tbl");
        start("tblPr");
        if (table.grid)
            value("tblStyle", QStringLiteral("LpGrid"));
        empty("tblW");
        attribute("w", QStringLiteral("5000"));
        attribute("type", QStringLiteral("pct"));
        empty("tblLayout");
        attribute("type", QStringLiteral("fixed"));
        end();
        start("tblGrid");
        for (int width : widths) {
            empty("gridCol");
            attribute("w", QString::number(width));
        }
        end();
        if (!table.header.empty()) {
            ReportRow header;
            for (const QString& text : table.header) {
                ReportCell cell;
                cell.text = text;
                cell.centre = true;
                cell.bold = true;
                header.cells.push_back(cell);
            }
            row(header, widths, true, table.grid);
        }
        for (const ReportRow& each : table.rows)
            row(each, widths, false, table.grid);
        end();
        // Word needs a paragraph between two tables, and one after the last.
        paragraph({}, "LpSpacer");
    }

private:
    void row(const ReportRow& row, const std::vector<int>& widths, bool header, bool grid) {
        start("tr");
        start("trPr");
        empty("cantSplit");
        if (header)
            empty("tblHeader");
        if (row.heightPt > 0) {
            empty("trHeight");
            attribute("val", QString::number(static_cast<int>(row.heightPt * 20)));
        }
        end();
        std::size_t column = 0;
        for (const ReportCell& cell : row.cells) {
            int width = 0;
            for (int i = 0; i < cell.span && column + static_cast<std::size_t>(i) < widths.size();
                 ++i)
                width += widths[column + static_cast<std::size_t>(i)];
            column += static_cast<std::size_t>(cell.span);
            start("tc");
            start("tcPr");
            empty("tcW");
            attribute("w", QString::number(width));
            attribute("type", QStringLiteral("dxa"));
            if (cell.span > 1)
                value("gridSpan", QString::number(cell.span));
            const bool shaded =
                grid && (header || cell.label || row.kind == ReportRow::Kind::Group);
            if (shaded) {
                empty("shd");
                attribute("val", QStringLiteral("clear"));
                attribute("color", QStringLiteral("auto"));
                attribute("fill", header ? QStringLiteral("E8ECF2") : QStringLiteral("F4F6F9"));
            }
            value("vAlign", QStringLiteral("center"));
            end();
            const bool bold = cell.bold || cell.label || row.kind != ReportRow::Kind::Normal;
            paragraph(cell.text, "LpCell", cell.centre, bold);
            end();
        }
        end();
    }

    QXmlStreamWriter m_xml;
};

QByteArray stylesXml() {
    // 宋体 text, 黑体 headings; Latin text in the same font so figures line up.
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体" w:hint="eastAsia"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="40"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="160"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="LpNote"><w:name w:val="Lianping Note"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:rPr><w:color w:val="444444"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="LpCell"><w:name w:val="Lianping Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="LpSpacer"><w:name w:val="Lianping Spacer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="120" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9751"/></w:tabs><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="555555"/></w:pBdr></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="LpGrid"><w:name w:val="Lianping Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:left w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:right w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="444444"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>)");
}

QByteArray footerXml(const QString& footer) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("ftr"));
    xml.writeStartElement(w, QStringLiteral("p"));
    xml.writeStartElement(w, QStringLiteral("pPr"));
    xml.writeEmptyElement(w, QStringLiteral("pStyle"));
    xml.writeAttribute(w, QStringLiteral("val"), QStringLiteral("Footer"));
    xml.writeEndElement();
    auto text = [&](const QString& value) {
        xml.writeStartElement(w, QStringLiteral("r"));
        xml.writeStartElement(w, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    };
    auto field = [&](const char* instruction) {
        xml.writeStartElement(w, QStringLiteral("fldSimple"));
        xml.writeAttribute(w, QStringLiteral("instr"), QString::fromLatin1(instruction));
        text(QStringLiteral("1"));
        xml.writeEndElement();
    };
    text(clean(footer));
    xml.writeStartElement(w, QStringLiteral("r"));
    xml.writeEmptyElement(w, QStringLiteral("tab"));
    xml.writeEndElement();
    text(QStringLiteral("第 "));
    field(" PAGE ");
    text(QStringLiteral(" 页 共 "));
    field(" NUMPAGES ");
    text(QStringLiteral(" 页"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray coreXml(const QString& title) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), clean(title));
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Lianping"));
    xml.writeStartElement(dcterms, QStringLiteral("created"));
    xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray ReportDocx::documentXml(const ReportContent& content) {
    QByteArray out;
    Writer writer(&out);
    QXmlStreamWriter& xml = writer.xml();
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeNamespace(r, QStringLiteral("r"));
    writer.start("document");
    writer.start("body");
    writer.paragraph(content.title, "Title");
    if (!content.subtitle.isEmpty())
        writer.paragraph(content.subtitle, "Subtitle");
    for (const ReportBlock& block : content.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            writer.paragraph(block.text, "Heading2");
            break;
        case ReportBlock::Kind::Paragraph:
            writer.paragraph(block.text);
            break;
        case ReportBlock::Kind::Note:
            writer.paragraph(block.text, "LpNote");
            break;
        case ReportBlock::Kind::Table:
            writer.table(block.table);
            break;
        }
    }
    // A4 with the PDF's margins (20 mm binding side, 18 mm top and right, 12 mm bottom).
    writer.start("sectPr");
    writer.empty("footerReference");
    writer.attribute("type", QStringLiteral("default"));
    xml.writeAttribute(r, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    writer.empty("pgSz");
    writer.attribute("w", QStringLiteral("11906"));
    writer.attribute("h", QStringLiteral("16838"));
    writer.empty("pgMar");
    writer.attribute("top", QStringLiteral("1020"));
    writer.attribute("right", QStringLiteral("1020"));
    writer.attribute("bottom", QStringLiteral("1134"));
    writer.attribute("left", QStringLiteral("1134"));
    writer.attribute("header", QStringLiteral("567"));
    writer.attribute("footer", QStringLiteral("454"));
    writer.attribute("gutter", QStringLiteral("0"));
    writer.end();
    writer.end();
    writer.end();
    xml.writeEndDocument();
    return out;
}

Result<void> ReportDocx::write(const ReportContent& content, const QString& path) {
    ZipParts parts;
    parts.add(QStringLiteral("[Content_Types].xml"),
              QByteArrayLiteral(
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)"));
    parts.add(QStringLiteral("_rels/.rels"),
              QByteArrayLiteral(
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>)"));
    parts.add(QStringLiteral("word/_rels/document.xml.rels"),
              QByteArrayLiteral(
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)"));
    parts.add(QStringLiteral("word/document.xml"), documentXml(content));
    parts.add(QStringLiteral("word/styles.xml"), stylesXml());
    parts.add(QStringLiteral("word/settings.xml"),
              QByteArrayLiteral(
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)"));
    parts.add(QStringLiteral("word/footer1.xml"), footerXml(content.footer));
    parts.add(QStringLiteral("docProps/core.xml"), coreXml(content.title));
    parts.add(QStringLiteral("docProps/app.xml"),
              QByteArrayLiteral(
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Lianping</Application></Properties>)"));
    return parts.write(path);
}

Result<void> ReportDocx::writeUnit(Database& db, int year, const QString& unitCode,
                                   const QString& path) {
    ReportLoader loader(db, year);
    Result<UnitReport> report = loader.load(unitCode);
    if (!report)
        return report.error();
    return write(ReportContent::rating(*report), path);
}

} // namespace lianping
