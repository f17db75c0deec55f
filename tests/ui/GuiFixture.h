#pragma once
// A main window on a real demo database with settings in a temporary file, shown and
// active so keyboard input reaches it.

#include "ui/MainWindow.h"
#include "ui/common/Settings.h"

#include <QTemporaryDir>

#include <memory>

namespace lianping::test {

class GuiFixture {
public:
    explicit GuiFixture(int demoUnits = 300);
    ui::MainWindow& window() { return *m_window; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("gui.lpdb")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Writes a file in the fixture's folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    // Sends text and keys to whatever has the focus, as a person typing.
    static void type(const QString& text);
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace lianping::test
