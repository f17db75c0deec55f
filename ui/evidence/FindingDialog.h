#pragma once
// A new finding (发现问题): what was found, the points it deducts (steps of 0.5, up to the
// indicator's maximum) and, optionally, the evidence file that shows it.

#include "core/common/Points.h"
#include "core/evidence/Evidence.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace lianping::ui {

class FindingDialog : public QDialog {
    Q_OBJECT
public:
    FindingDialog(const QString& where, HalfPoints max, const std::vector<EvidenceFile>& files,
                  QWidget* parent = nullptr);

    QString text() const;
    HalfPoints deduct() const;
    std::optional<std::int64_t> evidenceId() const;

    QLineEdit* textEdit() const { return m_text; }
    QDoubleSpinBox* deductBox() const { return m_deduct; }
    QComboBox* evidenceBox() const { return m_evidence; }

    void accept() override;

private:
    QLineEdit* m_text = nullptr;
    QDoubleSpinBox* m_deduct = nullptr;
    QComboBox* m_evidence = nullptr;
};

} // namespace lianping::ui
