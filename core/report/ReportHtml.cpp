#include "ReportHtml.h"

#include "common/Labels.h"

#include "report/UnitReport.h"

#include <QDateTime>

// Every bordered table: one collapsed 1-px grid (a literal, so QStringLiteral can join it).
#define LP_GRID_TABLE                                                                              \
    "<table border=\"1\" style=\"border-collapse: collapse; border-color: #444\" width=\"100%\" "  \
    "cellspacing=\"0\" cellpadding=\"3\">"

namespace lianping {

namespace {

QString esc(const QString& text) {
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString points(const std::optional<HalfPoints>& half) {
    return half ? formatPoints(*half) : QStringLiteral("—");
}

QString oneDecimal(const std::optional<double>& value) {
    return value ? formatOneDecimal(*value) : QStringLiteral("—");
}

const char* const stepLabels[] = {"单位自评", "县区考评", "市级复核"};

QString style() {
    return QStringLiteral("<style>"
                          "body { font-size: 10.5pt; }"
                          "h1 { font-size: 18pt; text-align: center; margin-bottom: 2pt; }"
                          "h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }"
                          "p.sub { text-align: center; font-size: 11pt; margin-top: 0; }"
                          "th { background-color: #e8ecf2; font-weight: bold; }"
                          "td.k { background-color: #f4f6f9; font-weight: bold; }"
                          "td.n { text-align: center; }"
                          "tr.dim td { background-color: #f4f6f9; font-weight: bold; }"
                          "tr.sum td { font-weight: bold; }"
                          "p.note { font-size: 9pt; color: #444; }"
                          "</style>");
}

QString historyText(const HistoryEntry& entry) {
    if (entry.entity == QLatin1String("enrollment") && entry.field == QLatin1String("state")) {
        const std::optional<State> from = parseState(entry.oldValue);
        const std::optional<State> to = parseState(entry.newValue);
        const QString target = to ? stateLabel(*to) : entry.newValue;
        return from ? QStringLiteral("%1 → %2").arg(stateLabel(*from), target)
                    : QStringLiteral("进入 %1").arg(target);
    }
    if (entry.entity == QLatin1String("revocation"))
        return QStringLiteral("撤销命名 %1").arg(entry.newValue);
    return entry.newValue;
}

QString statusLabel(const QString& status) {
    return Labels::status(status, Labels::Language::Chinese);
}

} // namespace

QString ReportHtml::ratingFooter(const UnitReport& report) {
    return QStringLiteral("%1年度廉洁细胞考评报告 · %2（%3）")
        .arg(report.year)
        .arg(report.unit.name, report.unit.code);
}

QString ReportHtml::ratingReport(const UnitReport& report) {
    const UnitResult& result = report.result;
    const bool assessed = result.finalStep.has_value();
    QString html;
    html.reserve(16000);
    html += QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1年度廉洁细胞考评报告</h1>").arg(report.year);
    html += QStringLiteral("<p class=\"sub\">（%1）</p>").arg(esc(report.unit.typeName));

    html += QStringLiteral(LP_GRID_TABLE);
    auto pair = [&](const char* k1, const QString& v1, const char* k2, const QString& v2) {
        html +=
            QStringLiteral("<tr><td class=\"k\" width=\"15%\">%1</td><td width=\"35%\">%2</td>"
                           "<td class=\"k\" width=\"15%\">%3</td><td width=\"35%\">%4</td></tr>")
                .arg(QString::fromUtf8(k1), esc(v1), QString::fromUtf8(k2), esc(v2));
    };
    pair("单位名称", report.unit.name, "单位编码", report.unit.code);
    pair("创建类别", report.unit.typeName, "所属县区", report.unit.county);
    pair("牵头部门", report.unit.lead, "联系人", report.unit.contact);
    pair("当前状态", stateLabel(result.state), "考评年度", QString::number(report.year));
    html += QStringLiteral(
                "<tr><td class=\"k\">考评细则</td><td colspan=\"3\">%1（第 %2 版）</td></tr>")
                .arg(esc(report.rubricTitle))
                .arg(report.rubricVersion);
    if (!report.namingDecision.isEmpty())
        html +=
            QStringLiteral("<tr><td class=\"k\">命名文号</td><td colspan=\"3\">%1（%2）</td></tr>")
                .arg(esc(report.namingDecision), esc(report.namedOn));
    html += QStringLiteral("</table>");

    // 一、考评结果
    const double w = report.settings.orgWeight;
    html += QStringLiteral("<h2>一、考评结果</h2>");
    html += QStringLiteral(LP_GRID_TABLE
                           "<thead><tr><th>组织评价得分</th><th>群众满意度得分</th><th>综合得分</"
                           "th><th>考评等次</th><th>一票否决</th><th>结果依据</th></tr></thead>");
    const QString basis = !assessed                         ? QStringLiteral("尚未考评")
                          : *result.finalStep == Step::City ? QStringLiteral("市级复核")
                                                            : QStringLiteral("县区考评");
    html += QStringLiteral(
                "<tr><td class=\"n\">%1</td><td class=\"n\">%2</td><td class=\"n\"><b>%3</b></td>"
                "<td class=\"n\"><b>%4</b></td><td class=\"n\">%5</td><td "
                "class=\"n\">%6</td></tr></table>")
                .arg(assessed ? formatOneDecimal(result.outcome.sOrg) : QStringLiteral("—"),
                     assessed ? oneDecimal(result.outcome.sMass) : QStringLiteral("—"),
                     assessed ? formatOneDecimal(result.outcome.total) : QStringLiteral("—"),
                     assessed ? gradeLabel(result.outcome.grade) : QStringLiteral("—"),
                     result.outcome.veto ? QStringLiteral("是") : QStringLiteral("否"), basis);
    html += QStringLiteral("<p class=\"note\">综合得分 = 组织评价得分 × %1 + 群众满意度得分 × %2"
                           "（无测评票时为组织评价得分）；%3 分及以上为优秀，%4 分及以上为合格；"
                           "触及一票否决事项的评定为不合格。</p>")
                .arg(w, 0, 'g', 3)
                .arg(1 - w, 0, 'g', 3)
                .arg(report.settings.excellent, 0, 'g', 4)
                .arg(report.settings.qualified, 0, 'g', 4);

    // 二、考评细则得分
    html += QStringLiteral("<h2>二、考评细则得分</h2>");
    html += QStringLiteral(
        LP_GRID_TABLE
        "<thead><tr><th width=\"7%\">指标</th><th width=\"41%\">考评内容</th><th "
        "width=\"7%\">满分</th><th width=\"8%\">自评</th><th width=\"8%\">县区</th><th "
        "width=\"8%\">市级</th><th width=\"21%\">备注</th></tr></thead>");
    HalfPoints maxTotal = 0;
    for (const ReportDimension& dimension : report.dimensions) {
        bool scoredDimension = false;
        for (const ReportIndicator& indicator : dimension.indicators)
            scoredDimension = scoredDimension || !indicator.veto;
        if (!scoredDimension)
            continue;
        html += QStringLiteral("<tr class=\"dim\"><td colspan=\"7\">%1</td></tr>")
                    .arg(esc(dimension.title));
        for (const ReportIndicator& indicator : dimension.indicators) {
            if (indicator.veto)
                continue;
            maxTotal += indicator.max.value_or(0);
            QStringList notes;
            for (int step = 0; step < 3; ++step)
                if (!indicator.notes[step].isEmpty())
                    notes << QStringLiteral("%1：%2").arg(
                        QString::fromUtf8(stepLabels[step]).left(2), esc(indicator.notes[step]));
            html += QStringLiteral(
                        "<tr><td class=\"n\">%1</td><td>%2</td><td class=\"n\">%3</td>"
                        "<td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td>"
                        "<td>%7</td></tr>")
                        .arg(esc(indicator.code), esc(indicator.text), points(indicator.max),
                             points(indicator.points[0]), points(indicator.points[1]),
                             points(indicator.points[2]), notes.join(QStringLiteral("<br>")));
        }
    }
    auto stepTotal = [&](int step) {
        return report.entered[step] ? formatPoints(report.stepPoints[step]) : QStringLiteral("—");
    };
    html +=
        QStringLiteral("<tr class=\"sum\"><td></td><td>合计</td><td class=\"n\">%1</td>"
                       "<td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td>"
                       "<td>%5</td></tr></table>")
            .arg(formatPoints(maxTotal), stepTotal(0), stepTotal(1), stepTotal(2),
                 report.entered[2] ? QStringLiteral("市级未复核的指标以县区得分计") : QString());

    // 三、群众满意度测评
    html += QStringLiteral("<h2>三、群众满意度测评</h2>");
    bool anySurvey = false;
    QString surveys = QStringLiteral(
        LP_GRID_TABLE "<thead><tr><th>测评环节</th><th>满意</th><th>基本满意</th><th>不满意</"
                      "th><th>有效票数</th><th>满意度得分</th></tr></thead>");
    for (int step = 0; step < 3; ++step) {
        const std::optional<Survey>& survey = report.surveys[step];
        if (!survey || survey->ballots() == 0)
            continue;
        anySurvey = true;
        surveys += QStringLiteral(
                       "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                       "<td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td></tr>")
                       .arg(QString::fromUtf8(stepLabels[step]))
                       .arg(survey->satisfied)
                       .arg(survey->basic)
                       .arg(survey->unsatisfied)
                       .arg(survey->ballots())
                       .arg(oneDecimal(Scoring::massScore(*survey, report.settings)));
    }
    surveys += QStringLiteral("</table>");
    html += anySurvey ? surveys : QStringLiteral("<p>未进行群众满意度测评。</p>");

    // 四、一票否决
    html += QStringLiteral("<h2>四、一票否决事项</h2>");
    QString vetoes;
    for (const ReportDimension& dimension : report.dimensions)
        for (const ReportIndicator& indicator : dimension.indicators)
            for (int step = 1; step < 3; ++step)
                if (indicator.veto && !indicator.notes[step].isEmpty())
                    vetoes +=
                        QStringLiteral(
                            "<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(indicator.code), esc(indicator.text),
                                 QString::fromUtf8(stepLabels[step]), esc(indicator.notes[step]));
    if (vetoes.isEmpty())
        html += QStringLiteral("<p>无。</p>");
    else
        html += QStringLiteral(
                    LP_GRID_TABLE
                    "<thead><tr><th width=\"8%\">事项</th><th width=\"47%\">内容</th>"
                    "<th width=\"13%\">认定环节</th><th width=\"32%\">事由</th></tr></thead>") +
                vetoes + QStringLiteral("</table>");

    // 五、问题与整改
    html += QStringLiteral("<h2>五、存在问题与整改</h2>");
    if (report.rectifications.empty() && report.followUps.empty()) {
        html += QStringLiteral("<p>无。</p>");
    } else {
        html += QStringLiteral(
            LP_GRID_TABLE "<thead><tr><th width=\"6%\">序号</th><th width=\"50%\">问题或事项</th>"
                          "<th width=\"16%\">整改时限</th><th width=\"14%\">责任人</th>"
                          "<th width=\"14%\">状态</th></tr></thead>");
        int index = 1;
        for (const Rectification& item : report.rectifications)
            html += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td class=\"n\">%3</td>"
                                   "<td class=\"n\">%4</td><td class=\"n\">%5</td></tr>")
                        .arg(index++)
                        .arg(esc(item.text), esc(item.deadline), esc(item.responsible),
                             statusLabel(item.status));
        for (const FollowUp& item : report.followUps)
            html += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td class=\"n\">—</td>"
                                   "<td class=\"n\">—</td><td class=\"n\">%3</td></tr>")
                        .arg(index++)
                        .arg(esc((item.kind == QLatin1String("organisational")
                                      ? QStringLiteral("组织处理：")
                                      : QStringLiteral("约谈提醒：")) +
                                 item.note),
                             statusLabel(item.status));
        html += QStringLiteral("</table>");
    }

    // 六、考评流程记录
    html += QStringLiteral("<h2>六、考评流程记录</h2>");
    if (report.pipeline.empty()) {
        html += QStringLiteral("<p>无。</p>");
    } else {
        html += QStringLiteral(
            LP_GRID_TABLE "<thead><tr><th width=\"22%\">时间</th><th width=\"14%\">操作人</th>"
                          "<th width=\"34%\">事项</th><th width=\"30%\">说明</th></tr></thead>");
        for (const HistoryEntry& entry : report.pipeline)
            html +=
                QStringLiteral(
                    "<tr><td class=\"n\">%1</td><td class=\"n\">%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(QDateTime::fromMSecsSinceEpoch(entry.at).toString(
                             QStringLiteral("yyyy-MM-dd HH:mm")),
                         esc(entry.operatorName), esc(historyText(entry)), esc(entry.note));
        html += QStringLiteral("</table>");
    }

    // 七、签字
    html += QStringLiteral(
        "<h2>七、考评意见与签字</h2>"
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">"
        "<tr><td width=\"50%\">考评组意见：</td><td width=\"50%\"></td></tr>"
        "<tr><td height=\"40\">&nbsp;</td><td></td></tr>"
        "<tr><td>考评组组长（签字）：____________</td><td>考评组成员（签字）：____________</td></"
        "tr>"
        "<tr><td>县区纪委监委（盖章）</td><td>市纪委监委（盖章）</td></tr>"
        "<tr><td>日期：______年____月____日</td><td>日期：______年____月____日</td></tr>"
        "</table>");
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace lianping
