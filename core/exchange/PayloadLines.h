#pragma once
// The lines of a package's payload whatever its format: a format 2 payload inflated as it is
// read; a format 1 payload (one JSON, from Lianping before 0.2) split into the same lines —
// the header object, a line per record, a line per history row, the end line.

#include "core/common/Result.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PayloadStream.h"

#include <QByteArray>

#include <deque>
#include <memory>
#include <optional>

namespace lianping {

class PayloadLines {
public:
    static Result<std::unique_ptr<PayloadLines>>
    open(const PackageFile& file, const QByteArray& passphrase, const QString& source);
    std::optional<QByteArray> next();
    bool failed() const;

private:
    std::unique_ptr<PayloadReader> m_reader; // format 2
    std::deque<QByteArray> m_lines;          // format 1
};

} // namespace lianping
