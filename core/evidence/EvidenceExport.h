#pragma once
// `evidence export`: a unit's evidence files of a campaign copied into a folder for the
// archive, each verified against its hash, with index.csv (UTF-8 with a BOM, as Excel and WPS
// open it) listing file, indicator, step, original name, size, SHA-256, who added it, when
// and the note.

#include "core/common/Result.h"

#include <QString>

namespace lianping {

class Database;

struct EvidenceExportSummary {
    int files = 0;
    qint64 bytes = 0;
    QString index; // the index.csv written
};

class EvidenceExport {
public:
    static Result<EvidenceExportSummary> write(Database& db, int year, const QString& unitCode,
                                               const QString& folder);
};

} // namespace lianping
