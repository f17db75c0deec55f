#include "Ask.h"

#include <QMessageBox>
#include <QPushButton>

namespace lianping::ui {

namespace {
std::optional<bool> presetAnswer;
int questions = 0;
QString warning;
} // namespace

bool Ask::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes) {
    ++questions;
    if (presetAnswer)
        return *presetAnswer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(yes, QMessageBox::YesRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Ask::warn(QWidget* parent, const QString& title, const QString& text) {
    warning = text;
    if (!presetAnswer)
        QMessageBox::warning(parent, title, text);
}

QString Ask::lastWarning() {
    return warning;
}

void Ask::setAnswer(std::optional<bool> answer) {
    presetAnswer = answer;
}

int Ask::asked() {
    return questions;
}

} // namespace lianping::ui
