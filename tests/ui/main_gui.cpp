// Catch2 runner for the GUI tests: a QApplication on the offscreen platform unless told
// otherwise, and a message handler that fails on model-tester complaints.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdio>

namespace {
QtMessageHandler previous = nullptr;
void failOnModelTester(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) {
        std::fprintf(stderr, "model tester: %s\n", message.toUtf8().constData());
        std::abort();
    }
    if (previous)
        previous(type, context, message);
}
} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previous = qInstallMessageHandler(failOnModelTester);
    if (!qEnvironmentVariableIsSet("LIANPING_KEYRING")) // never the tester's own keyring
        qputenv("LIANPING_KEYRING", "off");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LianpingTests"));
    QApplication::setApplicationName(QStringLiteral("lianping-ui-tests"));
    return Catch::Session().run(argc, argv);
}
