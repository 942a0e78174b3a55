// Fuzzes the search box: any text typed (or pasted, or arriving from a URL) is a query over a
// synthetic district of a few hundred shops. Hits must name real shops, best tier first.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/bundle/bundle_loader.h"
#include "core/domain/search.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"
#include "tools/synthetic.h"

using namespace golmok;

namespace {

const Bundle& SyntheticDistrict() {
    static const Bundle bundle = *LoadBundle(GenerateSyntheticBundle(300, 7)).bundle;
    return bundle;
}

const SearchIndex& Index() {
    static const SearchIndex index = [] {
        SearchIndex built;
        built.Build(SyntheticDistrict());
        return built;
    }();
    return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    const std::string form = SearchForm(query);
    GOLMOK_FUZZ_CHECK(ToValidUtf8(form) == form, "the search form is valid UTF-8");
    int lastTier = kTierExact;
    for (const SearchHit& hit : Index().Search(query)) {
        GOLMOK_FUZZ_CHECK(hit.shop < SyntheticDistrict().shops.size(), "hits name real shops");
        GOLMOK_FUZZ_CHECK(hit.tier >= lastTier && hit.tier <= kTierRomanized, "hits are ranked");
        lastTier = hit.tier;
    }
    return 0;
}
