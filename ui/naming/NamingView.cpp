#include "NamingView.h"

#include <algorithm>
#include <map>

#include "core/common/Labels.h"
#include "core/office/Office.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/report/NamingList.h"
#include "core/scoring/ResultService.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lianping::ui {

NamingView::NamingView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_county = new QComboBox;
    m_type = new QComboBox;
    auto* load = new QPushButton(tr("Show candidates"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Candidates (accepted, qualified or better):")));
    filters->addWidget(m_county);
    filters->addWidget(m_type);
    filters->addWidget(load);
    filters->addStretch();

    auto* all = new QPushButton(tr("Tick &all"));
    auto* none = new QPushButton(tr("Tick &none"));
    filters->addWidget(all);
    filters->addWidget(none);

    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Type"), tr("County"), tr("Total"), tr("Grade")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* batch = new QGroupBox(tr("Naming decision"));
    auto* form = new QFormLayout(batch);
    m_decision = new QLineEdit;
    m_decision->setPlaceholderText(tr("e.g. 广委〔%1〕12号").arg(QDate::currentDate().year()));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* name = new QPushButton(tr("&Name the ticked units…"));
    form->addRow(tr("Decision number"), m_decision);
    form->addRow(tr("Date"), m_date);
    form->addRow(name);
    auto* revokeButton = new QPushButton(tr("Re&voke a naming…"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    // The year's naming decisions so far, each with its units; a unit chosen here is the one
    // a revocation is for.
    m_batches = new QTreeWidget;
    m_batches->setHeaderLabels({tr("Decision / unit"), tr("Date / county"), tr("Units / type")});
    m_batches->setRootIsDecorated(true);
    m_batches->setMinimumWidth(380);
    auto* batchesBox = new QGroupBox(tr("Naming decisions of the year"));
    auto* batchesLayout = new QVBoxLayout(batchesBox);
    batchesLayout->addWidget(m_batches);
    batchesLayout->addWidget(revokeButton, 0, Qt::AlignRight);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(batch, 1);
    bottom->addWidget(batchesBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(load, &QPushButton::clicked, this, &NamingView::loadCandidates);
    connect(m_county, &QComboBox::activated, this, &NamingView::loadCandidates);
    connect(m_type, &QComboBox::activated, this, &NamingView::loadCandidates);
    connect(name, &QPushButton::clicked, this, [this] { nameSelected(true); });
    connect(revokeButton, &QPushButton::clicked, this, [this] { revoke(); });
    const auto tickAll = [this](Qt::CheckState state) {
        const QSignalBlocker quiet(m_table); // one count at the end, not one per row
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->item(r, 0)->setCheckState(state);
        m_status->setText(
            tr("%n unit(s) ticked.", nullptr, static_cast<int>(selectedCodes().size())));
    };
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 0)
            m_status->setText(
                tr("%n unit(s) ticked.", nullptr, static_cast<int>(selectedCodes().size())));
    });
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::yearChanged, this, [this] { m_lazy->request(); });
    // Candidates are the accepted and rechecked units with their grades; batches the namings.
    // A naming or a revocation changes both lists at once, shown or not (the candidates keep
    // the county and type chosen).
    connect(&m_session, &Session::namingChanged, this, [this] {
        loadCandidates();
        loadBatches();
    });
    connect(&m_session, &Session::recordsMerged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::stateChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::sheetChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::sheetsChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::campaignChanged, this, [this] { m_lazy->request(); });
}

void NamingView::reload() {
    // A reload after a write keeps the county and type chosen.
    const QVariant county = m_county->currentData();
    const QVariant type = m_type->currentData();
    m_county->clear();
    m_type->clear();
    m_table->setRowCount(0);
    if (!m_session.isOpen())
        return;
    // Only the city names; other offices see why the page is read-only.
    const bool mayName = Offices::current(m_session.db()).mayName().ok();
    setEnabled(mayName);
    if (!mayName) {
        m_status->setText(
            tr("Naming is the city office's step; this database belongs to another office."));
        return;
    }
    m_county->addItem(tr("All counties"), QString());
    for (const QString& county : LookupTables::counties(m_session.db()))
        m_county->addItem(county, county);
    m_type->addItem(tr("All types"), QString());
    for (const UnitType& type : TypeRepository(m_session.db()).list())
        m_type->addItem(type.name, type.code);
    m_county->setCurrentIndex(std::max(0, m_county->findData(county)));
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    loadCandidates();
    loadBatches();
}

void NamingView::loadBatches() {
    m_batches->clear();
    if (!m_session.isOpen())
        return;
    Result<NamingList> list = NamingList::load(m_session.db(), m_session.year(), false, true);
    if (!list)
        return;
    for (const NamingDecision& decision : list->decisions) {
        auto* top = new QTreeWidgetItem(m_batches, {decision.decision, decision.decidedOn,
                                                    tr("%n unit(s)", nullptr, decision.units())});
        for (const NamingGroup& group : decision.groups)
            for (const NamedUnit& unit : group.units) {
                const QString label = unit.revoked
                                          ? tr("%1 %2 (naming revoked)").arg(unit.code, unit.name)
                                          : QStringLiteral("%1 %2").arg(unit.code, unit.name);
                auto* item = new QTreeWidgetItem(top, {label, unit.county, group.typeName});
                if (unit.revoked)
                    item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
                item->setData(0, Qt::UserRole, unit.code);
            }
    }
    m_batches->resizeColumnToContents(0);
}

void NamingView::loadCandidates() {
    const QSignalBlocker quiet(m_table); // rows being filled are not ticks
    m_table->setRowCount(0);
    if (!m_session.isOpen())
        return;
    ResultQuery query;
    query.year = m_session.year();
    query.county = m_county->currentData().toString();
    query.typeCode = m_type->currentData().toString();
    Result<std::vector<UnitResult>> results = ResultService(m_session.db()).compute(query);
    if (!results) {
        m_status->setText(results.error().message);
        return;
    }
    std::map<QString, QString> typeNames;
    for (const UnitType& type : TypeRepository(m_session.db()).list())
        typeNames[type.code] = type.name;
    for (const UnitResult& row : *results) {
        const bool accepted =
            row.state == State::CountyAccepted || row.state == State::CityRechecked;
        if (!accepted || !row.finalStep || row.outcome.grade == Grade::Unqualified)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto* code = new QTableWidgetItem(row.unitCode);
        code->setFlags(code->flags() | Qt::ItemIsUserCheckable);
        code->setCheckState(Qt::Checked);
        m_table->setItem(r, 0, code);
        m_table->setItem(r, 1, new QTableWidgetItem(row.name));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(typeNames.count(row.typeCode)
                                                  ? typeNames[row.typeCode]
                                                  : row.typeCode));
        m_table->setItem(r, 3, new QTableWidgetItem(row.county));
        m_table->setItem(r, 4, new QTableWidgetItem(formatOneDecimal(row.outcome.total)));
        m_table->setItem(r, 5, new QTableWidgetItem(Labels::grade(gradeName(row.outcome.grade))));
    }
    m_status->setText(
        tr("%n candidate(s); untick any that should wait.", nullptr, m_table->rowCount()));
}

QStringList NamingView::selectedCodes() const {
    QStringList codes;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            codes << m_table->item(r, 0)->text();
    return codes;
}

bool NamingView::nameSelected(bool confirm) {
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) {
        m_status->setText(tr("Tick at least one unit."));
        return false;
    }
    if (m_decision->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter the decision number first."));
        m_decision->setFocus();
        return false;
    }
    const QString date = m_date->date().toString(Qt::ISODate);
    if (confirm) {
        QStringList preview;
        for (int r = 0; r < m_table->rowCount() && preview.size() < 12; ++r)
            if (m_table->item(r, 0)->checkState() == Qt::Checked)
                preview << QStringLiteral("%1 %2").arg(m_table->item(r, 0)->text(),
                                                       m_table->item(r, 1)->text());
        if (codes.size() > preview.size())
            preview << tr("… and %n more", nullptr,
                          static_cast<int>(codes.size() - preview.size()));
        if (!Ask::confirm(
                this, tr("Name %n unit(s)?", nullptr, static_cast<int>(codes.size())),
                tr("Decision %1 of %2 names:\n\n%3")
                    .arg(m_decision->text().trimmed(), date, preview.join(QLatin1Char('\n'))),
                tr("Name them")))
            return false;
    }
    Result<std::int64_t> named =
        m_session.name(NamingBatch{m_session.year(), m_decision->text().trimmed(), date, codes});
    if (!named) {
        m_status->setText(named.error().message);
        return false;
    }
    m_status->setText(tr("%n unit(s) named by %1.", nullptr, static_cast<int>(codes.size()))
                          .arg(m_decision->text().trimmed()));
    m_decision->clear(); // the next batch has its own number
    return true;
}

bool NamingView::revoke(const QString& chosen) {
    QString code = chosen;
    if (code.isEmpty() && m_batches->currentItem())
        code = m_batches->currentItem()->data(0, Qt::UserRole).toString();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Revoke a naming"));
    dialog.setMinimumWidth(520);
    auto* unit = new QLineEdit(code);
    unit->setObjectName(QStringLiteral("unit"));
    unit->setPlaceholderText(tr("Unit code (choose it in the list of decisions)"));
    auto* reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("reason"));
    reason->setPlaceholderText(tr("e.g. a veto event: 发生违纪违法案件"));
    auto* date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* document = new QLineEdit;
    document->setObjectName(QStringLiteral("document"));
    document->setPlaceholderText(tr("e.g. 广委〔%1〕30号").arg(m_session.year()));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("Document &number:"), document);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    m_revokeDialog = &dialog;
    while (dialog.exec() == QDialog::Accepted) {
        if (unit->text().trimmed().isEmpty() || reason->text().trimmed().isEmpty() ||
            document->text().trimmed().isEmpty()) {
            Ask::warn(&dialog, tr("Revoke a naming"),
                      tr("The unit, the reason and the document number are all needed."));
            continue;
        }
        if (!Ask::confirm(this, tr("Revoke a naming"),
                          tr("Revoke the naming of %1 by %2? The naming stays in its history.")
                              .arg(unit->text().trimmed(), document->text().trimmed()),
                          tr("Revoke")))
            break;
        const Result<void> done =
            m_session.revoke(unit->text().trimmed(), reason->text().trimmed(),
                             date->date().toString(Qt::ISODate), document->text().trimmed());
        if (!done) {
            Ask::warn(&dialog, tr("Not revoked"), done.error().message);
            continue;
        }
        m_revokeDialog = nullptr;
        m_status->setText(tr("The naming of %1 is revoked.").arg(unit->text().trimmed()));
        return true;
    }
    m_revokeDialog = nullptr;
    return false;
}

} // namespace lianping::ui
