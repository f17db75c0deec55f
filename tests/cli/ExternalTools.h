#pragma once
// The real programs tests read our files back with: poppler's pdftotext and pdfinfo,
// Debian's python3 (openpyxl), and LibreOffice converting a file as a user's office would.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace lianping::test {

inline QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(program.toStdString() + ": " + process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QString& path) {
    return tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// LibreOffice converts `file` to `format` (pdf, xlsx …) in `folder`, with its own HOME there so
// no profile is shared; `filter` is an --infilter (CSV:44,34,76 reads a CSV as UTF-8).
inline QString officeConvert(const QString& file, const QString& format, const QString& folder,
                             const QString& filter = {}) {
    QProcess office;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder + QStringLiteral("/office-home"));
    office.setProcessEnvironment(environment);
    QStringList arguments = {QStringLiteral("--headless")};
    if (!filter.isEmpty())
        arguments << QStringLiteral("--infilter=") + filter;
    arguments << QStringLiteral("--convert-to") << format << QStringLiteral("--outdir") << folder
              << file;
    office.start(QStringLiteral("soffice"), arguments);
    REQUIRE(office.waitForFinished(180000));
    REQUIRE(office.exitCode() == 0);
    const QString converted =
        folder + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QLatin1Char('.') + format;
    REQUIRE(QFile::exists(converted));
    return converted;
}

} // namespace lianping::test
