#include "Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace lianping {

namespace {

const QString Service = QStringLiteral("Lianping");
constexpr int TimeoutMs = 10000; // a keyring may ask the person to unlock it

// Runs a job to its end in a local event loop; false when it failed or took too long.
bool run(QKeychain::Job& job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

bool Keyring::enabled() {
    if (qEnvironmentVariable("LIANPING_KEYRING") == QLatin1String("off"))
        return false;
    return QCoreApplication::instance() != nullptr;
}

std::optional<QByteArray> Keyring::read(const QString& entry) {
    if (!enabled())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(Service);
    job.setInsecureFallback(false);
    job.setKey(entry);
    if (!run(job) || job.binaryData().isEmpty())
        return std::nullopt;
    return job.binaryData();
}

bool Keyring::write(const QString& entry, const QByteArray& secret) {
    if (!enabled())
        return false;
    QKeychain::WritePasswordJob job(Service);
    job.setInsecureFallback(false);
    job.setKey(entry);
    job.setBinaryData(secret);
    return run(job);
}

void Keyring::remove(const QString& entry) {
    if (!enabled())
        return;
    QKeychain::DeletePasswordJob job(Service);
    job.setInsecureFallback(false);
    job.setKey(entry);
    run(job);
}

} // namespace lianping
