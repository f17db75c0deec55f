#include "EvidenceExport.h"

#include "core/common/CoreText.h"
#include "core/evidence/EvidenceRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <set>

namespace lianping {

namespace {

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// "minutes.pdf", then "minutes (2).pdf" for a second file of that name.
QString uniqueName(const QString& name, std::set<QString>& taken) {
    QString candidate = name;
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = info.suffix().isEmpty() ? name : name.left(name.size() - suffix.size());
    for (int n = 2; taken.count(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken.insert(candidate.toLower());
    return candidate;
}

} // namespace

Result<EvidenceExportSummary> EvidenceExport::write(Database& db, int year, const QString& unitCode,
                                                    const QString& folder) {
    EvidenceRepository repository(db);
    Result<std::vector<EvidenceFile>> files = repository.list(year, unitCode);
    if (!files)
        return files.error();
    if (!QDir().mkpath(folder))
        return fail(CoreText::tr("%1: cannot create the folder").arg(folder));
    const QDir dir(folder);
    std::set<QString> taken{QStringLiteral("index.csv")};
    QString csv = QStringLiteral("\xFEFF"
                                 "file,indicator,step,name,size,sha256,added_by,added_at,note\r\n");
    EvidenceExportSummary summary;
    for (const EvidenceFile& file : *files) {
        const QString name = uniqueName(file.name, taken);
        LP_TRY(repository.store().copyOut(file.sha256, dir.filePath(name)));
        csv +=
            QStringList{csvField(name),
                        file.indicator.isEmpty() ? QStringLiteral("-") : csvField(file.indicator),
                        stepName(file.step),
                        csvField(file.name),
                        QString::number(file.size),
                        file.sha256,
                        csvField(file.addedBy),
                        QDateTime::fromMSecsSinceEpoch(file.addedAt)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        csvField(file.note)}
                .join(QLatin1Char(',')) +
            QStringLiteral("\r\n");
        ++summary.files;
        summary.bytes += file.size;
    }
    summary.index = dir.filePath(QStringLiteral("index.csv"));
    QSaveFile out(summary.index);
    const QByteArray bytes = csv.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(summary.index, out.errorString()));
    return summary;
}

} // namespace lianping
