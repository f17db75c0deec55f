#include "RegistryView.h"
#include "ui/common/Ask.h"

#include "UnitDialog.h"
#include "UnitTableModel.h"
#include "core/common/Labels.h"
#include "core/model/Grade.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"
#include "core/workspace/Workspace.h"
#include "ui/campaign/PreviousGrades.h"
#include "ui/common/Session.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lianping::ui {

RegistryView::RegistryView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UnitTableModel(this)) {
    PreviousGrades::of(session); // before our own handlers: it forgets first on a write
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search names (any part, e.g. 医院)"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox;
    m_county = new QComboBox;
    m_state = new QComboBox;
    m_grade = new QComboBox;
    m_demo = new QCheckBox(tr("Demo points only"));
    m_count = new QLabel;
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_county, 1);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_grade, 1);
    filters->addWidget(m_demo);
    filters->addWidget(m_count);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->hide();
    // Fixed widths (measuring 200,000 rows would be slow); the name takes the rest.
    const std::pair<int, int> widths[] = {
        {UnitTableModel::Code, 100},         {UnitTableModel::Type, 90},
        {UnitTableModel::County, 80},        {UnitTableModel::Lead, 120},
        {UnitTableModel::Demo, 60},          {UnitTableModel::State, 100},
        {UnitTableModel::PreviousGrade, 80}, {UnitTableModel::Active, 60}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->horizontalHeader()->setSectionResizeMode(UnitTableModel::Name, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* add = new QPushButton(tr("&Add unit…"));
    auto* edit = new QPushButton(tr("&Edit…"));
    auto* retire = new QPushButton(tr("&Retire…"));
    auto* score = new QPushButton(tr("&Score this unit"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(retire);
    buttons->addStretch();
    buttons->addWidget(score);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Search waits for a short pause in typing so each keystroke does not start a query.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &RegistryView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_type, m_county, m_state, m_grade})
        connect(box, &QComboBox::currentIndexChanged, this, &RegistryView::applyFilter);
    connect(m_demo, &QCheckBox::toggled, this, &RegistryView::applyFilter);
    connect(add, &QPushButton::clicked, this, &RegistryView::addUnit);
    connect(edit, &QPushButton::clicked, this, &RegistryView::editUnit);
    connect(retire, &QPushButton::clicked, this, &RegistryView::retireUnit);
    connect(score, &QPushButton::clicked, this, [this] {
        if (!currentCode().isEmpty())
            emit openUnit(currentCode());
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openUnit(m_model->unitCode(index.row())); });
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::yearChanged, this, [this] { m_lazy->request(); });
    // Units, their enrolment, state and grade: what a write to any of them changes.
    const auto reload = [this] {
        m_grades = {};
        m_lazy->request();
    };
    connect(&m_session, &Session::unitChanged, this, reload);
    connect(&m_session, &Session::unitsChanged, this, reload);
    connect(&m_session, &Session::enrollmentsChanged, this, reload);
    connect(&m_session, &Session::stateChanged, this, reload);
    connect(&m_session, &Session::namingChanged, this, reload);
    connect(&m_session, &Session::sheetsChanged, this, reload);
    connect(&m_session, &Session::campaignChanged, this, reload);
    connect(&m_session, &Session::recordsMerged, this, reload);
    connect(&m_session, &Session::sheetChanged, this, [this] { m_grades = {}; });
    // Last year's grades beside this year's, computed once per year in the background.
    connect(&PreviousGrades::of(m_session), &PreviousGrades::ready, this, [this](int year) {
        if (year == m_session.year() - 1)
            m_model->setPreviousGrades(PreviousGrades::of(m_session).grades(year));
    });
    connect(&m_gradeWatcher, &QFutureWatcher<GradeSets>::finished, this, [this] {
        m_grades = m_gradeWatcher.result();
        applyFilter(); // with the grade chosen now, which the sets answer for any grade
    });
}

QString RegistryView::currentCode() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->unitCode(index.row()) : QString();
}

void RegistryView::fillFilters() {
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockCounty(m_county);
    const QSignalBlocker blockState(m_state);
    const QSignalBlocker blockGrade(m_grade);
    m_grade->clear();
    m_grade->addItem(tr("Any grade"), -1);
    for (const Grade grade : {Grade::Excellent, Grade::Qualified, Grade::Unqualified})
        m_grade->addItem(Labels::grade(gradeName(grade)), static_cast<int>(grade));
    m_grade->addItem(tr("Not assessed"), 3);
    m_grades = {};
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    m_county->clear();
    m_county->addItem(tr("All counties"), QString());
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    if (!m_session.isOpen())
        return;
    for (const UnitType& type : TypeRepository(m_session.db()).list())
        m_type->addItem(type.name, type.code);
    for (const QString& county : LookupTables::counties(m_session.db()))
        m_county->addItem(county, county);
    for (const char* state : {"unenrolled", "draft", "submitted", "returned", "county-accepted",
                              "city-rechecked", "named", "revoked"}) {
        const QString name = QString::fromLatin1(state);
        m_state->addItem(name == QLatin1String("unenrolled") ? tr("not enrolled")
                                                             : UnitTableModel::stateText(name),
                         name);
    }
}

void RegistryView::reload() {
    fillFilters();
    m_model->setDatabase(m_session.isOpen() ? &m_session.db() : nullptr, m_session.year());
    m_model->setPreviousGrades(
        m_session.isOpen() ? PreviousGrades::of(m_session).grades(m_session.year() - 1) : nullptr);
    applyFilter();
}

void RegistryView::applyFilter() {
    m_typing->stop();
    UnitFilter filter;
    filter.search = m_search->text();
    filter.typeCode = m_type->currentData().toString();
    filter.county = m_county->currentData().toString();
    filter.state = m_state->currentData().toString();
    if (m_demo->isChecked())
        filter.demo = true;
    const int grade = m_grade->currentData().toInt();
    if (grade >= 0 && m_session.isOpen() && !m_grades[static_cast<std::size_t>(grade)]) {
        // Grades are results, not registry fields: the campaign's are computed once, in the
        // background (a second or so at 200,000 units), and kept until something changes.
        computeGrades();
        return;
    }
    m_model->setAllowed(grade >= 0 ? m_grades[static_cast<std::size_t>(grade)] : nullptr);
    m_model->setFilter(filter);
    emit filterChanged(filter.county, filter.typeCode);
    m_count->setText(tr("%n unit(s)", nullptr, m_model->rowCount()));
}

void RegistryView::computeGrades() {
    m_count->setText(tr("Computing the grades…"));
    if (m_gradeWatcher.isRunning())
        return;
    const QString path = m_session.path();
    const int year = m_session.year();
    m_gradeWatcher.setFuture(QtConcurrent::run([path, year]() -> GradeSets {
        std::array<std::unordered_set<std::int64_t>, 4> sets;
        if (Result<std::unique_ptr<Database>> db =
                Workspace::open(path, QString(), Database::Mode::ReadOnly)) {
            ResultQuery query;
            query.year = year;
            if (const Result<std::vector<UnitResult>> rows = ResultService(**db).compute(query))
                for (const UnitResult& row : *rows)
                    sets[row.finalStep ? static_cast<std::size_t>(row.outcome.grade) : 3].insert(
                        row.unitId);
        }
        GradeSets grades;
        for (std::size_t i = 0; i < sets.size(); ++i)
            grades[i] =
                std::make_shared<const std::unordered_set<std::int64_t>>(std::move(sets[i]));
        return grades;
    }));
}

void RegistryView::addUnit() {
    if (!m_session.isOpen())
        return;
    UnitDialog dialog(m_session, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->rowOfCode(dialog.savedCode());
    if (row >= 0)
        m_table->selectRow(row);
}

void RegistryView::editUnit() {
    const QString code = currentCode();
    if (code.isEmpty() || !m_session.isOpen())
        return;
    UnitDialog dialog(m_session, code, this);
    dialog.exec();
}

void RegistryView::retireUnit() {
    const QString code = currentCode();
    if (code.isEmpty() || !m_session.isOpen())
        return;
    const std::optional<QString> reason =
        Ask::text(this, tr("Retire unit %1").arg(code),
                  tr("Why is this unit retired? (It stays in the registry and its history.)"));
    if (!reason)
        return;
    if (const Result<void> retired = m_session.retireUnit(code, *reason); !retired)
        Ask::warn(this, tr("Cannot retire"), retired.error().message);
}

} // namespace lianping::ui
