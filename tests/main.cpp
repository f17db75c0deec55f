// Shared Catch2 runner: a Qt application object exists for every test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    // The tests never touch the keyring of whoever runs them (nor do the programs they start);
    // the keyring test starts its own.
    if (!qEnvironmentVariableIsSet("LIANPING_KEYRING"))
        qputenv("LIANPING_KEYRING", "off");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lianping-tests"));
    return Catch::Session().run(argc, argv);
}
