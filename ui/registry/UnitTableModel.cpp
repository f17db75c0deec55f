#include "UnitTableModel.h"

#include "core/common/Labels.h"

#include "core/registry/UnitRepository.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace lianping::ui {

UnitTableModel::UnitTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UnitTableModel::setDatabase(Database* db, int year) {
    m_db = db;
    m_year = year;
    refresh();
}

void UnitTableModel::setFilter(const UnitFilter& filter) {
    m_filter = filter;
    refresh();
}

void UnitTableModel::setAllowed(std::shared_ptr<const std::unordered_set<std::int64_t>> allowed) {
    m_allowed = std::move(allowed);
}

void UnitTableModel::setPreviousGrades(std::shared_ptr<const std::map<QString, QString>> grades) {
    m_previousGrades = std::move(grades);
    if (!m_ids.empty())
        emit dataChanged(index(0, PreviousGrade), index(rowCount() - 1, PreviousGrade));
}

void UnitTableModel::refresh() {
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    UnitFilter filter = m_filter;
    filter.year = m_year;
    m_ids = m_db ? UnitRepository(*m_db).ids(filter) : std::vector<std::int64_t>{};
    if (m_allowed)
        std::erase_if(m_ids, [this](std::int64_t id) { return !m_allowed->contains(id); });
    endResetModel();
}

std::int64_t UnitTableModel::unitId(int row) const {
    return row >= 0 && row < static_cast<int>(m_ids.size()) ? m_ids[static_cast<std::size_t>(row)]
                                                            : 0;
}

QString UnitTableModel::unitCode(int row) const {
    const UnitRow* unit = rowAt(row);
    return unit ? unit->unit.code : QString();
}

int UnitTableModel::rowOfCode(const QString& code) const {
    if (!m_db)
        return -1;
    const std::optional<Unit> unit = UnitRepository(*m_db).find(code);
    if (!unit)
        return -1;
    const auto found = std::find(m_ids.begin(), m_ids.end(), unit->id);
    return found == m_ids.end() ? -1 : static_cast<int>(found - m_ids.begin());
}

int UnitTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int UnitTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const UnitRow* UnitTableModel::rowAt(int row) const {
    if (!m_db || row < 0 || row >= static_cast<int>(m_ids.size()))
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const auto first = m_ids.begin() + page * pageSize;
        const auto last =
            m_ids.begin() +
            std::min<std::size_t>(m_ids.size(), static_cast<std::size_t>((page + 1) * pageSize));
        found =
            m_pages
                .emplace(page,
                         UnitRepository(*m_db).rows(std::vector<std::int64_t>(first, last), m_year))
                .first;
        m_pageOrder.push_back(page);
        if (m_pageOrder.size() > cachedPages) {
            m_pages.erase(m_pageOrder.front());
            m_pageOrder.erase(m_pageOrder.begin());
        }
    }
    const std::size_t offset = static_cast<std::size_t>(row % pageSize);
    return offset < found->second.size() ? &found->second[offset] : nullptr;
}

QString UnitTableModel::stateText(const QString& state) {
    return Labels::state(state);
}

QVariant UnitTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const UnitRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Unit& unit = row->unit;
    switch (index.column()) {
    case Code:
        return unit.code;
    case Name:
        return unit.name;
    case Type:
        return role == Qt::UserRole ? unit.typeCode : unit.typeName;
    case County:
        return unit.county;
    case Lead:
        return unit.lead;
    case Demo:
        return unit.demo ? tr("yes") : QString();
    case State:
        return role == Qt::UserRole ? row->state : stateText(row->state);
    case PreviousGrade: {
        if (!m_previousGrades)
            return {};
        const auto found = m_previousGrades->find(unit.code);
        if (found == m_previousGrades->end())
            return {};
        return role == Qt::UserRole ? found->second : Labels::grade(found->second);
    }
    case Active:
        return unit.active ? QString() : tr("retired");
    }
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case County:
        return tr("County");
    case Lead:
        return tr("Lead department");
    case Demo:
        return tr("Demo point");
    case State:
        return tr("State");
    case PreviousGrade:
        return tr("Last year's grade");
    case Active:
        return tr("Retired");
    }
    return {};
}

} // namespace lianping::ui
