#pragma once
// Questions a person answers before a step that cannot simply be undone (advancing a unit,
// naming, revoking). One place for them, so GUI tests can answer in advance and drive the real
// buttons and menus (as KeePassXC's MessageBox::setNextAnswer does).

#include <QString>
#include <QStringList>

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
    // Something to know (what an import did, where a file went); while an answer is set in
    // advance it is not shown, only kept for lastInformation().
    static void inform(QWidget* parent, const QString& title, const QString& text);
    static QString lastInformation();
    // Yes/No with the standard buttons; answered in advance like confirm().
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // A line of text (a reason, a passphrase when `secret`); nullopt when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       bool secret = false, const QString& initial = {});
    // One of `items` (its text); nullopt when cancelled.
    static std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                       const QStringList& items, int current = 0);
    static std::optional<double> number(QWidget* parent, const QString& title, const QString& label,
                                        double value, double min, double max, int decimals);
    // Tests: the next text(), item() or number() is answered with this once, without a
    // dialog (nullopt: as if cancelled).
    static void setNextText(std::optional<QString> answer);
    // Tests: the answer to every question until reset (nullopt: ask the person).
    static void setAnswer(std::optional<bool> answer);
    // Tests: how many questions were put, answered in advance or not.
    static int asked();
};

} // namespace lianping::ui
