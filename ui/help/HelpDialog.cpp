#include "HelpDialog.h"

#include "core/model/Campaign.h"

#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>

namespace lianping::ui {

namespace {

struct Page {
    const char* name;
    const char* title; // as the contents list shows it (the guide is Chinese)
};

const Page guide[] = {
    {"index", "概述"},        {"registry", "单位名册"},  {"assessment", "考评打分"},
    {"naming", "命名管理"},   {"followups", "后续管理"}, {"dashboard", "统计分析"},
    {"ledger", "任务台账"},   {"integrity", "清廉指数"}, {"rubrics", "考评细则"},
    {"exchange", "数据交换"}, {"trouble", "常见问题"}};

QString number(double value) {
    return QString::number(value, 'g', 6);
}

} // namespace

QStringList HelpDialog::pages() {
    QStringList names;
    for (const Page& page : guide)
        names << QString::fromLatin1(page.name);
    return names;
}

QString HelpDialog::pageHtml(const QString& page, int year, const CampaignSettings& s) {
    QFile file(QStringLiteral(":/lianping/help/%1.html").arg(page));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(file.readAll());
    QFile css(QStringLiteral(":/lianping/help/style.css"));
    if (css.open(QIODevice::ReadOnly))
        html.replace(QStringLiteral("<link rel=\"stylesheet\" href=\"style.css\">"),
                     QStringLiteral("<style>") + QString::fromUtf8(css.readAll()) +
                         QStringLiteral("</style>"));
    html.replace(QStringLiteral("{{year}}"), QString::number(year));
    html.replace(QStringLiteral("{{org}}"), number(s.orgWeight));
    html.replace(QStringLiteral("{{mass}}"), number(1.0 - s.orgWeight));
    html.replace(QStringLiteral("{{basic}}"), number(s.basicWeight));
    html.replace(QStringLiteral("{{excellent}}"), number(s.excellent));
    html.replace(QStringLiteral("{{qualified}}"), number(s.qualified));
    html.replace(
        QStringLiteral("{{quota}}"),
        s.excellentQuota
            ? QStringLiteral("每个县区优秀单位不超过本县区参评单位的 %1%，按综合得分排序确定。")
                  .arg(number(*s.excellentQuota))
            : QString());
    return html;
}

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_settings(std::make_unique<CampaignSettings>()) {
    setWindowTitle(tr("User guide"));
    m_contents = new QListWidget;
    for (const Page& page : guide) {
        auto* item = new QListWidgetItem(QString::fromUtf8(page.title), m_contents);
        item->setData(Qt::UserRole, QString::fromLatin1(page.name));
    }
    m_contents->setMaximumWidth(160);
    m_browser = new QTextBrowser;
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        if (pages().contains(name))
            open(name);
    });
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            open(m_contents->item(row)->data(Qt::UserRole).toString());
    });
    auto* splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    resize(900, 680);
}

void HelpDialog::showPage(const QString& page, int year, const CampaignSettings& settings) {
    m_year = year;
    *m_settings = settings;
    open(pages().contains(page) ? page : QStringLiteral("index"));
}

void HelpDialog::open(const QString& page) {
    m_browser->setHtml(pageHtml(page, m_year, *m_settings));
    const int row = static_cast<int>(pages().indexOf(page));
    if (m_contents->currentRow() != row) {
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentRow(row);
    }
}

} // namespace lianping::ui
