#include "EvidencePanel.h"

#include "EvidenceActions.h"
#include "EvidencePreview.h"
#include "core/evidence/EvidenceRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {
constexpr QSize PreviewBox(150, 190);
enum Column { Name, Indicator, Size, AddedBy, AddedAt, Note, Hash, ColumnCount };
} // namespace

EvidencePanel::EvidencePanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_list = new QTreeWidget;
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("File"), tr("Indicator"), tr("Size"), tr("Added by"), tr("Added"),
                             tr("Note"), tr("Hash")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    // Whole names before anything else; the hash last, scrolled to when wanted.
    for (int column = Name; column < ColumnCount; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->headerItem()->setToolTip(Hash, tr("The first 12 hexadecimal digits of the file's "
                                              "SHA-256: the same file has the same value "
                                              "everywhere"));
    m_list->setMinimumWidth(320);

    m_preview = new QLabel;
    m_preview->setFixedSize(PreviewBox + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("background:#fafafa; color:#777"));

    m_add = new QPushButton(tr("&Add evidence files…"));
    m_add->setToolTip(tr("Or drop files on an indicator of the sheet"));
    m_open = new QPushButton(tr("&Open"));
    m_open->setToolTip(tr("Opens a checked copy with the program the system uses for it"));
    m_remove = new QPushButton(tr("Remove…"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_preview, 0, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addFiles);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &EvidencePanel::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidencePanel::showPreview);
    refresh();
}

void EvidencePanel::setContext(std::int64_t enrollmentId, Step step, const QString& indicator) {
    m_enrollmentId = enrollmentId;
    m_step = step;
    m_indicator = indicator;
    refresh();
}

void EvidencePanel::refresh() {
    const std::int64_t keep = selected() ? selected()->id : 0;
    m_files.clear();
    if (m_enrollmentId && m_session.isOpen())
        for (const EvidenceFile& file : EvidenceRepository(m_session.db()).list(m_enrollmentId))
            if (file.step == m_step && (m_indicator.isEmpty() || file.indicator == m_indicator))
                m_files.push_back(file);
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    bool notes = false;
    for (const EvidenceFile& file : m_files) {
        auto* item = new QTreeWidgetItem(QStringList{
            file.name, file.indicator.isEmpty() ? tr("sheet") : file.indicator,
            EvidenceActions::sizeText(file.size), file.addedBy,
            QDateTime::fromMSecsSinceEpoch(file.addedAt).toString(QStringLiteral("yyyy-MM-dd")),
            file.note, file.sha256.left(12)});
        item->setData(Name, Qt::UserRole, QVariant::fromValue<qint64>(file.id));
        item->setToolTip(Name, file.name);
        item->setToolTip(Hash, file.sha256);
        item->setToolTip(AddedAt, QDateTime::fromMSecsSinceEpoch(file.addedAt)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (!file.note.isEmpty())
            notes = true;
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        m_list->addTopLevelItem(item);
        if (file.id == keep || !current)
            current = item;
    }
    if (current)
        m_list->setCurrentItem(current);
    // One indicator's list does not repeat its code; an empty note column takes no room.
    m_list->setColumnHidden(Indicator, !m_indicator.isEmpty());
    m_list->setColumnHidden(Note, !notes);
    m_add->setEnabled(m_enrollmentId != 0);
    m_open->setEnabled(current != nullptr);
    m_remove->setEnabled(current != nullptr);
    showPreview();
}

const EvidenceFile* EvidencePanel::selected() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(Name, Qt::UserRole).toLongLong();
    for (const EvidenceFile& file : m_files)
        if (file.id == id)
            return &file;
    return nullptr;
}

QString EvidencePanel::verifiedCopy(const EvidenceFile& file) {
    // One folder per file id, the file under its own name: the system picks the program by it.
    const QString folder = m_copies.filePath(QString::number(file.id));
    const QString target = folder + QLatin1Char('/') + QFileInfo(file.name).fileName();
    if (QFileInfo(target).size() == file.size)
        return target;
    if (!QDir().mkpath(folder))
        return {};
    const Result<void> copied = EvidenceRepository(m_session.db()).get(file.id, target);
    if (!copied) {
        emit message(copied.error().message, true);
        return {};
    }
    return target;
}

void EvidencePanel::showPreview() {
    const EvidenceFile* file = selected();
    m_open->setEnabled(file != nullptr);
    m_remove->setEnabled(file != nullptr);
    m_preview->setPixmap(QPixmap());
    if (!file) {
        m_preview->setText(m_enrollmentId ? tr("No evidence here yet: drop files on the "
                                               "indicator, or use Add evidence files.")
                                          : QString());
        return;
    }
    QString copy;
    QImage image = m_pictures.value(file->id);
    if (image.isNull()) {
        copy = verifiedCopy(*file);
        image = copy.isEmpty() ? QImage() : EvidencePreview::render(copy, PreviewBox);
        if (!image.isNull())
            m_pictures.insert(file->id, image);
    }
    if (image.isNull())
        m_preview->setText(copy.isEmpty() ? tr("The stored copy failed its check.")
                                          : tr("No preview for this kind of file: open it."));
    else
        m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->setToolTip(file->name);
}

void EvidencePanel::addFiles() {
    if (!m_enrollmentId)
        return;
    const QStringList files = EvidenceActions::chooseFiles(
        this, m_indicator.isEmpty() ? tr("Evidence for the whole sheet")
                                    : tr("Evidence for %1").arg(m_indicator));
    const int count =
        EvidenceActions::attach(this, m_session, m_enrollmentId, m_indicator, m_step, files);
    if (count > 0)
        emit message(tr("%n file(s) attached to %1.", nullptr, count)
                         .arg(m_indicator.isEmpty() ? tr("the sheet") : m_indicator),
                     false);
}

void EvidencePanel::openSelected() {
    const EvidenceFile* file = selected();
    if (!file)
        return;
    const QString copy = verifiedCopy(*file);
    if (!copy.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        emit message(tr("No program on this computer opens %1.").arg(file->name), true);
}

void EvidencePanel::removeSelected() {
    const EvidenceFile* chosen = selected();
    if (!chosen)
        return;
    const EvidenceFile file = *chosen;
    if (!Ask::confirm(
            this, tr("Remove %1").arg(file.name),
            tr("Remove %1 from %2? It stays in the history with the reason you give.")
                .arg(file.name, file.indicator.isEmpty() ? tr("the sheet") : file.indicator),
            tr("Remove")))
        return;
    const std::optional<QString> reason =
        Ask::text(this, tr("Remove %1").arg(file.name), tr("Why is it removed? (required)"));
    if (!reason)
        return;
    const Result<void> removed = m_session.removeEvidence(file.id, *reason);
    if (!removed) {
        Ask::warn(this, tr("Not removed"), removed.error().message);
        return;
    }
    emit message(tr("%1 removed.").arg(file.name), false);
}

} // namespace lianping::ui
