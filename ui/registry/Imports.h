#pragma once
// Imports of unit lists and scores from CSV, run on a worker thread with their own
// connection, a progress dialog and one transaction: a bad row stops everything with its
// file, row and field, and nothing is stored.

#include "common/Result.h"
#include "scoring/Step.h"

class QWidget;

namespace lianping::ui {

class Session;

class Imports {
public:
    static Result<int> units(QWidget* parent, Session& session, const QString& file,
                             bool showProgress = true);
    static Result<int> scores(QWidget* parent, Session& session, const QString& file, Step step,
                              bool showProgress = true);
};

} // namespace lianping::ui
