#include "core/model/order.h"

#include <algorithm>

namespace golmok {

std::vector<std::uint32_t> StableOrder(const std::vector<std::int64_t>& keys) {
    // Each key with its position: sorting the pairs by both is stable by key alone.
    std::vector<std::pair<std::int64_t, std::uint32_t>> pairs(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) pairs[i] = {keys[i], static_cast<std::uint32_t>(i)};
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) order[i] = pairs[i].second;
    return order;
}

}  // namespace golmok
