// The list filters a visitor sets (category, open now, has a promotion, payment, language) and
// how they narrow a list of shops. Within a group any chosen value will do; groups combine with
// AND. Standard library and the model only: no ImGui, no emscripten.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

struct Filters {
    std::vector<std::string> categories;  // category ids; empty = all
    bool openNow = false;
    bool hasPromotion = false;
    std::vector<Payment> payments;        // accepts any of these
    std::vector<Lang> languages;          // speaks or has a menu in any of these

    bool Active() const {
        return !categories.empty() || openNow || hasPromotion || !payments.empty() || !languages.empty();
    }
    int ActiveCount() const {
        return static_cast<int>(categories.size() + payments.size() + languages.size()) + openNow + hasPromotion;
    }
    void Clear() { *this = Filters{}; }
};

// Facts about each shop at one moment, computed once per minute (hours) or per day (promotions)
// rather than per frame: index i describes bundle.shops[i].
struct ShopFacts {
    std::vector<char> openNow;
    std::vector<char> hasCurrentPromotion;
};

ShopFacts ComputeShopFacts(const Bundle& bundle, const Date& today,
                           const std::vector<char>& openNow);

// Whether one shop passes every filter, ignoring the category group when asked (for counts).
bool PassesFilters(const Bundle& bundle, std::size_t shop, const Filters& filters,
                   const ShopFacts& facts, bool ignoreCategory = false);

// `candidates` (shop indices, in their order) narrowed by the filters, order kept.
std::vector<std::size_t> ApplyFilters(const Bundle& bundle, const std::vector<std::size_t>& candidates,
                                      const Filters& filters, const ShopFacts& facts);

// For each category (bundle order), how many candidates pass every filter but the category one:
// what choosing that category would show.
std::vector<int> CategoryCounts(const Bundle& bundle, const std::vector<std::size_t>& candidates,
                                const Filters& filters, const ShopFacts& facts);

}  // namespace golmok
