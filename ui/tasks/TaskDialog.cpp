#include "TaskDialog.h"

#include "core/common/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lianping::ui {

namespace {

QComboBox* editableBox(const QStringList& items) {
    auto* box = new QComboBox;
    box->setEditable(true);
    box->addItems(items);
    box->setCurrentIndex(-1);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

} // namespace

TaskDialog::TaskDialog(int year, const TaskChoices& choices, const std::optional<Task>& parentTask,
                       QWidget* parent)
    : QDialog(parent)
    , m_year(year) {
    setWindowTitle(parentTask ? tr("Split task") : tr("New task"));
    m_title = new QLineEdit;
    m_kind = new QComboBox;
    for (const char* code : {"common", "specific", "extended"})
        m_kind->addItem(Labels::taskKind(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_action = editableBox(choices.actions);
    m_lead = editableBox(choices.departments);
    m_co = new QLineEdit;
    m_co->setPlaceholderText(tr("Separate departments with 、"));
    m_county = editableBox(QStringList{tr("City level")} + choices.counties);
    m_county->setCurrentIndex(0);
    m_target = new QPlainTextEdit;
    m_target->setTabChangesFocus(true);
    m_target->setFixedHeight(m_target->fontMetrics().lineSpacing() * 3 + 12);
    m_target->setPlaceholderText(tr("The quantified target, e.g. 建成示范校20所"));
    m_due = new QDateEdit(QDate(year, 12, 31));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ongoing = new QCheckBox(tr("Ongoing (no due date)"));
    auto* form = new QFormLayout;
    if (parentTask) {
        m_parent = parentTask->id;
        form->addRow(tr("Part of:"), new QLabel(parentTask->title));
        m_split = new QComboBox;
        for (const char* code : {"inner", "outer", "down"})
            m_split->addItem(Labels::taskSplit(QString::fromLatin1(code)),
                             QString::fromLatin1(code));
        form->addRow(tr("&Split:"), m_split);
        m_kind->setCurrentIndex(m_kind->findData(parentTask->kind));
        m_action->setEditText(parentTask->action);
        if (parentTask->due.isValid())
            m_due->setDate(parentTask->due);
        // 外分 goes to a co-organiser, 下分 to a county: offer them.
        m_lead->insertItems(0, parentTask->co);
    }
    form->addRow(tr("&Task:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Lead department:"), m_lead);
    form->addRow(tr("&Co-organisers:"), m_co);
    form->addRow(tr("Le&vel:"), m_county);
    form->addRow(tr("Tar&get:"), m_target);
    auto* due = new QHBoxLayout;
    due->addWidget(m_due);
    due->addWidget(m_ongoing);
    due->addStretch();
    form->addRow(tr("&Due:"), due);
    connect(m_ongoing, &QCheckBox::toggled, m_due, &QWidget::setDisabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(parentTask ? tr("Add part") : tr("Add task"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

TaskInput TaskDialog::input() const {
    TaskInput input;
    input.year = m_year;
    input.title = m_title->text();
    input.kind = m_kind->currentData().toString();
    input.action = m_action->currentText();
    input.lead = m_lead->currentText();
    input.co = QStringList{m_co->text()};
    const QString county = m_county->currentText().trimmed();
    input.county = county == tr("City level") ? QString() : county;
    input.parent = m_parent;
    if (m_split)
        input.split = m_split->currentData().toString();
    input.target = m_target->toPlainText();
    input.due =
        m_ongoing->isChecked() ? QStringLiteral("长期") : m_due->date().toString(Qt::ISODate);
    return input;
}

ProgressDialog::ProgressDialog(const Task& task, double percent, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Record progress"));
    m_percent = new QDoubleSpinBox;
    m_percent->setRange(0, 100);
    m_percent->setDecimals(1);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(percent);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("What was done, what is left"));
    auto* form = new QFormLayout;
    form->addRow(tr("Task:"), new QLabel(task.title));
    if (!task.target.isEmpty())
        form->addRow(tr("Target:"), new QLabel(task.target));
    form->addRow(tr("&Reached:"), m_percent);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    auto* hint = new QLabel(tr("100 % marks the task done."));
    hint->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_percent->selectAll();
}

double ProgressDialog::percent() const {
    return m_percent->value();
}

QDate ProgressDialog::date() const {
    return m_date->date();
}

QString ProgressDialog::note() const {
    return m_note->text();
}

} // namespace lianping::ui
