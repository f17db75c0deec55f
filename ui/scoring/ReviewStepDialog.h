#pragma once
// Records one county review sub-step for a unit: its date, a note and the files that prove it
// (the publicity notice, the minutes…). Files already attached are listed; new ones are added
// with the button or dropped on the list, and are stored with the sub-step when it is saved.

#include "core/campaign/ReviewSteps.h"

#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLineEdit;
class QListWidget;

namespace lianping::ui {

class ReviewStepDialog : public QDialog {
    Q_OBJECT
public:
    // `attached`: names of the files the sub-step already has.
    ReviewStepDialog(const ReviewStep& step, const QStringList& attached,
                     QWidget* parent = nullptr);

    QDate date() const;
    QString note() const;
    QStringList newFiles() const { return m_newFiles; }
    void addFiles(const QStringList& files);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QListWidget* m_files = nullptr;
    QStringList m_newFiles;
};

} // namespace lianping::ui
