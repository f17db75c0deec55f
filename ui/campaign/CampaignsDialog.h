#pragma once
// 文件 › 考评年度…: every campaign of the file (year, units enrolled, sheets scored, settings)
// with 新建年度…, 设置… and 加入单位…. The forms open window-modal and the list follows
// what they change; after each, a message says what was done.

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lianping::ui {

class CampaignSettingsDialog;
class EnrollDialog;
class NewCampaignDialog;
class Session;

class CampaignsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Year, Enrolled, Scored, Settings, ColumnCount };

    explicit CampaignsDialog(Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* settingsButton() const { return m_settings; }
    QPushButton* enrollButton() const { return m_enroll; }
    QLabel* messageLabel() const { return m_message; }
    // The form open now, if any (tests fill it as a person would).
    NewCampaignDialog* newDialog() const;
    CampaignSettingsDialog* settingsDialog() const;
    EnrollDialog* enrollDialog() const;
    int selectedYear() const;
    void selectYear(int year);

public slots:
    void reload();
    void newCampaign();
    void editSettings();
    void enrollUnits();

private:
    void updateButtons();

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_enroll = nullptr;
    QLabel* m_message = nullptr;
    QPointer<NewCampaignDialog> m_newDialog;
    QPointer<CampaignSettingsDialog> m_settingsDialog;
    QPointer<EnrollDialog> m_enrollDialog;
};

} // namespace lianping::ui
