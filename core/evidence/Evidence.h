#pragma once
// An evidence file (佐证材料) attached to one step of a unit's sheet, for one indicator or
// (indicator empty) the whole sheet, and a finding (发现问题) recorded against an indicator.

#include "core/common/Points.h"
#include "core/model/Step.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

struct EvidenceFile {
    std::int64_t id = 0;
    QString uid;
    int year = 0;
    QString unitCode;
    Step step = Step::Self;
    QString indicator; // empty: the whole sheet
    QString name;
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    std::int64_t addedAt = 0; // ms since the epoch
    QString note;
    std::optional<std::int64_t> removedAt;
    QString removedReason;
    std::int64_t ownerId = 0;
};

struct Finding {
    std::int64_t id = 0;
    QString uid;
    int year = 0;
    QString unitCode;
    QString unitName;
    QString county;
    Step step = Step::County;
    QString indicator; // empty: the whole sheet
    QString text;
    HalfPoints deduct = 0;
    std::optional<std::int64_t> evidenceId;
    std::optional<std::int64_t> rectificationId;
    QString addedBy;
    std::int64_t addedAt = 0;
};

} // namespace lianping
