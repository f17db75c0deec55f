// libFuzzer target for .xlsx workbooks, two ways in. Input starting with PK is the whole file,
// named *.xlsx and read with TableFile::read: libzip's container and the size caps, the
// workbook → relationships → sheet lookup. Anything else is a sheet's XML, optionally
// followed by a NUL byte and xl/sharedStrings.xml, stored into a valid workbook first — a
// mutated zip rarely passes libzip's CRC check, so this is how mutations reach the cell loop
// (references, types, shared string indices, rich text, cell limits). Either way the unit and
// score importers then run on what reads. Not part of ctest; run with tools/fuzz.sh xlsx.

#include "TableFuzz.h"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

const char workbook[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char relationships[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

bool add(zip_t* archive, const char* name, const char* data, std::size_t size) {
    zip_source_t* source = zip_source_buffer(archive, data, size, 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    return zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) ==
           0;
}

// The parts stored (not deflated) in an in-memory zip; an empty array if libzip refuses.
QByteArray workbookWith(const QByteArray& sheet, const QByteArray& sharedStrings, bool shared) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer); // zip_close would free it; its bytes are read below
    bool ok = add(archive, "xl/workbook.xml", workbook, sizeof workbook - 1) &&
              add(archive, "xl/_rels/workbook.xml.rels", relationships, sizeof relationships - 1) &&
              add(archive, "xl/worksheets/sheet1.xml", sheet.constData(),
                  static_cast<std::size_t>(sheet.size()));
    if (ok && shared)
        ok = add(archive, "xl/sharedStrings.xml", sharedStrings.constData(),
                 static_cast<std::size_t>(sharedStrings.size()));
    if (!ok || zip_close(archive) != 0) {
        if (!ok)
            zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    QByteArray bytes;
    if (zip_source_open(buffer) == 0) {
        if (zip_source_seek(buffer, 0, SEEK_END) == 0) {
            const zip_int64_t size = zip_source_tell(buffer);
            if (size > 0 && zip_source_seek(buffer, 0, SEEK_SET) == 0) {
                bytes.resize(static_cast<qsizetype>(size));
                if (zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size)) != size)
                    bytes.clear();
            }
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (input.startsWith("PK")) {
        lianping::fuzz::readTable(input, QStringLiteral("xlsx"));
        return 0;
    }
    const qsizetype split = input.indexOf('\0');
    const QByteArray file = split < 0 ? workbookWith(input, {}, false)
                                      : workbookWith(input.left(split), input.mid(split + 1), true);
    if (file.isEmpty()) {
        std::fprintf(stderr, "fuzz_xlsx: libzip could not store the parts\n");
        __builtin_trap();
    }
    lianping::fuzz::readTable(file, QStringLiteral("xlsx"));
    return 0;
}
