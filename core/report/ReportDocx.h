#pragma once
// The rating report as a Word document (.docx, WordprocessingML) with the same content and
// tables as its PDF, for offices that amend and sign reports in Word or WPS: A4 with the
// PDF's margins, 宋体 text and 黑体 headings, bordered tables whose header rows repeat, and
// the footer line with "第 x 页 共 y 页" as Word fields.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace lianping {

class Database;
struct ReportContent;

class ReportDocx {
public:
    static Result<void> writeUnit(Database& db, int year, const QString& unitCode,
                                  const QString& path);
    static Result<void> write(const ReportContent& content, const QString& path);
    // word/document.xml of the content (for tests and for write()).
    static QByteArray documentXml(const ReportContent& content);
};

} // namespace lianping
