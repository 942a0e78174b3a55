// Fuzzes the URL hash → screen parser. A route read from any text must format to a URL that reads
// back as the same route, so a shared link always reopens the screen it was made on.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/domain/route.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using namespace golmok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view hash(reinterpret_cast<const char*>(data), size);
    const Route route = ParseRoute(hash);
    GOLMOK_FUZZ_CHECK(ToValidUtf8(route.query) == route.query, "the search text is valid UTF-8");
    const std::string url = FormatRoute(route);
    GOLMOK_FUZZ_CHECK(url.compare(0, 2, "#/") == 0, "a URL starts with #/");
    GOLMOK_FUZZ_CHECK(ParseRoute(url) == route, "a formatted route reads back the same");
    GOLMOK_FUZZ_CHECK(FormatRoute(ParseRoute(url)) == url, "formatting is stable");
    return 0;
}
