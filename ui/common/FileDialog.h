#pragma once
// Every file and folder chooser of the desktop goes through here, so GUI tests can name the
// file in advance and drive the real menu actions (as KeePassXC's FileDialog does). With no
// name set, the person chooses in the usual dialog.

#include <QString>
#include <QStringList>

class QWidget;

namespace lianping::ui {

class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption,
                                   const QString& dir = QString(),
                                   const QString& filter = QString(),
                                   QString* selectedFilter = nullptr);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption,
                                        const QString& dir = QString(),
                                        const QString& filter = QString(),
                                        QString* selectedFilter = nullptr);
    static QString getSaveFileName(QWidget* parent, const QString& caption,
                                   const QString& dir = QString(),
                                   const QString& filter = QString(),
                                   QString* selectedFilter = nullptr);
    static QString getExistingDirectory(QWidget* parent, const QString& caption,
                                        const QString& dir = QString());

    // Tests: the answer to the next chooser only (an empty string answers "cancelled").
    static void setNextFileName(const QString& path);
    static void setNextFileNames(const QStringList& paths);
    static void clearNext(); // back to asking the person
    // Tests: the caption of the last chooser opened, answered in advance or not.
    static QString lastCaption();
};

} // namespace lianping::ui
