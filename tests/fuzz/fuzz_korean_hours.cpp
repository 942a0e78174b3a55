// Fuzzes the reader of Korean hours and ReadHoursInput: whatever they accept must be an
// opening_hours value the parser accepts, and a refusal must point inside the text.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/domain/korean_hours.h"
#include "core/domain/opening_hours.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using namespace golmok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    HoursError error;
    const std::optional<std::string> read = ReadKoreanHours(text, &error);
    if (!read) {
        GOLMOK_FUZZ_CHECK(error.offset <= text.size(), "the error points inside the text");
        GOLMOK_FUZZ_CHECK(!error.message.empty(), "a refusal says why");
    } else {
        HoursError parseError;
        const std::optional<OpeningHours> hours = ParseOpeningHours(*read, &parseError);
        GOLMOK_FUZZ_CHECK(hours.has_value(), "what the reader writes is opening_hours");
        GOLMOK_FUZZ_CHECK(ToValidUtf8(*read) == *read, "the value is valid UTF-8");
        // Written once, read again: the value is already opening_hours and stays as it is.
        const HoursInput again = ReadHoursInput(*read);
        GOLMOK_FUZZ_CHECK(again.ok() && !again.converted && again.hours == *read,
                          "an accepted value reads back unchanged");
        for (Lang lang : {Lang::kKo, Lang::kEn}) DescribeHours(*hours, lang);
    }
    const HoursInput input = ReadHoursInput(text);
    if (input.ok()) {
        GOLMOK_FUZZ_CHECK(ParseOpeningHours(input.hours, nullptr).has_value(),
                          "ReadHoursInput gives opening_hours");
    } else {
        GOLMOK_FUZZ_CHECK(input.error->offset <= text.size(), "the error points inside the text");
        GOLMOK_FUZZ_CHECK(input.hours.empty(), "no hours with an error");
    }
    return 0;
}
