#include "Schema.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "Database.h"
#include "Transaction.h"
#include "core/common/Ids.h"

namespace lianping {

namespace {

// Version 1: registry, rubrics, campaigns, sheets of scores, pipeline, follow-ups, history.
// Every record carries uid (stable across laptops), owner (office id) and updated_at (ms).
// Scores are half-points in a WITHOUT ROWID table keyed by their sheet: a sheet is one step
// (self, county, city) of one unit in one campaign, and the unit of ownership and exchange.
const char* const schemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE offices (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('all','unit','county','city')), county TEXT, unit TEXT,
    updated_at INTEGER NOT NULL);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE counties (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE unit_types (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE, lead_id INTEGER REFERENCES departments(id),
    builtin INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 100,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE units (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL, type_id INTEGER NOT NULL REFERENCES unit_types(id),
    county_id INTEGER NOT NULL REFERENCES counties(id),
    lead_id INTEGER REFERENCES departments(id), demo INTEGER NOT NULL DEFAULT 0,
    contact TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE INDEX units_type ON units(type_id, county_id);
CREATE INDEX units_county ON units(county_id);
-- Short name searches (1–2 characters, below the trigram index) scan names in code order:
-- this covering index lets them read code and name only.
CREATE INDEX units_code_name ON units(code, name);

CREATE VIRTUAL TABLE units_fts USING fts5(name, content='units', content_rowid='id',
                                          tokenize='trigram');
CREATE TRIGGER units_fts_delete AFTER DELETE ON units BEGIN
    INSERT INTO units_fts(units_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER units_fts_update AFTER UPDATE OF name ON units BEGIN
    INSERT INTO units_fts(units_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO units_fts(rowid, name) VALUES (new.id, new.name);
END;

CREATE TABLE rubrics (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    type_id INTEGER NOT NULL REFERENCES unit_types(id), year INTEGER NOT NULL,
    version INTEGER NOT NULL, title TEXT NOT NULL, frozen INTEGER NOT NULL DEFAULT 0,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL,
    UNIQUE (type_id, year, version));

CREATE TABLE dimensions (
    id INTEGER PRIMARY KEY, rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
    position INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
    UNIQUE (rubric_id, code));

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY, rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
    dimension_id INTEGER NOT NULL REFERENCES dimensions(id), position INTEGER NOT NULL,
    code TEXT NOT NULL, text TEXT NOT NULL, max_half INTEGER,
    guidance TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('scored','veto')),
    UNIQUE (rubric_id, code));

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, year INTEGER NOT NULL UNIQUE,
    org_weight REAL NOT NULL, basic_weight REAL NOT NULL, excellent REAL NOT NULL,
    qualified REAL NOT NULL, excellent_quota REAL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE campaign_rubrics (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    type_id INTEGER NOT NULL REFERENCES unit_types(id),
    rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
    PRIMARY KEY (campaign_id, type_id)) WITHOUT ROWID;

CREATE TABLE namings (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id), decision TEXT NOT NULL,
    decided_on TEXT NOT NULL, operator TEXT NOT NULL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE enrollments (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
    state TEXT NOT NULL DEFAULT 'draft', returned_from TEXT, return_reason TEXT,
    naming_id INTEGER REFERENCES namings(id),
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL,
    UNIQUE (campaign_id, unit_id));
CREATE INDEX enrollments_unit ON enrollments(unit_id);

CREATE TABLE sheets (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
    step INTEGER NOT NULL CHECK (step IN (0, 1, 2)),
    satisfied INTEGER, basic INTEGER, unsatisfied INTEGER,
    points INTEGER NOT NULL DEFAULT 0, scored INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL,
    UNIQUE (enrollment_id, step));

CREATE TABLE scores (
    sheet_id INTEGER NOT NULL REFERENCES sheets(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    half_points INTEGER NOT NULL, note TEXT,
    PRIMARY KEY (sheet_id, indicator_id)) WITHOUT ROWID;

-- sheets.points and sheets.scored (half-points sum and count of its scores) let results read
-- one row per sheet instead of every score; these triggers keep them true for every writer.
CREATE TRIGGER scores_total_update AFTER UPDATE ON scores BEGIN
    UPDATE sheets SET points = points - old.half_points, scored = scored - 1 WHERE id = old.sheet_id;
    UPDATE sheets SET points = points + new.half_points, scored = scored + 1 WHERE id = new.sheet_id;
END;
CREATE TRIGGER scores_total_delete AFTER DELETE ON scores BEGIN
    UPDATE sheets SET points = points - old.half_points, scored = scored - 1 WHERE id = old.sheet_id;
END;

CREATE TABLE vetoes (
    sheet_id INTEGER NOT NULL REFERENCES sheets(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    reason TEXT NOT NULL,
    PRIMARY KEY (sheet_id, indicator_id)) WITHOUT ROWID;

CREATE TABLE revocations (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id), reason TEXT NOT NULL,
    revoked_on TEXT NOT NULL, document TEXT NOT NULL, operator TEXT NOT NULL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    kind TEXT NOT NULL CHECK (kind IN ('admonition','organisational')),
    status TEXT NOT NULL CHECK (status IN ('open','done','cancelled')), note TEXT NOT NULL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL,
    UNIQUE (unit_id, campaign_id, kind));

CREATE TABLE rectifications (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id), text TEXT NOT NULL,
    deadline TEXT NOT NULL, responsible TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open','done','verified')),
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE INDEX rectifications_enrollment ON rectifications(enrollment_id);

CREATE TABLE history (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, at INTEGER NOT NULL,
    operator TEXT NOT NULL, office INTEGER NOT NULL REFERENCES offices(id),
    unit_id INTEGER REFERENCES units(id), campaign_year INTEGER,
    entity TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, note TEXT);
CREATE INDEX history_unit ON history(unit_id, at);
)sql";

Result<void> createLocalOffice(Database& db) {
    Statement& insert =
        db.cached("INSERT INTO offices(uid, name, role, updated_at) VALUES (?, '本机', 'all', ?)");
    if (!insert.bind(1, newUid()).bind(2, nowMs()).exec())
        return fail(db.lastError());
    return db.setMeta(QStringLiteral("office_id"), QString::number(db.lastInsertId()));
}

// Version 2: offline exchange between offices' laptops (issue 5).
const char* const schemaV2 = R"sql(
ALTER TABLE offices ADD COLUMN public_key TEXT;        -- base64 Ed25519 public key
ALTER TABLE offices ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0;

-- Versions of exchanged records this database has seen: (record key, updated_at, content
-- hash). Keys are natural ("sheet/2026/U001/1"), so laptops set up apart agree on them.
-- An incoming record replaces ours only if it descends from our version.
CREATE TABLE versions (
    record TEXT NOT NULL, stamp INTEGER NOT NULL, hash TEXT NOT NULL,
    PRIMARY KEY (record, stamp, hash)) WITHOUT ROWID;

-- Packages imported, so a replay is refused.
CREATE TABLE packages (
    package_id TEXT PRIMARY KEY, origin TEXT NOT NULL, sequence INTEGER NOT NULL,
    created_at INTEGER NOT NULL, imported_at INTEGER NOT NULL, summary TEXT NOT NULL)
    WITHOUT ROWID;

-- Two versions of one record made apart by its owner: kept side by side until resolved.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY, record TEXT NOT NULL, kind TEXT NOT NULL, unit_code TEXT,
    campaign_year INTEGER, origin TEXT NOT NULL, package_id TEXT NOT NULL,
    incoming TEXT NOT NULL, detected_at INTEGER NOT NULL,
    resolved_at INTEGER, resolution TEXT);
CREATE INDEX conflicts_open ON conflicts(resolved_at, record);

-- The city's recheck sample: which units, why, and the seed that reproduces it.
CREATE TABLE recheck_samples (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id), percent REAL NOT NULL,
    seed TEXT NOT NULL, created_at INTEGER NOT NULL, operator TEXT NOT NULL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE TABLE recheck_sample_units (
    sample_id INTEGER NOT NULL REFERENCES recheck_samples(id),
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
    reason TEXT NOT NULL CHECK (reason IN ('excellent','random')),
    PRIMARY KEY (sample_id, enrollment_id)) WITHOUT ROWID;
)sql";

// Version 3: the other names offices write for a type (村居 → village); a unit list says
// 类别 = 机关 as often as 廉洁机关. Local to this database: packages carry type codes.
const char* const schemaV3 = R"sql(
CREATE TABLE type_aliases (
    alias TEXT PRIMARY KEY, type_id INTEGER NOT NULL REFERENCES unit_types(id)) WITHOUT ROWID;
CREATE INDEX type_aliases_type ON type_aliases(type_id);
-- The defaults for a database made before version 3 (a new one gets them with its types).
INSERT INTO type_aliases(alias, type_id)
    SELECT a.alias, t.id FROM unit_types t JOIN (
        SELECT '村居' AS alias, 'village' AS code UNION ALL SELECT '村社', 'village'
        UNION ALL SELECT '国企', 'enterprise' UNION ALL SELECT '民企', 'enterprise'
        UNION ALL SELECT '家风', 'family') a ON a.code = t.code;
)sql";

// Version 4: another office's keys it has rotated away from, so that packages it signed
// before the rotation still verify. (This office's own secret key is sealed in meta.)
const char* const schemaV4 = R"sql(
CREATE TABLE retired_keys (
    office_id INTEGER NOT NULL REFERENCES offices(id), public_key TEXT NOT NULL,
    retired_at INTEGER NOT NULL, PRIMARY KEY (office_id, public_key)) WITHOUT ROWID;
)sql";

// Version 5: what the naming notice (GB/T 9704) needs from the campaign: the issuing office,
// the document-number prefix (广委 in 广委〔2026〕12号) and the addressees (主送机关).
const char* const schemaV5 = R"sql(
ALTER TABLE campaigns ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN doc_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN addressees TEXT NOT NULL DEFAULT '';
)sql";

// Version 6: the city office's programme (issue 16): the task ledger — tasks and their parts
// (the three-way split is a tree), progress entries, milestones, the bulletins and supervision
// letters that named a task — and the coverage roadmap's targets per campaign (and type).
const char* const schemaV6 = R"sql(
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
    title TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('common','specific','extended')),
    action TEXT NOT NULL DEFAULT '', lead TEXT NOT NULL, co TEXT NOT NULL DEFAULT '',
    county TEXT NOT NULL DEFAULT '', parent_id INTEGER REFERENCES tasks(id),
    split TEXT CHECK (split IN ('inner','outer','down')), target TEXT NOT NULL DEFAULT '',
    due TEXT, done_on TEXT,
    -- the latest progress entry (by date), so that a ledger reads one row a task
    percent REAL NOT NULL DEFAULT 0, progress_on TEXT, progress_note TEXT NOT NULL DEFAULT '',
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE INDEX tasks_year ON tasks(year);
CREATE INDEX tasks_parent ON tasks(parent_id);

CREATE TABLE task_progress (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    task_id INTEGER NOT NULL REFERENCES tasks(id), on_date TEXT NOT NULL,
    percent REAL NOT NULL CHECK (percent BETWEEN 0 AND 100), note TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL, owner INTEGER NOT NULL REFERENCES offices(id),
    updated_at INTEGER NOT NULL);
CREATE INDEX task_progress_task ON task_progress(task_id, on_date);

CREATE TABLE task_milestones (
    task_id INTEGER NOT NULL REFERENCES tasks(id), position INTEGER NOT NULL,
    on_date TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (task_id, position)) WITHOUT ROWID;

CREATE TABLE task_documents (
    id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL REFERENCES tasks(id),
    kind TEXT NOT NULL CHECK (kind IN ('bulletin','letter')), number TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '', issued_on TEXT NOT NULL, operator TEXT NOT NULL,
    created_at INTEGER NOT NULL);
CREATE INDEX task_documents_task ON task_documents(task_id);

ALTER TABLE campaigns ADD COLUMN coverage_target REAL;
CREATE TABLE coverage_targets (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    type_id INTEGER NOT NULL REFERENCES unit_types(id), target REAL NOT NULL,
    PRIMARY KEY (campaign_id, type_id)) WITHOUT ROWID;
)sql";

// Version 7: the integrity index (issue 17): index models per year (versioned, frozen once
// used), survey rounds with their aggregated scores and scored raw answers, values entered
// by hand per county and aspect, and the county review's sub-steps (考前公示 … 综合评定).
const char* const schemaV7 = R"sql(
CREATE TABLE index_models (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
    version INTEGER NOT NULL, model TEXT NOT NULL, frozen INTEGER NOT NULL DEFAULT 0,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL,
    UNIQUE (year, version));

CREATE TABLE survey_rounds (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
    name TEXT NOT NULL, conducted_by TEXT NOT NULL
        CHECK (conducted_by IN ('third-party','office','public')),
    on_date TEXT NOT NULL, method TEXT NOT NULL DEFAULT '', sample INTEGER,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);

-- Scores as a round's file gives them per county (and unit) and aspect: aggregated rows.
CREATE TABLE survey_scores (
    round_id INTEGER NOT NULL REFERENCES survey_rounds(id), county TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '', aspect TEXT NOT NULL, score REAL NOT NULL, n INTEGER,
    PRIMARY KEY (round_id, county, unit, aspect)) WITHOUT ROWID;

-- Raw answers, scored 0..100 (binary: a yes/no answer, for Wilson intervals).
CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES survey_rounds(id),
    county TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', aspect TEXT NOT NULL,
    score REAL NOT NULL, binary INTEGER NOT NULL DEFAULT 0);
CREATE INDEX survey_answers_round ON survey_answers(round_id, aspect, county);

CREATE TABLE index_inputs (
    year INTEGER NOT NULL, county TEXT NOT NULL, aspect TEXT NOT NULL, value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '', owner INTEGER NOT NULL REFERENCES offices(id),
    updated_at INTEGER NOT NULL, PRIMARY KEY (year, county, aspect)) WITHOUT ROWID;

CREATE TABLE review_steps (
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, on_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL, owner INTEGER NOT NULL REFERENCES offices(id),
    updated_at INTEGER NOT NULL, PRIMARY KEY (enrollment_id, position)) WITHOUT ROWID;

ALTER TABLE campaigns ADD COLUMN survey_min_sample INTEGER NOT NULL DEFAULT 30;
-- The county review's sub-steps, one per line; empty: the six of seed 002.
ALTER TABLE campaigns ADD COLUMN review_steps TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: evidence files (佐证材料, content in the evidence store, by SHA-256) and findings
// (发现问题) per indicator and step; indicators may be deduction-scored. A removed evidence
// file keeps its row (removed_at, reason). evidence_sent: files already sent in a package of
// a scope, so a later package carries only what is new.
const char* const schemaV8 = R"sql(
ALTER TABLE indicators ADD COLUMN deduct INTEGER NOT NULL DEFAULT 0;

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
    step INTEGER NOT NULL CHECK (step IN (0, 1, 2)), indicator TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    added_by TEXT NOT NULL, added_at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
    removed_at INTEGER, removed_reason TEXT,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE INDEX evidence_enrollment ON evidence(enrollment_id, step, indicator);
CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE findings (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
    step INTEGER NOT NULL CHECK (step IN (0, 1, 2)), indicator TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL, deduct_half INTEGER NOT NULL DEFAULT 0,
    evidence_id INTEGER REFERENCES evidence(id),
    rectification_id INTEGER REFERENCES rectifications(id),
    added_by TEXT NOT NULL, added_at INTEGER NOT NULL,
    owner INTEGER NOT NULL REFERENCES offices(id), updated_at INTEGER NOT NULL);
CREATE INDEX findings_enrollment ON findings(enrollment_id, step, indicator);
CREATE INDEX findings_rectification ON findings(rectification_id);

CREATE TABLE evidence_sent (
    sha256 TEXT NOT NULL, scope TEXT NOT NULL, PRIMARY KEY (sha256, scope)) WITHOUT ROWID;
)sql";

} // namespace

Result<int> Schema::version(Database& db) {
    Statement query = db.prepare("PRAGMA user_version");
    if (!query.step())
        return fail(db.lastError());
    return query.integer(0);
}

Result<void> Schema::upgrade(Database& db) {
    Result<int> found = version(db);
    if (!found)
        return found.error();
    if (*found > currentVersion) {
        return fail(CoreText::tr("%1 was written by a newer Lianping (schema version %2; this "
                                 "version reads up to %3): update Lianping to open it")
                        .arg(db.path())
                        .arg(*found)
                        .arg(currentVersion));
    }
    for (int from = *found; from < currentVersion; ++from) {
        if (db.readOnly())
            return fail(CoreText::tr("%1 needs an upgrade but is read-only").arg(db.path()));
        LP_TRY(migrate(db, from));
    }
    return {};
}

Result<void> Schema::migrate(Database& db, int from) {
    Transaction transaction(db);
    LP_TRY(transaction.begun());
    switch (from) {
    case 0:
        LP_TRY(db.exec(schemaV1));
        LP_TRY(db.exec(unitsFtsInsertTrigger));
        LP_TRY(db.exec(scoresTotalInsertTrigger));
        LP_TRY(createLocalOffice(db));
        break;
    case 1:
        LP_TRY(db.exec(schemaV2));
        break;
    case 2:
        LP_TRY(db.exec(schemaV3));
        break;
    case 3:
        LP_TRY(db.exec(schemaV4));
        break;
    case 4:
        LP_TRY(db.exec(schemaV5));
        break;
    case 5:
        LP_TRY(db.exec(schemaV6));
        break;
    case 6:
        LP_TRY(db.exec(schemaV7));
        break;
    case 7:
        LP_TRY(db.exec(schemaV8));
        break;
    default:
        return fail(CoreText::tr("no migration from schema version %1").arg(from));
    }
    LP_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1).toUtf8().constData()));
    return transaction.commit();
}

} // namespace lianping
