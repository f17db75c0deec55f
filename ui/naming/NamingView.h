#pragma once
// Batch naming: the accepted units of a county or type whose final grade is qualified or
// better, ticked for the batch (all, none or one by one); a decision number and date; a
// preview before anything is stored. The year's decisions so far with their units; a naming
// revoked from there with reason, date and document number in one dialog.

#include "ui/common/LazyReload.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QDialog;
class QTableWidget;
class QTreeWidget;

namespace lianping::ui {

class Session;

class NamingView : public QWidget {
    Q_OBJECT
public:
    explicit NamingView(Session& session, QWidget* parent = nullptr);
    QTableWidget* candidates() const { return m_table; }
    QLineEdit* decisionEdit() const { return m_decision; }
    QTreeWidget* batches() const { return m_batches; }
    QLabel* status() const { return m_status; }
    QDialog* revokeDialog() const { return m_revokeDialog; } // while it is open

public slots:
    void reload();
    void loadCandidates();
    // Names the ticked units; asks for confirmation unless confirm is false (tests).
    bool nameSelected(bool confirm = true);
    // Revoke dialog (unit, reason, date, document number), for `code` or the unit chosen in
    // the list of decisions; asks before revoking.
    bool revoke(const QString& code = {});
    void loadBatches();

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
    QTreeWidget* m_batches = nullptr;
    QDialog* m_revokeDialog = nullptr;
};

} // namespace lianping::ui
