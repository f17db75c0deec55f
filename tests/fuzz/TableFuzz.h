#pragma once
// What the three table targets share: the fuzz input written to a temporary file with the
// format's suffix, read with TableFile::read as the desktop and the CLI do, and a table that
// reads handed to the unit and score importers against one database made at start-up.

#include <QByteArray>
#include <QString>

namespace lianping::fuzz {

// Reads `bytes` as a file named fuzz.<suffix>; every change an importer makes is rolled back
// so each input meets the same database.
void readTable(const QByteArray& bytes, const QString& suffix);

} // namespace lianping::fuzz
