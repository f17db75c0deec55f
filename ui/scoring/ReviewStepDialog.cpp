#include "ReviewStepDialog.h"

#include "ui/evidence/EvidenceActions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>

namespace lianping::ui {

ReviewStepDialog::ReviewStepDialog(const ReviewStep& step, const QStringList& attached,
                                   QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Record a sub-step"));
    setAcceptDrops(true);
    m_date = new QDateEdit(step.date.isValid() ? step.date : QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(step.note);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was done, by whom, with how many people"));
    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setMinimumWidth(360);
    m_files->setMaximumHeight(120);
    m_files->setToolTip(tr("Drop files here, or use the button below"));
    for (const QString& name : attached)
        m_files->addItem(tr("%1 (attached)").arg(name));
    auto* add = new QPushButton(tr("&Add evidence files…"));
    add->setObjectName(QStringLiteral("addEvidence"));
    connect(add, &QPushButton::clicked, this, &ReviewStepDialog::chooseFiles);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Sub-step:"), new QLabel(tr("%1. %2").arg(step.position).arg(step.name)));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Evidence:"), m_files);
    form->addRow(QString(), add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate ReviewStepDialog::date() const {
    return m_date->date();
}

QString ReviewStepDialog::note() const {
    return m_note->text();
}

void ReviewStepDialog::addFiles(const QStringList& files) {
    for (const QString& file : files) {
        if (file.isEmpty() || m_newFiles.contains(file))
            continue;
        m_newFiles << file;
        auto* item =
            new QListWidgetItem(tr("%1 (to add)").arg(QFileInfo(file).fileName()), m_files);
        item->setToolTip(file);
    }
}

void ReviewStepDialog::chooseFiles() {
    addFiles(EvidenceActions::chooseFiles(this, tr("Evidence for this sub-step")));
}

void ReviewStepDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReviewStepDialog::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace lianping::ui
