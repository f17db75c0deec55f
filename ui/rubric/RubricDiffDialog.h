#pragma once
// Two versions of a type's rubric side by side as a table of what changed: indicators
// added, removed and changed field by field, dimensions, and the totals. Each row says its
// change in words and in colour.

#include "core/rubric/RubricDiff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lianping::ui {

class Session;

class RubricDiffDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Change, Code, Field, Before, After, ColumnCount };
    // Versions of `typeCode` to choose from; `from` and `to` are rubric ids.
    RubricDiffDialog(Session& session, const QString& typeCode, qint64 from, qint64 to,
                     QWidget* parent = nullptr);

    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    void compare();
    void addRow(const QString& change, const QColor& colour, const QString& code,
                const QString& field, const QString& before, const QString& after);
    Session& m_session;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace lianping::ui
