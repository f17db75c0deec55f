#pragma once
// Adds or edits one unit; a problem is shown next to the field it concerns and nothing is
// saved until every field is right.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace lianping {
class Database;
}

namespace lianping::ui {

class Session;

class UnitDialog : public QDialog {
    Q_OBJECT
public:
    // An empty code adds a new unit; otherwise edits that unit.
    UnitDialog(Session& session, const QString& code, QWidget* parent = nullptr);
    QString savedCode() const { return m_savedCode; }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* countyBox() const { return m_county; }
    QLabel* errorLabel(const QString& field) const;

public slots:
    void accept() override;

private:
    QLabel* addError(const QString& field);
    void clearErrors();
    void showError(const QString& field, const QString& message);

    Session& m_session;
    Database& m_db;
    QString m_originalCode;
    QString m_savedCode;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_county = nullptr;
    QLineEdit* m_lead = nullptr;
    QLineEdit* m_contact = nullptr;
    QCheckBox* m_demo = nullptr;
    QMap<QString, QLabel*> m_errors;
};

} // namespace lianping::ui
