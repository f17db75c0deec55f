#include "CampaignSettingsDialog.h"

#include "CampaignForm.h"
#include "ReviewStepsEditor.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/ReviewSteps.h"
#include "core/index/Surveys.h"
#include "core/services/CampaignSetup.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {
bool same(const CampaignSettings& a, const CampaignSettings& b) {
    return qFuzzyCompare(1.0 + a.orgWeight, 1.0 + b.orgWeight) &&
           qFuzzyCompare(1.0 + a.basicWeight, 1.0 + b.basicWeight) &&
           qFuzzyCompare(1.0 + a.excellent, 1.0 + b.excellent) &&
           qFuzzyCompare(1.0 + a.qualified, 1.0 + b.qualified) &&
           a.excellentQuota.has_value() == b.excellentQuota.has_value() &&
           (!a.excellentQuota || qFuzzyCompare(1.0 + *a.excellentQuota, 1.0 + *b.excellentQuota));
}
} // namespace

CampaignSettingsDialog::CampaignSettingsDialog(Session& session, int year, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year) {
    setWindowTitle(tr("Settings of the %1 campaign").arg(year));
    Database& db = session.db();
    m_form = new CampaignForm;
    if (const std::optional<Campaign> campaign = CampaignRepository(db).find(year))
        m_form->setSettings(campaign->settings);
    // Core refuses new settings once a sheet has a score (and writes nothing then): its
    // message says why, shown before anyone types.
    if (CampaignSetup(db).scoredSheets(year) > 0) {
        const Result<void> refused = CampaignSetup(db).updateSettings(year, m_form->settings());
        m_form->setLocked(refused ? tr("Scoring has begun: these settings are fixed.")
                                  : refused.error().message);
    }
    auto* scoring = new QGroupBox(tr("Scoring"));
    (new QVBoxLayout(scoring))->addWidget(m_form);

    m_steps = new ReviewStepsEditor;
    m_steps->setNames(ReviewSteps(db).names(year));
    m_minimum = new QSpinBox;
    m_minimum->setRange(1, 100000);
    m_minimum->setValue(Surveys(db).minimumSample(year));
    m_minimum->setSuffix(tr(" answers"));
    m_minimum->setMaximumWidth(150);
    auto* survey = new QGroupBox(tr("Surveys"));
    auto* surveyForm = new QFormLayout(survey);
    surveyForm->addRow(tr("Minimum sample:"), m_minimum);
    auto* surveyNote = new QLabel(tr("A survey figure from fewer answers is flagged, not hidden."));
    surveyNote->setWordWrap(true);
    surveyForm->addRow(surveyNote);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scoring);
    layout->addWidget(m_steps, 1);
    layout->addWidget(survey);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &CampaignForm::edited, this,
            [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->validate()); });
    resize(620, 700);
}

bool CampaignSettingsDialog::save() {
    const auto refuse = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    if (!m_form->isLocked() && !m_form->validate())
        return refuse(tr("Correct the fields marked in red first."));
    Database& db = m_session.db();
    const std::optional<Campaign> campaign = CampaignRepository(db).find(m_year);
    if (!campaign)
        return refuse(tr("There is no %1 campaign.").arg(m_year));
    if (m_steps->names().isEmpty())
        return refuse(tr("Keep at least one sub-step, or restore the six default ones."));
    // Only what was changed, all together or nothing.
    CampaignChanges changes;
    if (!m_form->isLocked() && !same(m_form->settings(), campaign->settings))
        changes.settings = m_form->settings();
    if (m_steps->names() != ReviewSteps(db).names(m_year)) {
        QStringList names = m_steps->names();
        if (names == ReviewSteps::defaults())
            names.clear(); // the defaults, and they follow any later change of the defaults
        changes.reviewSteps = names;
    }
    if (m_minimum->value() != Surveys(db).minimumSample(m_year))
        changes.minimumSample = m_minimum->value();
    if (const Result<void> done = m_session.configureCampaign(m_year, changes); !done)
        return refuse(done.error().message);
    m_error->hide();
    return true;
}

} // namespace lianping::ui
