#pragma once
// The typefaces of an official document (GB/T 9704-2012): 小标宋 for the title and the issuing
// office's mark, 仿宋 for the text, 黑体 and 楷体 for first- and second-level headings, 宋体
// for page numbers. Windows' official fonts are used where installed; elsewhere the
// Debian-packaged Song and Kai families whose PDF text extracts as the same characters (AR PL
// SungtiL GB, AR PL KaitiM GB; see NOTES.md on Noto CJK's Kangxi radicals). Kai stands in for
// FangSong, which no Debian package has for simplified Chinese.

#include <QString>

namespace lianping {

enum class OfficialFace { Title, Body, Heading, Subheading, PageNumber };

class OfficialFonts {
public:
    // The first installed family for the face (cached per process).
    static QString family(OfficialFace face);
};

} // namespace lianping
