#include "core/domain/filters.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/domain/schedule.h"

namespace golmok {

namespace {
template <typename T>
bool Contains(const std::vector<T>& items, const T& value) {
    return std::find(items.begin(), items.end(), value) != items.end();
}
}  // namespace

ShopFacts ComputeShopFacts(const Bundle& bundle, const Date& today, const std::vector<char>& openNow) {
    ShopFacts facts;
    facts.openNow = openNow;
    facts.openNow.resize(bundle.shops.size(), 0);
    facts.hasCurrentPromotion.assign(bundle.shops.size(), 0);
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(bundle.shops.size());
    for (std::size_t i = 0; i < bundle.shops.size(); ++i) index.emplace(bundle.shops[i].id, i);
    for (const Promotion& p : bundle.promotions) {
        if (p.shop.empty() || StateOn(p.start, p.end, today) != RunState::kCurrent) continue;
        auto it = index.find(p.shop);
        if (it != index.end()) facts.hasCurrentPromotion[it->second] = 1;
    }
    return facts;
}

bool PassesFilters(const Bundle& bundle, std::size_t i, const Filters& f, const ShopFacts& facts,
                   bool ignoreCategory) {
    const Shop& shop = bundle.shops[i];
    if (!ignoreCategory && !f.categories.empty() && !Contains(f.categories, shop.category)) return false;
    if (f.openNow && !(i < facts.openNow.size() && facts.openNow[i])) return false;
    if (f.hasPromotion && !(i < facts.hasCurrentPromotion.size() && facts.hasCurrentPromotion[i])) {
        return false;
    }
    if (!f.payments.empty()) {
        bool any = false;
        for (Payment p : f.payments) any = any || Contains(shop.payment, p);
        if (!any) return false;
    }
    if (!f.languages.empty()) {
        bool any = false;
        for (Lang l : f.languages) any = any || Contains(shop.languages, l) || Contains(shop.menuLanguages, l);
        if (!any) return false;
    }
    return true;
}

std::vector<std::size_t> ApplyFilters(const Bundle& bundle, const std::vector<std::size_t>& candidates,
                                      const Filters& filters, const ShopFacts& facts) {
    if (!filters.Active()) return candidates;
    std::vector<std::size_t> out;
    out.reserve(candidates.size());
    for (std::size_t i : candidates) {
        if (PassesFilters(bundle, i, filters, facts)) out.push_back(i);
    }
    return out;
}

std::vector<int> CategoryCounts(const Bundle& bundle, const std::vector<std::size_t>& candidates,
                                const Filters& filters, const ShopFacts& facts) {
    std::unordered_map<std::string_view, std::size_t> position;
    for (std::size_t c = 0; c < bundle.categories.size(); ++c) position.emplace(bundle.categories[c].id, c);
    std::vector<int> counts(bundle.categories.size(), 0);
    for (std::size_t i : candidates) {
        if (!PassesFilters(bundle, i, filters, facts, /*ignoreCategory=*/true)) continue;
        auto it = position.find(bundle.shops[i].category);
        if (it != position.end()) ++counts[it->second];
    }
    return counts;
}

}  // namespace golmok
