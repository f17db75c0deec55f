#pragma once
// The figures behind a survey score ("置信度、可靠性、精确性"): the mean of the answers' scores
// with a 95 % confidence interval by Student's t, or, for a yes/no question, the proportion
// with its Wilson score interval; both in points 0..100.

#include <optional>
#include <vector>

namespace lianping {

struct SurveyFigure {
    double score = 0;
    std::optional<int> n;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool flagged = false; // fewer answers than the campaign's minimum sample
};

class SurveyStats {
public:
    // Mean and t interval of scores 0..100 (n ≥ 2 for an interval).
    static SurveyFigure mean(const std::vector<double>& scores);
    // `yes` of `n` as a percentage with its Wilson interval.
    static SurveyFigure proportion(int yes, int n);
    // The p-quantile of Student's t with `df` degrees of freedom (0 < p < 1).
    static double tQuantile(double p, double df);
    // P(T ≤ t) for Student's t with `df` degrees of freedom.
    static double tCdf(double t, double df);
};

} // namespace lianping
