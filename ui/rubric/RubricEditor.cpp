#include "RubricEditor.h"

#include "core/registry/TypeRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {

QString richTip(const QStringList& paragraphs) {
    QString html;
    for (const QString& paragraph : paragraphs)
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(html);
}

} // namespace

RubricEditor::RubricEditor(Session& session, const Rubric& rubric, bool asNewVersion,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_rubric(rubric)
    , m_baseVersion(rubric.version) {
    setWindowTitle(tr("Rubric editor") + QStringLiteral("[*]"));
    resize(1080, 680);
    if (const std::optional<UnitType> type = TypeRepository(session.db()).find(rubric.typeCode))
        m_typeName = type->name;
    m_undo = new QUndoStack(this);

    m_header = new QLabel;
    m_header->setTextFormat(Qt::RichText);
    m_frozen = new QLabel(tr("Used in scoring: it cannot be changed; make a new version"));
    m_frozen->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_newVersion = new QPushButton(tr("New version from t&his one"));
    m_frozenBar = new QWidget;
    m_frozenBar->setStyleSheet(QStringLiteral("background: #fff4ce;"));
    auto* frozenLayout = new QHBoxLayout(m_frozenBar);
    auto* lock = new QLabel;
    lock->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    frozenLayout->addWidget(lock);
    frozenLayout->addWidget(m_frozen, 1);
    frozenLayout->addWidget(m_newVersion);

    m_title = new QLineEdit;
    m_titleError = new QLabel;
    m_titleError->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* titleRow = new QHBoxLayout;
    auto* titleLabel = new QLabel(tr("Rubric tit&le:"));
    titleLabel->setBuddy(m_title);
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_titleError);

    m_form = new RubricForm;
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* splitter = new QSplitter;
    splitter->addWidget(buildTreePane());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 500});

    m_total = new QLabel;
    m_problemCount = new QLabel;
    m_problemCount->setWordWrap(true);
    m_problemCount->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton;
    undoButton->setDefaultAction(undo);
    auto* redoButton = new QToolButton;
    redoButton->setDefaultAction(redo);
    m_import = new QPushButton(tr("Im&port…"));
    m_export = new QPushButton(tr("E&xport…"));
    m_save = new QPushButton(tr("&Save as a new version…"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    for (QWidget* widget : {static_cast<QWidget*>(undoButton), static_cast<QWidget*>(redoButton),
                            static_cast<QWidget*>(m_import), static_cast<QWidget*>(m_export)})
        buttons->addWidget(widget);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_frozenBar);
    layout->addLayout(titleRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_problemCount);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        Rubric next = m_rubric;
        next.title = text;
        edit(next, currentPath(), tr("Edit the title"), QStringLiteral("title"));
    });
    connect(m_form, &RubricForm::edited, this, &RubricEditor::fieldEdited);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });
    connect(m_newVersion, &QPushButton::clicked, this, &RubricEditor::startNewVersion);
    connect(m_import, &QPushButton::clicked, this, &RubricEditor::importFile);
    connect(m_export, &QPushButton::clicked, this, &RubricEditor::exportFile);
    connect(m_save, &QPushButton::clicked, this, &RubricEditor::save);
    connect(close, &QPushButton::clicked, this, &RubricEditor::reject);
    // Ctrl+Z in a field undoes the editor's step, not the field's own typing.
    const QList<QWidget*> fields{m_title,
                                 m_form->code(),
                                 m_form->text(),
                                 m_form->guidance(),
                                 m_form->evidence(),
                                 m_form->dimensionCode(),
                                 m_form->dimensionTitle(),
                                 m_form->max()};
    for (QWidget* field : fields)
        field->installEventFilter(this);
    if (auto* spinText = m_form->max()->findChild<QLineEdit*>())
        spinText->installEventFilter(this);

    setReadOnly(m_rubric.frozen && !asNewVersion);
    apply(m_rubric, RubricPath{0, -1});
    m_undo->setClean();
    m_tree->setFocus();
}

QWidget* RubricEditor::buildTreePane() {
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Dimension / indicator"), tr("Max")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAllColumnsShowFocus(true);
    m_addDimension = new QPushButton(tr("Add dime&nsion"));
    m_addIndicator = new QPushButton(tr("&Add indicator"));
    m_remove = new QPushButton(tr("&Remove"));
    m_up = new QPushButton(tr("Move &up"));
    m_down = new QPushButton(tr("Move do&wn"));
    const std::pair<QPushButton*, QKeySequence> keys[] = {
        {m_addIndicator, QKeySequence(Qt::Key_Insert)},
        {m_remove, QKeySequence(Qt::Key_Delete)},
        {m_up, QKeySequence(Qt::ALT | Qt::Key_Up)},
        {m_down, QKeySequence(Qt::ALT | Qt::Key_Down)}};
    for (const auto& [button, key] : keys) {
        auto* action = new QAction(m_tree);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_tree->addAction(action);
        button->setToolTip(tr("Shortcut: %1").arg(key.toString(QKeySequence::NativeText)));
    }
    connect(m_addDimension, &QPushButton::clicked, this, &RubricEditor::addDimension);
    connect(m_addIndicator, &QPushButton::clicked, this, &RubricEditor::addIndicator);
    connect(m_remove, &QPushButton::clicked, this, &RubricEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {m_addDimension, m_addIndicator, m_remove, m_up, m_down}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    return pane;
}

bool RubricEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            event->ignore(); // not the field's: the dialog's undo and redo take it
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RubricEditor::edit(Rubric next, RubricPath path, const QString& text,
                        const QString& mergeKey) {
    if (m_readOnly)
        return;
    m_status->clear();
    m_undo->push(new RubricEditCommand([this](const Rubric& r, RubricPath p) { apply(r, p); },
                                       m_rubric, currentPath(), std::move(next), path, text,
                                       mergeKey));
}

void RubricEditor::apply(const Rubric& rubric, RubricPath path) {
    m_rubric = rubric;
    m_problems = RubricJson::problems(m_rubric);
    if (m_title->text() != m_rubric.title)
        m_title->setText(m_rubric.title);
    refreshTree();
    select(path);
    showChecks();
    updateHeader();
}

void RubricEditor::refreshTree() {
    bool sameShape = m_tree->topLevelItemCount() == static_cast<int>(m_rubric.dimensions.size());
    for (int d = 0; sameShape && d < m_tree->topLevelItemCount(); ++d)
        sameShape =
            m_tree->topLevelItem(d)->childCount() ==
            static_cast<int>(m_rubric.dimensions[static_cast<std::size_t>(d)].indicators.size());
    const QSignalBlocker blocker(m_tree);
    if (!sameShape) {
        m_tree->clear();
        for (const Dimension& dimension : m_rubric.dimensions) {
            auto* parent = new QTreeWidgetItem(m_tree);
            for (std::size_t i = 0; i < dimension.indicators.size(); ++i)
                new QTreeWidgetItem(parent);
        }
        m_tree->expandAll();
    }
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        QTreeWidgetItem* parent = m_tree->topLevelItem(d);
        fillItem(parent, {d, -1});
        for (int i = 0; i < parent->childCount(); ++i)
            fillItem(parent->child(i), {d, i});
    }
}

void RubricEditor::fillItem(QTreeWidgetItem* item, RubricPath path) {
    const Dimension& dimension = m_rubric.dimensions[static_cast<std::size_t>(path.dimension)];
    QStringList problems;
    for (const RubricProblem& problem : problemsAt(path))
        if (problem.field != RubricProblem::Field::Total)
            problems << problem.message;
    QString text;
    QString max;
    QString tip;
    if (path.indicator < 0) {
        text = QStringLiteral("%1 %2").arg(dimension.code, dimension.title);
        HalfPoints sum = 0;
        bool scored = false;
        for (const Indicator& indicator : dimension.indicators) {
            sum += indicator.max.value_or(0);
            scored = scored || !indicator.veto;
        }
        max = scored ? formatPoints(sum) : QString(); // a dimension of veto items has no points
    } else {
        const Indicator& indicator = dimension.indicators[static_cast<std::size_t>(path.indicator)];
        text = QStringLiteral("%1 %2").arg(indicator.code, indicator.text);
        max = indicator.veto ? tr("veto") : formatPoints(indicator.max.value_or(0));
        // Long guidance is read in the tooltip, which wraps.
        tip = richTip(
            {indicator.text,
             indicator.guidance.isEmpty() ? QString()
                                          : tr("Scoring guidance: %1").arg(indicator.guidance),
             indicator.evidence.isEmpty() ? QString()
                                          : tr("Evidence expected: %1").arg(indicator.evidence)});
    }
    if (!problems.isEmpty()) {
        text = QStringLiteral("⚠ ") + text;
        tip = richTip(problems) + tip;
    }
    item->setText(0, text);
    item->setText(1, max);
    item->setToolTip(0, tip);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(0, problems.isEmpty() ? palette().text() : QBrush(QColor(0xb0, 0, 0x20)));
    QFont font = item->font(0);
    font.setBold(path.indicator < 0);
    item->setFont(0, font);
}

std::vector<RubricProblem> RubricEditor::problemsAt(RubricPath path) const {
    std::vector<RubricProblem> found;
    for (const RubricProblem& problem : m_problems) {
        const bool here = problem.dimension == path.dimension &&
                          problem.indicator == path.indicator && path.dimension >= 0;
        const bool total = problem.field == RubricProblem::Field::Total && path.indicator >= 0;
        if (here || total)
            found.push_back(problem);
    }
    return found;
}

RubricPath RubricEditor::currentPath() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return {};
    if (!item->parent())
        return {m_tree->indexOfTopLevelItem(item), -1};
    return {m_tree->indexOfTopLevelItem(item->parent()), item->parent()->indexOfChild(item)};
}

void RubricEditor::select(RubricPath path) {
    QTreeWidgetItem* item = nullptr;
    if (path.dimension >= 0 && path.dimension < m_tree->topLevelItemCount()) {
        item = m_tree->topLevelItem(path.dimension);
        if (path.indicator >= 0 && path.indicator < item->childCount())
            item = item->child(path.indicator);
    } else if (m_tree->topLevelItemCount() > 0) {
        item = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    }
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(item);
    }
    if (item)
        m_tree->scrollToItem(item);
    showSelected();
}

void RubricEditor::showSelected() {
    const RubricPath path = currentPath();
    if (path.dimension < 0) {
        m_form->showNothing();
    } else {
        const Dimension& dimension = m_rubric.dimensions[static_cast<std::size_t>(path.dimension)];
        if (path.indicator < 0)
            m_form->showDimension(dimension, problemsAt(path));
        else
            m_form->showIndicator(dimension.indicators[static_cast<std::size_t>(path.indicator)],
                                  problemsAt(path));
    }
    const bool editable = !m_readOnly;
    m_addIndicator->setEnabled(editable && path.dimension >= 0);
    m_remove->setEnabled(editable && path.dimension >= 0);
    m_up->setEnabled(editable && path.dimension >= 0);
    m_down->setEnabled(editable && path.dimension >= 0);
}

void RubricEditor::showChecks() {
    const HalfPoints total = m_rubric.maxTotal();
    const bool right = total == 200;
    m_total->setText(right ? tr("✓ Scored maxima add up to %1 of 100").arg(formatPoints(total))
                           : tr("⚠ Scored maxima add up to %1 of 100: they must add up to "
                                "exactly 100")
                                 .arg(formatPoints(total)));
    m_total->setStyleSheet(right ? QStringLiteral("color: #1b5e20;")
                                 : QStringLiteral("color: #b00020; font-weight: bold;"));
    QStringList titleProblems;
    for (const RubricProblem& problem : m_problems)
        if (problem.field == RubricProblem::Field::Title)
            titleProblems << QStringLiteral("⚠ ") + problem.message;
    m_titleError->setText(titleProblems.join(QLatin1Char(' ')));
    m_problemCount->setVisible(!m_problems.empty());
    if (!m_problems.empty())
        m_problemCount->setText(tr("%1 problem(s) to correct before saving; the first: %2")
                                    .arg(m_problems.size())
                                    .arg(m_problems.front().message));
}

void RubricEditor::updateHeader() {
    const QString state = m_readOnly
                              ? tr("version %1, used in scoring").arg(m_baseVersion)
                              : tr("a new version, from version %1 (saving adds the next version)")
                                    .arg(m_baseVersion);
    m_header->setText(QStringLiteral("<b>%1</b><br>%2 · %3 · %4")
                          .arg(m_rubric.title.toHtmlEscaped(), m_typeName.toHtmlEscaped(),
                               tr("%1 rubric").arg(m_rubric.year), state.toHtmlEscaped()));
    setWindowModified(!m_undo->isClean());
}

void RubricEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_frozenBar->setVisible(readOnly);
    m_title->setReadOnly(readOnly);
    m_form->setReadOnly(readOnly);
    for (QPushButton* button :
         {m_addDimension, m_addIndicator, m_remove, m_up, m_down, m_import, m_save})
        button->setEnabled(!readOnly);
}

void RubricEditor::startNewVersion() {
    setReadOnly(false);
    m_rubric.frozen = false;
    apply(m_rubric, currentPath());
    m_status->setText(tr("Editing a new version: the one in use stays as it is."));
    m_tree->setFocus();
}

} // namespace lianping::ui
