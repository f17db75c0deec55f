#pragma once
// Rating reports as PDF files (the naming notice: NamingNotice): A4, vector, fonts embedded. A
// batch writes every unit into one PDF or one file per unit, reporting progress and stopping when
// asked. Files are written through QSaveFile: a failed or cancelled run leaves no half-written
// file.

#include "core/common/Result.h"

#include <QStringList>

#include <functional>

namespace lianping {

class Database;

// (done, total) → false to cancel.
using ReportProgress = std::function<bool(int, int)>;

class ReportPdf {
public:
    static Result<void> writeUnit(Database& db, int year, const QString& unitCode,
                                  const QString& path);
    // Every unit into one PDF, each report starting on a new page with its own page numbers.
    static Result<int> writeCombined(Database& db, int year, const QStringList& unitCodes,
                                     const QString& path, const ReportProgress& progress = {});
    // One PDF per unit in the folder, named CODE-NAME.pdf.
    static Result<int> writeEach(Database& db, int year, const QStringList& unitCodes,
                                 const QString& folder, const ReportProgress& progress = {});
    // "U0001-白水乡清泉村.pdf", with characters no file system accepts replaced.
    static QString fileNameFor(const QString& unitCode, const QString& unitName);
};

} // namespace lianping
