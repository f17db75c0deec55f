#pragma once
// A unit's scoring sheet as a tree: rubric dimensions → indicators, with columns for the
// self-check, county and city points, the maximum, a note and the evidence expected. Only
// the active step's column is editable; every edit goes through the undo stack.

#include "core/evidence/Evidence.h"
#include "core/rubric/Rubric.h"
#include "core/scoring/ScoreRepository.h"

#include <QAbstractItemModel>

#include <array>
#include <map>
#include <vector>

class QUndoStack;

namespace lianping::ui {

class Session;

class ScoreSheetModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Item, Max, Self, County, City, Note, Evidence, ColumnCount };

    ScoreSheetModel(Session& session, QUndoStack& undo, QObject* parent = nullptr);

    // Shows an enrolled unit's sheet (0 clears it).
    void load(std::int64_t enrollmentId);
    void reload(); // re-read the stored values (after an undo, an import…)
    std::int64_t enrollmentId() const { return m_enrollmentId; }
    const Rubric& rubric() const { return m_rubric; }
    void setActiveStep(Step step);
    Step activeStep() const { return m_step; }
    static int columnOf(Step step) { return Self + static_cast<int>(step); }

    const Indicator* indicatorAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& indicatorCode, int column) const;
    std::optional<HalfPoints> points(const Indicator& indicator, Step step) const;
    QString vetoReason(const Indicator& indicator, Step step) const;
    // Checks a typed value for the indicator: empty means "clear"; the error says why not.
    Result<std::optional<HalfPoints>> parse(const Indicator& indicator, const QString& text) const;
    // Sum of the entered points of one step.
    HalfPoints stepTotal(Step step) const;
    bool hasScores(Step step) const {
        return !m_sheets[static_cast<std::size_t>(step)].scores.empty();
    }

    // Entries typed but not stored (the file was busy, the disk failed): indicator → text.
    // They stay in their cells, marked, until stored; the tree does not move past them.
    const std::map<QString, QString>& unsaved() const { return m_unsaved; }
    bool lastEditRefused() const { return m_lastEditRefused; }

    // Evidence files of the active step attached to an indicator ("" for the whole sheet).
    int evidenceCount(const QString& indicatorCode) const;
    // The findings of one step against an indicator ("" for the sheet).
    std::vector<Finding> findings(const QString& indicatorCode, Step step) const;

    // Writes one change and records it for undo. Returns the error if refused.
    Result<void> setPoints(const QString& indicatorCode, std::optional<HalfPoints> points);
    Result<void> setNote(const QString& indicatorCode, const QString& note);
    Result<void> setVeto(const QString& indicatorCode, bool on, const QString& reason);
    Result<void> setSurvey(const Survey& survey);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString& message); // an edit that was not stored, and why
    void stored();                        // something was stored or undone

private:
    Result<void> push(class ScoreCommand* command);
    void readEvidence();
    QString deductionTip(const Indicator& indicator, Step step) const;

    Session& m_session;
    QUndoStack& m_undo;
    std::int64_t m_enrollmentId = 0;
    Rubric m_rubric;
    std::array<Sheet, 3> m_sheets;
    Step m_step = Step::Self;
    std::map<QString, QString> m_unsaved;
    bool m_lastEditRefused = false;
    std::map<QString, int> m_evidence;
    std::vector<Finding> m_findings;
};

} // namespace lianping::ui
