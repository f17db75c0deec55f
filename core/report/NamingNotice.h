#pragma once
// The naming notice (命名通知) as an official document (GB/T 9704-2012): the issuing office's
// mark, the document number, the title, the addressees, the text, the attachment note, the
// issuing office and the date; then the list of named units as its attachment (附件), by type
// then county. One notice per naming decision, each numbering its own pages.

#include "core/common/Result.h"
#include "core/model/Campaign.h"
#include "core/report/NamingList.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace lianping {

class Database;

class NamingNotice {
public:
    // The decisions of the list, or only the one whose number is `decision`; refuses a year
    // without named units or an unknown decision, saying which exist.
    static Result<NamingList> load(Database& db, int year, const QString& decision = {});
    // Paints the notices on a device set up with OfficialWriter::setUpPage. Returns pages.
    static int paint(QPainter& painter, QPagedPaintDevice& device, const NamingList& list,
                     const NoticeSettings& settings);
    static Result<int> writePdf(Database& db, int year, const QString& path,
                                const QString& decision = {});
    // 中共广元市纪委 → 中共广元市纪委文件; an empty issuer is shown as a blank to fill.
    static QString mark(const QString& issuer);
};

} // namespace lianping
