#pragma once
// The scoring sheet of one unit in the year's campaign: rubric tree with self / county / city
// columns, live S_org, S_mass, total and grade, survey ballots, the pipeline actions the unit
// can take next, and its history. Every edit is stored as it is made.

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace lianping::ui {

class EvidencePane;
class PreviousGradeLabel;
class ScoreSheetModel;
class ScoreTree;
class ReviewStepsBox;
class Session;

class ScoreSheetView : public QWidget {
    Q_OBJECT
public:
    ScoreSheetView(Session& session, QUndoStack& undo, QWidget* parent = nullptr);

    ScoreSheetModel* model() const { return m_model; }
    ScoreTree* tree() const { return m_tree; }
    QComboBox* stepBox() const { return m_step; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* gradeLabel() const { return m_grade; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* advanceButton() const { return m_advance; }
    QPushButton* returnButton() const { return m_return; }
    QListWidget* historyList() const { return m_history; }
    QLabel* surveyHint() const { return m_surveyHint; }
    QPushButton* saveSurveyButton() const { return m_saveSurvey; }
    ReviewStepsBox* reviewSteps() const { return m_reviewSteps; }
    EvidencePane* evidence() const { return m_evidence; }
    PreviousGradeLabel* previousGrade() const { return m_previousGrade; }
    QString unitCode() const { return m_unitCode; }

public slots:
    // Shows this unit's sheet for the session's year; focuses the first empty score.
    void openUnit(const QString& code);
    void refreshSummary();
    void advance();
    void returnUnit();
    void saveSurvey();

private:
    QString unsavedNote() const; // the entries typed but not stored, or empty
    void showMessage(const QString& text, bool error);
    void toggleVeto(const QModelIndex& index);
    void enroll();
    void focusFirstEmpty();
    void updateProfile();
    void clearProfile();

    Session& m_session;
    ScoreSheetModel* m_model = nullptr;
    ScoreTree* m_tree = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_unit = nullptr;
    QComboBox* m_step = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_grade = nullptr;
    QLabel* m_message = nullptr;
    QSpinBox* m_satisfied = nullptr;
    QSpinBox* m_basic = nullptr;
    QSpinBox* m_unsatisfied = nullptr;
    QPushButton* m_saveSurvey = nullptr;
    QLabel* m_surveyHint = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_enroll = nullptr;
    QListWidget* m_history = nullptr;
    ReviewStepsBox* m_reviewSteps = nullptr;
    EvidencePane* m_evidence = nullptr;
    PreviousGradeLabel* m_previousGrade = nullptr;
    QChartView* m_profile = nullptr;
    QString m_unitCode;
};

} // namespace lianping::ui
