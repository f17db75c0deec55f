#pragma once
// The county review's sub-steps (考前公示 … 综合评定) as a checklist beside the scoring sheet:
// a recorded step is ticked with its date; Enter or a double click records one (date and
// note, and the files that prove it). The sheet asks before accepting a unit whose list is not
// complete.

#include <QGroupBox>
#include <QStringList>

class QListWidget;
class QListWidgetItem;

namespace lianping::ui {

class Session;

class ReviewStepsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ReviewStepsBox(Session& session, QWidget* parent = nullptr);
    void setUnit(const QString& unitCode); // empty: none
    QStringList missing() const { return m_missing; }
    QListWidget* list() const { return m_list; }

signals:
    void recorded(const QString& message);

private:
    void record(QListWidgetItem* item);
    Session& m_session;
    QListWidget* m_list = nullptr;
    QString m_unitCode;
    QStringList m_missing;
};

} // namespace lianping::ui
