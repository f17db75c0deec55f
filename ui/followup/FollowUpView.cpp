#include "FollowUpView.h"

#include "core/common/Labels.h"
#include "core/evidence/Findings.h"
#include "ui/common/Ask.h"
#include "ui/evidence/EvidenceActions.h"

#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lianping::ui {

namespace {
QTableWidget* makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

// A cell that shows its whole text on hover, however narrow its column.
QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString kindText(const QString& kind) {
    return Labels::followUpKind(kind);
}

QString statusText(const QString& status) {
    return Labels::status(status);
}
} // namespace

FollowUpView::FollowUpView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_followUps = makeTable({tr("Year"), tr("Code"), tr("Unit"), tr("County"), tr("Follow-up"),
                             tr("Status"), tr("Note")});
    m_rectifications = makeTable({tr("Year"), tr("Code"), tr("Problem to rectify"), tr("Deadline"),
                                  tr("Responsible"), tr("Status")});
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search code, unit, county or text"));
    m_search->setClearButtonEnabled(true);
    m_openOnly = new QCheckBox(tr("Only &unfinished items"));
    auto* filters = new QHBoxLayout;
    auto* find = new QLabel(tr("&Find:"));
    find->setBuddy(m_search);
    filters->addWidget(find);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_openOnly);
    auto* done = new QPushButton(tr("Mark &done"));
    auto* next = new QPushButton(tr("Mark done / &verified"));
    auto* add = new QPushButton(tr("&Add rectification item…"));
    auto* top = new QGroupBox(tr("Follow-ups"));
    auto* topLayout = new QVBoxLayout(top);
    topLayout->addWidget(m_followUps);
    topLayout->addWidget(done, 0, Qt::AlignRight);
    auto* bottom = new QGroupBox(tr("Rectification items"));
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->addWidget(m_rectifications);
    auto* bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(add);
    bottomButtons->addStretch();
    bottomButtons->addWidget(next);
    bottomLayout->addLayout(bottomButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(top, 1);
    layout->addWidget(bottom, 1);
    connect(m_search, &QLineEdit::textChanged, this, &FollowUpView::applyFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &FollowUpView::applyFilter);
    connect(done, &QPushButton::clicked, this, &FollowUpView::markFollowUpDone);
    connect(next, &QPushButton::clicked, this, &FollowUpView::advanceRectification);
    connect(add, &QPushButton::clicked, this, &FollowUpView::addRectification);
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::yearChanged, this, [this] { m_lazy->request(); });
    // Follow-ups come from results (scores, vetoes, steps, namings); rectification items from
    // findings and by hand.
    for (const auto signal : {&Session::followUpsChanged, &Session::namingChanged,
                              &Session::recordsMerged, &Session::unitsChanged})
        connect(&m_session, signal, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::sheetChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::stateChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::unitChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::enrollmentsChanged, this, [this] { m_lazy->request(); });
}

void FollowUpView::reload() {
    m_followUps->setRowCount(0);
    m_rectifications->setRowCount(0);
    if (!m_session.isOpen())
        return;
    const std::vector<FollowUp> items = FollowUps(m_session.db()).list(m_session.year());
    m_followUps->setRowCount(static_cast<int>(std::min<std::size_t>(items.size(), 5000)));
    for (int r = 0; r < m_followUps->rowCount(); ++r) {
        const FollowUp& item = items[static_cast<std::size_t>(r)];
        const QStringList cells = {
            QString::number(item.year), item.unitCode,           item.unitName, item.county,
            kindText(item.kind),        statusText(item.status), item.note};
        for (int c = 0; c < cells.size(); ++c)
            m_followUps->setItem(r, c, cell(cells[c]));
        m_followUps->item(r, 0)->setData(Qt::UserRole, static_cast<qlonglong>(item.id));
        m_followUps->item(r, 0)->setData(Qt::UserRole + 1, item.status);
    }
    const std::vector<Rectification> rectifications =
        Rectifications(m_session.db()).list(m_session.year());
    m_rectifications->setRowCount(static_cast<int>(rectifications.size()));
    for (int r = 0; r < m_rectifications->rowCount(); ++r) {
        const Rectification& item = rectifications[static_cast<std::size_t>(r)];
        const QStringList cells = {
            QString::number(item.year), item.unitCode,          item.text, item.deadline,
            item.responsible,           statusText(item.status)};
        for (int c = 0; c < cells.size(); ++c)
            m_rectifications->setItem(r, c, cell(cells[c]));
        m_rectifications->item(r, 0)->setData(Qt::UserRole, static_cast<qlonglong>(item.id));
        m_rectifications->item(r, 0)->setData(Qt::UserRole + 1, item.status);
    }
    // Short columns as wide as their text; names and problems take the rest, in full on hover.
    for (QTableWidget* table : {m_followUps, m_rectifications}) {
        table->resizeColumnsToContents();
        for (int c = 0; c < table->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c), 420));
    }
    applyFilter();
}

void FollowUpView::applyFilter() {
    const QString needle = m_search->text().trimmed();
    const bool openOnly = m_openOnly->isChecked();
    for (QTableWidget* table : {m_followUps, m_rectifications})
        for (int r = 0; r < table->rowCount(); ++r) {
            // Finished: a follow-up done or cancelled, a rectification verified (one that is
            // done still waits for its verification).
            const QString status = table->item(r, 0)->data(Qt::UserRole + 1).toString();
            const bool finished = table == m_followUps ? status != QLatin1String("open")
                                                       : status == QLatin1String("verified");
            bool shown = !openOnly || !finished;
            if (shown && !needle.isEmpty()) {
                shown = false;
                for (int c = 0; c < table->columnCount() && !shown; ++c)
                    shown = table->item(r, c) &&
                            table->item(r, c)->text().contains(needle, Qt::CaseInsensitive);
            }
            table->setRowHidden(r, !shown);
        }
}

void FollowUpView::markFollowUpDone() {
    const int row = m_followUps->currentRow();
    if (row < 0)
        return;
    const Result<void> done =
        m_session.setFollowUpStatus(m_followUps->item(row, 0)->data(Qt::UserRole).toLongLong(),
                                    QStringLiteral("done"), QString());
    if (!done)
        Ask::warn(this, tr("Not changed"), done.error().message);
}

void FollowUpView::addRectification() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add rectification item"));
    auto* unit = new QLineEdit;
    unit->setPlaceholderText(tr("unit code"));
    auto* text = new QLineEdit;
    auto* deadline = new QDateEdit(QDate::currentDate().addMonths(3));
    deadline->setCalendarPopup(true);
    deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* responsible = new QLineEdit;
    auto* error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Unit code"), unit);
    form->addRow(tr("Problem to rectify"), text);
    form->addRow(tr("Deadline"), deadline);
    form->addRow(tr("Responsible"), responsible);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Result<std::int64_t> added =
            m_session.addRectification(m_session.year(), unit->text().trimmed(), text->text(),
                                       deadline->date().toString(Qt::ISODate), responsible->text());
        if (!added) {
            error->setText(added.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void FollowUpView::advanceRectification() {
    const int row = m_rectifications->currentRow();
    if (row < 0)
        return;
    const QString status = m_rectifications->item(row, 0)->data(Qt::UserRole + 1).toString();
    const QString next =
        status == QLatin1String("open") ? QStringLiteral("done") : QStringLiteral("verified");
    // Closing an item asks for the evidence of the fix (the rectification report, photos);
    // it goes to the indicator of the finding the item was made from.
    QStringList files;
    if (Ask::confirm(this, tr("Evidence of the rectification"),
                     tr("Attach the evidence that the problem was put right (a rectification "
                        "report, photos, new rules)? It is kept with the unit's evidence."),
                     tr("&Attach files…"))) {
        files = EvidenceActions::chooseFiles(this, tr("Evidence of the rectification"));
        if (files.isEmpty())
            return; // the person cancelled the file dialog: nothing changes
    }
    const Result<void> done = m_session.closeRectification(
        m_rectifications->item(row, 0)->data(Qt::UserRole).toLongLong(), next, QString(), files);
    if (!done)
        Ask::warn(this, tr("Not changed"), done.error().message);
}

} // namespace lianping::ui
