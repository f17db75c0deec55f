#include "Ask.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace lianping::ui {

namespace {
std::optional<bool> presetAnswer;
int questions = 0;
QString warning;
QString information;
std::optional<std::optional<QString>> nextText; // set: the next answer, once

// The answer given in advance, taken; nullopt when the person is to be asked.
std::optional<std::optional<QString>> takeNextText() {
    return std::exchange(nextText, std::nullopt);
}
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

void Ask::inform(QWidget* parent, const QString& title, const QString& text) {
    information = text;
    if (!presetAnswer)
        QMessageBox::information(parent, title, text);
}

QString Ask::lastInformation() {
    return information;
}

bool Ask::question(QWidget* parent, const QString& title, const QString& text) {
    ++questions;
    if (presetAnswer)
        return *presetAnswer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

std::optional<QString> Ask::text(QWidget* parent, const QString& title, const QString& label,
                                 bool secret, const QString& initial) {
    if (const auto preset = takeNextText())
        return *preset;
    bool ok = false;
    const QString answer = QInputDialog::getText(
        parent, title, label, secret ? QLineEdit::Password : QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<QString> Ask::item(QWidget* parent, const QString& title, const QString& label,
                                 const QStringList& items, int current) {
    if (const auto preset = takeNextText())
        return *preset;
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<double> Ask::number(QWidget* parent, const QString& title, const QString& label,
                                  double value, double min, double max, int decimals) {
    if (const auto preset = takeNextText())
        return *preset ? std::optional<double>(preset->value().toDouble()) : std::nullopt;
    bool ok = false;
    const double answer =
        QInputDialog::getDouble(parent, title, label, value, min, max, decimals, &ok);
    return ok ? std::optional<double>(answer) : std::nullopt;
}

void Ask::setNextText(std::optional<QString> answer) {
    nextText = std::move(answer);
}

void Ask::setAnswer(std::optional<bool> answer) {
    presetAnswer = answer;
}

int Ask::asked() {
    return questions;
}

} // namespace lianping::ui
