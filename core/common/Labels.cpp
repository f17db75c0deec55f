#include "Labels.h"

#include "core/common/CoreText.h"

#include <QStringList>

namespace lianping {

namespace {

struct Entry {
    const char* code;
    const char* english; // the source text lupdate sees
    const char* chinese; // the document text; the zh_CN catalogue must agree (tested)
};

const Entry states[] = {
    {"", QT_TRANSLATE_NOOP("lianping::CoreText", "not enrolled"), "未参加考评"},
    {"draft", QT_TRANSLATE_NOOP("lianping::CoreText", "self-check"), "自查中"},
    {"submitted", QT_TRANSLATE_NOOP("lianping::CoreText", "submitted"), "已申报"},
    {"county-accepted", QT_TRANSLATE_NOOP("lianping::CoreText", "county accepted"), "县区已验收"},
    {"city-rechecked", QT_TRANSLATE_NOOP("lianping::CoreText", "city rechecked"), "市级已复查"},
    {"named", QT_TRANSLATE_NOOP("lianping::CoreText", "named"), "已命名"},
    {"returned", QT_TRANSLATE_NOOP("lianping::CoreText", "returned"), "已退回"},
    {"revoked", QT_TRANSLATE_NOOP("lianping::CoreText", "naming revoked"), "已撤销命名"},
};

const Entry grades[] = {
    {"excellent", QT_TRANSLATE_NOOP("lianping::CoreText", "excellent"), "优秀"},
    {"qualified", QT_TRANSLATE_NOOP("lianping::CoreText", "qualified"), "合格"},
    {"unqualified", QT_TRANSLATE_NOOP("lianping::CoreText", "unqualified"), "不合格"},
};

const Entry steps[] = {
    {"self", QT_TRANSLATE_NOOP("lianping::CoreText", "self-check step"), "自查"},
    {"county", QT_TRANSLATE_NOOP("lianping::CoreText", "county review"), "县区考评"},
    {"city", QT_TRANSLATE_NOOP("lianping::CoreText", "city recheck"), "市级复查"},
};

const Entry statuses[] = {
    {"open", QT_TRANSLATE_NOOP("lianping::CoreText", "open"), "待办"},
    {"done", QT_TRANSLATE_NOOP("lianping::CoreText", "done"), "已完成"},
    {"cancelled", QT_TRANSLATE_NOOP("lianping::CoreText", "cancelled"), "已撤销"},
    {"verified", QT_TRANSLATE_NOOP("lianping::CoreText", "verified"), "已核实"},
};

const Entry followUpKinds[] = {
    {"admonition", QT_TRANSLATE_NOOP("lianping::CoreText", "Admonition talk"), "诫勉谈话"},
    {"organisational", QT_TRANSLATE_NOOP("lianping::CoreText", "Organisational handling"),
     "组织处理"},
};

const Entry taskKinds[] = {
    {"common", QT_TRANSLATE_NOOP("lianping::CoreText", "common task"), "共性"},
    {"specific", QT_TRANSLATE_NOOP("lianping::CoreText", "specific task"), "个性"},
    {"extended", QT_TRANSLATE_NOOP("lianping::CoreText", "extended task"), "延伸"},
};

const Entry taskSplits[] = {
    {"inner", QT_TRANSLATE_NOOP("lianping::CoreText", "inner part"), "内分"},
    {"outer", QT_TRANSLATE_NOOP("lianping::CoreText", "outer part"), "外分"},
    {"down", QT_TRANSLATE_NOOP("lianping::CoreText", "lower-level part"), "下分"},
};

const Entry taskStatuses[] = {
    {"done", QT_TRANSLATE_NOOP("lianping::CoreText", "task done"), "已完成"},
    {"on-track", QT_TRANSLATE_NOOP("lianping::CoreText", "on track"), "正常推进"},
    {"due-soon", QT_TRANSLATE_NOOP("lianping::CoreText", "due soon"), "即将到期"},
    {"overdue", QT_TRANSLATE_NOOP("lianping::CoreText", "overdue"), "已逾期"},
};

const Entry recordKinds[] = {
    {"unit", QT_TRANSLATE_NOOP("lianping::CoreText", "unit record"), "单位"},
    {"enrollment", QT_TRANSLATE_NOOP("lianping::CoreText", "enrolment record"), "参评记录"},
    {"sheet", QT_TRANSLATE_NOOP("lianping::CoreText", "score sheet"), "评分表"},
    {"naming", QT_TRANSLATE_NOOP("lianping::CoreText", "naming decision"), "命名决定"},
    {"revocation", QT_TRANSLATE_NOOP("lianping::CoreText", "revocation record"), "撤销命名记录"},
    {"rectification", QT_TRANSLATE_NOOP("lianping::CoreText", "rectification item"), "整改事项"},
    {"sample", QT_TRANSLATE_NOOP("lianping::CoreText", "recheck sample"), "复查抽样"},
    {"followup", QT_TRANSLATE_NOOP("lianping::CoreText", "follow-up"), "后续处理"},
    {"type", QT_TRANSLATE_NOOP("lianping::CoreText", "unit type"), "单位类别"},
    {"type_alias", QT_TRANSLATE_NOOP("lianping::CoreText", "type alias"), "类别别名"},
    {"campaign", QT_TRANSLATE_NOOP("lianping::CoreText", "campaign"), "考评年度"},
    {"task", QT_TRANSLATE_NOOP("lianping::CoreText", "task"), "任务"},
    {"task_progress", QT_TRANSLATE_NOOP("lianping::CoreText", "task progress entry"), "任务进展"},
    {"index_model", QT_TRANSLATE_NOOP("lianping::CoreText", "index model"), "清廉指数模型"},
    {"survey_round", QT_TRANSLATE_NOOP("lianping::CoreText", "survey round"), "测评轮次"},
    {"index_input", QT_TRANSLATE_NOOP("lianping::CoreText", "index value"), "指数录入值"},
    {"review_step", QT_TRANSLATE_NOOP("lianping::CoreText", "review sub-step"), "县区考评环节"},
    {"evidence", QT_TRANSLATE_NOOP("lianping::CoreText", "evidence file"), "佐证材料"},
    {"finding", QT_TRANSLATE_NOOP("lianping::CoreText", "finding"), "发现问题"},
};

const Entry fields[] = {
    {"code", QT_TRANSLATE_NOOP("lianping::CoreText", "code field"), "编码"},
    {"name", QT_TRANSLATE_NOOP("lianping::CoreText", "name field"), "名称"},
    {"type", QT_TRANSLATE_NOOP("lianping::CoreText", "type field"), "类别"},
    {"county", QT_TRANSLATE_NOOP("lianping::CoreText", "county field"), "县区"},
    {"lead", QT_TRANSLATE_NOOP("lianping::CoreText", "lead department field"), "牵头单位"},
    {"demo", QT_TRANSLATE_NOOP("lianping::CoreText", "demonstration point field"), "示范点"},
    {"contact", QT_TRANSLATE_NOOP("lianping::CoreText", "contact field"), "联系人"},
    {"active", QT_TRANSLATE_NOOP("lianping::CoreText", "in the registry field"), "在册"},
    {"state", QT_TRANSLATE_NOOP("lianping::CoreText", "state field"), "状态"},
    {"returned_from", QT_TRANSLATE_NOOP("lianping::CoreText", "returned from field"), "退回环节"},
    {"reason", QT_TRANSLATE_NOOP("lianping::CoreText", "reason field"), "原因"},
    {"note", QT_TRANSLATE_NOOP("lianping::CoreText", "note field"), "备注"},
    {"scores", QT_TRANSLATE_NOOP("lianping::CoreText", "scores field"), "得分"},
    {"survey", QT_TRANSLATE_NOOP("lianping::CoreText", "survey field"), "群众测评"},
    {"vetoes", QT_TRANSLATE_NOOP("lianping::CoreText", "vetoes field"), "一票否决"},
    {"step", QT_TRANSLATE_NOOP("lianping::CoreText", "step field"), "环节"},
    {"decision", QT_TRANSLATE_NOOP("lianping::CoreText", "decision number field"), "决定文号"},
    {"date", QT_TRANSLATE_NOOP("lianping::CoreText", "date field"), "日期"},
    {"document", QT_TRANSLATE_NOOP("lianping::CoreText", "document number field"), "文号"},
    {"text", QT_TRANSLATE_NOOP("lianping::CoreText", "text field"), "内容"},
    {"deadline", QT_TRANSLATE_NOOP("lianping::CoreText", "deadline field"), "期限"},
    {"responsible", QT_TRANSLATE_NOOP("lianping::CoreText", "responsible field"), "责任人"},
    {"status", QT_TRANSLATE_NOOP("lianping::CoreText", "status field"), "状态"},
    {"rubric", QT_TRANSLATE_NOOP("lianping::CoreText", "rubric field"), "考评细则"},
    {"version", QT_TRANSLATE_NOOP("lianping::CoreText", "version field"), "版本"},
    {"units", QT_TRANSLATE_NOOP("lianping::CoreText", "units field"), "单位"},
    {"percent", QT_TRANSLATE_NOOP("lianping::CoreText", "percentage field"), "比例"},
    {"seed", QT_TRANSLATE_NOOP("lianping::CoreText", "seed field"), "随机种子"},
    {"issuer", QT_TRANSLATE_NOOP("lianping::CoreText", "issuing office field"), "发文机关"},
    {"doc_prefix", QT_TRANSLATE_NOOP("lianping::CoreText", "document-number prefix field"),
     "发文机关代字"},
    {"addressees", QT_TRANSLATE_NOOP("lianping::CoreText", "addressees field"), "主送机关"},
    {"created", QT_TRANSLATE_NOOP("lianping::CoreText", "created"), "新增"},
};

template <std::size_t N>
QString lookup(const Entry (&table)[N], const QString& code, Labels::Language language) {
    for (const Entry& entry : table)
        if (code == QLatin1String(entry.code))
            return language == Labels::Language::Chinese ? QString::fromUtf8(entry.chinese)
                                                         : CoreText::tr(entry.english);
    return code;
}

} // namespace

QString Labels::state(const QString& code, Language language) {
    return lookup(states, code, language);
}

QString Labels::grade(const QString& code, Language language) {
    return lookup(grades, code, language);
}

QString Labels::step(const QString& code, Language language) {
    return lookup(steps, code, language);
}

QString Labels::status(const QString& code, Language language) {
    return lookup(statuses, code, language);
}

QString Labels::followUpKind(const QString& code, Language language) {
    return lookup(followUpKinds, code, language);
}

QString Labels::recordKind(const QString& code, Language language) {
    return lookup(recordKinds, code, language);
}

QString Labels::field(const QString& code, Language language) {
    return lookup(fields, code, language);
}

QString Labels::taskKind(const QString& code, Language language) {
    return lookup(taskKinds, code, language);
}

QString Labels::taskSplit(const QString& code, Language language) {
    return lookup(taskSplits, code, language);
}

QString Labels::taskStatus(const QString& code, Language language) {
    return lookup(taskStatuses, code, language);
}

QString Labels::yesNo(bool value, Language language) {
    if (language == Language::Chinese)
        return value ? QStringLiteral("是") : QStringLiteral("否");
    return value ? CoreText::tr("yes") : CoreText::tr("no");
}

QString Labels::recordKey(const QString& key, Language language) {
    const QStringList parts = key.split(QLatin1Char('/'));
    const QString kind = recordKind(parts.value(0), language);
    // sheet/YEAR/UNIT/STEP, enrollment/YEAR/UNIT, naming/YEAR/DECISION, unit/CODE …
    if (parts.value(0) == QLatin1String("sheet") && parts.size() >= 4)
        return CoreText::tr("%1 %2 %3 of %4")
            .arg(parts[2], step(parts[3], language), kind, parts[1]);
    if (parts.size() >= 3)
        return CoreText::tr("%1 %2 of %3").arg(parts.mid(2).join(QLatin1Char(' ')), kind, parts[1]);
    if (parts.size() == 2)
        return QStringLiteral("%1 %2").arg(kind, parts[1]);
    return key;
}

QString Labels::ballots(const QString& text, Language language) {
    const QStringList counts = text.split(QLatin1Char('/'));
    if (counts.size() != 3)
        return text;
    if (language == Language::Chinese)
        return QStringLiteral("满意 %1、基本满意 %2、不满意 %3")
            .arg(counts[0], counts[1], counts[2]);
    return CoreText::tr("satisfied %1, basically satisfied %2, unsatisfied %3")
        .arg(counts[0], counts[1], counts[2]);
}

} // namespace lianping
