#pragma once
// The open conflicts: records two copies of an office edited apart, ours in place and theirs
// waiting. For each, what differs; keep ours or theirs (the other stays in history).

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace lianping::ui {

class Session;

class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(Session& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void reload();
    // Keeps one side of the selected conflict; false with a message when that fails.
    bool resolveSelected(bool keepTheirs);

private:
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QPushButton* m_ours = nullptr;
    QPushButton* m_theirs = nullptr;
};

} // namespace lianping::ui
