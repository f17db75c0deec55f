#pragma once
// Imports of unit lists and scores from CSV or Excel (.xlsx, .xls), run on a worker thread with
// their own connection, a progress dialog and one transaction: a bad row stops everything with its
// file, row and field, and nothing is stored.

#include "core/common/Result.h"
#include "core/model/Step.h"

#include <QStringList>

#include <functional>

class QWidget;

namespace lianping::ui {

class Session;

class Imports {
public:
    // Asked with the counties a unit list names for the first time; true adds them.
    using ConfirmNewCounties = std::function<bool(const QStringList& counties)>;
    // The number of units imported; 0 with nothing stored when the user declines new counties.
    static Result<int> units(QWidget* parent, Session& session, const QString& file,
                             bool showProgress = true, const ConfirmNewCounties& confirm = {});
    static Result<int> scores(QWidget* parent, Session& session, const QString& file, Step step,
                              bool showProgress = true);
};

} // namespace lianping::ui
