#include "ScoreSheetView.h"

#include "ScoreDelegate.h"
#include "ScoreSheetModel.h"
#include "ScoreTree.h"
#include "core/campaign/Enrollments.h"
#include "core/common/Ids.h"
#include "core/common/Labels.h"
#include "core/history/History.h"
#include "core/history/HistoryText.h"
#include "core/office/Office.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/DimensionScores.h"
#include "core/scoring/ResultService.h"
#include "ui/campaign/PreviousGradeLabel.h"
#include "ui/charts/Charts.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/evidence/EvidencePane.h"
#include "ui/registry/UnitTableModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>

#include "ui/scoring/ReviewStepsBox.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {

QString actionText(State next) {
    switch (next) {
    case State::Submitted:
        return ScoreSheetView::tr("&Submit self-check");
    case State::CountyAccepted:
        return ScoreSheetView::tr("&Accept (county review done)");
    case State::CityRechecked:
        return ScoreSheetView::tr("&Recheck done (city)");
    default:
        return ScoreSheetView::tr("Advance");
    }
}

} // namespace

ScoreSheetView::ScoreSheetView(Session& session, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ScoreSheetModel(session, undo, this)) {
    m_code = new QLineEdit;
    m_code->setPlaceholderText(tr("Unit code, then Enter"));
    m_code->setMaximumWidth(180);
    m_unit = new QLabel;
    m_unit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_step = new QComboBox;
    m_step->addItem(tr("Self-check"), static_cast<int>(Step::Self));
    m_step->addItem(tr("County review"), static_cast<int>(Step::County));
    m_step->addItem(tr("City recheck"), static_cast<int>(Step::City));
    m_enroll = new QPushButton(tr("Enrol in this campaign"));
    m_enroll->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Unit:")));
    top->addWidget(m_code);
    top->addWidget(m_unit);
    m_previousGrade = new PreviousGradeLabel(session);
    top->addWidget(m_previousGrade);
    top->addStretch(1);
    top->addWidget(m_enroll);
    top->addWidget(new QLabel(tr("Entering:")));
    top->addWidget(m_step);

    m_tree = new ScoreTree;
    m_tree->setModel(m_model);
    auto* delegate = new ScoreDelegate(m_tree);
    m_tree->setItemDelegate(delegate);
    m_tree->header()->setSectionResizeMode(ScoreSheetModel::Item, QHeaderView::Stretch);
    for (int column : {int(ScoreSheetModel::Max), int(ScoreSheetModel::Self),
                       int(ScoreSheetModel::County), int(ScoreSheetModel::City)})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(ScoreSheetModel::Note, 160);
    m_tree->setColumnWidth(ScoreSheetModel::Evidence, 90);
    m_evidence = new EvidencePane(session, m_model, m_tree);

    m_totals = new QLabel;
    m_totals->setTextFormat(Qt::RichText);
    m_grade = new QLabel;
    QFont big = m_grade->font();
    big.setPointSize(big.pointSize() + 6);
    big.setBold(true);
    m_grade->setFont(big);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto* survey = new QGroupBox(tr("Mass survey (ballots)"));
    auto* surveyForm = new QFormLayout(survey);
    m_satisfied = new QSpinBox;
    m_basic = new QSpinBox;
    m_unsatisfied = new QSpinBox;
    for (QSpinBox* box : {m_satisfied, m_basic, m_unsatisfied})
        box->setRange(0, 100000);
    surveyForm->addRow(tr("Satisfied"), m_satisfied);
    surveyForm->addRow(tr("Basically satisfied"), m_basic);
    surveyForm->addRow(tr("Unsatisfied"), m_unsatisfied);
    m_saveSurvey = new QPushButton(tr("Save ballots"));
    surveyForm->addRow(m_saveSurvey);
    m_surveyHint = new QLabel;
    m_surveyHint->setWordWrap(true);
    m_surveyHint->setStyleSheet(QStringLiteral("color:#8a6d00"));
    m_surveyHint->hide();
    surveyForm->addRow(m_surveyHint);

    auto* actions = new QGroupBox(tr("Next step"));
    auto* actionLayout = new QVBoxLayout(actions);
    m_advance = new QPushButton;
    m_return = new QPushButton(tr("Re&turn with a reason…"));
    actionLayout->addWidget(m_advance);
    actionLayout->addWidget(m_return);

    m_history = new QListWidget;
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* historyBox = new QGroupBox(tr("History"));
    (new QVBoxLayout(historyBox))->addWidget(m_history);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_grade);
    sideLayout->addWidget(m_totals);
    m_profile = new QChartView;
    m_profile->setMinimumSize(240, 170);
    m_profile->setMaximumHeight(220);
    m_profile->setRenderHint(QPainter::Antialiasing);
    sideLayout->addWidget(m_profile);
    sideLayout->addWidget(survey);
    m_reviewSteps = new ReviewStepsBox(m_session);
    sideLayout->addWidget(m_reviewSteps);
    sideLayout->addWidget(actions);
    sideLayout->addWidget(historyBox, 1);
    side->setMinimumWidth(280);

    auto* sheetAndEvidence = new QSplitter(Qt::Vertical);
    sheetAndEvidence->addWidget(m_tree);
    sheetAndEvidence->addWidget(m_evidence);
    sheetAndEvidence->setStretchFactor(0, 3);
    sheetAndEvidence->setStretchFactor(1, 2);
    auto* splitter = new QSplitter;
    splitter->addWidget(sheetAndEvidence);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({920, 340}); // the indicator texts need the room
    side->setMaximumWidth(420);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_code, &QLineEdit::returnPressed, this,
            [this] { openUnit(m_code->text().trimmed()); });
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setActiveStep(static_cast<Step>(m_step->currentData().toInt()));
        refreshSummary();
    });
    connect(delegate, &ScoreDelegate::refused, this,
            [this](const QString& message) { showMessage(message, true); });
    connect(m_model, &ScoreSheetModel::refused, this,
            [this](const QString& message) { showMessage(message + unsavedNote(), true); });
    connect(m_model, &ScoreSheetModel::stored, this, [this] {
        // A stored entry clears the alarm only when nothing typed is left unsaved.
        if (m_model->unsaved().empty())
            showMessage(QString(), false);
        else
            showMessage(unsavedNote().trimmed(), true);
        refreshSummary();
    });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (m_model->flags(index) & Qt::ItemIsUserCheckable)
            toggleVeto(index);
    });
    connect(m_evidence, &EvidencePane::message, this,
            [this](const QString& text, bool error) { showMessage(text, error); });
    connect(m_saveSurvey, &QPushButton::clicked, this, &ScoreSheetView::saveSurvey);
    connect(m_reviewSteps, &ReviewStepsBox::recorded, this,
            [this](const QString& message) { showMessage(message, false); });
    connect(m_advance, &QPushButton::clicked, this, &ScoreSheetView::advance);
    connect(m_return, &QPushButton::clicked, this, &ScoreSheetView::returnUnit);
    connect(m_enroll, &QPushButton::clicked, this, &ScoreSheetView::enroll);
    connect(&m_session, &Session::yearChanged, this, [this] { openUnit(m_unitCode); });
    connect(&m_session, &Session::opened, this, [this] { openUnit(QString()); });
    // The unit shown: its state, its enrolment and the unit itself may change elsewhere.
    const auto reopenIfShown = [this](qint64 enrollmentId) {
        if (enrollmentId && enrollmentId == m_model->enrollmentId())
            openUnit(m_unitCode);
    };
    connect(&m_session, &Session::stateChanged, this, reopenIfShown);
    connect(&m_session, &Session::reviewStepsChanged, this, [this](qint64 enrollmentId) {
        if (enrollmentId && enrollmentId == m_model->enrollmentId())
            refreshSummary(); // the history lists the sub-step
    });
    connect(&m_session, &Session::enrollmentsChanged, this, [this](int year) {
        if (year == m_session.year() && !m_model->enrollmentId())
            openUnit(m_unitCode);
    });
    connect(&m_session, &Session::unitChanged, this, [this](qint64 unitId) {
        const std::optional<Unit> unit = UnitRepository(m_session.db()).findById(unitId);
        if (unit && unit->code == m_unitCode)
            openUnit(m_unitCode);
    });
    connect(&m_session, &Session::namingChanged, this, [this] { openUnit(m_unitCode); });
    connect(&m_session, &Session::recordsMerged, this, [this] { openUnit(m_unitCode); });
    refreshSummary();
}

QString ScoreSheetView::unsavedNote() const {
    if (m_model->unsaved().empty())
        return {};
    QStringList codes;
    for (const auto& [code, text] : m_model->unsaved())
        codes << QStringLiteral("%1 (%2)").arg(code, text);
    return QLatin1Char(' ') + tr("Not saved: %1. Press Enter on a red cell to try again.")
                                  .arg(codes.join(QStringLiteral("、")));
}

void ScoreSheetView::showMessage(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                   : QString());
    m_message->setText(text);
}

void ScoreSheetView::openUnit(const QString& code) {
    m_unitCode = code;
    m_code->setText(code);
    m_enroll->hide();
    showMessage(QString(), false);
    m_reviewSteps->setUnit(QString());
    m_previousGrade->setUnit(QString());
    if (code.isEmpty() || !m_session.isOpen()) {
        m_model->load(0);
        m_unit->setText(tr("Choose a unit in the registry, or type its code."));
        refreshSummary();
        return;
    }
    const std::optional<Unit> unit = UnitRepository(m_session.db()).find(code);
    if (!unit) {
        m_model->load(0);
        m_unit->setText(tr("There is no unit with code %1.").arg(code));
        refreshSummary();
        return;
    }
    m_unit->setText(QStringLiteral("<b>%1</b>  %2 · %3 · %4")
                        .arg(unit->name.toHtmlEscaped(), unit->typeName, unit->county, unit->lead));
    m_previousGrade->setUnit(code);
    Result<Enrollment> enrollment = Enrollments::find(m_session.db(), m_session.year(), code);
    if (!enrollment) {
        m_model->load(0);
        m_enroll->show();
        showMessage(
            tr("%1 is not taking part in the %2 campaign.").arg(unit->name).arg(m_session.year()),
            false);
        refreshSummary();
        return;
    }
    // Start on the step the unit is at: its self-check, the county's review, the city's recheck
    // (a named or revoked unit: the step of its final result).
    Step step = Pipeline::stepShown(m_session.db(), *enrollment);
    // Offer only the steps this office records for this unit.
    const Office office = Offices::current(m_session.db());
    {
        const QSignalBlocker block(m_step);
        m_step->clear();
        for (Step each : {Step::Self, Step::County, Step::City})
            if (office.mayScore(each, *enrollment))
                m_step->addItem(each == Step::Self     ? tr("Self-check")
                                : each == Step::County ? tr("County review")
                                                       : tr("City recheck"),
                                static_cast<int>(each));
        if (m_step->findData(static_cast<int>(step)) < 0 && m_step->count() > 0)
            step = static_cast<Step>(m_step->itemData(0).toInt());
        m_step->setCurrentIndex(m_step->findData(static_cast<int>(step)));
    }
    m_model->load(enrollment->id);
    m_model->setActiveStep(step);
    m_reviewSteps->setUnit(code);
    m_tree->expandAll();
    refreshSummary();
    if (scoresFinal(enrollment->state))
        showMessage(tr("%1 is %2: its scores are final.")
                        .arg(unit->name, UnitTableModel::stateText(stateName(enrollment->state))),
                    false);
    else
        focusFirstEmpty();
}

void ScoreSheetView::focusFirstEmpty() {
    const int column = ScoreSheetModel::columnOf(m_model->activeStep());
    QModelIndex index = m_tree->nextIndicator(m_model->index(0, column));
    QModelIndex first;
    while (index.isValid()) {
        if (m_model->flags(index) & Qt::ItemIsEditable) {
            if (!first.isValid())
                first = index;
            if (m_model->data(index).toString().isEmpty()) {
                first = index;
                break;
            }
        }
        index = m_tree->nextIndicator(index);
    }
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->setFocus();
    }
}

void ScoreSheetView::refreshSummary() {
    const bool loaded = m_model->enrollmentId() != 0;
    for (QWidget* widget : {static_cast<QWidget*>(m_saveSurvey), static_cast<QWidget*>(m_satisfied),
                            static_cast<QWidget*>(m_basic), static_cast<QWidget*>(m_unsatisfied)})
        widget->setEnabled(loaded && m_model->activeStep() != Step::Self);
    m_advance->setEnabled(false);
    m_return->setEnabled(false);
    m_advance->setText(tr("Advance"));
    m_history->clear();
    if (!loaded) {
        m_totals->setText(QString());
        m_grade->setText(QString());
        clearProfile(); // never the previous unit's bars
        return;
    }
    Result<UnitResult> result =
        ResultService(m_session.db()).forEnrollment(m_model->enrollmentId());
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_model->enrollmentId());
    if (!result || !enrollment) {
        clearProfile();
        return;
    }
    auto stepTotal = [this](Step step) {
        return m_model->hasScores(step) ? formatPoints(m_model->stepTotal(step))
                                        : QStringLiteral("—");
    };
    QString totals =
        tr("Self-check %1 · County %2 · City %3")
            .arg(stepTotal(Step::Self), stepTotal(Step::County), stepTotal(Step::City));
    if (result->finalStep) {
        const Outcome& outcome = result->outcome;
        totals += QStringLiteral("<br>") +
                  tr("S<sub>org</sub> %1 · S<sub>mass</sub> %2 · <b>Total %3</b>")
                      .arg(formatOneDecimal(outcome.sOrg),
                           outcome.sMass ? formatOneDecimal(*outcome.sMass) : tr("no ballots"),
                           formatOneDecimal(outcome.total));
        if (outcome.veto)
            totals += QStringLiteral("<br><span style='color:#b00020'>") +
                      tr("Veto: %1").arg(result->vetoReason.toHtmlEscaped()) +
                      QStringLiteral("</span>");
        const bool revoked = enrollment->state == State::Revoked;
        // A revoked unit's grade stands in its result, but the sheet says what counts now.
        m_grade->setText(revoked ? tr("Naming revoked") : Labels::grade(gradeName(outcome.grade)));
        m_grade->setStyleSheet(revoked || outcome.grade == Grade::Unqualified
                                   ? QStringLiteral("color:#b00020")
                                   : QStringLiteral("color:#1b5e20"));
        if ((enrollment->state == State::CountyAccepted ||
             enrollment->state == State::CityRechecked) &&
            outcome.grade != Grade::Unqualified)
            totals += QStringLiteral("<br><span style='color:#1b5e20'>") +
                      tr("Ready to be named: see the Naming screen.") + QStringLiteral("</span>");
    } else {
        totals += QStringLiteral("<br>") + tr("No county or city score yet");
        m_grade->setText(QStringLiteral("—"));
        m_grade->setStyleSheet(QString());
    }
    totals += QStringLiteral("<br>") +
              tr("State: %1").arg(UnitTableModel::stateText(stateName(enrollment->state)));
    m_totals->setText(totals);
    updateProfile();

    const Sheet sheet =
        ScoreRepository(m_session.db()).load(m_model->enrollmentId(), m_model->activeStep());
    const Survey survey = sheet.survey.value_or(Survey{});
    m_satisfied->setValue(survey.satisfied);
    m_basic->setValue(survey.basic);
    m_unsatisfied->setValue(survey.unsatisfied);
    // A step whose ballots are not in yet says so, rather than showing 0/0/0 as if counted.
    m_surveyHint->setText(sheet.survey ? QString()
                                       : tr("No ballots recorded for %1 yet: enter them when the "
                                            "survey is counted.")
                                             .arg(m_step->currentText()));
    // The self-check has no ballots, a named or revoked unit takes none: no hint beside fields
    // that take no input, and the fields off.
    const bool settled = scoresFinal(enrollment->state);
    m_surveyHint->setVisible(!sheet.survey && m_model->activeStep() != Step::Self && !settled);
    if (settled)
        for (QWidget* widget :
             {static_cast<QWidget*>(m_saveSurvey), static_cast<QWidget*>(m_satisfied),
              static_cast<QWidget*>(m_basic), static_cast<QWidget*>(m_unsatisfied)})
            widget->setEnabled(false);

    // Only the moves this office may make are offered.
    const Office office = Offices::current(m_session.db());
    if (const std::optional<State> next = Pipeline::nextState(*enrollment)) {
        m_advance->setText(actionText(*next));
        m_advance->setEnabled(office.mayMove(enrollment->state, *next, *enrollment).ok());
    }
    m_return->setEnabled(Pipeline::mayReturn(enrollment->state) &&
                         office.mayMove(enrollment->state, State::Returned, *enrollment).ok());
    const std::vector<HistoryEntry> entries = History::forUnit(m_session.db(), enrollment->unitId);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        auto* item = new QListWidgetItem(HistoryText::describe(*it));
        item->setToolTip(item->text());
        m_history->addItem(item);
    }
}

void ScoreSheetView::clearProfile() {
    QChart* old = m_profile->chart();
    m_profile->setChart(charts::dimensionProfile({}, {}, tr("Dimension profile")));
    delete old;
}

void ScoreSheetView::updateProfile() {
    // Per dimension: the final points (city over county, else the self-check) over the maximum.
    QStringList names;
    QList<double> percent;
    for (const Dimension& dimension : m_model->rubric().dimensions) {
        HalfPoints points = 0;
        HalfPoints max = 0;
        for (const Indicator& indicator : dimension.indicators) {
            if (indicator.veto)
                continue;
            max += *indicator.max;
            points += DimensionScores::finalPoints(m_model->points(indicator, Step::Self),
                                                   m_model->points(indicator, Step::County),
                                                   m_model->points(indicator, Step::City),
                                                   m_model->hasScores(Step::County))
                          .value_or(0);
        }
        if (max == 0)
            continue;
        names.append(dimension.code); // short labels (the tree gives the titles), rubric order
        percent.append(100.0 * points / max);
    }
    QChart* old = m_profile->chart();
    m_profile->setChart(charts::dimensionProfile(names, percent, tr("Dimension profile")));
    delete old;
}

void ScoreSheetView::toggleVeto(const QModelIndex& index) {
    const Indicator* indicator = m_model->indicatorAt(index);
    if (!indicator)
        return;
    const bool on = m_model->vetoReason(*indicator, m_model->activeStep()).isEmpty();
    QString reason;
    if (on) {
        const std::optional<QString> given =
            Ask::text(this, tr("Veto %1").arg(indicator->code),
                      tr("%1\n\nReason (required): what happened, and the document that records it")
                          .arg(indicator->text));
        if (!given)
            return;
        reason = *given;
        if (reason.trimmed().isEmpty()) {
            showMessage(tr("A veto needs a reason; nothing was recorded."), true);
            return;
        }
    }
    const Result<void> done = m_model->setVeto(indicator->code, on, reason);
    showMessage(done ? (on ? tr("Veto recorded: the unit is unqualified.") : tr("Veto withdrawn."))
                     : done.error().message,
                !done);
}

void ScoreSheetView::saveSurvey() {
    // Through the undo stack like a score: Ctrl+Z takes the ballots back.
    const Result<void> done =
        m_model->setSurvey(Survey{m_satisfied->value(), m_basic->value(), m_unsatisfied->value()});
    showMessage(done ? tr("Ballots saved.") : done.error().message, !done);
}

void ScoreSheetView::advance() {
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_model->enrollmentId());
    if (!enrollment)
        return;
    const std::optional<State> next = Pipeline::nextState(*enrollment);
    if (!next)
        return;
    // Accepting with sub-steps of the county review not recorded: asked, and the note says so.
    QString note;
    if (*next == State::CountyAccepted && !m_reviewSteps->missing().isEmpty()) {
        const QString missing = m_reviewSteps->missing().join(QStringLiteral("、"));
        if (!Ask::confirm(this, tr("Accept %1").arg(m_unitCode),
                          tr("These sub-steps of the county review are not recorded for %1: %2.\n\n"
                             "Accept it all the same? The history will say so.")
                              .arg(m_unitCode, missing),
                          tr("Accept without them")))
            return;
        note = tr("accepted without: %1").arg(missing);
    }
    // The next office sees it from now on; only a return with a reason brings it back.
    if (!Ask::confirm(this, tr("Advance %1").arg(m_unitCode),
                      tr("Move %1 from “%2” to “%3”?\n\nIts scores for this step can no longer "
                         "be changed here; bringing it back takes a return with a reason.")
                          .arg(m_unitCode, UnitTableModel::stateText(stateName(enrollment->state)),
                               UnitTableModel::stateText(stateName(*next))),
                      m_advance->text()))
        return;
    const Result<void> done = m_session.advance(m_session.year(), m_unitCode, *next, note);
    showMessage(
        done ? tr("%1 is now: %2").arg(m_unitCode, UnitTableModel::stateText(stateName(*next)))
             : done.error().message,
        !done);
}

void ScoreSheetView::returnUnit() {
    const std::optional<QString> reason =
        Ask::text(this, tr("Return %1").arg(m_unitCode),
                  tr("Why is it returned? The previous step sees this reason."));
    if (!reason)
        return;
    const Result<void> done = m_session.returnUnit(m_session.year(), m_unitCode, *reason);
    showMessage(done ? tr("%1 returned.").arg(m_unitCode) : done.error().message, !done);
}

void ScoreSheetView::enroll() {
    // Every outcome is said: enrolled, refused, or the file would not take it.
    const Result<int> enrolled = m_session.enrollUnit(m_session.year(), m_unitCode);
    if (!enrolled)
        showMessage(enrolled.error().message, true);
    else if (*enrolled == 0)
        showMessage(
            tr("%1 could not be enrolled: it is no longer in the registry.").arg(m_unitCode), true);
    else
        showMessage(
            tr("%1 now takes part in the %2 campaign.").arg(m_unitCode).arg(m_session.year()),
            false);
}

} // namespace lianping::ui
