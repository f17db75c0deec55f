#pragma once
// Screens reload what they show only when they are visible: opening a large file repaints
// the screen in front and leaves the others to catch up when the user turns to them.

#include <QWidget>

#include <functional>

namespace lianping::ui {

class LazyReload {
public:
    explicit LazyReload(std::function<void()> reload)
        : m_reload(std::move(reload)) {}
    // Reloads now if the widget is visible, else marks it stale.
    void request(const QWidget* widget) {
        if (widget->isVisible()) {
            m_stale = false;
            m_reload();
        } else {
            m_stale = true;
        }
    }
    // Call from showEvent.
    void shown() {
        if (m_stale) {
            m_stale = false;
            m_reload();
        }
    }

private:
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace lianping::ui
