#pragma once
// 加入单位…: enrols the registry's active units of a type and/or county (or all of them), or
// exactly the units whose codes are given, in one campaign; units already enrolled are left
// as they are.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lianping::ui {

class Session;

class EnrollDialog : public QDialog {
    Q_OBJECT
public:
    EnrollDialog(Session& session, int year, QWidget* parent = nullptr);

    QComboBox* typeBox() const { return m_type; }
    QComboBox* countyBox() const { return m_county; }
    QLineEdit* codesEdit() const { return m_codes; }
    QPushButton* enrollButton() const { return m_enrollButton; }
    QLabel* errorLabel() const { return m_error; }

    // Enrols; false (with the message shown) when refused.
    bool enroll();
    int enrolled() const { return m_enrolled; }
    // In words, for the message after enrolling.
    QString summary() const;

private:
    Session& m_session;
    int m_year;
    QComboBox* m_type = nullptr;
    QComboBox* m_county = nullptr;
    QLineEdit* m_codes = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_enrollButton = nullptr;
    int m_enrolled = -1;
};

} // namespace lianping::ui
