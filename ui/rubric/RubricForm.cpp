#include "RubricForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lianping::ui {

namespace {

QPlainTextEdit* plainEdit(int lines) {
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // keyboard users leave the field with Tab
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// A field with its message below it, the message as wide as the form.
QWidget* withMessage(QWidget* field, QLabel* message, Qt::Alignment alignment = {}) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field, 0, alignment);
    layout->addWidget(message);
    return box;
}

// A form at the top of its page: the rows keep their height, the space is left below.
QWidget* page(QFormLayout* form) {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    layout->addStretch(1);
    return widget;
}

} // namespace

RubricForm::RubricForm(QWidget* parent)
    : QWidget(parent) {
    m_pages = new QStackedWidget;
    m_pages->addWidget(new QLabel(tr("Select a dimension or an indicator on the left.")));

    auto* dimensionForm = new QFormLayout;
    m_dimensionCode = new QLineEdit;
    m_dimensionTitle = new QLineEdit;
    dimensionForm->addRow(tr("Dimension &id:"),
                          withMessage(m_dimensionCode, errorLabel(Field::DimensionCode)));
    dimensionForm->addRow(tr("Dimension &title:"),
                          withMessage(m_dimensionTitle, errorLabel(Field::DimensionTitle)));
    m_pages->addWidget(page(dimensionForm));

    auto* form = new QFormLayout;
    m_code = new QLineEdit;
    m_text = plainEdit(3);
    m_max = new QDoubleSpinBox;
    m_max->setRange(0, 100);
    m_max->setDecimals(1);
    m_max->setSingleStep(0.5);
    m_max->setSuffix(tr(" points"));
    m_max->setToolTip(tr("In steps of 0.5; the scored maxima add up to exactly 100."));
    m_veto = new QCheckBox(tr("&Veto item"));
    m_veto->setToolTip(tr("A veto item has no points: failing it vetoes the unit"));
    m_deduct = new QCheckBox(tr("&Deduction-scored"));
    m_deduct->setToolTip(tr("The points are the max less the findings' deductions"));
    m_guidance = plainEdit(4);
    m_evidence = plainEdit(2);
    form->addRow(tr("Indicator &id:"), withMessage(m_code, errorLabel(Field::Code)));
    form->addRow(tr("&Content:"), withMessage(m_text, errorLabel(Field::Text)));
    form->addRow(tr("&Max:"), withMessage(m_max, errorLabel(Field::Max), Qt::AlignLeft));
    form->addRow(QString(), m_veto);
    form->addRow(QString(), withMessage(m_deduct, errorLabel(Field::Deduct)));
    form->addRow(tr("Scoring &guidance:"), m_guidance);
    form->addRow(tr("&Evidence expected:"), m_evidence);
    m_pages->addWidget(page(form));
    (new QVBoxLayout(this))->addWidget(m_pages);

    const auto report = [this](Field field, const QVariant& value) {
        if (!m_showing)
            emit edited(field, value);
    };
    connect(m_dimensionCode, &QLineEdit::textEdited, this,
            [report](const QString& text) { report(Field::DimensionCode, text); });
    connect(m_dimensionTitle, &QLineEdit::textEdited, this,
            [report](const QString& text) { report(Field::DimensionTitle, text); });
    connect(m_code, &QLineEdit::textEdited, this,
            [report](const QString& text) { report(Field::Code, text); });
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, report] { report(Field::Text, m_text->toPlainText()); });
    connect(m_guidance, &QPlainTextEdit::textChanged, this,
            [this, report] { report(Field::Guidance, m_guidance->toPlainText()); });
    connect(m_evidence, &QPlainTextEdit::textChanged, this,
            [this, report] { report(Field::Evidence, m_evidence->toPlainText()); });
    connect(m_max, &QDoubleSpinBox::valueChanged, this, [report](double value) {
        report(Field::Max, static_cast<int>(std::lround(value * 2))); // to 0.5 steps
    });
    connect(m_veto, &QCheckBox::toggled, this,
            [report](bool checked) { report(Field::Veto, checked); });
    connect(m_deduct, &QCheckBox::toggled, this,
            [report](bool checked) { report(Field::Deduct, checked); });
}

QLabel* RubricForm::errorLabel(Field field) {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    m_errors.emplace_back(field, label);
    return label;
}

QString RubricForm::message(Field field) const {
    for (const auto& [at, label] : m_errors)
        if (at == field)
            return label->text();
    return {};
}

void RubricForm::showProblems(const std::vector<RubricProblem>& problems) {
    using P = RubricProblem::Field;
    const auto fieldOf = [](P problem) {
        switch (problem) {
        case P::DimensionCode:
            return Field::DimensionCode;
        case P::DimensionTitle:
            return Field::DimensionTitle;
        case P::Code:
            return Field::Code;
        case P::Text:
            return Field::Text;
        case P::Deduct:
            return Field::Deduct;
        case P::Title:
        case P::Max:
        case P::Total: // the running total belongs next to the max being changed
            return Field::Max;
        }
        return Field::Max;
    };
    for (const auto& [field, label] : m_errors) {
        QStringList messages;
        for (const RubricProblem& problem : problems)
            if (fieldOf(problem.field) == field)
                messages << QStringLiteral("⚠ ") + problem.message;
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
}

void RubricForm::setPlain(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void RubricForm::showNothing() {
    m_pages->setCurrentIndex(0);
    showProblems({});
}

void RubricForm::showDimension(const Dimension& dimension,
                               const std::vector<RubricProblem>& problems) {
    m_showing = true;
    if (m_dimensionCode->text() != dimension.code)
        m_dimensionCode->setText(dimension.code);
    if (m_dimensionTitle->text() != dimension.title)
        m_dimensionTitle->setText(dimension.title);
    m_pages->setCurrentIndex(1);
    showProblems(problems);
    m_showing = false;
}

void RubricForm::showIndicator(const Indicator& indicator,
                               const std::vector<RubricProblem>& problems) {
    m_showing = true;
    if (m_code->text() != indicator.code)
        m_code->setText(indicator.code);
    setPlain(m_text, indicator.text);
    const double max = indicator.max ? toPoints(*indicator.max) : 0.0;
    if (m_max->value() != max)
        m_max->setValue(max);
    m_max->setEnabled(!indicator.veto && !m_readOnly);
    m_veto->setChecked(indicator.veto);
    m_deduct->setChecked(indicator.deduct);
    m_deduct->setEnabled(!indicator.veto && !m_readOnly);
    setPlain(m_guidance, indicator.guidance);
    setPlain(m_evidence, indicator.evidence);
    m_pages->setCurrentIndex(2);
    showProblems(problems);
    m_showing = false;
}

void RubricForm::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_dimensionCode, m_dimensionTitle, m_code})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : {m_text, m_guidance, m_evidence})
        edit->setReadOnly(readOnly);
    m_max->setReadOnly(readOnly);
    m_max->setEnabled(!readOnly);
    m_veto->setEnabled(!readOnly);
    m_deduct->setEnabled(!readOnly);
}

} // namespace lianping::ui
