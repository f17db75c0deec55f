#include "PreviousGradeLabel.h"

#include "PreviousGrades.h"
#include "core/common/Labels.h"
#include "ui/common/Session.h"

namespace lianping::ui {

PreviousGradeLabel::PreviousGradeLabel(Session& session, QWidget* parent)
    : QLabel(parent)
    , m_session(session) {
    setStyleSheet(QStringLiteral(
        "color:#333; background:#f2f2f2; border:1px solid #c8c8c8; border-radius:3px; "
        "padding:1px 6px"));
    hide();
    connect(&PreviousGrades::of(session), &PreviousGrades::ready, this, [this](int year) {
        if (year == m_session.year() - 1)
            refresh();
    });
}

void PreviousGradeLabel::setUnit(const QString& unitCode) {
    m_unitCode = unitCode;
    refresh();
}

void PreviousGradeLabel::refresh() {
    PreviousGrades::Shared grades;
    if (!m_unitCode.isEmpty() && m_session.isOpen())
        grades = PreviousGrades::of(m_session).grades(m_session.year() - 1);
    const auto found = grades ? grades->find(m_unitCode) : PreviousGrades::Map::const_iterator();
    if (!grades || found == grades->cend()) {
        clear();
        hide();
        return;
    }
    setText(tr("Last year: %1").arg(Labels::grade(found->second)));
    setToolTip(tr("The unit's final grade in the %1 campaign.").arg(m_session.year() - 1));
    show();
}

} // namespace lianping::ui
