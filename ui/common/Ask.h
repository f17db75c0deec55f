#pragma once
// Questions a person answers before a step that cannot simply be undone (advancing a unit,
// naming, revoking). One place for them, so GUI tests can answer in advance and drive the real
// buttons and menus (as KeePassXC's MessageBox::setNextAnswer does).

#include <QString>

#include <optional>

class QWidget;

namespace lianping::ui {

class Ask {
public:
    // Yes/No with `yes` as the Yes button's text; No is the default button.
    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& yes);
    // A refusal the person must read, in a message box; while an answer is set in advance
    // (tests) it is not shown, only kept for lastWarning().
    static void warn(QWidget* parent, const QString& title, const QString& text);
    static QString lastWarning();
    // Tests: the answer to every question until reset (nullopt: ask the person).
    static void setAnswer(std::optional<bool> answer);
    // Tests: how many questions were put, answered in advance or not.
    static int asked();
};

} // namespace lianping::ui
