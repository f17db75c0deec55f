#pragma once
// The evidence files (佐证材料) of one indicator — or of the whole sheet — at the step being
// scored: the list, a picture of the selected file, and add / open / remove. Files are opened
// and previewed from verified copies in a temporary folder, never from the store itself.

#include "core/evidence/Evidence.h"

#include <QHash>
#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lianping::ui {

class Session;

class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePanel(Session& session, QWidget* parent = nullptr);

    // Shows the files of an enrolled unit's step for `indicator` ("" = every file of the step;
    // what is added then belongs to the whole sheet).
    void setContext(std::int64_t enrollmentId, Step step, const QString& indicator);
    void refresh();

    QTreeWidget* list() const { return m_list; }
    QLabel* preview() const { return m_preview; }
    QPushButton* addButton() const { return m_add; }
    const std::vector<EvidenceFile>& files() const { return m_files; }

public slots:
    void addFiles(); // the file dialog, then core
    void openSelected();
    void removeSelected();

signals:
    void message(const QString& text, bool error);

private:
    const EvidenceFile* selected() const;
    QString verifiedCopy(const EvidenceFile& file); // empty when refused (shown)
    void showPreview();

    Session& m_session;
    std::int64_t m_enrollmentId = 0;
    Step m_step = Step::Self;
    QString m_indicator;
    std::vector<EvidenceFile> m_files;
    QTemporaryDir m_copies;
    QHash<qint64, QImage> m_pictures; // by file id: the sheet refreshes on every score
    QTreeWidget* m_list = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lianping::ui
