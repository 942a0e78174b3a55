// Fuzzes a bundle from JSON text to the screens' data: LoadBundle (and LoadDistrictIndex on the
// same text), then, for a bundle that loads, everything the page computes from it: the search
// index, opening states, promotion facts and map positions. Every message must be valid UTF-8
// with a JSON pointer, since the page and the CLI print them as they are.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/bundle/bundle_loader.h"
#include "core/domain/filters.h"
#include "core/domain/geo.h"
#include "core/domain/opening_hours.h"
#include "core/domain/search.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

namespace {

using namespace golmok;

void CheckDiagnostics(const std::vector<Diagnostic>& list) {
    for (const Diagnostic& d : list) {
        GOLMOK_FUZZ_CHECK(!d.message.empty(), "every problem is described");
        GOLMOK_FUZZ_CHECK(ToValidUtf8(d.message) == d.message, "messages are valid UTF-8");
        GOLMOK_FUZZ_CHECK(d.pointer.empty() || d.pointer[0] == '/', "pointers start with '/'");
        GOLMOK_FUZZ_CHECK(d.line >= 0 && d.column >= 0, "positions are never negative");
    }
}

void UseBundle(const Bundle& bundle) {
    SearchIndex index;
    index.Build(bundle);
    for (const char* query : {"ㄸㅂ", "a", "떡"}) {
        for (const SearchHit& hit : index.Search(query)) {
            GOLMOK_FUZZ_CHECK(hit.shop < bundle.shops.size(), "hits name real shops");
        }
    }
    const LocalTime now{Date{2026, 11, 29}, 12 * 60};
    std::vector<char> openNow;
    for (const Shop& shop : bundle.shops) {
        HoursError error;
        auto hours = ParseOpeningHours(shop.hours, &error);
        openNow.push_back(hours && StatusAt(*hours, now).state == OpenState::kOpen);
        Project(shop.position);
    }
    const ShopFacts facts = ComputeShopFacts(bundle, now.date, openNow);
    std::vector<std::size_t> all(bundle.shops.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    Filters filters;
    filters.openNow = true;
    ApplyFilters(bundle, all, filters, facts);
    CategoryCounts(bundle, all, filters, facts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    BundleLoadResult result = LoadBundle(text);
    CheckDiagnostics(result.errors);
    CheckDiagnostics(result.warnings);
    GOLMOK_FUZZ_CHECK(result.ok() == bool(result.bundle), "a bundle exactly when there are no errors");
    if (result.bundle) UseBundle(*result.bundle);
    CheckDiagnostics(LoadDistrictIndex(text).errors);
    return 0;
}
