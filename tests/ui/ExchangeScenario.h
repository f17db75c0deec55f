#pragma once
// A county office whose packages the desktop under test trusts, and the conflict two of its
// laptops make by scoring one indicator differently: the setting of the exchange GUI tests.
#include "core/TestDatabase.h"

#include <QString>

namespace lianping::ui {
class MainWindow;
}

namespace lianping::test {

// Writes a package of the year 2026 from db to path.
QString exportPackageTo(Database& db, const QString& path);

// 利州区纪委 with unit A001 scored at its review, trusted by the window's database and
// imported once.
void setUpTrustedCounty(ui::MainWindow& window, TestDatabase& county);

// The county and a copy of its database score D1.1 as 7 and 6 points; both packages are
// imported, leaving one open conflict.
void importConflictingLaptops(ui::MainWindow& window, TestDatabase& county);

} // namespace lianping::test
