#pragma once
// Edits a rubric into a new version: a tree of dimensions and indicators, the fields of the
// one selected with core's validation next to each, the running total against 100, undo and
// redo, import and export (JSON, .xlsx), and saving as the next version. A version already
// used in scoring opens read-only and says why.

#include "core/rubric/Rubric.h"
#include "core/rubric/RubricJson.h"
#include "ui/rubric/RubricEditCommand.h"
#include "ui/rubric/RubricForm.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace lianping::ui {

class Session;

class RubricEditor : public QDialog {
    Q_OBJECT
public:
    // `rubric` is a stored version; a frozen one is read-only unless `asNewVersion`.
    RubricEditor(Session& session, const Rubric& rubric, bool asNewVersion,
                 QWidget* parent = nullptr);

    const Rubric& rubric() const { return m_rubric; }
    bool isReadOnly() const { return m_readOnly; }
    const std::vector<RubricProblem>& problems() const { return m_problems; }
    void select(RubricPath path);

    QTreeWidget* tree() const { return m_tree; }
    RubricForm* form() const { return m_form; }
    QLineEdit* titleEdit() const { return m_title; }
    QLabel* frozenLabel() const { return m_frozen; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* statusLabel() const { return m_status; }
    QUndoStack* undoStack() const { return m_undo; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QPushButton* addDimensionButton() const { return m_addDimension; }
    QPushButton* addIndicatorButton() const { return m_addIndicator; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }

signals:
    void saved(qint64 rubricId);

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildTreePane();
    void apply(const Rubric& rubric, RubricPath path);
    void edit(Rubric next, RubricPath path, const QString& text, const QString& mergeKey = {});
    void fieldEdited(RubricForm::Field field, const QVariant& value);
    void refreshTree();
    void fillItem(QTreeWidgetItem* item, RubricPath path);
    void showSelected();
    void showChecks();
    void updateHeader();
    RubricPath currentPath() const;
    std::vector<RubricProblem> problemsAt(RubricPath path) const;
    void addDimension();
    void addIndicator();
    void removeItem();
    void move(int delta);
    void save();
    void offerToCampaign(const Rubric& stored);
    void importFile();
    void exportFile();
    void startNewVersion();
    void setReadOnly(bool readOnly);

    Session& m_session;
    Rubric m_rubric;
    int m_baseVersion = 0;
    QString m_typeName;
    bool m_readOnly = false;
    std::vector<RubricProblem> m_problems;
    QUndoStack* m_undo = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_frozen = nullptr;
    QPushButton* m_newVersion = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_titleError = nullptr;
    QTreeWidget* m_tree = nullptr;
    RubricForm* m_form = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_problemCount = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_addDimension = nullptr;
    QPushButton* m_addIndicator = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_frozenBar = nullptr;
};

} // namespace lianping::ui
