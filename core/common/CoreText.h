#pragma once
// The one translation context of every text core shows a person (errors, labels, history
// lines): call CoreText::tr("…"). lupdate files these under lianping::CoreText, the same
// context QCoreApplication::translate looks them up in at run time.

#include <QCoreApplication>

namespace lianping {

class CoreText {
    Q_DECLARE_TR_FUNCTIONS(lianping::CoreText)
};

} // namespace lianping
