#pragma once
// "上年度：合格" beside the unit's name on the scoring sheet: the unit's final grade in the
// campaign before the session's year, hidden when it had none.

#include <QLabel>

namespace lianping::ui {

class Session;

class PreviousGradeLabel : public QLabel {
    Q_OBJECT
public:
    explicit PreviousGradeLabel(Session& session, QWidget* parent = nullptr);
    void setUnit(const QString& unitCode); // empty: none

private:
    void refresh();
    Session& m_session;
    QString m_unitCode;
};

} // namespace lianping::ui
