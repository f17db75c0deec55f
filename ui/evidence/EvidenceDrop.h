#pragma once
// Files dropped on a row of the scoring sheet become that indicator's evidence at the step
// being scored (a dimension row or the empty area: the whole sheet). Watches the tree's
// viewport, so the sheet's own editing stays as it is.

#include <QObject>

class QAbstractItemView;
class QDropEvent;

namespace lianping::ui {

class ScoreSheetModel;
class Session;

class EvidenceDrop : public QObject {
    Q_OBJECT
public:
    EvidenceDrop(Session& session, ScoreSheetModel* model, QAbstractItemView* view);

    // The indicator code a drop at `position` (viewport coordinates) attaches to, "" = sheet.
    QString indicatorAt(const QPoint& position) const;

signals:
    void attached(const QString& indicator, int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStringList localFiles(const QDropEvent& event) const;

    Session& m_session;
    ScoreSheetModel* m_model;
    QAbstractItemView* m_view;
};

} // namespace lianping::ui
