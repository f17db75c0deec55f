#pragma once
// The rubric versions in the file and the indicators of the one selected; from here a new
// version is made (RubricEditor), a version opened (read-only once used in scoring) and two
// versions compared (RubricDiffDialog).

#include "ui/common/LazyReload.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTreeWidget;

namespace lianping::ui {

class Session;
class RubricEditor;
class RubricDiffDialog;

class RubricView : public QWidget {
    Q_OBJECT
public:
    explicit RubricView(Session& session, QWidget* parent = nullptr);

    QListWidget* versions() const { return m_versions; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* compareButton() const { return m_compare; }
    // The dialogs opened last (null once closed).
    RubricEditor* editor() const;
    RubricDiffDialog* diffDialog() const;
    // Selects the version with this rubric id.
    void selectRubric(qint64 id);

public slots:
    void reload();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    void showRubric();
    void openEditor(bool newVersion);
    void openDiff();
    qint64 currentId() const;
    Session& m_session;
    QListWidget* m_versions = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_newVersion = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_compare = nullptr;
    QPointer<RubricEditor> m_editor;
    QPointer<RubricDiffDialog> m_diff;
};

} // namespace lianping::ui
