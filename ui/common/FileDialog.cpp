#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace lianping::ui {

namespace {

std::optional<QStringList> preset;
QString caption;

std::optional<QStringList> takePreset(const QString& title) {
    caption = title;
    std::optional<QStringList> answer = std::move(preset);
    preset.reset();
    return answer;
}

QString first(const QStringList& paths) {
    return paths.isEmpty() ? QString() : paths.first();
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& title, const QString& dir,
                                    const QString& filter, QString* selectedFilter) {
    if (std::optional<QStringList> answer = takePreset(title))
        return first(*answer);
    return QFileDialog::getOpenFileName(parent, title, dir, filter, selectedFilter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& title, const QString& dir,
                                         const QString& filter, QString* selectedFilter) {
    if (std::optional<QStringList> answer = takePreset(title))
        return *answer;
    return QFileDialog::getOpenFileNames(parent, title, dir, filter, selectedFilter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& title, const QString& dir,
                                    const QString& filter, QString* selectedFilter) {
    if (std::optional<QStringList> answer = takePreset(title))
        return first(*answer);
    return QFileDialog::getSaveFileName(parent, title, dir, filter, selectedFilter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& title,
                                         const QString& dir) {
    if (std::optional<QStringList> answer = takePreset(title))
        return first(*answer);
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

void FileDialog::setNextFileName(const QString& path) {
    preset = path.isEmpty() ? QStringList() : QStringList{path};
}

void FileDialog::setNextFileNames(const QStringList& paths) {
    preset = paths;
}

void FileDialog::clearNext() {
    preset.reset();
}

QString FileDialog::lastCaption() {
    return caption;
}

} // namespace lianping::ui
