#pragma once
// The user guide (F1): Chinese HTML pages from resources/help, one per screen, with a list of
// contents beside them. The page on computing scores shows the formula of the campaign in
// force (its weights and thresholds), not a fixed one.

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace lianping {
struct CampaignSettings;
}

namespace lianping::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    // Shows `page` (index, registry, assessment, … without .html) with the campaign's figures.
    void showPage(const QString& page, int year, const CampaignSettings& settings);
    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }
    // The page's HTML as shown, {{placeholders}} filled in.
    static QString pageHtml(const QString& page, int year, const CampaignSettings& settings);
    static QStringList pages();

private:
    void open(const QString& page);
    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    int m_year = 0;
    std::unique_ptr<CampaignSettings> m_settings;
};

} // namespace lianping::ui
