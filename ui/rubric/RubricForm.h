#pragma once
// The fields of the dimension or indicator selected in the rubric editor, each with the
// message core's validation gives for it right below (red, and marked ⚠, not colour alone).
// It only shows and reports edits; the editor turns them into undoable commands.

#include "core/rubric/Rubric.h"
#include "core/rubric/RubricJson.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace lianping::ui {

class RubricForm : public QWidget {
    Q_OBJECT
public:
    enum class Field {
        DimensionCode,
        DimensionTitle,
        Code,
        Text,
        Max,
        Veto,
        Deduct,
        Guidance,
        Evidence
    };
    explicit RubricForm(QWidget* parent = nullptr);

    void showNothing();
    void showDimension(const Dimension& dimension, const std::vector<RubricProblem>& problems);
    void showIndicator(const Indicator& indicator, const std::vector<RubricProblem>& problems);
    void setReadOnly(bool readOnly);

    QLineEdit* code() const { return m_code; }
    QPlainTextEdit* text() const { return m_text; }
    QDoubleSpinBox* max() const { return m_max; }
    QPlainTextEdit* guidance() const { return m_guidance; }
    QPlainTextEdit* evidence() const { return m_evidence; }
    QCheckBox* veto() const { return m_veto; }
    QCheckBox* deduct() const { return m_deduct; }
    QLineEdit* dimensionCode() const { return m_dimensionCode; }
    QLineEdit* dimensionTitle() const { return m_dimensionTitle; }
    // The message shown next to a field (empty when it is fine).
    QString message(Field field) const;

signals:
    // A person changed a field: a string, HalfPoints (Max) or bool (Veto, Deduct).
    void edited(lianping::ui::RubricForm::Field field, const QVariant& value);

private:
    QLabel* errorLabel(Field field);
    void showProblems(const std::vector<RubricProblem>& problems);
    static void setPlain(QPlainTextEdit* edit, const QString& text);
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_dimensionCode = nullptr;
    QLineEdit* m_dimensionTitle = nullptr;
    QLineEdit* m_code = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDoubleSpinBox* m_max = nullptr;
    QCheckBox* m_veto = nullptr;
    QCheckBox* m_deduct = nullptr;
    QPlainTextEdit* m_guidance = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    std::vector<std::pair<Field, QLabel*>> m_errors;
    bool m_showing = false; // filling the fields: their change signals are not edits
    bool m_readOnly = false;
};

} // namespace lianping::ui
