#pragma once
// The documents the desktop produces — rating reports (print preview or PDF, one unit or a
// batch), the naming list, the summary workbook and self-check templates. Long work runs on a
// worker thread with its own read connection, a progress dialog and Cancel.

#include "core/common/Result.h"

#include <QString>

class QPrinter;
class QWidget;

namespace lianping::ui {

class Session;

struct BatchScope {
    QString county; // empty: every county
    QString typeCode;
    bool combined = true; // one PDF; else one file per unit in a folder
};

class Documents {
public:
    // Print preview of one unit's rating report; printing goes to the chosen printer.
    static Result<void> previewReport(QWidget* parent, Session& session, const QString& unitCode);
    static Result<void> previewNamingList(QWidget* parent, Session& session);
    // Paints the documents onto a printer (what the preview shows and what prints).
    static Result<void> printReport(QPrinter& printer, Session& session, const QString& unitCode);
    static Result<void> printNamingList(QPrinter& printer, Session& session);

    static Result<void> exportReport(Session& session, const QString& unitCode,
                                     const QString& path);
    static Result<int> exportBatch(QWidget* parent, Session& session, const BatchScope& scope,
                                   const QString& target, bool showProgress = true);
    static Result<void> exportNamingList(Session& session, const QString& path);
    static Result<void> exportSummary(QWidget* parent, Session& session, const QString& path,
                                      bool showProgress = true);
    static Result<void> exportTemplate(Session& session, const QString& typeCode,
                                       const QString& path);
};

} // namespace lianping::ui
