#pragma once
// Runs the real lianping-cli on a database in a temporary folder: exit code, stdout, stderr.
#include "core/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace lianping::test {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

class Cli {
public:
    Cli() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("cli.lpdb")); }

    Run run(const QStringList& arguments) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIANPING_DB"), db());
        environment.insert(QStringLiteral("LIANPING_OPERATOR"), QStringLiteral("测试员"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LIANPING_CLI), arguments);
        REQUIRE(process.waitForFinished(120000));
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }
    Run ok(const QStringList& arguments) const {
        const Run result = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + " → " + result.err.toStdString());
        REQUIRE(result.code == 0);
        return result;
    }
    QJsonArray json(const QStringList& arguments) const {
        const Run result = ok(arguments);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        INFO(result.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isArray());
        return document.array();
    }
    QString write(const QString& name, const QByteArray& content) const {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }

private:
    QTemporaryDir m_dir;
};

inline QStringList args(std::initializer_list<const char*> words) {
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace lianping::test
