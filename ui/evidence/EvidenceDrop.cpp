#include "EvidenceDrop.h"

#include "EvidenceActions.h"
#include "ui/scoring/ScoreSheetModel.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace lianping::ui {

EvidenceDrop::EvidenceDrop(Session& session, ScoreSheetModel* model, QAbstractItemView* view)
    : QObject(view)
    , m_session(session)
    , m_model(model)
    , m_view(view) {
    view->setAcceptDrops(true);
    view->viewport()->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->viewport()->installEventFilter(this);
}

QString EvidenceDrop::indicatorAt(const QPoint& position) const {
    const Indicator* indicator = m_model->indicatorAt(m_view->indexAt(position));
    return indicator ? indicator->code : QString();
}

QStringList EvidenceDrop::localFiles(const QDropEvent& event) const {
    QStringList files;
    if (!event.mimeData() || !event.mimeData()->hasUrls())
        return files;
    for (const QUrl& url : event.mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

bool EvidenceDrop::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (m_model->enrollmentId() == 0 || localFiles(*drag).isEmpty())
            return false; // the sheet's own drag handling (none today) decides
        // The row under the pointer is the one the files go to: show it.
        const QModelIndex at = m_view->indexAt(drag->position().toPoint());
        if (at.isValid())
            m_view->setCurrentIndex(at);
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(*drop);
        if (m_model->enrollmentId() == 0 || files.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        const QString indicator = indicatorAt(drop->position().toPoint());
        const int count = EvidenceActions::attach(m_view, m_session, m_model->enrollmentId(),
                                                  indicator, m_model->activeStep(), files);
        if (count > 0)
            emit attached(indicator, count);
        return true;
    }
    default:
        return false;
    }
}

} // namespace lianping::ui
