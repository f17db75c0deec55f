#pragma once
// Screens reload what they show only when they are visible: opening a large file repaints
// the screen in front and leaves the others to catch up when the user turns to them.
// Owned by the widget it watches; it notices the widget being shown by itself.

#include <QEvent>
#include <QWidget>

#include <functional>

namespace lianping::ui {

class LazyReload : public QObject {
public:
    LazyReload(QWidget* widget, std::function<void()> reload)
        : QObject(widget)
        , m_widget(widget)
        , m_reload(std::move(reload)) {
        widget->installEventFilter(this);
    }
    // Reloads now if the widget is visible, else when it is next shown.
    void request() {
        m_stale = !m_widget->isVisible();
        if (!m_stale)
            m_reload();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_widget && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_reload();
        }
        return false;
    }

private:
    QWidget* m_widget;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace lianping::ui
