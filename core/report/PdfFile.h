#pragma once
// One PDF file written through QSaveFile at 300 dpi: a failed or cancelled paint leaves no
// half-written file. The page set-up is the document's (a report's margins, the official grid).

#include "core/common/Result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace lianping {

class PdfFile {
public:
    using SetUp = std::function<void(QPagedPaintDevice&)>;
    using Paint = std::function<Result<void>(QPainter&, QPdfWriter&)>;
    static Result<void> write(const QString& path, const QString& title, const SetUp& setUp,
                              const Paint& paint);
};

} // namespace lianping
