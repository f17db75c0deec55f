#include "Charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QLineSeries>
#include <QPieSeries>
#include <QPolarChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lianping::ui::charts {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("lianping::ui::charts", text);
}

const QColor gradeColors[] = {QColor(0x2e7d32), QColor(0x1565c0), QColor(0xc62828)};

QString gradeName(int grade) {
    static const char* names[] = {QT_TRANSLATE_NOOP("lianping::ui::charts", "Excellent"),
                                  QT_TRANSLATE_NOOP("lianping::ui::charts", "Qualified"),
                                  QT_TRANSLATE_NOOP("lianping::ui::charts", "Unqualified")};
    return tr(names[grade]);
}

// The look every chart shares (a QPolarChart too): fonts, title, no animation.
void styleChart(QChart* chart, const QString& title) {
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font(chartFontFamily());
    chart->setFont(font);
    font.setBold(true);
    font.setPointSize(11);
    chart->setTitleFont(font);
    chart->setTitle(title);
    chart->legend()->setFont(QFont(chartFontFamily()));
}

QChart* makeChart(const QString& title) {
    auto* chart = new QChart;
    styleChart(chart, title);
    return chart;
}

void styleAxis(QAbstractAxis* axis) {
    axis->setLabelsFont(QFont(chartFontFamily()));
    axis->setTruncateLabels(false); // county names and bins must read in full
}

// A 0..100 axis (scores, percentages) with `ticks` labels in `format` ("%d", "%d%%").
QValueAxis* scoreAxis(int ticks, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(ticks);
    axis->setLabelFormat(format);
    styleAxis(axis);
    return axis;
}

// A count axis from 0 with whole-number ticks a step of 1, 2 or 5 × 10ⁿ apart (0, 5, 10, 15,
// 20 — never 0, 4, 9, 14, 19).
void countAxis(QValueAxis* axis, int maximum) {
    const int top = std::max(1, maximum);
    int step = 1;
    for (int magnitude = 1; top / step > 6; magnitude *= 10)
        for (int factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (top / step <= 6)
                break;
        }
    const int intervals = (top + step - 1) / step;
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace

QString chartFontFamily() {
    for (const char* family :
         {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei"})
        if (QFontDatabase::hasFamily(QString::fromLatin1(family)))
            return QString::fromLatin1(family);
    return QFont().family();
}

QChart* gradeDistribution(const CampaignStatistics& stats) {
    QChart* chart = makeChart(tr("Grades, %1 campaign").arg(stats.year));
    auto* series = new QPieSeries;
    for (int grade = 0; grade < 3; ++grade) {
        const int count = stats.overall.byGrade[static_cast<std::size_t>(grade)];
        QPieSlice* slice =
            series->append(QStringLiteral("%1 %2").arg(gradeName(grade)).arg(count), count);
        slice->setColor(gradeColors[grade]);
        // The legend names each slice with its count; labels beside the pie were cut off.
        slice->setLabelVisible(false);
    }
    if (stats.overall.notAssessed > 0) {
        QPieSlice* slice = series->append(tr("Not assessed %1").arg(stats.overall.notAssessed),
                                          stats.overall.notAssessed);
        slice->setColor(QColor(0xbdbdbd));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* countiesByGrade(const CampaignStatistics& stats) {
    QChart* chart = makeChart(tr("Counties side by side"));
    // Upright bars: a county's name (3–4 characters) fits under its bar, so all of them show.
    auto* series = new QStackedBarSeries;
    QStringList counties;
    int largest = 0;
    std::array<QBarSet*, 3> sets{};
    for (int grade = 0; grade < 3; ++grade) {
        sets[static_cast<std::size_t>(grade)] = new QBarSet(gradeName(grade));
        sets[static_cast<std::size_t>(grade)]->setColor(gradeColors[grade]);
    }
    for (const auto& [county, counts] : stats.byCounty) {
        counties << county;
        for (std::size_t grade = 0; grade < 3; ++grade)
            *sets[grade] << counts.byGrade[grade];
        largest = std::max(largest, counts.byGrade[0] + counts.byGrade[1] + counts.byGrade[2]);
    }
    for (QBarSet* set : sets)
        series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(counties);
    styleAxis(axisX);
    if (counties.size() > 8) {
        QFont small(chartFontFamily());
        small.setPointSize(8);
        axisX->setLabelsFont(small);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    countAxis(axisY, largest);
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* yearTrend(const CampaignStatistics& stats) {
    // Grouped bars per campaign year: with one or a few years, lines would float between ticks.
    QChart* chart = makeChart(tr("Year on year"));
    auto* pass = new QBarSet(tr("Pass rate %"));
    auto* excellent = new QBarSet(tr("Excellent %"));
    pass->setColor(gradeColors[1]);
    excellent->setColor(gradeColors[0]);
    QStringList years;
    for (const YearFigures& figures : stats.trend) {
        const int assessed = figures.grades.assessed();
        years << QString::number(figures.year);
        *pass << 100.0 * figures.grades.passRate();
        *excellent << (assessed ? 100.0 * figures.grades.byGrade[0] / assessed : 0.0);
    }
    auto* series = new QBarSeries;
    series->append(pass);
    series->append(excellent);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(years);
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* selfCountyDeviation(const CampaignStatistics& stats) {
    QChart* chart = makeChart(tr("Self-check minus county review (points)"));
    auto* set = new QBarSet(tr("Units"));
    set->setColor(QColor(0x6a1b9a));
    QStringList labels;
    // Bins of five points from ≤ −10 to ≥ +15: large positive values are self-checks to question.
    const int edges[] = {-10, -5, 0, 5, 10, 15};
    std::array<int, 7> bins{};
    for (const auto& [difference, units] : stats.selfMinusCounty) {
        std::size_t bin = 0;
        while (bin < 6 && difference >= edges[bin])
            ++bin;
        bins[bin] += units;
    }
    // Axis labels are read as HTML: a leading "<" would hide the first one, so it is full-width.
    labels << QStringLiteral("＜-10") << QStringLiteral("-10…-5") << QStringLiteral("-5…0")
           << QStringLiteral("0…5") << QStringLiteral("5…10") << QStringLiteral("10…15")
           << QStringLiteral("≥15");
    int largest = 0;
    for (int count : bins) {
        *set << count;
        largest = std::max(largest, count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    countAxis(axisY, largest);
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart* dimensionProfile(const QStringList& dimensions, const QList<double>& percent,
                         const QString& title) {
    // Upright bars: the short codes (D1 … D4) fit under them side by side, so every one is
    // named in the sheet's narrow side panel.
    QChart* chart = makeChart(title);
    auto* set = new QBarSet(tr("% of the maximum"));
    set->setColor(gradeColors[1]);
    for (double value : percent)
        *set << value;
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(dimensions);
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = scoreAxis(3, QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    return chart;
}

QChart* coverage(const std::vector<CoverageRow>& totals, int year) {
    QChart* chart = makeChart(tr("Coverage of %1 against its target").arg(year));
    auto* series = new QBarSeries;
    auto* reached = new QBarSet(tr("Named ÷ registered"));
    reached->setColor(QColor(0x1565c0));
    auto* target = new QBarSet(tr("Target"));
    target->setColor(QColor(0xbdbdbd));
    QStringList types;
    bool anyTarget = false;
    for (const CoverageRow& row : totals) {
        types << row.typeName;
        *reached << row.rate() * 100.0;
        *target << row.target.value_or(0.0) * 100.0;
        anyTarget = anyTarget || row.target.has_value();
    }
    series->append(reached);
    if (anyTarget)
        series->append(target);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(types);
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = scoreAxis(6, QStringLiteral("%d%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* indexRadar(const IndexResult& county, const IndexResult* city) {
    auto* chart = new QPolarChart;
    styleChart(chart, tr("%1: the three dimensions").arg(county.county));
    const auto count = static_cast<int>(county.dimensions.size());
    if (count == 0)
        return chart;
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < count; ++i)
        angular->append(county.dimensions[static_cast<std::size_t>(i)].first, 360.0 * i / count);
    styleAxis(angular);
    auto* radial = scoreAxis(6, QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const auto addSeries = [&](const IndexResult& result, const QColor& colour) {
        auto* series = new QLineSeries;
        series->setName(result.county);
        for (int i = 0; i <= count; ++i) {
            const auto& score = result.dimensions[static_cast<std::size_t>(i % count)].second;
            series->append(360.0 * i / count, score.value_or(0));
        }
        QPen pen(colour);
        pen.setWidthF(2.5);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    };
    if (city && city != &county)
        addSeries(*city, QColor(0x9e9e9e));
    addSeries(county, QColor(0xc62828));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* indexTrend(const QString& county, const std::vector<std::pair<int, double>>& years) {
    QChart* chart = makeChart(tr("%1: the index year on year").arg(county));
    auto* series = new QLineSeries;
    series->setName(tr("Integrity index"));
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    int first = years.empty() ? 2026 : years.front().first;
    int last = years.empty() ? 2026 : years.back().first;
    if (first == last) { // one year: show it between its neighbours
        --first;
        ++last;
    }
    for (const auto& [year, index] : years)
        series->append(year, std::round(index * 10) / 10);
    chart->addSeries(series);
    auto* axisX = new QValueAxis;
    axisX->setRange(first, last);
    axisX->setTickCount(last - first + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisX);
    auto* axisY = scoreAxis(6, QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

} // namespace lianping::ui::charts
