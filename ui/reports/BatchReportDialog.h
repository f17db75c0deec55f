#pragma once
// Chooses which rating reports to write in one go: a county and/or a type, one PDF or one file
// per unit, and where to.

#include "ui/reports/Documents.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace lianping::ui {

class BatchReportDialog : public QDialog {
    Q_OBJECT
public:
    BatchReportDialog(Session& session, QWidget* parent = nullptr);

    BatchScope scope() const;
    QString target() const;
    QComboBox* countyBox() const { return m_county; }
    QComboBox* typeBox() const { return m_type; }
    QLineEdit* targetEdit() const { return m_target; }
    QRadioButton* eachButton() const { return m_each; }

private:
    void browse();
    void suggestTarget();

    QComboBox* m_county = nullptr;
    QComboBox* m_type = nullptr;
    QRadioButton* m_combined = nullptr;
    QRadioButton* m_each = nullptr;
    QLineEdit* m_target = nullptr;
    int m_year = 0;
};

} // namespace lianping::ui
