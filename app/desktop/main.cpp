// lianping: the desktop application. Opens the file given, else the last one, else offers a
// new database, an existing one or a demo.

#include "ui/MainWindow.h"
#include "ui/common/Settings.h"
#include "ui/common/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

using namespace lianping::ui;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lianping"));
    QApplication::setApplicationName(QStringLiteral("lianping"));
    QApplication::setApplicationDisplayName(QStringLiteral("廉评 Lianping"));
    QApplication::setApplicationVersion(QStringLiteral(LIANPING_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lianping: assessment and naming of integrity units"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The database (.lpdb) to open"));
    parser.process(app);

    Settings settings;
    const QString language =
        settings.language().isEmpty() ? QLocale::system().name() : settings.language();
    QTranslator qtTranslator;
    QTranslator translator;
    if (language.startsWith(QStringLiteral("zh"))) {
        if (qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")))
            QApplication::installTranslator(&translator);
    }

    MainWindow window(settings);
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && QFileInfo::exists(settings.lastDatabase()))
        path = settings.lastDatabase();
    if (!path.isEmpty()) {
        window.openDatabase(path);
    } else {
        WelcomeDialog welcome(&window);
        welcome.exec();
        switch (welcome.choice()) {
        case WelcomeDialog::NewDatabase:
            window.newDatabase();
            break;
        case WelcomeDialog::OpenDatabase:
            window.openDatabaseDialog();
            break;
        case WelcomeDialog::Demo:
            window.createDemo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/demo.lpdb"),
                              2000);
            break;
        case WelcomeDialog::None:
            break;
        }
    }
    return QApplication::exec();
}
