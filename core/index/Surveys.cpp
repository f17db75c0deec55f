#include "Surveys.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/index/IndexStore.h"
#include "core/io/TableFile.h"
#include "core/registry/LookupTables.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QHash>

#include <set>

namespace lianping {

namespace {

QString field(const TableRow& row, int index) {
    return index >= 0 && index < row.fields.size() ? CellText::clean(row.fields[index]) : QString();
}

QString where(const Table& table, const TableRow& row, int column) {
    return CoreText::tr("%1: row %2, field %3")
        .arg(table.source)
        .arg(row.line)
        .arg(column >= 0 && column < table.header.size() ? table.header[column] : QString());
}

struct Scored {
    double score = 0;
    bool binary = false;
};

// An answer as people write it, scored 0..100; nullopt: not an answer.
std::optional<Scored> scoreAnswer(const QString& raw, double basicWeight) {
    const QString text = CellText::clean(raw).toLower();
    if (text == QStringLiteral("满意") || text == QStringLiteral("satisfied") ||
        text == QStringLiteral("非常满意"))
        return Scored{100.0, false};
    if (text == QStringLiteral("基本满意") || text == QStringLiteral("basic") ||
        text == QStringLiteral("basically satisfied") || text == QStringLiteral("比较满意"))
        return Scored{100.0 * basicWeight, false};
    if (text == QStringLiteral("不满意") || text == QStringLiteral("unsatisfied") ||
        text == QStringLiteral("dissatisfied"))
        return Scored{0.0, false};
    if (text == QStringLiteral("是") || text == QStringLiteral("yes") ||
        text == QStringLiteral("有") || text == QStringLiteral("知道"))
        return Scored{100.0, true};
    if (text == QStringLiteral("否") || text == QStringLiteral("no") ||
        text == QStringLiteral("没有") || text == QStringLiteral("无") ||
        text == QStringLiteral("不知道"))
        return Scored{0.0, true};
    bool ok = false;
    const double value = CellText::number(raw).toDouble(&ok);
    if (ok && value >= 1 && value <= 5 && value == static_cast<int>(value))
        return Scored{(value - 1) * 25.0, false};
    return std::nullopt;
}

} // namespace

int Surveys::minimumSample(int year) const {
    Statement& query = m_db.cached("SELECT survey_min_sample FROM campaigns WHERE year = ?");
    int minimum = 30;
    if (query.bind(1, year).step())
        minimum = query.integer(0);
    query.reset();
    return minimum;
}

Result<void> Surveys::setMinimumSample(int year, int minimum) {
    if (minimum < 1 || minimum > 100000)
        return fail(
            CoreText::tr("a minimum sample is a number of people from 1 up, not %1").arg(minimum));
    return CampaignRepository(m_db).setSurveyMinimum(year, minimum);
}

Result<std::int64_t> Surveys::addRound(const SurveyRound& round) {
    if (round.year < 2000 || round.year > 2200)
        return fail(CoreText::tr("year %1 is not a campaign year").arg(round.year));
    if (CellText::clean(round.name).isEmpty())
        return fail(CoreText::tr("a survey round needs a name (--name)"));
    LP_TRY(Limits::text(CoreText::tr("name"), round.name, Limits::NameLength));
    LP_TRY(Limits::text(CoreText::tr("method"), round.method, Limits::NoteLength, true));
    if (round.by != QStringLiteral("third-party") && round.by != QStringLiteral("office") &&
        round.by != QStringLiteral("public"))
        return fail(
            CoreText::tr("--by must be third-party, office or public, not '%1'").arg(round.by));
    if (!QDate::fromString(round.date, Qt::ISODate).isValid())
        return fail(
            CoreText::tr("--date '%1' is not a date in the form YYYY-MM-DD").arg(round.date));
    if (round.sample && *round.sample < 0)
        return fail(CoreText::tr("a sample size is a whole number of people"));
    Statement& insert = m_db.cached(
        "INSERT INTO survey_rounds(uid, year, name, conducted_by, on_date, method, sample, owner, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, newUid())
             .bind(2, round.year)
             .bind(3, CellText::clean(round.name))
             .bind(4, round.by)
             .bind(5, round.date)
             .bind(6, round.method.isNull() ? QStringLiteral("") : round.method.trimmed())
             .bind(7, round.sample)
             .bind(8, m_db.officeId())
             .bind(9, nowMs())
             .exec())
        return fail(m_db.lastError());
    return m_db.lastInsertId();
}

std::optional<SurveyRound> Surveys::round(std::int64_t id) const {
    Statement& query = m_db.cached("SELECT id, year, name, conducted_by, on_date, method, sample "
                                   "FROM survey_rounds WHERE id = ?");
    if (!query.bind(1, id).step()) {
        query.reset();
        return std::nullopt;
    }
    SurveyRound found{query.int64(0), query.integer(1), query.text(2), query.text(3),
                      query.text(4),  query.text(5),    std::nullopt};
    if (const std::optional<std::int64_t> sample = query.optInt64(6))
        found.sample = static_cast<int>(*sample);
    query.reset();
    return found;
}

Result<SurveyImportReport> Surveys::importFile(std::int64_t roundId, const QString& path, bool raw,
                                               const QString& questionsPath) {
    const std::optional<SurveyRound> survey = round(roundId);
    if (!survey)
        return fail(
            CoreText::tr("no survey round %1 (survey-round add prints the id)").arg(roundId));
    const IndexModel model = IndexStore(m_db).model(survey->year);
    const QStringList aspects = model.aspectNames();
    const std::vector<QString> knownCounties = LookupTables::counties(m_db);
    const std::set<QString> counties(knownCounties.begin(), knownCounties.end());
    double basicWeight = 0.6;
    if (const std::optional<Campaign> campaign = CampaignRepository(m_db).find(survey->year))
        basicWeight = campaign->settings.basicWeight;

    QHash<QString, QString> questionAspect;
    if (raw && !questionsPath.isEmpty()) {
        Result<Table> map = TableFile::read(questionsPath);
        if (!map)
            return map.error();
        const int q = map->column({"question", "问题", "题目", "测评问题"});
        const int a = map->column({"aspect", "方面", "指标", "清廉指数方面"});
        if (q < 0 || a < 0)
            return fail(CoreText::tr("%1: the question map needs the columns question and aspect")
                            .arg(map->source));
        for (const TableRow& row : map->rows) {
            const QString aspect = field(row, a);
            if (!aspects.contains(aspect))
                return fail(where(*map, row, a) +
                            CoreText::tr(": '%1' is not an aspect of the %2 index model")
                                .arg(aspect)
                                .arg(survey->year));
            questionAspect.insert(field(row, q), aspect);
        }
    }

    Result<Table> table = TableFile::read(path);
    if (!table)
        return table.error();
    const int county = table->column({"county", "县区", "县(区)", "县（区）", "所属县区"});
    const int unit = table->column({"unit", "单位", "单位编码", "单位名称"});
    const int aspectColumn = table->column({"aspect", "方面", "指标", "清廉指数方面"});
    const int score = table->column({"score", "得分", "分数", "满意度"});
    const int n = table->column({"n", "样本量", "样本数", "人数"});
    const int question = table->column({"question", "问题", "题目", "测评问题"});
    const int answer = table->column({"answer", "回答", "答案", "评价"});
    if (county < 0)
        return fail(CoreText::tr("%1: no column county (县区)").arg(table->source));
    if (raw && (question < 0 || answer < 0))
        return fail(CoreText::tr("%1: raw answers need the columns question and answer (问题, "
                                 "回答)")
                        .arg(table->source));
    if (!raw && (aspectColumn < 0 || score < 0))
        return fail(CoreText::tr("%1: aggregated scores need the columns aspect and score "
                                 "(方面, 得分); raw answers are imported with --raw")
                        .arg(table->source));

    SurveyImportReport report;
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    for (const char* sql : {"DELETE FROM survey_scores WHERE round_id = ?",
                            "DELETE FROM survey_answers WHERE round_id = ?"}) {
        Statement& clear = m_db.cached(sql);
        if (!clear.bind(1, roundId).exec())
            return fail(m_db.lastError());
    }
    Statement& insertAnswer =
        m_db.cached("INSERT INTO survey_answers(round_id, county, unit, aspect, score, binary) "
                    "VALUES (?,?,?,?,?,?)");
    Statement& insertScore = m_db.cached(
        "INSERT INTO survey_scores(round_id, county, unit, aspect, score, n) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (round_id, county, unit, aspect) DO UPDATE SET score = excluded.score, "
        "n = excluded.n");
    std::set<QString> seenAspects;
    for (const TableRow& row : table->rows) {
        const QString countyName = field(row, county);
        if (countyName.isEmpty() && field(row, raw ? question : aspectColumn).isEmpty())
            continue;
        if (countyName != QStringLiteral("全市") && !counties.count(countyName))
            return fail(where(*table, row, county) +
                        CoreText::tr(": no county '%1' in this database").arg(countyName));
        const QString unitName = field(row, unit);
        ++report.rows;
        if (raw) {
            const QString q = field(row, question);
            const QString aspect = questionAspect.value(q, aspects.contains(q) ? q : QString());
            if (aspect.isEmpty())
                return fail(where(*table, row, question) +
                            CoreText::tr(": question '%1' is mapped to no aspect (--questions "
                                         "MAP.csv with question,aspect)")
                                .arg(q));
            const std::optional<Scored> scored = scoreAnswer(field(row, answer), basicWeight);
            if (!scored)
                return fail(where(*table, row, answer) +
                            CoreText::tr(": '%1' is none of 满意, 基本满意, 不满意, 1–5, 是, 否")
                                .arg(field(row, answer)));
            if (!insertAnswer.bind(1, roundId)
                     .bind(2, countyName)
                     .bind(3, unitName.isNull() ? QStringLiteral("") : unitName)
                     .bind(4, aspect)
                     .bind(5, scored->score)
                     .bind(6, scored->binary ? 1 : 0)
                     .exec())
                return fail(m_db.lastError());
            ++report.answers;
            seenAspects.insert(aspect);
            continue;
        }
        const QString aspect = field(row, aspectColumn);
        if (!aspects.contains(aspect))
            return fail(where(*table, row, aspectColumn) +
                        CoreText::tr(": '%1' is not an aspect of the %2 index model")
                            .arg(aspect)
                            .arg(survey->year));
        bool ok = false;
        const double value = CellText::number(field(row, score)).toDouble(&ok);
        if (!ok || value < 0 || value > 100)
            return fail(where(*table, row, score) +
                        CoreText::tr(": a score is a number from 0 to 100, not '%1'")
                            .arg(field(row, score)));
        std::optional<int> count;
        if (n >= 0 && !field(row, n).isEmpty()) {
            const int people = CellText::number(field(row, n)).toInt(&ok);
            if (!ok || people < 0)
                return fail(
                    where(*table, row, n) +
                    CoreText::tr(": a sample size is a whole number, not '%1'").arg(field(row, n)));
            count = people;
        }
        if (!insertScore.bind(1, roundId)
                 .bind(2, countyName)
                 .bind(3, unitName.isNull() ? QStringLiteral("") : unitName)
                 .bind(4, aspect)
                 .bind(5, value)
                 .bind(6, count)
                 .exec())
            return fail(m_db.lastError());
        ++report.scores;
        seenAspects.insert(aspect);
    }
    if (report.rows == 0)
        return fail(CoreText::tr("%1: no data rows").arg(table->source));
    LP_TRY(transaction.commit());
    for (const QString& aspect : seenAspects)
        report.aspects << aspect;
    return report;
}

std::optional<SurveyFigure> Surveys::figure(int year, const QString& county,
                                            const QString& aspect) const {
    const bool city = county == QStringLiteral("全市");
    // Raw answers first: pooled over the year's rounds (and, for the city, every county).
    Statement& answers = m_db.cached(
        "SELECT a.score, a.binary FROM survey_answers a JOIN survey_rounds r ON r.id = a.round_id "
        "WHERE r.year = ?1 AND a.aspect = ?2 AND (?3 IS NULL OR a.county = ?3)");
    answers.bind(1, year).bind(2, aspect).bind(3, city ? QString() : county);
    std::vector<double> scores;
    bool binary = true;
    int yes = 0;
    while (answers.step()) {
        scores.push_back(answers.real(0));
        binary = binary && answers.integer(1) != 0;
        yes += answers.real(0) >= 50 ? 1 : 0;
    }
    const int minimum = minimumSample(year);
    if (!scores.empty()) {
        SurveyFigure figure = binary ? SurveyStats::proportion(yes, static_cast<int>(scores.size()))
                                     : SurveyStats::mean(scores);
        figure.flagged = static_cast<int>(scores.size()) < minimum;
        return figure;
    }
    // Aggregated scores: the county's own rows (all rounds, weighted by n where given); for
    // the city its 全市 rows, else every county's.
    Statement& aggregated = m_db.cached(
        "SELECT s.score, s.n, s.county FROM survey_scores s JOIN survey_rounds r ON r.id = "
        "s.round_id WHERE r.year = ?1 AND s.aspect = ?2 AND (?3 IS NULL OR s.county = ?3)");
    const auto collect = [&](const QString& which) {
        aggregated.bind(1, year).bind(2, aspect).bind(3, which);
        double weighted = 0;
        double weights = 0;
        int people = 0;
        bool allCounted = true;
        int rows = 0;
        while (aggregated.step()) {
            if (which.isNull() && aggregated.text(2) == QStringLiteral("全市"))
                continue;
            const std::optional<std::int64_t> count = aggregated.optInt64(1);
            const double weight = count && *count > 0 ? static_cast<double>(*count) : 1.0;
            weighted += aggregated.real(0) * weight;
            weights += weight;
            allCounted = allCounted && count.has_value();
            people += count ? static_cast<int>(*count) : 0;
            ++rows;
        }
        std::optional<SurveyFigure> figure;
        if (rows > 0) {
            SurveyFigure made;
            made.score = weighted / weights;
            // n and an interval come only from raw answers; a given sample size still flags.
            if (allCounted)
                made.flagged = people < minimum;
            figure = made;
        }
        return figure;
    };
    if (city) {
        if (std::optional<SurveyFigure> own = collect(QStringLiteral("全市")))
            return own;
        return collect(QString());
    }
    return collect(county);
}

} // namespace lianping
