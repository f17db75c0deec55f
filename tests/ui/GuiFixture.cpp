#include "GuiFixture.h"

#include <QKeyEvent>

#include "core/demo/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Ask.h"

#include <QApplication>
#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

namespace lianping::test {

GuiFixture::GuiFixture(int demoUnits) {
    REQUIRE(m_dir.isValid());
    // Questions before irreversible steps are answered yes unless a test says otherwise.
    ui::Ask::setAnswer(true);
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(dbPath(), QStringLiteral("演示员"));
        REQUIRE(db.ok());
        if (demoUnits > 0)
            REQUIRE(DemoGenerator(**db).generate(DemoOptions{demoUnits, 3, 2026}).ok());
    }
    m_settings = std::make_unique<ui::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOperatorName(QStringLiteral("王测试"));
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
    REQUIRE(m_window->openDatabase(dbPath()));
}

QString GuiFixture::writeFile(const QString& name, const QByteArray& content) const {
    const QString filePath = path(name);
    QFile file(filePath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return filePath;
}

void GuiFixture::type(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        REQUIRE(target);
        if (c.unicode() < 0x80) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            // QTest::keyClick is ASCII-only; an input method delivers such text with no key.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &release);
        }
        QApplication::processEvents();
    }
}

void GuiFixture::key(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
    // Item views commit an editor through a queued call: let the event loop run it.
    QApplication::processEvents();
}

} // namespace lianping::test
