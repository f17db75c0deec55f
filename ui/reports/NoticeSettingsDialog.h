#pragma once
// Reports › Naming notice settings: the issuing office, the document-number prefix and the
// addressees the campaign's naming notice (GB/T 9704) prints, with the number as it will read.

#include "core/model/Campaign.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lianping::ui {

class NoticeSettingsDialog : public QDialog {
    Q_OBJECT
public:
    NoticeSettingsDialog(const NoticeSettings& settings, int year, QWidget* parent = nullptr);
    NoticeSettings settings() const;

private:
    void updateExample();

    int m_year;
    QLineEdit* m_issuer;
    QLineEdit* m_prefix;
    QPlainTextEdit* m_addressees;
    QLabel* m_example;
};

} // namespace lianping::ui
