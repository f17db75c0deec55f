#pragma once
// The rubric versions in the file and the indicators of the one selected (read-only:
// rubrics change by importing a new version).

#include "common/LazyReload.h"

#include <QWidget>

class QListWidget;
class QTreeWidget;

namespace lianping::ui {

class Session;

class RubricView : public QWidget {
    Q_OBJECT
public:
    explicit RubricView(Session& session, QWidget* parent = nullptr);

public slots:
    void reload();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    void showRubric();
    Session& m_session;
    QListWidget* m_versions = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace lianping::ui
