// Fuzzes the opening_hours parser and, for text it accepts, what the page asks of the result:
// the state at several moments, the week's hours and the summary in every language.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/domain/opening_hours.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using namespace golmok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    HoursError error;
    const std::optional<OpeningHours> hours = ParseOpeningHours(text, &error);
    if (!hours) {
        GOLMOK_FUZZ_CHECK(error.offset <= text.size(), "the error points inside the text");
        GOLMOK_FUZZ_CHECK(!error.message.empty(), "a refusal says why");
        return 0;
    }
    // Moments around a public holiday, a month end and past the holiday table's years.
    const LocalTime moments[] = {{Date{2026, 9, 24}, 23 * 60 + 59},
                                 {Date{2026, 12, 31}, 0},
                                 {Date{2027, 2, 28}, 12 * 60},
                                 {Date{2099, 6, 15}, 18 * 60}};
    for (const LocalTime& now : moments) {
        const HoursStatus status = StatusAt(*hours, now);
        if (status.nextChange) {
            GOLMOK_FUZZ_CHECK(status.nextChange->minute >= 0 && status.nextChange->minute < 1440,
                              "the next change is a real minute");
        }
        for (const DayHours& day : WeekFrom(*hours, now.date)) {
            for (const Span& span : day.spans) {
                GOLMOK_FUZZ_CHECK(span.start < span.end, "spans are not empty");
            }
        }
    }
    for (Lang lang : {Lang::kKo, Lang::kEn, Lang::kJa, Lang::kZh}) {
        const std::string summary = DescribeHours(*hours, lang);
        GOLMOK_FUZZ_CHECK(ToValidUtf8(summary) == summary, "the summary is valid UTF-8");
    }
    return 0;
}
