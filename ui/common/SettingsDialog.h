#pragma once
// The user's settings: the operator name recorded on every change and the language.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace lianping::ui {

class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    Settings& m_settings;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace lianping::ui
