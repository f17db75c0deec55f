// Shared Catch2 runner: a Qt application object exists for every test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lianping-tests"));
    return Catch::Session().run(argc, argv);
}
