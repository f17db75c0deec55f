#include "RubricDiffDialog.h"

#include "core/rubric/RubricRepository.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {

const QColor Added(0xd8, 0xf0, 0xd8);
const QColor Removed(0xf6, 0xd5, 0xd5);
const QColor Changed(0xff, 0xf0, 0xc0);
const QColor Same(0xf2, 0xf2, 0xf2);

} // namespace

RubricDiffDialog::RubricDiffDialog(Session& session, const QString& typeCode, qint64 from,
                                   qint64 to, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Compare rubric versions"));
    resize(1000, 600);
    m_from = new QComboBox;
    m_to = new QComboBox;
    for (const RubricSummary& summary : RubricRepository(session.db()).list()) {
        if (summary.typeCode != typeCode)
            continue;
        const QString text = tr("%1 version %2 · %3%4")
                                 .arg(summary.year)
                                 .arg(summary.version)
                                 .arg(summary.title)
                                 .arg(summary.frozen ? tr(" (in use)") : QString());
        m_from->addItem(text, static_cast<qlonglong>(summary.id));
        m_to->addItem(text, static_cast<qlonglong>(summary.id));
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(static_cast<qlonglong>(from))));
    m_to->setCurrentIndex(std::max(0, m_to->findData(static_cast<qlonglong>(to))));
    auto* swap = new QPushButton(tr("S&wap"));
    auto* choose = new QFormLayout;
    choose->addRow(tr("&Older version:"), m_from);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(m_to, 1);
    toRow->addWidget(swap);
    auto* toLabel = new QLabel(tr("&Newer version:"));
    toLabel->setBuddy(m_to);
    choose->addRow(toLabel, toRow);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Indicator"), tr("Field"), tr("Older version"), tr("Newer version")});
    m_table->horizontalHeader()->setSectionResizeMode(Before, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(After, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &RubricDiffDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RubricDiffDialog::compare);
    connect(swap, &QPushButton::clicked, this, [this] {
        const int from = m_from->currentIndex();
        const QSignalBlocker blocker(m_from);
        m_from->setCurrentIndex(m_to->currentIndex());
        m_to->setCurrentIndex(from);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compare();
}

void RubricDiffDialog::addRow(const QString& change, const QColor& colour, const QString& code,
                              const QString& field, const QString& before, const QString& after) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString texts[] = {change, code, field, before, after};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(texts[column]);
        item->setBackground(colour);
        item->setForeground(QColor(Qt::black));
        if (column >= Before)
            item->setToolTip(texts[column]);
        m_table->setItem(row, column, item);
    }
}

void RubricDiffDialog::compare() {
    m_table->setRowCount(0);
    RubricRepository rubrics(m_session.db());
    const std::optional<Rubric> from = rubrics.load(m_from->currentData().toLongLong());
    const std::optional<Rubric> to = rubrics.load(m_to->currentData().toLongLong());
    if (!from || !to) {
        m_summary->setText(tr("Choose two versions."));
        return;
    }
    const RubricComparison comparison = RubricDiff::compare(*from, *to);
    using Kind = IndicatorChange::Kind;
    int counts[3] = {0, 0, 0};
    for (const DimensionChange& change : comparison.dimensions) {
        const QColor colour = change.kind == DimensionChange::Kind::Added     ? Added
                              : change.kind == DimensionChange::Kind::Removed ? Removed
                                                                              : Changed;
        addRow(RubricDiff::label(change.kind), colour, change.code, tr("Dimension title"),
               change.before, change.after);
    }
    for (const IndicatorChange& change : comparison.indicators) {
        ++counts[static_cast<int>(change.kind)];
        const auto whole = [](const Indicator& indicator) {
            return QStringLiteral("%1（%2）")
                .arg(indicator.text, indicator.veto
                                         ? RubricDiff::label(IndicatorChange::Field::Veto)
                                         : formatPoints(indicator.max.value_or(0)));
        };
        if (change.kind == Kind::Added) {
            addRow(RubricDiff::label(change.kind), Added, change.code, tr("Indicator"), QString(),
                   whole(*change.after));
            continue;
        }
        if (change.kind == Kind::Removed) {
            addRow(RubricDiff::label(change.kind), Removed, change.code, tr("Indicator"),
                   whole(*change.before), QString());
            continue;
        }
        for (const IndicatorChange::Field field : change.fields) {
            const bool dimension = field == IndicatorChange::Field::Dimension;
            addRow(RubricDiff::label(change.kind), Changed, change.code, RubricDiff::label(field),
                   dimension ? change.beforeDimension : RubricDiff::value(*change.before, field),
                   dimension ? change.dimension : RubricDiff::value(*change.after, field));
        }
    }
    const bool totalChanged = comparison.totalBefore != comparison.totalAfter;
    addRow(totalChanged ? RubricDiff::label(Kind::Changed) : tr("unchanged"),
           totalChanged ? Changed : Same, QString(), tr("Total of the scored maxima"),
           formatPoints(comparison.totalBefore), formatPoints(comparison.totalAfter));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Before, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(After, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_summary->setText(
        comparison.identical()
            ? tr("The two versions have the same dimensions and indicators.")
            : tr("%1 indicators added, %2 removed, %3 changed; %4 dimension changes; the "
                 "scored maxima add up to %5 and %6.")
                  .arg(counts[static_cast<int>(Kind::Added)])
                  .arg(counts[static_cast<int>(Kind::Removed)])
                  .arg(counts[static_cast<int>(Kind::Changed)])
                  .arg(comparison.dimensions.size())
                  .arg(formatPoints(comparison.totalBefore), formatPoints(comparison.totalAfter)));
}

} // namespace lianping::ui
