#pragma once
// Follow-ups (admonition talks, organisational handling) and rectification items of the
// year, with their status moved on by a button; a search and "only open" filter both.

#include "ui/common/LazyReload.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace lianping::ui {

class Session;

class FollowUpView : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpView(Session& session, QWidget* parent = nullptr);
    QTableWidget* followUps() const { return m_followUps; }
    QTableWidget* rectifications() const { return m_rectifications; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* openOnlyBox() const { return m_openOnly; }

public slots:
    void reload();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    void applyFilter(); // the search text and "only open" over both tables
    void markFollowUpDone();
    void advanceRectification();
    void addRectification();

    Session& m_session;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_rectifications = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_openOnly = nullptr;
};

} // namespace lianping::ui
