#include "NewCampaignDialog.h"

#include "CampaignForm.h"
#include "core/campaign/CampaignRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace lianping::ui {

NewCampaignDialog::NewCampaignDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_years(CampaignRepository(session.db()).years()) {
    setWindowTitle(tr("New campaign year"));
    m_year = new QSpinBox;
    m_year->setRange(2000, 2200);
    m_year->setGroupSeparatorShown(false);
    m_year->setMaximumWidth(110);
    m_year->setValue(m_years.isEmpty() ? QDate::currentDate().year()
                                       : *std::max_element(m_years.begin(), m_years.end()) + 1);
    m_yearMessage = new QLabel;
    m_yearMessage->setStyleSheet(QStringLiteral("color:#b00020"));
    m_yearMessage->hide();
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_yearMessage, 1);

    m_fromLast = new QCheckBox(tr("Start from last year"));
    m_from = new QComboBox;
    for (int year : m_years)
        m_from->addItem(tr("%1 campaign").arg(year), year);
    m_fromNote = new QLabel(
        tr("The same units are enrolled (each type with its rubric version in force), and the "
           "open rectification items and follow-ups are carried over, marked as carried. The "
           "sub-steps, the survey minimum sample and the naming notice settings are taken "
           "over too."));
    m_fromNote->setWordWrap(true);
    m_fromNote->setStyleSheet(QStringLiteral("color:#555"));
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_fromLast);
    fromRow->addWidget(m_from);
    fromRow->addStretch();
    const bool hasPrevious = !m_years.isEmpty();
    m_fromLast->setChecked(hasPrevious);
    m_fromLast->setEnabled(hasPrevious);
    m_from->setEnabled(hasPrevious);
    if (!hasPrevious)
        m_fromNote->setText(tr("There is no earlier campaign in this file: the year starts "
                               "empty; enrol units with “Enrol units…”."));

    auto* top = new QFormLayout;
    top->addRow(tr("Year:"), yearRow);
    top->addRow(fromRow);
    top->addRow(m_fromNote);

    m_form = new CampaignForm;
    auto* scoring = new QGroupBox(tr("Scoring"));
    (new QVBoxLayout(scoring))->addWidget(m_form);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = m_buttons->addButton(tr("Create the year…"), QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scoring);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &NewCampaignDialog::validate);
    connect(m_fromLast, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        validate();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::fromChanged);
    connect(m_form, &CampaignForm::edited, this, &NewCampaignDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fromChanged();
    resize(600, 480);
}

void NewCampaignDialog::fromChanged() {
    // The year starts with the settings of the year it comes from; they may still be changed.
    if (const std::optional<Campaign> previous =
            CampaignRepository(m_session.db()).find(m_from->currentData().toInt()))
        m_form->setSettings(previous->settings);
    validate();
}

bool NewCampaignDialog::validate() {
    const int year = m_year->value();
    QString problem;
    if (m_years.contains(year))
        problem = tr("The %1 campaign already exists.").arg(year);
    else if (m_fromLast->isChecked() && m_from->currentData().toInt() > year)
        problem = tr("Start from an earlier year than %1.").arg(year);
    m_yearMessage->setText(problem);
    m_yearMessage->setVisible(!problem.isEmpty());
    const bool ok = m_form->validate() && problem.isEmpty();
    m_create->setEnabled(ok);
    return ok;
}

bool NewCampaignDialog::create() {
    if (!validate())
        return false;
    const int year = m_year->value();
    const bool fromLast = m_fromLast->isChecked() && m_from->count() > 0;
    const int from = m_from->currentData().toInt();
    const CampaignSettings settings = m_form->settings();
    const QString what =
        fromLast ? tr("Create the %1 campaign from the %2 campaign? Its units are enrolled again "
                      "and its open rectification items and follow-ups are carried over.")
                       .arg(year)
                       .arg(from)
                 : tr("Create the %1 campaign with no units enrolled yet?").arg(year);
    if (!Ask::confirm(this, tr("New campaign year"),
                      what + QStringLiteral("\n\n") +
                          tr("A campaign year cannot be deleted once it is created."),
                      tr("Create %1").arg(year)))
        return false;
    if (fromLast) {
        // Enrolling 200,000 units again and carrying their items over takes seconds: on a
        // worker thread with its own connection, the window alive. One transaction, so a
        // failure leaves nothing behind.
        const Result<CarryOver> carried = m_session.createCampaignFrom(
            year, from, settings,
            BackgroundTask::runner(this,
                                   tr("Creating the %1 campaign from %2…").arg(year).arg(from)));
        if (!carried) {
            m_error->setText(carried.error().message);
            m_error->show();
            return false;
        }
        m_carried = *carried;
        m_createdFrom = from;
    } else {
        const Result<Campaign> created = m_session.createCampaign(year, settings);
        if (!created) {
            m_error->setText(created.error().message);
            m_error->show();
            return false;
        }
        m_carried = {};
        m_createdFrom = 0;
    }
    m_created = year;
    // Work goes on in the new year: the year box and every screen follow.
    m_session.setYear(year);
    return true;
}

QString NewCampaignDialog::summary() const {
    if (m_created == 0)
        return {};
    if (m_createdFrom == 0)
        return tr("The %1 campaign is created. Enrol its units with “Enrol units…”.")
            .arg(m_created);
    return tr("The %1 campaign is created from %2: %3 units enrolled, %4 open rectification "
              "items and %5 follow-ups carried over.")
        .arg(m_created)
        .arg(m_createdFrom)
        .arg(m_carried.enrolled)
        .arg(m_carried.rectifications)
        .arg(m_carried.followUps);
}

} // namespace lianping::ui
