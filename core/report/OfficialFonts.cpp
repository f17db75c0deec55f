#include "OfficialFonts.h"

#include "core/report/PagedDocument.h"

#include <QFontDatabase>
#include <QStringList>

#include <array>
#include <mutex>

namespace lianping {

namespace {

QStringList candidates(OfficialFace face) {
    switch (face) {
    case OfficialFace::Title:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("方正小标宋_GBK"), QStringLiteral("AR PL SungtiL GB"),
                QStringLiteral("SimSun"),         QStringLiteral("宋体"),
                QStringLiteral("AR PL UMing CN")};
    case OfficialFace::Body:
        return {QStringLiteral("仿宋_GB2312"),     QStringLiteral("FangSong_GB2312"),
                QStringLiteral("FangSong"),        QStringLiteral("仿宋"),
                QStringLiteral("AR PL KaitiM GB"), QStringLiteral("AR PL UKai CN"),
                QStringLiteral("AR PL SungtiL GB")};
    case OfficialFace::Heading:
        return {QStringLiteral("SimHei"), QStringLiteral("黑体"),
                QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei")};
    case OfficialFace::Subheading:
        return {QStringLiteral("楷体_GB2312"),     QStringLiteral("KaiTi_GB2312"),
                QStringLiteral("KaiTi"),           QStringLiteral("楷体"),
                QStringLiteral("AR PL KaitiM GB"), QStringLiteral("AR PL UKai CN")};
    case OfficialFace::PageNumber:
        return {QStringLiteral("SimSun"), QStringLiteral("宋体"),
                QStringLiteral("AR PL SungtiL GB"), QStringLiteral("AR PL UMing CN")};
    }
    return {};
}

} // namespace

QString OfficialFonts::family(OfficialFace face) {
    static std::array<QString, 5> chosen;
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList installed = QFontDatabase::families();
        for (OfficialFace each : {OfficialFace::Title, OfficialFace::Body, OfficialFace::Heading,
                                  OfficialFace::Subheading, OfficialFace::PageNumber}) {
            QString found;
            for (const QString& candidate : candidates(each))
                if (installed.contains(candidate)) {
                    found = candidate;
                    break;
                }
            // Whatever else is there extracts correctly (WenQuanYi) before it looks right.
            chosen[static_cast<std::size_t>(each)] =
                found.isEmpty() ? PagedDocument::fontFamily() : found;
        }
    });
    return chosen[static_cast<std::size_t>(face)];
}

} // namespace lianping
