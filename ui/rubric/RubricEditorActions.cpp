// RubricEditor's edits (fields, structure) and its file and save actions; the dialog's
// layout and display are in RubricEditor.cpp.
#include "RubricEditor.h"

#include "core/campaign/CampaignRepository.h"
#include "core/export/RubricFile.h"
#include "core/rubric/RubricRepository.h"
#include "core/services/CampaignSetup.h"
#include "ui/common/Ask.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

namespace lianping::ui {

namespace {

QString nextCode(const Rubric& rubric, const QString& prefix, int from) {
    for (int n = from;; ++n) {
        const QString code = prefix + QString::number(n);
        bool used = false;
        for (const Dimension& dimension : rubric.dimensions) {
            used = used || dimension.code == code;
            for (const Indicator& indicator : dimension.indicators)
                used = used || indicator.code == code;
        }
        if (!used)
            return code;
    }
}

} // namespace

void RubricEditor::fieldEdited(RubricForm::Field field, const QVariant& value) {
    using Field = RubricForm::Field;
    const RubricPath path = currentPath();
    if (path.dimension < 0)
        return;
    Rubric next = m_rubric;
    Dimension& dimension = next.dimensions[static_cast<std::size_t>(path.dimension)];
    const QString key = QStringLiteral("%1@%2.%3")
                            .arg(static_cast<int>(field))
                            .arg(path.dimension)
                            .arg(path.indicator);
    if (path.indicator < 0) {
        if (field == Field::DimensionCode)
            dimension.code = value.toString().trimmed();
        else if (field == Field::DimensionTitle)
            dimension.title = value.toString();
        edit(next, path, tr("Edit dimension %1").arg(dimension.code), key);
        return;
    }
    Indicator& indicator = dimension.indicators[static_cast<std::size_t>(path.indicator)];
    switch (field) {
    case Field::Code:
        indicator.code = value.toString().trimmed();
        break;
    case Field::Text:
        indicator.text = value.toString();
        break;
    case Field::Max:
        if (indicator.veto)
            return;
        indicator.max = value.toInt();
        break;
    case Field::Veto:
        indicator.veto = value.toBool();
        indicator.max = indicator.veto ? std::nullopt : std::optional<HalfPoints>(0);
        if (indicator.veto)
            indicator.deduct = false;
        break;
    case Field::Deduct:
        indicator.deduct = value.toBool();
        break;
    case Field::Guidance:
        indicator.guidance = value.toString();
        break;
    case Field::Evidence:
        indicator.evidence = value.toString();
        break;
    case Field::DimensionCode:
    case Field::DimensionTitle:
        return;
    }
    const bool merges = field != Field::Veto && field != Field::Deduct;
    edit(next, path, tr("Edit indicator %1").arg(indicator.code), merges ? key : QString());
}

void RubricEditor::addDimension() {
    const RubricPath at = currentPath();
    Rubric next = m_rubric;
    const int index =
        at.dimension < 0 ? static_cast<int>(next.dimensions.size()) : at.dimension + 1;
    Dimension dimension{nextCode(next, QStringLiteral("D"), index + 1), tr("New dimension"), {}};
    next.dimensions.insert(next.dimensions.begin() + index, dimension);
    edit(next, {index, -1}, tr("Add dimension %1").arg(dimension.code));
    m_form->dimensionTitle()->setFocus();
    m_form->dimensionTitle()->selectAll();
}

void RubricEditor::addIndicator() {
    const RubricPath at = currentPath();
    if (at.dimension < 0)
        return;
    Rubric next = m_rubric;
    Dimension& dimension = next.dimensions[static_cast<std::size_t>(at.dimension)];
    const int index =
        at.indicator < 0 ? static_cast<int>(dimension.indicators.size()) : at.indicator + 1;
    Indicator indicator;
    indicator.code = nextCode(next, dimension.code + QLatin1Char('.'), index + 1);
    indicator.text = tr("New indicator");
    indicator.max = 0;
    dimension.indicators.insert(dimension.indicators.begin() + index, indicator);
    edit(next, {at.dimension, index}, tr("Add indicator %1").arg(indicator.code));
    m_form->text()->setFocus();
}

void RubricEditor::removeItem() {
    const RubricPath at = currentPath();
    if (at.dimension < 0)
        return;
    Rubric next = m_rubric;
    auto& dimensions = next.dimensions;
    Dimension& dimension = dimensions[static_cast<std::size_t>(at.dimension)];
    QString text;
    RubricPath after = at;
    if (at.indicator < 0) {
        text = tr("Remove dimension %1").arg(dimension.code);
        dimensions.erase(dimensions.begin() + at.dimension);
        after = {std::min(at.dimension, static_cast<int>(dimensions.size()) - 1), -1};
    } else {
        text = tr("Remove indicator %1")
                   .arg(dimension.indicators[static_cast<std::size_t>(at.indicator)].code);
        dimension.indicators.erase(dimension.indicators.begin() + at.indicator);
        const int left = static_cast<int>(dimension.indicators.size());
        after = {at.dimension, left == 0 ? -1 : std::min(at.indicator, left - 1)};
    }
    edit(next, after, text);
    m_tree->setFocus();
}

// An indicator moves within its dimension and, past its first or last place, into the
// dimension before or after; a dimension moves among dimensions.
void RubricEditor::move(int delta) {
    const RubricPath at = currentPath();
    if (at.dimension < 0)
        return;
    Rubric next = m_rubric;
    auto& dimensions = next.dimensions;
    const int count = static_cast<int>(dimensions.size());
    RubricPath after = at;
    if (at.indicator < 0) {
        const int to = at.dimension + delta;
        if (to < 0 || to >= count)
            return;
        std::swap(dimensions[static_cast<std::size_t>(at.dimension)],
                  dimensions[static_cast<std::size_t>(to)]);
        after.dimension = to;
    } else {
        auto& from = dimensions[static_cast<std::size_t>(at.dimension)].indicators;
        const int to = at.indicator + delta;
        if (to >= 0 && to < static_cast<int>(from.size())) {
            std::swap(from[static_cast<std::size_t>(at.indicator)],
                      from[static_cast<std::size_t>(to)]);
            after.indicator = to;
        } else {
            const int other = at.dimension + delta;
            if (other < 0 || other >= count)
                return;
            const Indicator moving = from[static_cast<std::size_t>(at.indicator)];
            from.erase(from.begin() + at.indicator);
            auto& into = dimensions[static_cast<std::size_t>(other)].indicators;
            const auto place = delta < 0 ? into.end() : into.begin();
            into.insert(place, moving);
            after = {other, delta < 0 ? static_cast<int>(into.size()) - 1 : 0};
        }
    }
    edit(next, after, delta < 0 ? tr("Move up") : tr("Move down"));
    m_tree->setFocus();
}

void RubricEditor::save() {
    if (m_readOnly)
        return;
    const QString title = tr("Save as a new version");
    if (!m_problems.empty()) {
        m_status->setText(tr("Not saved: %1").arg(m_problems.front().message));
        Ask::warn(this, title,
                  tr("The rubric cannot be saved yet: %1").arg(m_problems.front().message));
        return;
    }
    RubricRepository rubrics(m_session.db());
    const std::optional<Rubric> newest = rubrics.find(m_rubric.typeCode, m_rubric.year);
    const int version = (newest ? newest->version : 0) + 1;
    if (!Ask::confirm(this, title,
                      tr("Save “%1” as version %2 of the %3 rubric for %4? The versions before "
                         "it stay as they are: a campaign that already uses one keeps it.")
                          .arg(m_rubric.title)
                          .arg(version)
                          .arg(m_rubric.year)
                          .arg(m_typeName),
                      tr("&Save")))
        return;
    const Result<Rubric> stored = m_session.addRubric(m_rubric);
    if (!stored) {
        m_status->setText(tr("Not saved: %1").arg(stored.error().message));
        Ask::warn(this, title, stored.error().message);
        return;
    }
    m_baseVersion = stored->version;
    m_rubric = *stored;
    m_undo->setClean();
    apply(m_rubric, currentPath());
    m_status->setText(tr("✓ Saved as version %1 of the %2 rubric for %3.")
                          .arg(stored->version)
                          .arg(stored->year)
                          .arg(m_typeName));
    offerToCampaign(*stored);
    emit saved(stored->id);
}

// A version saved while the year being worked on scores this type by another: that year
// takes it if the person agrees and nothing of the type is scored there yet.
void RubricEditor::offerToCampaign(const Rubric& stored) {
    const int year = m_session.year();
    CampaignRepository campaigns(m_session.db());
    const std::optional<Campaign> campaign = campaigns.find(year);
    if (!campaign)
        return;
    for (const CampaignRubric& used : campaigns.rubrics(campaign->id)) {
        if (used.typeCode != stored.typeCode ||
            (used.rubricYear == stored.year && used.version == stored.version))
            continue;
        if (CampaignSetup(m_session.db()).scoredSheetsOfType(year, stored.id) > 0)
            return; // scoring began: the year keeps its version (core would refuse)
        const QString title = tr("Use the new version in %1").arg(year);
        if (!Ask::confirm(this, title,
                          tr("The %1 campaign scores %2 by version %3 of %4. Score its %n "
                             "unit(s) by the version just saved instead? This is possible "
                             "until the first of them is scored.",
                             nullptr, used.enrolled)
                              .arg(year)
                              .arg(m_typeName)
                              .arg(used.version)
                              .arg(used.rubricYear),
                          tr("&Use it")))
            return;
        const Result<int> moved = m_session.adoptRubric(year, stored.id);
        if (!moved) {
            Ask::warn(this, title, moved.error().message);
            return;
        }
        m_status->setText(
            tr("✓ Saved; the %1 campaign now scores %n unit(s) by it.", nullptr, *moved).arg(year));
        return;
    }
}

void RubricEditor::importFile() {
    if (m_readOnly)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import a rubric"), QString(),
                                                     tr("Rubrics (*.xlsx *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<Rubric> read = RubricFile::read(path);
    if (!read) {
        Ask::warn(this, tr("Import a rubric"), read.error().message);
        return;
    }
    if (read->typeCode != m_rubric.typeCode) {
        Ask::warn(this, tr("Import a rubric"),
                  tr("%1 is a rubric for type %2, not for %3 (%4).")
                      .arg(QDir::toNativeSeparators(path), read->typeCode, m_typeName,
                           m_rubric.typeCode));
        return;
    }
    Rubric next = m_rubric;
    next.title = read->title;
    next.dimensions = read->dimensions;
    edit(next, {0, -1}, tr("Import %1").arg(QFileInfo(path).fileName()));
    m_status->setText(
        tr("Imported %1: save it to make it a new version.").arg(QDir::toNativeSeparators(path)));
}

void RubricEditor::exportFile() {
    if (!m_problems.empty()) {
        Ask::warn(this, tr("Export the rubric"),
                  tr("Correct the rubric first (a file with a fault could not be imported "
                     "again): %1")
                      .arg(m_problems.front().message));
        return;
    }
    const QString suggested = QStringLiteral("%1-%2-v%3.xlsx")
                                  .arg(m_rubric.typeCode)
                                  .arg(m_rubric.year)
                                  .arg(m_baseVersion);
    QString path = FileDialog::getSaveFileName(this, tr("Export the rubric"), suggested,
                                               tr("Excel workbooks (*.xlsx);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    const Result<void> written = RubricFile::write(m_rubric, path);
    if (!written) {
        Ask::warn(this, tr("Export the rubric"), written.error().message);
        return;
    }
    m_status->setText(tr("✓ Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void RubricEditor::reject() {
    if (!m_readOnly && !m_undo->isClean() &&
        !Ask::confirm(this, tr("Close the rubric editor"),
                      tr("The changes are not saved as a version. Close and discard them?"),
                      tr("&Discard")))
        return;
    QDialog::reject();
}

} // namespace lianping::ui
