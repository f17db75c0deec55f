#pragma once
// The registry as a table over SQLite without loading it: the model holds the ordered ids of
// the matching units (8 bytes each) and fetches rows a page at a time as the view asks.

#include "core/registry/Unit.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <unordered_set>
#include <vector>

namespace lianping {
class Database;
}

namespace lianping::ui {

class UnitTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Type, County, Lead, Demo, State, PreviousGrade, Active, ColumnCount };
    static constexpr int pageSize = 100;
    static constexpr std::size_t cachedPages = 64;

    explicit UnitTableModel(QObject* parent = nullptr);

    void setDatabase(Database* db, int year);
    void setFilter(const UnitFilter& filter);
    // Keeps only these units (e.g. those of one grade); nullptr keeps all that match the filter.
    void setAllowed(std::shared_ptr<const std::unordered_set<std::int64_t>> allowed);
    const UnitFilter& filter() const { return m_filter; }
    // Last year's grade per unit code (上年等次), computed elsewhere; nullptr: not known (yet).
    void setPreviousGrades(std::shared_ptr<const std::map<QString, QString>> grades);
    // Reloads the ids (after edits) and forgets cached rows.
    void refresh();
    std::int64_t unitId(int row) const;
    QString unitCode(int row) const;
    int rowOfCode(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const QString& state); // translated label of a state name

private:
    const UnitRow* rowAt(int row) const;

    Database* m_db = nullptr;
    int m_year = 0;
    UnitFilter m_filter;
    std::vector<std::int64_t> m_ids;
    std::shared_ptr<const std::unordered_set<std::int64_t>> m_allowed;
    std::shared_ptr<const std::map<QString, QString>> m_previousGrades;
    mutable std::map<int, std::vector<UnitRow>> m_pages;
    mutable std::vector<int> m_pageOrder; // least recently fetched first
};

} // namespace lianping::ui
