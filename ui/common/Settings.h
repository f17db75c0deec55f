#pragma once
// Typed access to the user's settings with every default in one place. Tests give it a
// temporary INI file so they never touch the real ones.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace lianping::ui {

class Settings {
public:
    Settings();                                // the user's settings (QSettings defaults)
    explicit Settings(const QString& iniFile); // a given file, for tests

    QString language() const; // "zh_CN" (default) or "en"; "" follows the system
    void setLanguage(const QString& language);
    QString operatorName() const;
    void setOperatorName(const QString& name);
    QString lastDatabase() const;
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path); // also becomes the last one
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);
    int campaignYear(int fallback) const;
    void setCampaignYear(int year);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lianping::ui
