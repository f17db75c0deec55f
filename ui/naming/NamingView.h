#pragma once
// Batch naming: the accepted units of a county or type whose final grade is qualified or
// better, ticked for the batch; a decision number and date; a preview before anything is
// stored. Also revokes a naming with reason, date and document number.

#include "common/LazyReload.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lianping::ui {

class Session;

class NamingView : public QWidget {
    Q_OBJECT
public:
    explicit NamingView(Session& session, QWidget* parent = nullptr);
    QTableWidget* candidates() const { return m_table; }
    QLineEdit* decisionEdit() const { return m_decision; }

public slots:
    void reload();
    void loadCandidates();
    // Names the ticked units; asks for confirmation unless confirm is false (tests).
    bool nameSelected(bool confirm = true);
    void revoke();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    QStringList selectedCodes() const;

    Session& m_session;
    QComboBox* m_county = nullptr;
    QComboBox* m_type = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_decision = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace lianping::ui
