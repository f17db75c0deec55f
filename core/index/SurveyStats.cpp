#include "SurveyStats.h"

#include <cmath>
#include <numeric>

namespace lianping {

namespace {

constexpr double z975 = 1.959963984540054; // the normal 0.975 quantile

// The continued fraction of the regularised incomplete beta function (modified Lentz).
double betaFraction(double a, double b, double x) {
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-15;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 400; ++m) {
        const double m2 = 2.0 * m;
        double term = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + term * d;
        d = std::abs(d) < tiny ? tiny : d;
        c = 1.0 + term / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        h *= d * c;
        term = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + term * d;
        d = std::abs(d) < tiny ? tiny : d;
        c = 1.0 + term / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1.0) < epsilon)
            break;
    }
    return h;
}

// I_x(a, b).
double incompleteBeta(double a, double b, double x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaFraction(a, b, x) / a;
    return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

} // namespace

double SurveyStats::tCdf(double t, double df) {
    const double x = df / (df + t * t);
    const double tail = 0.5 * incompleteBeta(df / 2.0, 0.5, x);
    return t >= 0 ? 1.0 - tail : tail;
}

double SurveyStats::tQuantile(double p, double df) {
    // Bisection on the CDF, then Newton polish: exact to double precision for any df.
    if (p == 0.5)
        return 0;
    double low = -1.0;
    double high = 1.0;
    while (tCdf(low, df) > p)
        low *= 2;
    while (tCdf(high, df) < p)
        high *= 2;
    for (int i = 0; i < 200 && high - low > 1e-13 * std::max(1.0, std::abs(high)); ++i) {
        const double middle = 0.5 * (low + high);
        (tCdf(middle, df) < p ? low : high) = middle;
    }
    return 0.5 * (low + high);
}

SurveyFigure SurveyStats::mean(const std::vector<double>& scores) {
    SurveyFigure figure;
    const auto n = static_cast<int>(scores.size());
    figure.n = n;
    if (n == 0)
        return figure;
    const double sum = std::accumulate(scores.begin(), scores.end(), 0.0);
    figure.score = sum / n;
    if (n < 2)
        return figure;
    double squares = 0;
    for (double s : scores)
        squares += (s - figure.score) * (s - figure.score);
    const double sd = std::sqrt(squares / (n - 1));
    const double half = tQuantile(0.975, n - 1) * sd / std::sqrt(static_cast<double>(n));
    figure.ciLow = figure.score - half;
    figure.ciHigh = figure.score + half;
    return figure;
}

SurveyFigure SurveyStats::proportion(int yes, int n) {
    SurveyFigure figure;
    figure.n = n;
    if (n <= 0)
        return figure;
    const double p = static_cast<double>(yes) / n;
    figure.score = 100.0 * p;
    const double z2 = z975 * z975;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z975 * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    figure.ciLow = 100.0 * (centre - half);
    figure.ciHigh = 100.0 * (centre + half);
    return figure;
}

} // namespace lianping
