#pragma once
// The findings (发现问题) of one indicator — or of the whole sheet — at the county review or
// city recheck: the list with deductions and rectification items, and add / make a
// rectification item / remove. Deduction-scored indicators take their points from these.

#include "core/common/Points.h"
#include "core/evidence/Evidence.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lianping::ui {

class Session;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(Session& session, QWidget* parent = nullptr);

    // `max` bounds a deduction; `files` are the evidence a finding may point to.
    void setContext(std::int64_t enrollmentId, Step step, const QString& indicator, HalfPoints max,
                    bool deductScored);
    void setEvidence(std::function<std::vector<EvidenceFile>()> files) {
        m_evidence = std::move(files);
    }
    void refresh();

    QTreeWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* rectifyButton() const { return m_rectify; }
    QLabel* sumLabel() const { return m_sum; }

public slots:
    void addFinding();
    void rectifySelected();
    void removeSelected();

signals:
    void message(const QString& text, bool error);

private:
    const Finding* selected() const;
    void changed(const QString& text);

    Session& m_session;
    std::int64_t m_enrollmentId = 0;
    Step m_step = Step::Self;
    QString m_indicator;
    HalfPoints m_max = 0;
    bool m_deductScored = false;
    std::vector<Finding> m_findings;
    std::function<std::vector<EvidenceFile>()> m_evidence;
    QTreeWidget* m_list = nullptr;
    QLabel* m_sum = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rectify = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lianping::ui
