#include "CampaignsDialog.h"

#include "CampaignSettingsDialog.h"
#include "EnrollDialog.h"
#include "NewCampaignDialog.h"
#include "core/campaign/CampaignRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/services/CampaignSetup.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {

QString settingsText(const CampaignSettings& s) {
    const QLocale locale;
    QString text =
        CampaignsDialog::tr("organisation score %1 %, a basic ballot counts %2, excellent ≥ %3, "
                            "qualified ≥ %4")
            .arg(locale.toString(s.orgWeight * 100.0, 'g', 4),
                 locale.toString(s.basicWeight, 'g', 3), locale.toString(s.excellent, 'g', 4),
                 locale.toString(s.qualified, 'g', 4));
    if (s.excellentQuota)
        text += CampaignsDialog::tr(", excellent at most %1 %")
                    .arg(locale.toString(*s.excellentQuota, 'g', 4));
    return text;
}

QTableWidgetItem* item(const QString& text, int year, Qt::Alignment align = Qt::AlignLeft) {
    auto* cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, year);
    cell->setTextAlignment(align | Qt::AlignVCenter);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

CampaignsDialog::CampaignsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Campaign years"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Year"), tr("Units enrolled"), tr("Sheets scored"), tr("Settings")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Settings, QHeaderView::Stretch);
    m_table->setColumnWidth(Year, 70);
    m_table->setColumnWidth(Enrolled, 90);
    m_table->setColumnWidth(Scored, 90);
    m_new = new QPushButton(tr("&New year…"));
    m_settings = new QPushButton(tr("&Settings…"));
    m_enroll = new QPushButton(tr("&Enrol units…"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_new, m_settings, m_enroll})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_new, &QPushButton::clicked, this, &CampaignsDialog::newCampaign);
    connect(m_settings, &QPushButton::clicked, this, &CampaignsDialog::editSettings);
    connect(m_enroll, &QPushButton::clicked, this, &CampaignsDialog::enrollUnits);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CampaignsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &CampaignsDialog::editSettings);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Each year's settings, enrolment and how far its scoring is (settings lock at the first).
    const auto reloadIfShown = [this] {
        if (isVisible())
            reload();
    };
    connect(&m_session, &Session::campaignChanged, this, reloadIfShown);
    connect(&m_session, &Session::enrollmentsChanged, this, reloadIfShown);
    connect(&m_session, &Session::sheetChanged, this, reloadIfShown);
    connect(&m_session, &Session::sheetsChanged, this, reloadIfShown);
    connect(&m_session, &Session::recordsMerged, this, reloadIfShown);
    resize(760, 380);
    reload();
}

NewCampaignDialog* CampaignsDialog::newDialog() const {
    return m_newDialog;
}

CampaignSettingsDialog* CampaignsDialog::settingsDialog() const {
    return m_settingsDialog;
}

EnrollDialog* CampaignsDialog::enrollDialog() const {
    return m_enrollDialog;
}

int CampaignsDialog::selectedYear() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.front()->data(Qt::UserRole).toInt();
}

void CampaignsDialog::selectYear(int year) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Year)->data(Qt::UserRole).toInt() == year)
            m_table->selectRow(row);
}

void CampaignsDialog::reload() {
    const int selected = selectedYear() != 0 ? selectedYear() : m_session.year();
    m_table->setRowCount(0);
    if (!m_session.isOpen()) {
        updateButtons();
        return;
    }
    Database& db = m_session.db();
    CampaignRepository campaigns(db);
    const std::int64_t registered = UnitRepository(db).count(UnitFilter{});
    for (int year : campaigns.years()) {
        const std::optional<Campaign> campaign = campaigns.find(year);
        if (!campaign)
            continue;
        UnitFilter unenrolled;
        unenrolled.year = year;
        unenrolled.state = QStringLiteral("unenrolled");
        const std::int64_t enrolled = registered - UnitRepository(db).count(unenrolled);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QLocale locale;
        m_table->setItem(row, Year, item(QString::number(year), year));
        m_table->setItem(
            row, Enrolled,
            item(locale.toString(static_cast<qlonglong>(enrolled)), year, Qt::AlignRight));
        m_table->setItem(
            row, Scored,
            item(locale.toString(CampaignSetup(db).scoredSheets(year)), year, Qt::AlignRight));
        m_table->setItem(row, Settings, item(settingsText(campaign->settings), year));
    }
    selectYear(selected);
    if (m_table->selectedItems().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void CampaignsDialog::updateButtons() {
    const bool open = m_session.isOpen();
    m_new->setEnabled(open);
    m_settings->setEnabled(open && selectedYear() != 0);
    m_enroll->setEnabled(open && selectedYear() != 0);
}

void CampaignsDialog::newCampaign() {
    if (!m_session.isOpen() || m_newDialog)
        return;
    m_newDialog = new NewCampaignDialog(m_session, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &QDialog::accepted, this, [this] {
        const int year = m_newDialog->createdYear();
        m_message->setText(m_newDialog->summary() + QLatin1Char(' ') +
                           tr("The window now works on the %1 campaign.").arg(year));
        reload();
        selectYear(year);
    });
    m_newDialog->open();
}

void CampaignsDialog::editSettings() {
    const int year = selectedYear();
    if (!m_session.isOpen() || year == 0 || m_settingsDialog)
        return;
    m_settingsDialog = new CampaignSettingsDialog(m_session, year, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &QDialog::accepted, this, [this, year] {
        m_message->setText(tr("The settings of the %1 campaign are saved.").arg(year));
        reload();
    });
    m_settingsDialog->open();
}

void CampaignsDialog::enrollUnits() {
    const int year = selectedYear();
    if (!m_session.isOpen() || year == 0 || m_enrollDialog)
        return;
    m_enrollDialog = new EnrollDialog(m_session, year, this);
    m_enrollDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_enrollDialog, &QDialog::accepted, this, [this] {
        m_message->setText(m_enrollDialog->summary());
        reload();
    });
    m_enrollDialog->open();
}

} // namespace lianping::ui
