#pragma once
// 设置…: one campaign's scoring settings (editable only until its first score; then read-only
// with the reason), the county review's sub-steps and the survey minimum sample.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace lianping::ui {

class CampaignForm;
class ReviewStepsEditor;
class Session;

class CampaignSettingsDialog : public QDialog {
    Q_OBJECT
public:
    CampaignSettingsDialog(Session& session, int year, QWidget* parent = nullptr);

    CampaignForm* form() const { return m_form; }
    ReviewStepsEditor* steps() const { return m_steps; }
    QSpinBox* minimumSample() const { return m_minimum; }
    QLabel* errorLabel() const { return m_error; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // Stores what changed, in one transaction; false (and the message shown) when refused.
    bool save();

private:
    Session& m_session;
    int m_year;
    CampaignForm* m_form = nullptr;
    ReviewStepsEditor* m_steps = nullptr;
    QSpinBox* m_minimum = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lianping::ui
