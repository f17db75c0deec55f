#pragma once
// Adds a task, or a part of one (内分, 外分, 下分): title, kind, action, lead and co-organising
// departments, level, quantified target and due date (or ongoing). Lists offer what the ledger
// and registry already hold; anything may be typed.

#include "core/tasks/Task.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace lianping::ui {

struct TaskChoices {
    QStringList actions;
    QStringList departments;
    QStringList counties;
};

class TaskDialog : public QDialog {
    Q_OBJECT
public:
    // `parent` set: a part of that task, its split asked for.
    TaskDialog(int year, const TaskChoices& choices, const std::optional<Task>& parentTask,
               QWidget* parent = nullptr);
    TaskInput input() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* leadBox() const { return m_lead; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* splitBox() const { return m_split; }
    QDateEdit* dueEdit() const { return m_due; }
    QCheckBox* ongoingBox() const { return m_ongoing; }

private:
    int m_year;
    std::optional<std::int64_t> m_parent;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_lead = nullptr;
    QLineEdit* m_co = nullptr;
    QComboBox* m_county = nullptr;
    QComboBox* m_split = nullptr;
    QPlainTextEdit* m_target = nullptr;
    QDateEdit* m_due = nullptr;
    QCheckBox* m_ongoing = nullptr;
};

class ProgressDialog : public QDialog {
    Q_OBJECT
public:
    ProgressDialog(const Task& task, double percent, QWidget* parent = nullptr);
    double percent() const;
    QDate date() const;
    QString note() const;

private:
    QDoubleSpinBox* m_percent = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace lianping::ui
