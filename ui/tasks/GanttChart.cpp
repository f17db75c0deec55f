#include "GanttChart.h"

#include <QPaintEvent>
#include <QPainter>

namespace lianping::ui {

GanttChart::GanttChart(QWidget* parent)
    : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void GanttChart::setTasks(std::shared_ptr<const Ledger> ledger, const QString& action, int year) {
    m_ledger = std::move(ledger);
    m_year = year;
    m_rows.clear();
    if (m_ledger)
        for (const LedgerRow& row : m_ledger->rows())
            if (action.isEmpty() || row.task.action == action)
                m_rows.push_back(&row);
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
}

QSize GanttChart::sizeHint() const {
    return {LabelWidth + 600, HeaderHeight + RowHeight * std::max<int>(1, rows()) + 8};
}

double GanttChart::xOf(const QDate& date) const {
    const QDate first(m_year, 1, 1);
    const double days = first.daysInYear();
    const double span = std::max(100, width() - LabelWidth - 56); // room for the percent
    const double offset = std::clamp(static_cast<double>(first.daysTo(date)), 0.0, days);
    return LabelWidth + span * offset / days;
}

void GanttChart::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    // Months across the top, with faint lines down the chart.
    p.setPen(pal.color(QPalette::Text));
    for (int month = 1; month <= 12; ++month) {
        const double x0 = xOf(QDate(m_year, month, 1));
        const double x1 =
            month == 12 ? xOf(QDate(m_year, 12, 31)) : xOf(QDate(m_year, month + 1, 1));
        p.drawText(QRectF(x0, 4, x1 - x0, HeaderHeight - 8), Qt::AlignCenter,
                   tr("Month %1").arg(month));
        p.save();
        p.setPen(QPen(pal.color(QPalette::Mid), 0.5));
        p.drawLine(QPointF(x0, HeaderHeight), QPointF(x0, height()));
        p.restore();
    }
    const QColor done(0x2e, 0x7d, 0x32);
    const QColor overdue(0xc6, 0x28, 0x28);
    const QColor track(0x15, 0x65, 0xc0);
    const QColor soon(0xef, 0x8f, 0x00);
    const int first = std::max(0, (event->rect().top() - HeaderHeight) / RowHeight);
    const int last = std::min<int>(rows() - 1, (event->rect().bottom() - HeaderHeight) / RowHeight);
    for (int i = first; i <= last; ++i) {
        const LedgerRow& row = *m_rows[static_cast<std::size_t>(i)];
        const double y = HeaderHeight + i * RowHeight;
        if (i % 2)
            p.fillRect(QRectF(0, y, width(), RowHeight), pal.color(QPalette::AlternateBase));
        p.setPen(row.status == TaskStatus::Overdue ? overdue : pal.color(QPalette::Text));
        const QString label = QString(row.depth * 2, QLatin1Char(' ')) + row.task.title;
        p.drawText(QRectF(6, y, LabelWidth - 12, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, LabelWidth - 12));
        const QDate due = row.task.due.isValid() ? row.task.due : QDate(m_year, 12, 31);
        const double x0 = xOf(QDate(m_year, 1, 1));
        const double x1 = std::max(x0 + 4, xOf(due));
        const QRectF bar(x0, y + 5, x1 - x0, RowHeight - 10);
        QColor colour = row.status == TaskStatus::Done      ? done
                        : row.status == TaskStatus::Overdue ? overdue
                        : row.status == TaskStatus::DueSoon ? soon
                                                            : track;
        p.setPen(Qt::NoPen);
        QColor light = colour;
        light.setAlpha(60);
        p.setBrush(light);
        p.drawRoundedRect(bar, 3, 3);
        p.setBrush(colour);
        p.drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * row.percent / 100.0, bar.height()), 3, 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x1 + 4, y, 60, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1%").arg(row.percent, 0, 'f', 0));
    }
    if (m_ledger && m_ledger->today().year() == m_year) {
        const double x = xOf(m_ledger->today());
        p.setPen(QPen(overdue, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, HeaderHeight - 4), QPointF(x, height()));
    }
}

} // namespace lianping::ui
