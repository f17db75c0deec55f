#pragma once
// The desktop's Workbench: the open database, the campaign year, and every write of the
// screens, each announced by a typed signal the other screens listen to.

#include "core/workspace/Workbench.h"

namespace lianping::ui {

class Session : public Workbench {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens (or creates) a database file; the error is a message a person can act on.
    Result<void> open(const QString& path, const QString& operatorName);
};

} // namespace lianping::ui
