#pragma once
// Beside the scoring sheet: the evidence files and findings of the selected indicator (or of
// the whole sheet when none is) at the step being scored. Follows the sheet's selection and
// its refreshes; drops on the sheet attach files through it.

#include <QWidget>

class QLabel;

namespace lianping::ui {

class EvidenceDrop;
class EvidencePanel;
class FindingsPanel;
class ScoreSheetModel;
class ScoreTree;
class Session;

class EvidencePane : public QWidget {
    Q_OBJECT
public:
    EvidencePane(Session& session, ScoreSheetModel* model, ScoreTree* tree,
                 QWidget* parent = nullptr);

    EvidencePanel* files() const { return m_files; }
    FindingsPanel* findings() const { return m_findings; }
    EvidenceDrop* drop() const { return m_drop; }
    QLabel* title() const { return m_title; }
    QString indicator() const { return m_indicator; }

    // Shows an indicator's files and findings ("" for the whole sheet).
    void showIndicator(const QString& code);
    void refresh();

signals:
    void message(const QString& text, bool error);

private:
    Session& m_session;
    ScoreSheetModel* m_model;
    ScoreTree* m_tree;
    QString m_indicator;
    QLabel* m_title = nullptr;
    EvidencePanel* m_files = nullptr;
    FindingsPanel* m_findings = nullptr;
    EvidenceDrop* m_drop = nullptr;
};

} // namespace lianping::ui
