#include "ScoreSheetModel.h"

#include "ScoreCommands.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/rubric/RubricRepository.h"
#include "ui/common/Session.h"

#include <QBrush>
#include <QFont>
#include <QUndoStack>

namespace lianping::ui {

ScoreSheetModel::ScoreSheetModel(Session& session, QUndoStack& undo, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_undo(undo) {
    // The sheet shows scores, ballots and vetoes, its state, and per indicator the count of
    // evidence files and the findings that deduct.
    const auto reloadIfShown = [this](qint64 enrollmentId) {
        if (enrollmentId == m_enrollmentId)
            reload();
    };
    connect(&m_session, &Session::sheetChanged, this, reloadIfShown);
    connect(&m_session, &Session::evidenceChanged, this, reloadIfShown);
    connect(&m_session, &Session::findingsChanged, this, reloadIfShown);
}

void ScoreSheetModel::load(std::int64_t enrollmentId) {
    beginResetModel();
    m_enrollmentId = enrollmentId;
    m_unsaved.clear();
    m_lastEditRefused = false;
    m_rubric = Rubric{};
    m_sheets = {};
    if (enrollmentId && m_session.isOpen()) {
        if (Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), enrollmentId)) {
            if (std::optional<Rubric> rubric =
                    RubricRepository(m_session.db()).load(enrollment->rubricId))
                m_rubric = *rubric;
            ScoreRepository scores(m_session.db());
            for (Step step : {Step::Self, Step::County, Step::City})
                m_sheets[static_cast<std::size_t>(step)] = scores.load(enrollmentId, step);
        }
    }
    readEvidence();
    endResetModel();
}

void ScoreSheetModel::reload() {
    if (!m_enrollmentId || !m_session.isOpen())
        return;
    ScoreRepository scores(m_session.db());
    for (Step step : {Step::Self, Step::County, Step::City})
        m_sheets[static_cast<std::size_t>(step)] = scores.load(m_enrollmentId, step);
    readEvidence();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex parent = index(row, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent),
                             index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
    emit stored();
}

void ScoreSheetModel::setActiveStep(Step step) {
    m_step = step;
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload();
}

void ScoreSheetModel::readEvidence() {
    m_evidence.clear();
    m_findings.clear();
    if (!m_enrollmentId || !m_session.isOpen())
        return;
    m_evidence = EvidenceRepository(m_session.db()).counts(m_enrollmentId, m_step);
    m_findings = Findings(m_session.db()).forEnrollment(m_enrollmentId);
}

int ScoreSheetModel::evidenceCount(const QString& indicatorCode) const {
    const auto found = m_evidence.find(indicatorCode);
    return found == m_evidence.end() ? 0 : found->second;
}

std::vector<Finding> ScoreSheetModel::findings(const QString& indicatorCode, Step step) const {
    std::vector<Finding> of;
    for (const Finding& finding : m_findings)
        if (finding.indicator == indicatorCode && finding.step == step)
            of.push_back(finding);
    return of;
}

QString ScoreSheetModel::deductionTip(const Indicator& indicator, Step step) const {
    QStringList lines{tr("Scored by deduction: %1 − the findings' deductions, never below 0.")
                          .arg(formatPoints(indicator.max.value_or(0)))};
    for (const Finding& finding : findings(indicator.code, step))
        lines << QStringLiteral("• %1（−%2）").arg(finding.text, formatPoints(finding.deduct));
    if (lines.size() == 1)
        lines << tr("No findings yet.");
    return lines.join(QLatin1Char('\n'));
}

const Indicator* ScoreSheetModel::indicatorAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto& dimension = m_rubric.dimensions[static_cast<std::size_t>(index.internalId() - 1)];
    return &dimension.indicators[static_cast<std::size_t>(index.row())];
}

QModelIndex ScoreSheetModel::indexOf(const QString& indicatorCode, int column) const {
    for (std::size_t d = 0; d < m_rubric.dimensions.size(); ++d)
        for (std::size_t i = 0; i < m_rubric.dimensions[d].indicators.size(); ++i)
            if (m_rubric.dimensions[d].indicators[i].code == indicatorCode)
                return createIndex(static_cast<int>(i), column, static_cast<quintptr>(d + 1));
    return {};
}

std::optional<HalfPoints> ScoreSheetModel::points(const Indicator& indicator, Step step) const {
    const Sheet& sheet = m_sheets[static_cast<std::size_t>(step)];
    const auto found = sheet.scores.find(indicator.id);
    if (found == sheet.scores.end())
        return std::nullopt;
    return found->second.points;
}

QString ScoreSheetModel::vetoReason(const Indicator& indicator, Step step) const {
    const Sheet& sheet = m_sheets[static_cast<std::size_t>(step)];
    const auto found = sheet.vetoes.find(indicator.id);
    return found == sheet.vetoes.end() ? QString() : found->second;
}

HalfPoints ScoreSheetModel::stepTotal(Step step) const {
    HalfPoints total = 0;
    for (const auto& [id, entry] : m_sheets[static_cast<std::size_t>(step)].scores) {
        Q_UNUSED(id);
        total += entry.points;
    }
    return total;
}

Result<std::optional<HalfPoints>> ScoreSheetModel::parse(const Indicator& indicator,
                                                         const QString& text) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<HalfPoints>();
    const std::optional<HalfPoints> half = parseHalfPoints(trimmed);
    if (!half)
        return fail(tr("%1: \"%2\" is not a score; use steps of 0.5").arg(indicator.code, trimmed));
    if (*half < 0 || *half > *indicator.max)
        return fail(tr("%1: %2 is outside 0–%3")
                        .arg(indicator.code, formatPoints(*half), formatPoints(*indicator.max)));
    return std::optional<HalfPoints>(*half);
}

Result<void> ScoreSheetModel::setPoints(const QString& indicatorCode,
                                        std::optional<HalfPoints> value) {
    const QModelIndex at = indexOf(indicatorCode, columnOf(m_step));
    const Indicator* indicator = indicatorAt(at);
    if (!indicator || indicator->veto)
        return fail(tr("%1 cannot take points").arg(indicatorCode));
    if (indicator->deduct)
        return fail(tr("%1 is scored by deduction: its points are computed from the findings "
                       "(add or remove a finding below)")
                        .arg(indicatorCode));
    const std::optional<HalfPoints> before = points(*indicator, m_step);
    if (before == value)
        return {};
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_enrollmentId);
    if (!enrollment)
        return enrollment.error();
    return push(new SetPointsCommand(
        m_session, ScoreCell{m_enrollmentId, enrollment->unitCode, indicatorCode, m_step}, before,
        value));
}

Result<void> ScoreSheetModel::push(ScoreCommand* command) {
    if (!command->tryApply()) {
        const QString error = command->error();
        delete command;
        return fail(error);
    }
    m_undo.push(command);
    return {};
}

Result<void> ScoreSheetModel::setNote(const QString& indicatorCode, const QString& note) {
    const QModelIndex at = indexOf(indicatorCode, Note);
    const Indicator* indicator = indicatorAt(at);
    if (!indicator || indicator->veto)
        return fail(tr("%1 has no note").arg(indicatorCode));
    const std::optional<HalfPoints> current = points(*indicator, m_step);
    if (!current)
        return fail(tr("%1: enter the points before a note").arg(indicatorCode));
    const Sheet& sheet = m_sheets[static_cast<std::size_t>(m_step)];
    const QString before = sheet.scores.at(indicator->id).note;
    if (before == note)
        return {};
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_enrollmentId);
    if (!enrollment)
        return enrollment.error();
    return push(new SetNoteCommand(
        m_session, ScoreCell{m_enrollmentId, enrollment->unitCode, indicatorCode, m_step}, *current,
        before, note));
}

Result<void> ScoreSheetModel::setVeto(const QString& indicatorCode, bool on,
                                      const QString& reason) {
    if (m_step == Step::Self)
        return fail(tr("A veto is recorded by the county review or the city recheck"));
    const Indicator* indicator = indicatorAt(indexOf(indicatorCode, columnOf(m_step)));
    if (!indicator || !indicator->veto)
        return fail(tr("%1 is not a veto item").arg(indicatorCode));
    if (on && reason.trimmed().isEmpty())
        return fail(tr("A veto needs a reason"));
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_enrollmentId);
    if (!enrollment)
        return enrollment.error();
    return push(new SetVetoCommand(
        m_session, ScoreCell{m_enrollmentId, enrollment->unitCode, indicatorCode, m_step},
        vetoReason(*indicator, m_step), on ? reason.trimmed() : QString()));
}

Result<void> ScoreSheetModel::setSurvey(const Survey& survey) {
    if (m_step == Step::Self)
        return fail(tr("The mass survey is taken by the county review or the city recheck"));
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_enrollmentId);
    if (!enrollment)
        return enrollment.error();
    const Survey before = m_sheets[static_cast<std::size_t>(m_step)].survey.value_or(Survey{});
    if (before.satisfied == survey.satisfied && before.basic == survey.basic &&
        before.unsatisfied == survey.unsatisfied)
        return {};
    return push(new SetSurveyCommand(
        m_session, ScoreCell{m_enrollmentId, enrollment->unitCode, QString(), m_step}, before,
        survey));
}

QModelIndex ScoreSheetModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_rubric.dimensions.size())
                   ? createIndex(row, column, quintptr(0))
                   : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const auto& dimension = m_rubric.dimensions[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(dimension.indicators.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ScoreSheetModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_rubric.dimensions.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(
        m_rubric.dimensions[static_cast<std::size_t>(parent.row())].indicators.size());
}

int ScoreSheetModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Indicator* indicator = indicatorAt(index);
    if (!indicator) {
        const Dimension& dimension = m_rubric.dimensions[static_cast<std::size_t>(index.row())];
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == Item)
            return QStringLiteral("%1  %2").arg(dimension.code, dimension.title);
        if (index.column() == Max) {
            HalfPoints max = 0;
            for (const Indicator& item : dimension.indicators)
                max += item.max.value_or(0);
            return max ? formatPoints(max) : QString();
        }
        return {};
    }
    const int column = index.column();
    const bool stepColumn = column >= Self && column <= City;
    const Step step = stepColumn ? static_cast<Step>(column - Self) : m_step;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Item:
            if (role == Qt::ToolTipRole)
                return QStringLiteral("%1\n%2").arg(indicator->text, indicator->guidance);
            return QStringLiteral("%1  %2").arg(indicator->code, indicator->text);
        case Max:
            return indicator->veto ? tr("veto") : formatPoints(*indicator->max);
        case Self:
        case County:
        case City:
            if (indicator->veto) {
                const QString reason = vetoReason(*indicator, step);
                return reason.isEmpty() ? QString()
                                        : (role == Qt::ToolTipRole ? reason : tr("VETO"));
            } else {
                const auto unsaved = m_unsaved.find(indicator->code);
                if (step == m_step && unsaved != m_unsaved.end())
                    return role == Qt::ToolTipRole
                               ? tr("%1 was typed but is NOT saved; press Enter on it to try "
                                    "again")
                                     .arg(unsaved->second)
                               : unsaved->second;
                if (indicator->deduct && role == Qt::ToolTipRole)
                    return deductionTip(*indicator, step);
                const std::optional<HalfPoints> value = points(*indicator, step);
                return value ? formatPoints(*value) : QString();
            }
        case Note: {
            const Sheet& sheet = m_sheets[static_cast<std::size_t>(m_step)];
            if (indicator->veto)
                return vetoReason(*indicator, m_step);
            const auto found = sheet.scores.find(indicator->id);
            return found == sheet.scores.end() ? QString() : found->second.note;
        }
        case Evidence: {
            if (role == Qt::ToolTipRole)
                return indicator->evidence.isEmpty()
                           ? tr("Drop files here to attach them")
                           : tr("Expected: %1\nDrop files here to attach them")
                                 .arg(indicator->evidence);
            const int count = evidenceCount(indicator->code);
            return count ? tr("%n file(s)", nullptr, count) : QString();
        }
        }
    }
    if (role == Qt::CheckStateRole && indicator->veto && stepColumn && step != Step::Self)
        return vetoReason(*indicator, step).isEmpty() ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::TextAlignmentRole && (stepColumn || column == Max))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && column == columnOf(m_step))
        return QBrush(QColor(m_unsaved.count(indicator->code) ? 0xffcdd2
                             : indicator->deduct              ? 0xeceff1
                                                              : 0xfff8e1));
    if (role == Qt::ForegroundRole && column == Evidence)
        return QBrush(QColor(0x1565c0));
    if (role == Qt::FontRole && column == columnOf(m_step) && m_unsaved.count(indicator->code)) {
        QFont font;
        font.setItalic(true);
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && indicator->veto && stepColumn &&
        !vetoReason(*indicator, step).isEmpty())
        return QBrush(QColor(0xb00020));
    return {};
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Indicator* indicator = indicatorAt(index);
    if (!indicator)
        return false;
    Result<void> done;
    if (index.column() == columnOf(m_step) && !indicator->veto && role == Qt::EditRole) {
        Result<std::optional<HalfPoints>> parsed = parse(*indicator, value.toString());
        // Taken out first, so that what `stored` reports is already without it.
        if (parsed)
            m_unsaved.erase(indicator->code);
        done = parsed ? setPoints(indicator->code, *parsed) : Result<void>(parsed.error());
        // A value that could not be stored stays in its cell, marked, never silently lost.
        if (!done && parsed)
            m_unsaved[indicator->code] = value.toString().trimmed();
        m_lastEditRefused = !done;
        emit dataChanged(index, index);
    } else if (index.column() == Note && !indicator->veto && role == Qt::EditRole) {
        done = setNote(indicator->code, value.toString());
    } else {
        return false; // vetoes go through the view, which asks for the reason
    }
    m_lastEditRefused = !done;
    if (!done) {
        emit refused(done.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Indicator* indicator = indicatorAt(index);
    if (!indicator)
        return flags;
    if (index.column() == columnOf(m_step)) {
        if (indicator->veto) {
            if (m_step != Step::Self)
                flags |= Qt::ItemIsUserCheckable;
        } else if (!indicator->deduct) { // a deduction-scored cell follows its findings
            flags |= Qt::ItemIsEditable;
        }
    }
    if (index.column() == Note && !indicator->veto)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Indicator");
    case Max:
        return tr("Max");
    case Self:
        return tr("Self-check");
    case County:
        return tr("County");
    case City:
        return tr("City");
    case Note:
        return tr("Note");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}

} // namespace lianping::ui
