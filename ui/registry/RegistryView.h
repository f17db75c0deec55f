#pragma once
// The unit registry: filters, search as you type, the table, and add / edit / retire.

#include "ui/common/LazyReload.h"

#include <QFutureWatcher>
#include <QWidget>

#include <array>
#include <memory>
#include <unordered_set>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace lianping::ui {

class Session;
class UnitTableModel;

class RegistryView : public QWidget {
    Q_OBJECT
public:
    explicit RegistryView(Session& session, QWidget* parent = nullptr);

    UnitTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* countyFilter() const { return m_county; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* gradeFilter() const { return m_grade; }
    QLabel* countLabel() const { return m_count; }
    // Grades are being computed in the background (the grade filter waits for them).
    bool computingGrades() const { return m_gradeWatcher.isRunning(); }
    QString currentCode() const;

signals:
    // The user wants to score this unit (double click or Enter).
    void openUnit(const QString& code);
    // The county and type filters changed (the dashboard follows them).
    void filterChanged(const QString& county, const QString& typeCode);

public slots:
    void reload();      // database or year changed
    void applyFilter(); // now, without waiting for the typing pause
    void addUnit();
    void editUnit();
    void retireUnit();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    void fillFilters();

    Session& m_session;
    UnitTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_county = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_grade = nullptr;
    // Unit ids per final grade in the campaign (index 3: not assessed), computed on demand
    // and forgotten when anything changes.
    using GradeSets = std::array<std::shared_ptr<const std::unordered_set<std::int64_t>>, 4>;
    GradeSets m_grades;
    QFutureWatcher<GradeSets> m_gradeWatcher;
    void computeGrades();
    QCheckBox* m_demo = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace lianping::ui
