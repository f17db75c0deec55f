#include "ReportContent.h"

#include "core/common/Labels.h"
#include "core/report/UnitReport.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace lianping {

namespace {

QString points(const std::optional<HalfPoints>& half) {
    return half ? formatPoints(*half) : QStringLiteral("—");
}

QString oneDecimal(const std::optional<double>& value) {
    return value ? formatOneDecimal(*value) : QStringLiteral("—");
}

const char* const stepLabels[] = {"单位自评", "县区考评", "市级复核"};

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

ReportCell cell(const QString& text, bool centre = false) {
    ReportCell made;
    made.text = text;
    made.centre = centre;
    return made;
}

ReportCell label(const QString& text) {
    ReportCell made;
    made.text = text;
    made.label = true;
    return made;
}

ReportBlock heading(const QString& text) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    return block;
}

ReportBlock paragraph(const QString& text, ReportBlock::Kind kind = ReportBlock::Kind::Paragraph) {
    ReportBlock block;
    block.kind = kind;
    block.text = text;
    return block;
}

ReportBlock table(std::vector<int> widths, std::vector<QString> header) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table.widths = std::move(widths);
    block.table.header = std::move(header);
    return block;
}

ReportBlock particulars(const UnitReport& report) {
    ReportBlock block = table({15, 35, 15, 35}, {});
    auto pair = [&](const char* k1, const QString& v1, const char* k2, const QString& v2) {
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {label(QString::fromUtf8(k1)), cell(v1), label(QString::fromUtf8(k2)), cell(v2)}});
    };
    pair("单位名称", report.unit.name, "单位编码", report.unit.code);
    pair("创建类别", report.unit.typeName, "所属县区", report.unit.county);
    pair("牵头部门", report.unit.lead, "联系人", report.unit.contact);
    pair("当前状态", stateLabel(report.result.state), "考评年度", QString::number(report.year));
    ReportCell rubric =
        cell(QStringLiteral("%1（第 %2 版）").arg(report.rubricTitle).arg(report.rubricVersion));
    rubric.span = 3;
    block.table.rows.push_back(
        {ReportRow::Kind::Normal, {label(QStringLiteral("考评细则")), rubric}});
    if (!report.namingDecision.isEmpty()) {
        ReportCell naming =
            cell(QStringLiteral("%1（%2）").arg(report.namingDecision, report.namedOn));
        naming.span = 3;
        block.table.rows.push_back(
            {ReportRow::Kind::Normal, {label(QStringLiteral("命名文号")), naming}});
    }
    return block;
}

void addResult(ReportContent& content, const UnitReport& report) {
    const UnitResult& result = report.result;
    const bool assessed = result.finalStep.has_value();
    content.blocks.push_back(heading(QStringLiteral("一、考评结果")));
    ReportBlock block = table({}, {QStringLiteral("组织评价得分"), QStringLiteral("群众满意度得分"),
                                   QStringLiteral("综合得分"), QStringLiteral("考评等次"),
                                   QStringLiteral("一票否决"), QStringLiteral("结果依据")});
    const QString basis = !assessed                         ? QStringLiteral("尚未考评")
                          : *result.finalStep == Step::City ? QStringLiteral("市级复核")
                                                            : QStringLiteral("县区考评");
    ReportCell total =
        cell(assessed ? formatOneDecimal(result.outcome.total) : QStringLiteral("—"), true);
    total.bold = true;
    ReportCell grade =
        cell(assessed ? gradeLabel(result.outcome.grade) : QStringLiteral("—"), true);
    grade.bold = true;
    block.table.rows.push_back(
        {ReportRow::Kind::Normal,
         {cell(assessed ? formatOneDecimal(result.outcome.sOrg) : QStringLiteral("—"), true),
          cell(assessed ? oneDecimal(result.outcome.sMass) : QStringLiteral("—"), true), total,
          grade, cell(result.outcome.veto ? QStringLiteral("是") : QStringLiteral("否"), true),
          cell(basis, true)}});
    content.blocks.push_back(std::move(block));
    const double w = report.settings.orgWeight;
    content.blocks.push_back(paragraph(
        QStringLiteral("综合得分 = 组织评价得分 × %1 + 群众满意度得分 × %2"
                       "（无测评票时为组织评价得分）；%3 分及以上为优秀，%4 分及以上为合格；"
                       "触及一票否决事项的评定为不合格。")
            .arg(w, 0, 'g', 3)
            .arg(1 - w, 0, 'g', 3)
            .arg(report.settings.excellent, 0, 'g', 4)
            .arg(report.settings.qualified, 0, 'g', 4),
        ReportBlock::Kind::Note));
}

void addRubric(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("二、考评细则得分")));
    ReportBlock block =
        table({7, 41, 7, 8, 8, 8, 21},
              {QStringLiteral("指标"), QStringLiteral("考评内容"), QStringLiteral("满分"),
               QStringLiteral("自评"), QStringLiteral("县区"), QStringLiteral("市级"),
               QStringLiteral("备注")});
    HalfPoints maxTotal = 0;
    for (const ReportDimension& dimension : report.dimensions) {
        bool scoredDimension = false;
        for (const ReportIndicator& indicator : dimension.indicators)
            scoredDimension = scoredDimension || !indicator.veto;
        if (!scoredDimension)
            continue;
        ReportCell title = cell(dimension.title);
        title.span = 7;
        block.table.rows.push_back({ReportRow::Kind::Group, {title}});
        for (const ReportIndicator& indicator : dimension.indicators) {
            if (indicator.veto)
                continue;
            maxTotal += indicator.max.value_or(0);
            QStringList notes;
            for (int step = 0; step < 3; ++step)
                if (!indicator.notes[step].isEmpty())
                    notes << QStringLiteral("%1：%2").arg(
                        QString::fromUtf8(stepLabels[step]).left(2), indicator.notes[step]);
            block.table.rows.push_back(
                {ReportRow::Kind::Normal,
                 {cell(indicator.code, true), cell(indicator.text),
                  cell(points(indicator.max), true), cell(points(indicator.points[0]), true),
                  cell(points(indicator.points[1]), true), cell(points(indicator.points[2]), true),
                  cell(notes.join(QLatin1Char('\n')))}});
        }
    }
    auto stepTotal = [&](int step) {
        return report.entered[step] ? formatPoints(report.stepPoints[step]) : QStringLiteral("—");
    };
    block.table.rows.push_back(
        {ReportRow::Kind::Total,
         {cell({}), cell(QStringLiteral("合计")), cell(formatPoints(maxTotal), true),
          cell(stepTotal(0), true), cell(stepTotal(1), true), cell(stepTotal(2), true),
          cell(report.entered[2] ? QStringLiteral("市级未复核的指标以县区得分计") : QString())}});
    content.blocks.push_back(std::move(block));
}

void addSurveys(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("三、群众满意度测评")));
    ReportBlock block = table({}, {QStringLiteral("测评环节"), QStringLiteral("满意"),
                                   QStringLiteral("基本满意"), QStringLiteral("不满意"),
                                   QStringLiteral("有效票数"), QStringLiteral("满意度得分")});
    for (int step = 0; step < 3; ++step) {
        const std::optional<Survey>& survey = report.surveys[step];
        if (!survey || survey->ballots() == 0)
            continue;
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QString::fromUtf8(stepLabels[step])),
              cell(QString::number(survey->satisfied), true),
              cell(QString::number(survey->basic), true),
              cell(QString::number(survey->unsatisfied), true),
              cell(QString::number(survey->ballots()), true),
              cell(oneDecimal(Scoring::massScore(*survey, report.settings)), true)}});
    }
    if (block.table.rows.empty())
        content.blocks.push_back(paragraph(QStringLiteral("未进行群众满意度测评。")));
    else
        content.blocks.push_back(std::move(block));
}

void addVetoes(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("四、一票否决事项")));
    ReportBlock block =
        table({8, 47, 13, 32}, {QStringLiteral("事项"), QStringLiteral("内容"),
                                QStringLiteral("认定环节"), QStringLiteral("事由")});
    for (const ReportDimension& dimension : report.dimensions)
        for (const ReportIndicator& indicator : dimension.indicators)
            for (int step = 1; step < 3; ++step)
                if (indicator.veto && !indicator.notes[step].isEmpty())
                    block.table.rows.push_back(
                        {ReportRow::Kind::Normal,
                         {cell(indicator.code, true), cell(indicator.text),
                          cell(QString::fromUtf8(stepLabels[step])), cell(indicator.notes[step])}});
    if (block.table.rows.empty())
        content.blocks.push_back(paragraph(QStringLiteral("无。")));
    else
        content.blocks.push_back(std::move(block));
}

QString stepLabel(Step step) {
    return Labels::step(stepName(step), Labels::Language::Chinese);
}

QString indicatorLabel(const QString& code) {
    if (code.startsWith(QStringLiteral("review:")))
        return code.mid(7); // a county review sub-step: its name
    return code.isEmpty() ? QStringLiteral("整体") : code;
}

// The findings behind deductions, per indicator, with the rectification item each became.
void addFindings(ReportContent& content, const UnitReport& report) {
    if (report.findings.empty())
        return;
    content.blocks.push_back(paragraph(QStringLiteral("发现问题：")));
    ReportBlock block =
        table({6, 10, 12, 50, 10, 12},
              {QStringLiteral("序号"), QStringLiteral("指标"), QStringLiteral("环节"),
               QStringLiteral("发现问题"), QStringLiteral("扣分"), QStringLiteral("整改事项")});
    int index = 1;
    for (const Finding& finding : report.findings)
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QString::number(index++), true), cell(indicatorLabel(finding.indicator), true),
              cell(stepLabel(finding.step), true), cell(finding.text),
              cell(finding.deduct > 0 ? formatPoints(finding.deduct) : QStringLiteral("—"), true),
              cell(finding.rectificationId ? QStringLiteral("第%1项").arg(*finding.rectificationId)
                                           : QStringLiteral("—"),
                   true)}});
    content.blocks.push_back(std::move(block));
}

QString sizeText(qint64 bytes) {
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(QString::number(bytes / 1024.0, 'f', 1));
    return QStringLiteral("%1 MB").arg(QString::number(bytes / (1024.0 * 1024.0), 'f', 1));
}

void addEvidenceIndex(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("六、佐证材料索引")));
    if (report.evidence.empty()) {
        content.blocks.push_back(paragraph(QStringLiteral("无。")));
        return;
    }
    ReportBlock block =
        table({6, 9, 10, 25, 10, 16, 10, 14},
              {QStringLiteral("序号"), QStringLiteral("指标"), QStringLiteral("环节"),
               QStringLiteral("文件名"), QStringLiteral("大小"), QStringLiteral("SHA-256"),
               QStringLiteral("添加人"), QStringLiteral("添加时间")});
    int index = 1;
    for (const EvidenceFile& file : report.evidence)
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QString::number(index++), true), cell(indicatorLabel(file.indicator), true),
              cell(stepLabel(file.step), true), cell(file.name), cell(sizeText(file.size), true),
              cell(file.sha256.left(12), true), cell(file.addedBy, true),
              cell(QDateTime::fromMSecsSinceEpoch(file.addedAt)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   true)}});
    content.blocks.push_back(std::move(block));
}

void addRectifications(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("五、存在问题与整改")));
    addFindings(content, report);
    if (report.rectifications.empty() && report.followUps.empty()) {
        if (report.findings.empty())
            content.blocks.push_back(paragraph(QStringLiteral("无。")));
        return;
    }
    ReportBlock block =
        table({6, 50, 16, 14, 14},
              {QStringLiteral("序号"), QStringLiteral("问题或事项"), QStringLiteral("整改时限"),
               QStringLiteral("责任人"), QStringLiteral("状态")});
    int index = 1;
    for (const Rectification& item : report.rectifications)
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QString::number(index++), true), cell(item.text), cell(item.deadline, true),
              cell(item.responsible, true), cell(statusLabel(item.status), true)}});
    for (const FollowUp& item : report.followUps)
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QString::number(index++), true),
              cell(Labels::followUpKind(item.kind, Labels::Language::Chinese) +
                   QStringLiteral("：") + item.note),
              cell(QStringLiteral("—"), true), cell(QStringLiteral("—"), true),
              cell(statusLabel(item.status), true)}});
    content.blocks.push_back(std::move(block));
}

void addPipeline(ReportContent& content, const UnitReport& report) {
    content.blocks.push_back(heading(QStringLiteral("七、考评流程记录")));
    // The county review's sub-steps (考前公示 … 综合评定), each with its date or a dash.
    if (!report.reviewSteps.empty()) {
        ReportBlock steps =
            table({8, 18, 18, 30, 14, 12},
                  {QStringLiteral("序号"), QStringLiteral("县区考评环节"), QStringLiteral("日期"),
                   QStringLiteral("说明"), QStringLiteral("记录人"), QStringLiteral("佐证材料")});
        for (const ReviewStep& step : report.reviewSteps) {
            const auto files = std::count_if(
                report.evidence.begin(), report.evidence.end(), [&](const EvidenceFile& file) {
                    return file.indicator == QStringLiteral("review:") + step.name;
                });
            steps.table.rows.push_back(
                {ReportRow::Kind::Normal,
                 {cell(QString::number(step.position), true), cell(step.name),
                  cell(step.date.isValid() ? step.date.toString(Qt::ISODate) : QStringLiteral("—"),
                       true),
                  cell(step.note), cell(step.operatorName, true),
                  cell(files > 0 ? QStringLiteral("%1份").arg(files) : QStringLiteral("—"),
                       true)}});
        }
        content.blocks.push_back(std::move(steps));
    }
    if (report.pipeline.empty()) {
        content.blocks.push_back(paragraph(QStringLiteral("无。")));
        return;
    }
    ReportBlock block = table({22, 14, 34, 30}, {QStringLiteral("时间"), QStringLiteral("操作人"),
                                                 QStringLiteral("事项"), QStringLiteral("说明")});
    for (const HistoryEntry& entry : report.pipeline)
        block.table.rows.push_back(
            {ReportRow::Kind::Normal,
             {cell(QDateTime::fromMSecsSinceEpoch(entry.at).toString(
                       QStringLiteral("yyyy-MM-dd HH:mm")),
                   true),
              cell(entry.operatorName, true), cell(historyText(entry)), cell(entry.note)}});
    content.blocks.push_back(std::move(block));
}

void addSignatures(ReportContent& content) {
    content.blocks.push_back(heading(QStringLiteral("八、考评意见与签字")));
    ReportBlock block = table({50, 50}, {});
    block.table.grid = false;
    auto row = [&](const QString& left, const QString& right, double height = 0) {
        block.table.rows.push_back({ReportRow::Kind::Normal, {cell(left), cell(right)}, height});
    };
    row(QStringLiteral("考评组意见："), {});
    row({}, {}, 30);
    row(QStringLiteral("考评组组长（签字）：____________"),
        QStringLiteral("考评组成员（签字）：____________"));
    row(QStringLiteral("县区纪委监委（盖章）"), QStringLiteral("市纪委监委（盖章）"));
    row(QStringLiteral("日期：______年____月____日"), QStringLiteral("日期：______年____月____日"));
    content.blocks.push_back(std::move(block));
}

} // namespace

QString ReportContent::ratingFooter(const UnitReport& report) {
    return QStringLiteral("%1年度廉洁细胞考评报告 · %2（%3）")
        .arg(report.year)
        .arg(report.unit.name, report.unit.code);
}

ReportContent ReportContent::rating(const UnitReport& report) {
    ReportContent content;
    content.title = QStringLiteral("%1年度廉洁细胞考评报告").arg(report.year);
    content.subtitle = QStringLiteral("（%1）").arg(report.unit.typeName);
    content.footer = ratingFooter(report);
    content.blocks.push_back(particulars(report));
    addResult(content, report);
    addRubric(content, report);
    addSurveys(content, report);
    addVetoes(content, report);
    addRectifications(content, report);
    addEvidenceIndex(content, report);
    addPipeline(content, report);
    addSignatures(content);
    return content;
}

} // namespace lianping
