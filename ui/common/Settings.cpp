#include "Settings.h"

#include <QFileInfo>

namespace lianping::ui {

namespace {
constexpr int maxRecent = 8;
const QString languageKey = QStringLiteral("ui/language");
const QString operatorKey = QStringLiteral("user/operator");
const QString recentKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString yearKey = QStringLiteral("campaign/year");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QString Settings::language() const {
    return m_settings->value(languageKey, QStringLiteral("zh_CN")).toString();
}
void Settings::setLanguage(const QString& language) {
    m_settings->setValue(languageKey, language);
}
QString Settings::operatorName() const {
    return m_settings->value(operatorKey).toString();
}
void Settings::setOperatorName(const QString& name) {
    m_settings->setValue(operatorKey, name.trimmed());
}

QStringList Settings::recentDatabases() const {
    return m_settings->value(recentKey).toStringList();
}

QString Settings::lastDatabase() const {
    const QStringList recent = recentDatabases();
    return recent.isEmpty() ? QString() : recent.front();
}

void Settings::addRecentDatabase(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings->setValue(recentKey, recent);
}

QByteArray Settings::windowGeometry() const {
    return m_settings->value(geometryKey).toByteArray();
}
QByteArray Settings::windowState() const {
    return m_settings->value(stateKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state) {
    m_settings->setValue(geometryKey, geometry);
    m_settings->setValue(stateKey, state);
}

int Settings::campaignYear(int fallback) const {
    return m_settings->value(yearKey, fallback).toInt();
}
void Settings::setCampaignYear(int year) {
    m_settings->setValue(yearKey, year);
}

} // namespace lianping::ui
