#pragma once
// Follow-ups (admonition talks, organisational handling) and rectification items of the
// year, with their status moved on by a button.

#include "common/LazyReload.h"

#include <QWidget>

class QTableWidget;

namespace lianping::ui {

class Session;

class FollowUpView : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpView(Session& session, QWidget* parent = nullptr);
    QTableWidget* followUps() const { return m_followUps; }

public slots:
    void reload();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    void markFollowUpDone();
    void advanceRectification();
    void addRectification();

    Session& m_session;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_rectifications = nullptr;
};

} // namespace lianping::ui
