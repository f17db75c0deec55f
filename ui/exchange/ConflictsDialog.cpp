#include "ConflictsDialog.h"
#include "ui/common/Ask.h"

#include "core/exchange/Conflicts.h"
#include "ui/common/Session.h"
#include "ui/exchange/ImportPreviewDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianping::ui {

ConflictsDialog::ConflictsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Conflicts"));
    auto* intro = new QLabel(tr("These records were changed on two laptops apart. This "
                                "database's version is in use; choose which to keep. The other "
                                "stays in the unit's history."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Records"), tr("From"), tr("Found"), tr("Ours ≠ theirs")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_ours = new QPushButton(tr("Keep &ours"));
    m_theirs = new QPushButton(tr("Keep &theirs"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* row = new QHBoxLayout;
    row->addWidget(m_ours);
    row->addWidget(m_theirs);
    row->addStretch(1);
    row->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ours, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(&m_session, &Session::recordsMerged, this, &ConflictsDialog::reload);
    reload();
    resize(860, 420);
}

void ConflictsDialog::reload() {
    m_table->setRowCount(0);
    for (const Conflict& conflict : Conflicts(m_session.db()).open()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* unit = new QTableWidgetItem(conflict.unitCode);
        unit->setData(Qt::UserRole, QVariant::fromValue<qint64>(conflict.id));
        m_table->setItem(row, 0, unit);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(ImportPreviewDialog::kindLabel(conflict.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(conflict.origin));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(conflict.detectedAt)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, 4, new QTableWidgetItem(conflict.differences));
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_ours->setEnabled(m_table->rowCount() > 0);
    m_theirs->setEnabled(m_table->rowCount() > 0);
}

bool ConflictsDialog::resolveSelected(bool keepTheirs) {
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const Result<void> resolved = m_session.resolveConflict(id, keepTheirs);
    if (!resolved) {
        Ask::warn(this, tr("Conflict not resolved"), resolved.error().message);
        return false;
    }
    return true;
}

} // namespace lianping::ui
