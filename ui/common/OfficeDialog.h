#pragma once
// Asked once when a database is created: which office it belongs to (a unit, the county
// office of county X, the city office, or one laptop running a whole campaign) — and the
// passphrase that protects its signing key.

#include "core/office/Office.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lianping::ui {

class OfficeDialog : public QDialog {
    Q_OBJECT
public:
    explicit OfficeDialog(QWidget* parent = nullptr);
    Role role() const;
    QString officeName() const;
    QString county() const;
    QString unit() const;
    // The passphrase that protects the office's new signing key (asked twice).
    QByteArray keyPassphrase() const;
    void accept() override;

private:
    void update();
    QComboBox* m_role = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_county = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lianping::ui
