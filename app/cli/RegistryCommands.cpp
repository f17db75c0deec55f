// init, types, units, counties.

#include "Context.h"
#include "Passphrases.h"
#include "core/exchange/OfficeKeys.h"
#include "core/io/UnitImporter.h"
#include "core/office/Office.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/workspace/Workspace.h"

namespace lianping::cli {

namespace {

int init(Context& context, const ParsedArgs&) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<DefaultsLoaded> loaded = Workspace::ensureDefaults(*db);
    if (!loaded)
        return context.error(loaded.error());
    context.print(QStringLiteral("database %1 is ready: %2 unit types, %3 rubric versions")
                      .arg(db->path())
                      .arg(TypeRepository(*db).list().size())
                      .arg(RubricRepository(*db).list().size()));
    return Ok;
}

int check(Context& context, const ParsedArgs&) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (Result<void> checked = db->integrityCheck(); !checked)
        return context.error(checked.error());
    context.print(QStringLiteral("%1: no problems found").arg(db->path()));
    return Ok;
}

int officeInit(Context& context, const ParsedArgs& args) {
    const std::optional<Role> role = parseRole(args.value(QStringLiteral("role")));
    if (!role || *role == Role::All)
        return context.usage(QStringLiteral("--role must be unit, county or city"));
    const std::optional<KeyUnlock> unlock = keyUnlock(context, args);
    if (!unlock)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    QString unit = args.value(QStringLiteral("unit"));
    if (*role == Role::Unit && unit.isEmpty()) {
        // A unit office named after its unit: find the unit by code or name.
        if (const std::optional<QString> code = UnitRepository(*db).codeOf(args.positional[0]))
            unit = *code;
    }
    // The office and its sealed signing key, or neither.
    Result<OfficeKey> key = context.workbench()->configureOffice(
        args.positional[0], *role, args.value(QStringLiteral("county")), unit, *unlock);
    if (!key)
        return keyError(context, key.error());
    const Office& office = key->office;
    context.print(QStringLiteral("%1 now belongs to %2 (%3); signing key %4")
                      .arg(db->path(), office.describe(), office.name, key->fingerprint()));
    return Ok;
}

int officeShow(Context& context, const ParsedArgs&) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const Office office = Offices::current(*db);
    context.print(
        QStringLiteral("name %1\nrole %2\ncounty %3\nunit %4\nid %5")
            .arg(office.name, roleName(office.role), office.county, office.unit, office.uid));
    return Ok;
}

int typesList(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format,
                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("lead"),
                      QStringLiteral("builtin"), QStringLiteral("aliases")});
    for (const UnitType& type : TypeRepository(*db).list())
        out.add({Cell::str(type.code), Cell::str(type.name), Cell::str(type.lead),
                 Cell::boolean(type.builtin), Cell::strings(type.aliases)});
    return Ok;
}

int typesAlias(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<UnitType> type =
        context.workbench()->addTypeAliases(args.positional[0], args.positional.mid(1));
    if (!type)
        return context.error(type.error());
    context.print(QStringLiteral("type %1 (%2) is also written as: %3")
                      .arg(type->code, type->name, type->aliases.join(QStringLiteral(", "))));
    return Ok;
}

int typesAdd(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<UnitType> type = context.workbench()->addType(args.positional[0], args.positional[1],
                                                         args.value(QStringLiteral("lead")));
    if (!type)
        return context.error(type.error());
    context.print(QStringLiteral("added type %1 (%2); give it a rubric with `rubric import`")
                      .arg(type->code, type->name));
    return Ok;
}

int unitsImport(Context& context, const ParsedArgs& args) {
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    UnitImportOptions options;
    options.allowNewCounties = args.has(QStringLiteral("new-counties"));
    Result<UnitImportReport> report = bench->importUnits(args.positional[0], options);
    if (!report)
        return context.error(report.error());
    if (report->needsNewCounties)
        return context.error(
            QStringLiteral("%1: %2 new count%3 not in this database yet: %4; nothing was imported. "
                           "Check the spelling, or give --new-counties to add them")
                .arg(args.positional[0])
                .arg(report->newCounties.size())
                .arg(report->newCounties.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                .arg(report->newCounties.join(QStringLiteral(", "))));
    QString added =
        QStringLiteral("imported %1 units from %2").arg(report->added).arg(args.positional[0]);
    if (!report->newCounties.isEmpty())
        added += QStringLiteral("; new counties: %1")
                     .arg(report->newCounties.join(QStringLiteral(", ")));
    context.print(added);
    return Ok;
}

int unitsList(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    UnitFilter filter;
    const std::optional<QString> type = context.typeCode(args);
    if (!type)
        return RuntimeError;
    filter.typeCode = *type;
    filter.county = args.value(QStringLiteral("county"));
    filter.search = args.value(QStringLiteral("search"));
    if (args.has(QStringLiteral("active")))
        filter.includeRetired = false;
    int limit = -1;
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return context.usage(QStringLiteral("--limit must be a whole number"));
    }
    RecordWriter out(*format,
                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type"),
                      QStringLiteral("county"), QStringLiteral("lead"), QStringLiteral("demo"),
                      QStringLiteral("active")});
    // Page through the registry so a 200,000-unit list never sits in memory at once.
    const int page = 5000;
    for (int offset = 0;; offset += page) {
        const int want = limit < 0 ? page : std::min(page, limit - offset);
        if (want <= 0)
            break;
        const std::vector<Unit> units = UnitRepository(*db).list(filter, want, offset);
        for (const Unit& unit : units)
            out.add({Cell::str(unit.code), Cell::str(unit.name), Cell::str(unit.typeCode),
                     Cell::str(unit.county), Cell::str(unit.lead), Cell::boolean(unit.demo),
                     Cell::boolean(unit.active)});
        if (static_cast<int>(units.size()) < want)
            break;
    }
    return Ok;
}

int unitsAdd(Context& context, const ParsedArgs& args) {
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    UnitInput input;
    input.code = args.positional[0];
    input.name = args.positional[1];
    input.type = args.value(QStringLiteral("type"));
    input.county = args.value(QStringLiteral("county"));
    input.lead = args.value(QStringLiteral("lead"));
    input.contact = args.value(QStringLiteral("contact"));
    input.demo = args.has(QStringLiteral("demo"));
    if (input.type.isEmpty() || input.county.isEmpty())
        return context.usage(QStringLiteral("units add needs --type and --county"));
    Result<std::int64_t> id = bench->addUnit(input);
    if (!id)
        return context.error(id.error());
    context.print(QStringLiteral("added unit %1 %2").arg(input.code, input.name));
    return Ok;
}

int unitsEdit(Context& context, const ParsedArgs& args) {
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    std::vector<std::pair<QString, QString>> changes;
    for (const QString& field :
         {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("county"),
          QStringLiteral("lead"), QStringLiteral("demo"), QStringLiteral("contact")})
        if (args.has(field))
            changes.emplace_back(field, args.value(field));
    if (changes.empty())
        return context.usage(QStringLiteral(
            "units edit needs at least one of --name --type --county --lead --demo --contact"));
    if (Result<void> done = bench->updateUnit(args.positional[0], changes); !done)
        return context.error(done.error());
    context.print(QStringLiteral("updated unit %1").arg(args.positional[0]));
    return Ok;
}

int unitsRetire(Context& context, const ParsedArgs& args) {
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    if (Result<void> done =
            bench->retireUnit(args.positional[0], args.value(QStringLiteral("reason")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("retired unit %1").arg(args.positional[0]));
    return Ok;
}

int countiesList(Context& context, const ParsedArgs&) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    for (const QString& county : LookupTables::counties(*db))
        context.print(county);
    return Ok;
}

} // namespace

void addRegistryCommands(std::vector<Command>& commands) {
    const QStringList formatOption = {QStringLiteral("format")};
    commands.push_back({{QStringLiteral("init"), {}, {}, {}, {}, 0, 0, {}}, init});
    commands.push_back({{QStringLiteral("check"), {}, {}, {}, {}, 0, 0, {}}, check});
    commands.push_back({{QStringLiteral("office init"),
                         QStringLiteral("NAME --role unit|county|city [--county C] [--unit CODE] "
                                        "[--key-passphrase-file P]"),
                         {QStringLiteral("role"), QStringLiteral("county"), QStringLiteral("unit"),
                          QStringLiteral("key-passphrase-file")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        officeInit});
    commands.push_back({{QStringLiteral("office show"), {}, {}, {}, {}, 0, 0, {}}, officeShow});
    commands.push_back({{QStringLiteral("types list"),
                         QStringLiteral("[--format table|csv|json]"),
                         formatOption,
                         {},
                         {},
                         0,
                         0,
                         {}},
                        typesList});
    commands.push_back({{QStringLiteral("types add"),
                         QStringLiteral("CODE NAME [--lead DEPT]"),
                         {QStringLiteral("lead")},
                         {},
                         {},
                         2,
                         2,
                         {}},
                        typesAdd});
    commands.push_back(
        {{QStringLiteral("types alias"), QStringLiteral("TYPE ALIAS…"), {}, {}, {}, 2, -1, {}},
         typesAlias});
    commands.push_back({{QStringLiteral("units import"),
                         QStringLiteral("FILE.csv|FILE.xlsx|FILE.xls [--new-counties]"),
                         {},
                         {},
                         {QStringLiteral("new-counties")},
                         1,
                         1,
                         {}},
                        unitsImport});
    commands.push_back(
        {{QStringLiteral("units list"),
          QStringLiteral("[--type T] [--county C] [--search TEXT] [--active] [--limit N] "
                         "[--format table|csv|json]"),
          {QStringLiteral("type"), QStringLiteral("county"), QStringLiteral("search"),
           QStringLiteral("format"), QStringLiteral("limit")},
          {},
          {QStringLiteral("active")},
          0,
          0,
          {}},
         unitsList});
    commands.push_back(
        {{QStringLiteral("units add"),
          QStringLiteral("CODE NAME --type T --county C [--lead DEPT] [--contact X] [--demo]"),
          {QStringLiteral("type"), QStringLiteral("county"), QStringLiteral("lead"),
           QStringLiteral("contact")},
          {},
          {QStringLiteral("demo")},
          2,
          2,
          {}},
         unitsAdd});
    commands.push_back(
        {{QStringLiteral("units edit"),
          QStringLiteral("CODE [--name X] [--type T] [--county C] [--lead D] [--demo yes|no] "
                         "[--contact X]"),
          {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("county"),
           QStringLiteral("lead"), QStringLiteral("demo"), QStringLiteral("contact")},
          {},
          {},
          1,
          1,
          {}},
         unitsEdit});
    commands.push_back({{QStringLiteral("units retire"),
                         QStringLiteral("CODE [--reason TEXT]"),
                         {QStringLiteral("reason")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        unitsRetire});
    commands.push_back({{QStringLiteral("counties list"), {}, {}, {}, {}, 0, 0, {}}, countiesList});
}

} // namespace lianping::cli
