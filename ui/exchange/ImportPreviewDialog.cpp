#include "ImportPreviewDialog.h"

#include "core/common/Labels.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianping::ui {

QString ImportPreviewDialog::kindLabel(const QString& kind) {
    return Labels::recordKind(kind);
}

ImportPreviewDialog::ImportPreviewDialog(const ImportReport& preview, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import package"));
    const qint64 created =
        static_cast<qint64>(preview.manifest.value(QStringLiteral("created_at")).toDouble());
    auto* origin = new QLabel(
        tr("From <b>%1</b> (%2), made %3.<br>Key fingerprint: <tt>%4</tt> — the signature and "
           "contents are verified.")
            .arg(preview.origin.office.name.toHtmlEscaped(),
                 preview.origin.office.describe().toHtmlEscaped(),
                 QDateTime::fromMSecsSinceEpoch(created).toString(
                     QStringLiteral("yyyy-MM-dd HH:mm")),
                 preview.origin.fingerprint()));
    origin->setWordWrap(true);
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Records"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts"), tr("Refused")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    int conflicts = 0;
    int refused = 0;
    for (const auto& [kind, tally] : preview.kinds) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(kindLabel(kind)));
        const int values[] = {tally.added, tally.updated, tally.unchanged, tally.conflicts,
                              tally.refused};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(QString::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
        conflicts += tally.conflicts;
        refused += tally.refused;
    }
    auto* note = new QLabel;
    note->setWordWrap(true);
    QStringList notes;
    notes << tr("%n history line(s) will be added.", nullptr, preview.historyAdded);
    if (conflicts > 0)
        notes << tr("Conflicts keep this database's version; both are listed under "
                    "File › Exchange › Conflicts for you to choose.");
    if (refused > 0) {
        QStringList lines;
        for (const QString& refusal : preview.refusals)
            lines << refusal.toHtmlEscaped();
        notes << tr("Refused records belong to another office and must come from it:") +
                     QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    }
    note->setText(notes.join(QStringLiteral("<br>")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(origin);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace lianping::ui
