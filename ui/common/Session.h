#pragma once
// The open database and the campaign year every screen works on. Screens read through it
// and announce their writes, so other screens refresh.

#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace lianping::ui {

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens (or creates) a database file; the error is a message a person can act on.
    Result<void> open(const QString& path, const QString& operatorName);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }

    int year() const { return m_year; }
    void setYear(int year);
    QList<int> years() const; // campaigns in the file, newest first

    // Called after a write so every screen can refresh what it shows.
    void notifyChanged();
    // Called after a score, survey or veto of one enrolled unit changed.
    void notifySheetChanged(qint64 enrollmentId) {
        emit sheetChanged(enrollmentId);
        m_db->releaseReads();
    }

signals:
    void sheetChanged(qint64 enrollmentId);
    void opened();
    void closed();
    void yearChanged(int year);
    void changed();

private:
    std::unique_ptr<Database> m_db;
    int m_year = 0;
};

} // namespace lianping::ui
