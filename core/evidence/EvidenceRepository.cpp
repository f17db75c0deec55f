#include "EvidenceRepository.h"

#include "core/campaign/Enrollments.h"
#include "core/campaign/ReviewSteps.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/history/History.h"
#include "core/office/Office.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>

namespace lianping {

namespace {

constexpr const char* evidenceColumns =
    "SELECT v.id, v.uid, c.year, u.code, v.step, v.indicator, v.name, v.size, v.sha256, "
    "v.added_by, v.added_at, v.note, v.removed_at, coalesce(v.removed_reason, ''), v.owner "
    "FROM evidence v JOIN enrollments e ON e.id = v.enrollment_id "
    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id ";

EvidenceFile read(const Statement& q) {
    EvidenceFile file;
    file.id = q.int64(0);
    file.uid = q.text(1);
    file.year = q.integer(2);
    file.unitCode = q.text(3);
    file.step = static_cast<Step>(q.integer(4));
    file.indicator = q.text(5);
    file.name = q.text(6);
    file.size = q.int64(7);
    file.sha256 = q.text(8);
    file.addedBy = q.text(9);
    file.addedAt = q.int64(10);
    file.note = q.text(11);
    if (!q.isNull(12))
        file.removedAt = q.int64(12);
    file.removedReason = q.text(13);
    file.ownerId = q.int64(14);
    return file;
}

QString field(Step step, const QString& indicator) {
    return stepName(step) + QLatin1Char(':') +
           (indicator.isEmpty() ? QStringLiteral("-") : indicator);
}

} // namespace

EvidenceRepository::EvidenceRepository(Database& db)
    : m_db(db)
    , m_store(EvidenceStore::folderFor(db.path())) {}

Result<QString> EvidenceRepository::indicatorCode(Database& db, const Enrollment& enrollment,
                                                  const QString& indicator) {
    const QString code = indicator.trimmed();
    if (code.isEmpty() || code == QStringLiteral("-"))
        return QString(QLatin1String(""));
    // A county review sub-step (考前公示 …): "review:NAME", as the campaign names it.
    if (code.startsWith(ReviewStepPrefix)) {
        const QString name = code.mid(ReviewStepPrefix.size());
        if (!ReviewSteps(db).names(enrollment.year).contains(name))
            return fail(CoreText::tr("campaign %1 has no county review sub-step '%2'")
                            .arg(enrollment.year)
                            .arg(name));
        return code;
    }
    Statement& query = db.cached("SELECT 1 FROM indicators WHERE rubric_id = ? AND code = ?");
    const bool found = query.bind(1, enrollment.rubricId).bind(2, code).step();
    query.reset();
    if (!found)
        return fail(CoreText::tr("unit %1: unknown indicator '%2' in its rubric (use - for the "
                                 "whole sheet)")
                        .arg(enrollment.unitCode, code));
    return code;
}

Result<void> EvidenceRepository::mayChange(const Enrollment& enrollment, Step step) const {
    if (enrollment.state == State::Named || enrollment.state == State::Revoked)
        return fail(CoreText::tr("unit %1 is %2 in campaign %3: its evidence is final")
                        .arg(enrollment.unitCode, stateName(enrollment.state))
                        .arg(enrollment.year));
    return Offices::current(m_db).mayScore(step, enrollment);
}

Result<std::vector<std::int64_t>> EvidenceRepository::add(int year, const QString& unitCode,
                                                          const QString& indicator,
                                                          const QStringList& files, Step step,
                                                          const QString& note) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    return add(*enrollment, indicator, files, step, note);
}

Result<std::vector<std::int64_t>> EvidenceRepository::add(const Enrollment& enrollment,
                                                          const QString& indicator,
                                                          const QStringList& files, Step step,
                                                          const QString& note) {
    if (files.isEmpty())
        return fail(CoreText::tr("name at least one file to attach"));
    LP_TRY(Limits::text(CoreText::tr("note"), note, Limits::NoteLength, true));
    LP_TRY(mayChange(enrollment, step));
    Result<QString> code = indicatorCode(m_db, enrollment, indicator);
    if (!code)
        return code.error();
    // Every file is checked before any is stored: one that is missing or too large changes
    // nothing.
    for (const QString& path : files) {
        const QFileInfo info(path);
        if (!info.isFile())
            return fail(CoreText::tr("%1: there is no such file").arg(path));
        if (info.size() > EvidenceStore::MaxFileBytes)
            return fail(CoreText::tr("%1: %2 MB is over the limit of %3 MB for one evidence "
                                     "file: split or compress it")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024))
                            .arg(EvidenceStore::MaxFileBytes / (1024 * 1024)));
        LP_TRY(Limits::text(CoreText::tr("file name"), info.fileName(), 255));
    }
    std::vector<StoredBlob> blobs;
    for (const QString& path : files) {
        Result<StoredBlob> blob = m_store.put(path);
        if (!blob)
            return blob.error();
        blobs.push_back(*blob);
    }
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& insert = m_db.cached(
        "INSERT INTO evidence(uid, enrollment_id, step, indicator, name, size, sha256, added_by, "
        "added_at, note, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    std::vector<std::int64_t> ids;
    const std::int64_t now = nowMs();
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files[i]).fileName();
        insert.bind(1, newUid())
            .bind(2, enrollment.id)
            .bind(3, static_cast<int>(step))
            .bind(4, *code)
            .bind(5, name)
            .bind(6, static_cast<std::int64_t>(blobs[i].size))
            .bind(7, blobs[i].sha256)
            .bind(8, m_db.operatorName())
            .bind(9, now)
            .bind(10, note.isNull() ? QString(QLatin1String("")) : note)
            .bind(11, m_db.officeId())
            .bind(12, now);
        if (!insert.exec())
            return fail(m_db.lastError());
        ids.push_back(m_db.lastInsertId());
        LP_TRY(History::record(m_db, {enrollment.unitId,
                                      enrollment.year,
                                      QStringLiteral("evidence"),
                                      field(step, *code),
                                      {},
                                      QStringLiteral("%1 (%2)").arg(name, blobs[i].sha256.left(12)),
                                      note}));
    }
    LP_TRY(transaction.commit());
    return ids;
}

Result<void> EvidenceRepository::remove(std::int64_t id, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return fail(CoreText::tr("say why the evidence file is removed (--reason)"));
    LP_TRY(Limits::text(CoreText::tr("reason"), reason, Limits::NoteLength, true));
    const std::optional<EvidenceFile> file = find(id);
    if (!file)
        return fail(CoreText::tr("there is no evidence file %1").arg(id));
    if (file->removedAt)
        return fail(
            CoreText::tr("evidence file %1 (%2) was already removed").arg(id).arg(file->name));
    Result<Enrollment> enrollment = Enrollments::find(m_db, file->year, file->unitCode);
    if (!enrollment)
        return enrollment.error();
    LP_TRY(mayChange(*enrollment, file->step));
    const Office office = Offices::current(m_db);
    if (file->step == Step::Self && office.role == Role::County && file->ownerId != office.id)
        return fail(CoreText::tr("evidence file %1 (%2) is unit %3's own self-check evidence: "
                                 "only the unit removes it")
                        .arg(id)
                        .arg(file->name, file->unitCode));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const std::int64_t now = nowMs();
    Statement& update = m_db.cached("UPDATE evidence SET removed_at = ?, removed_reason = ?, "
                                    "updated_at = ? WHERE id = ?");
    if (!update.bind(1, now).bind(2, reason.trimmed()).bind(3, now).bind(4, id).exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  file->year,
                                  QStringLiteral("evidence"),
                                  field(file->step, file->indicator),
                                  QStringLiteral("%1 (%2)").arg(file->name, file->sha256.left(12)),
                                  {},
                                  reason.trimmed()}));
    return transaction.commit();
}

Result<void> EvidenceRepository::get(std::int64_t id, const QString& target) const {
    const std::optional<EvidenceFile> file = find(id);
    if (!file)
        return fail(CoreText::tr("there is no evidence file %1").arg(id));
    return m_store.copyOut(file->sha256, target);
}

std::optional<EvidenceFile> EvidenceRepository::find(std::int64_t id) const {
    static const QByteArray sql = QByteArray(evidenceColumns) + "WHERE v.id = ?";
    Statement& query = m_db.cached(sql.constData());
    if (!query.bind(1, id).step()) {
        query.reset();
        return std::nullopt;
    }
    EvidenceFile file = read(query);
    query.reset();
    return file;
}

std::vector<EvidenceFile> EvidenceRepository::list(std::int64_t enrollmentId) const {
    static const QByteArray sql =
        QByteArray(evidenceColumns) +
        "WHERE v.enrollment_id = ? AND v.removed_at IS NULL ORDER BY v.step, v.indicator, v.id";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, enrollmentId);
    std::vector<EvidenceFile> files;
    while (query.step())
        files.push_back(read(query));
    return files;
}

Result<std::vector<EvidenceFile>> EvidenceRepository::list(int year,
                                                           const QString& unitCode) const {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    return list(enrollment->id);
}

std::map<QString, int> EvidenceRepository::counts(std::int64_t enrollmentId, Step step) const {
    Statement& query = m_db.cached(
        "SELECT indicator, count(*) FROM evidence WHERE enrollment_id = ? AND step = ? AND "
        "removed_at IS NULL GROUP BY indicator");
    query.bind(1, enrollmentId).bind(2, static_cast<int>(step));
    std::map<QString, int> counts;
    while (query.step())
        counts[query.text(0)] = query.integer(1);
    return counts;
}

} // namespace lianping
