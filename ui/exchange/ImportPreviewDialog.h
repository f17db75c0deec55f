#pragma once
// What importing a package would do, before anything is stored: who made it (with the key's
// fingerprint), and per kind of record how many are new, updated, unchanged, in conflict or
// refused because the sending office does not own them. Import or Cancel.

#include "core/exchange/PackageImporter.h"

#include <QDialog>

class QTableWidget;

namespace lianping::ui {

class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const ImportReport& preview, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

    static QString kindLabel(const QString& kind);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace lianping::ui
