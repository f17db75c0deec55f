#include "OwnershipPolicy.h"

#include "core/common/CoreText.h"
#include "core/common/Labels.h"
#include "core/model/State.h"
#include "core/model/Step.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace lianping {

// The county a record's unit belongs to, from this database or the package's unit records.
class OwnershipPolicy::Counties {
public:
    explicit Counties(Database& db)
        : m_db(db) {}
    // Units come first in a package: the later records of each find its county.
    void note(const Record& record) {
        if (record.kind == RecordKind::Unit)
            m_package.insert_or_assign(record.data.value(QStringLiteral("code")).toString(),
                                       record.data.value(QStringLiteral("county")).toString());
        if (record.kind == RecordKind::Task)
            m_packageTasks.insert_or_assign(record.key.section(QLatin1Char('/'), 1),
                                            record.data.value(QStringLiteral("county")).toString());
    }
    // The county of a task (empty: a city-level task) as this database has it, else as the
    // package does; nullopt when neither knows the task.
    std::optional<QString> ofTask(const QString& uid) {
        Statement& query = m_db.cached("SELECT county FROM tasks WHERE uid = ?");
        if (query.bind(1, uid).step()) {
            const QString county = query.text(0);
            query.reset();
            return county;
        }
        query.reset();
        const auto found = m_packageTasks.find(uid);
        if (found == m_packageTasks.end())
            return std::nullopt;
        return found->second;
    }
    QString of(const QString& unitCode) {
        const auto cached = m_known.find(unitCode);
        if (cached != m_known.end())
            return cached->second;
        const QString county = lookUp(unitCode);
        m_known.emplace(unitCode, county);
        return county;
    }

private:
    QString lookUp(const QString& unitCode) {
        Statement& query = m_db.cached(
            "SELECT c.name FROM units u JOIN counties c ON c.id = u.county_id WHERE u.code = ?");
        if (query.bind(1, unitCode).step()) {
            const QString county = query.text(0);
            query.reset();
            return county;
        }
        query.reset();
        const auto found = m_package.find(unitCode);
        return found == m_package.end() ? QString() : found->second;
    }

    Database& m_db;
    std::map<QString, QString> m_package;
    std::map<QString, QString> m_packageTasks;
    std::map<QString, QString> m_known;
};

namespace {

// Whether the sending office owns this record (or, for a self-check, records it on the
// unit's behalf); the reason when it does not.
QString refusalOf(const Office& sender, const Record& record, OwnershipPolicy::Counties& counties) {
    const QString unit = record.unitCode();
    const bool city = sender.role == Role::City;
    const bool ownCounty = sender.role == Role::County && counties.of(unit) == sender.county;
    const bool ownUnit = sender.role == Role::Unit && sender.unit == unit;
    bool allowed = false;
    switch (record.kind) {
    case RecordKind::Unit:
    case RecordKind::Rectification:
        allowed = city || ownCounty;
        break;
    case RecordKind::Naming:
    case RecordKind::Revocation:
    case RecordKind::Sample:
        allowed = city;
        break;
    case RecordKind::Enrollment: {
        const std::optional<State> state =
            parseState(record.data.value(QStringLiteral("state")).toString());
        if (!state)
            return CoreText::tr("unknown state");
        const bool unitStep = *state == State::Draft || *state == State::Submitted;
        const bool countyStep = unitStep || *state == State::CountyAccepted ||
                                (*state == State::Returned &&
                                 record.data.value(QStringLiteral("returned_from")).toString() !=
                                     stateName(State::CityRechecked));
        allowed = city || (ownCounty && countyStep) || (ownUnit && unitStep);
        break;
    }
    case RecordKind::Evidence:
    case RecordKind::Finding:
    case RecordKind::Sheet: {
        const std::optional<Step> step =
            parseStep(record.data.value(QStringLiteral("step")).toString());
        allowed = step && ((*step == Step::Self && (ownUnit || ownCounty)) ||
                           (*step == Step::County && ownCounty) || (*step == Step::City && city));
        break;
    }
    case RecordKind::Task: {
        // The city's tasks are the city's; a county sends the tasks of its own county (as it
        // has them here too, if this database knows the task).
        const QString county = record.data.value(QStringLiteral("county")).toString();
        const std::optional<QString> here =
            counties.ofTask(record.key.section(QLatin1Char('/'), 1));
        allowed = city || (sender.role == Role::County && !county.isEmpty() &&
                           county == sender.county && (!here || *here == county));
        break;
    }
    case RecordKind::IndexModel:
        allowed = city;
        break;
    case RecordKind::SurveyRound: {
        // A county sends only rounds of its own county's answers; the city any.
        bool own = sender.role == Role::County;
        for (const char* rows : {"scores", "answers"})
            for (const QJsonValue& row : record.data.value(QLatin1String(rows)).toArray())
                own = own && row.toArray().at(0).toString() == sender.county;
        allowed = city || own;
        break;
    }
    case RecordKind::IndexInput:
        allowed = city || (sender.role == Role::County &&
                           record.data.value(QStringLiteral("county")).toString() == sender.county);
        break;
    case RecordKind::ReviewStep:
        allowed = city || ownCounty;
        break;
    case RecordKind::TaskProgress: {
        // Progress on a county-level task or part comes from its county; the rest from the city.
        const std::optional<QString> county =
            counties.ofTask(record.data.value(QStringLiteral("task")).toString());
        allowed = city || (sender.role == Role::County && county && !county->isEmpty() &&
                           *county == sender.county);
        break;
    }
    }
    if (allowed)
        return {};
    return CoreText::tr("%1: %2 may not send it")
        .arg(Labels::recordKey(record.key), sender.describe());
}

} // namespace

OwnershipPolicy::OwnershipPolicy(Database& db)
    : m_counties(std::make_unique<Counties>(db)) {}
OwnershipPolicy::~OwnershipPolicy() = default;

void OwnershipPolicy::note(const Record& record) {
    m_counties->note(record);
}

QString OwnershipPolicy::refusal(const Office& sender, const Record& record) {
    return refusalOf(sender, record, *m_counties);
}

} // namespace lianping
