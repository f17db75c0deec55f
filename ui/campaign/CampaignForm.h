#pragma once
// A campaign's scoring settings as a form: the organisational weight w (as a percent) with the
// formula T = w·S_org + (1 − w)·S_mass, the basic-satisfaction weight, the two thresholds and
// the optional excellence quota, each with its message beside it. Read-only with a reason
// once the campaign has scores.

#include "core/model/Campaign.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace lianping::ui {

class CampaignForm : public QWidget {
    Q_OBJECT
public:
    explicit CampaignForm(QWidget* parent = nullptr);

    void setSettings(const CampaignSettings& settings);
    CampaignSettings settings() const;
    // Shows the messages beside the fields; true when every field is acceptable.
    bool validate();
    // Fixed settings: every field read-only and the reason shown above them (empty: editable).
    void setLocked(const QString& reason);
    bool isLocked() const { return m_locked; }

    QDoubleSpinBox* orgWeight() const { return m_orgWeight; }
    QDoubleSpinBox* basicWeight() const { return m_basicWeight; }
    QDoubleSpinBox* excellent() const { return m_excellent; }
    QDoubleSpinBox* qualified() const { return m_qualified; }
    QCheckBox* quotaEnabled() const { return m_quotaOn; }
    QDoubleSpinBox* quota() const { return m_quota; }
    QLabel* formula() const { return m_formula; }
    QLabel* reason() const { return m_reason; }
    QLabel* thresholdMessage() const { return m_thresholdMessage; }

signals:
    void edited();

private:
    void updateFormula();

    QDoubleSpinBox* m_orgWeight = nullptr;
    QDoubleSpinBox* m_basicWeight = nullptr;
    QDoubleSpinBox* m_excellent = nullptr;
    QDoubleSpinBox* m_qualified = nullptr;
    QCheckBox* m_quotaOn = nullptr;
    QDoubleSpinBox* m_quota = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_weightMessage = nullptr;
    QLabel* m_thresholdMessage = nullptr;
    QLabel* m_quotaMessage = nullptr;
    bool m_locked = false;
};

} // namespace lianping::ui
