#pragma once
// The unit registry: filters, search as you type, the table, and add / edit / retire.

#include "common/LazyReload.h"

#include <QWidget>

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
    QString currentCode() const;

signals:
    // The user wants to score this unit (double click or Enter).
    void openUnit(const QString& code);

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
    QCheckBox* m_demo = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace lianping::ui
