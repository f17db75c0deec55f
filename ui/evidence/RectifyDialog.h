#pragma once
// Turns a finding into a rectification item (整改): by when, and who is responsible.

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace lianping::ui {

class RectifyDialog : public QDialog {
    Q_OBJECT
public:
    explicit RectifyDialog(const QString& finding, QWidget* parent = nullptr);

    QString deadline() const; // YYYY-MM-DD
    QString responsible() const;
    QDateEdit* deadlineEdit() const { return m_deadline; }
    QLineEdit* responsibleEdit() const { return m_responsible; }

    void accept() override;

private:
    QDateEdit* m_deadline = nullptr;
    QLineEdit* m_responsible = nullptr;
};

} // namespace lianping::ui
