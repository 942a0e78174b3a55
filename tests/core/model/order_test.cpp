#include "core/model/order.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace golmok {
namespace {

TEST(StableOrder, SortsByKeyAndKeepsTheOrderOfEqualKeys) {
    EXPECT_EQ(StableOrder({3, 1, 2, 1, 3, -5}), (std::vector<std::uint32_t>{5, 1, 3, 2, 0, 4}));
    EXPECT_TRUE(StableOrder({}).empty());
}

TEST(StableSortByKey, RearrangesItemsStably) {
    std::vector<std::string> words = {"pear", "fig", "apple", "kiwi", "plum", "date"};
    StableSortByKey(&words, [](const std::string& w) { return static_cast<std::int64_t>(w.size()); });
    EXPECT_EQ(words, (std::vector<std::string>{"fig", "pear", "kiwi", "plum", "date", "apple"}));
}

TEST(DoubleKey, OrdersAsLessThanDoes) {
    const std::vector<double> values = {-1e300, -2.5, -1e-300, 0.0, 1e-300, 0.5, 2.0, 1e300};
    for (std::size_t i = 0; i + 1 < values.size(); ++i) {
        EXPECT_LT(DoubleKey(values[i]), DoubleKey(values[i + 1])) << values[i];
    }
}

}  // namespace
}  // namespace golmok
