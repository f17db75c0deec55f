#pragma once
// 新建年度…: the year, its scoring settings and whether it starts from last year (the same
// units, open rectification items and follow-ups carried over). Creating a year cannot be
// undone, so it asks first; afterwards it says what was enrolled and carried over.

#include "core/services/CampaignSetup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lianping::ui {

class CampaignForm;
class Session;

class NewCampaignDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewCampaignDialog(Session& session, QWidget* parent = nullptr);

    QSpinBox* yearBox() const { return m_year; }
    QCheckBox* fromLastYear() const { return m_fromLast; }
    QComboBox* fromYear() const { return m_from; }
    CampaignForm* form() const { return m_form; }
    QLabel* yearMessage() const { return m_yearMessage; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* createButton() const { return m_create; }

    // Asks, then creates the year; false (with the message shown) when refused or declined.
    bool create();
    int createdYear() const { return m_created; }
    // What the new year took over from the one it started from (zeros for a blank year).
    CarryOver carried() const { return m_carried; }
    // In words, for the message after creation.
    QString summary() const;

private:
    bool validate();
    void fromChanged();

    Session& m_session;
    QList<int> m_years;
    QSpinBox* m_year = nullptr;
    QLabel* m_yearMessage = nullptr;
    QCheckBox* m_fromLast = nullptr;
    QComboBox* m_from = nullptr;
    QLabel* m_fromNote = nullptr;
    CampaignForm* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_create = nullptr;
    int m_created = 0;
    int m_createdFrom = 0;
    CarryOver m_carried;
};

} // namespace lianping::ui
