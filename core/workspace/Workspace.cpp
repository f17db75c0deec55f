#include "Workspace.h"

#include "core/common/Ids.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QStandardPaths>

namespace lianping {

Result<std::unique_ptr<Database>> Workspace::open(const QString& path, const QString& operatorName,
                                                  Database::Mode mode) {
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return db.error();
    (*db)->setOperatorName(operatorName.isEmpty() ? defaultOperator() : operatorName);
    if (mode == Database::Mode::ReadWrite && (*db)->meta(QStringLiteral("defaults")).isEmpty()) {
        Result<DefaultsLoaded> loaded = ensureDefaults(**db);
        if (!loaded)
            return loaded.error();
    }
    return db;
}

Result<DefaultsLoaded> Workspace::ensureDefaults(Database& db) {
    Transaction transaction(db);
    LP_TRY(transaction.begun());
    DefaultsLoaded loaded;
    Result<int> types = TypeRepository(db).ensureBuiltins();
    if (!types)
        return types.error();
    loaded.types = *types;
    Result<int> rubrics = RubricRepository(db).ensureDefaults();
    if (!rubrics)
        return rubrics.error();
    loaded.rubrics = *rubrics;
    LP_TRY(db.setMeta(QStringLiteral("defaults"), QStringLiteral("1")));
    LP_TRY(transaction.commit());
    return loaded;
}

QString Workspace::defaultPath() {
    const QString fromEnv = qEnvironmentVariable("LIANPING_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.lianping");
    return folder + QStringLiteral("/lianping.lpdb");
}

} // namespace lianping
