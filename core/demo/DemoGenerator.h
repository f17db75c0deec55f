#pragma once
// Generates realistic synthetic data: units with Chinese names over counties and all types,
// enrolled in a campaign and carried through every step (self-check, county review with
// survey, city recheck for a sample, vetoes, returns, a naming batch). Reproducible from
// the seed; one transaction; meant for demonstrations, training and benchmarks.

#include "core/common/Result.h"

#include <functional>

namespace lianping {

class Database;

struct DemoOptions {
    int units = 1000;
    std::uint64_t seed = 1;
    int year = 2026;
};

struct DemoSummary {
    int units = 0;
    int counties = 0;
    std::int64_t scores = 0;
    int named = 0;
};

class DemoGenerator {
public:
    // progress(done, total) is called now and then; returning false cancels (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(Database& db)
        : m_db(db) {}
    Result<DemoSummary> generate(const DemoOptions& options, const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace lianping
