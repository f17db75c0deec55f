#pragma once
// First run: a new database, an existing one, or a demo to try the application with.

#include <QDialog>

namespace lianping::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { None, NewDatabase, OpenDatabase, Demo };
    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = None;
};

} // namespace lianping::ui
