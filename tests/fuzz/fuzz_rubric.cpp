// libFuzzer target for rubric JSON (an imported 考评细则): RubricJson::parse — size cap, JSON,
// required fields, years, kinds, maxima as half-points, the checks of validate() — then
// validate() again on what parsed, and serialize() read back, which must parse to the same
// rubric. Not part of ctest; run with tools/fuzz.sh rubric.

#include "core/rubric/RubricJson.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace lianping;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_rubric";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Result<Rubric> rubric = RubricJson::parse(bytes, QStringLiteral("fuzz.json"));
    if (!rubric)
        return 0;
    Result<void> valid = RubricJson::validate(*rubric, QStringLiteral("fuzz.json"));
    Result<Rubric> again =
        RubricJson::parse(RubricJson::serialize(*rubric), QStringLiteral("again.json"));
    QString broken;
    if (!valid)
        broken = QStringLiteral("fails validate: ") + valid.error().message;
    else if (!again)
        broken = QStringLiteral("does not read back: ") + again.error().message;
    else if (RubricJson::serialize(*again) != RubricJson::serialize(*rubric))
        broken = QStringLiteral("reads back different");
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_rubric: a parsed rubric %s\n", qPrintable(broken));
        __builtin_trap();
    }
    return 0;
}
