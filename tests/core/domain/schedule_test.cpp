#include "core/domain/schedule.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

TEST(StateOn, StartAndEndDaysAreInclusive) {
    EXPECT_EQ(StateOn(D(2026, 12, 1), D(2026, 12, 24), D(2026, 11, 30)), RunState::kUpcoming);
    EXPECT_EQ(StateOn(D(2026, 12, 1), D(2026, 12, 24), D(2026, 12, 1)), RunState::kCurrent);
    EXPECT_EQ(StateOn(D(2026, 12, 1), D(2026, 12, 24), D(2026, 12, 24)), RunState::kCurrent);
    EXPECT_EQ(StateOn(D(2026, 12, 1), D(2026, 12, 24), D(2026, 12, 25)), RunState::kExpired);
}

Bundle ThreePromotions() {
    Bundle b;
    Promotion shopDeal;
    shopDeal.id = "shop-deal";
    shopDeal.shop = "shop-1";
    shopDeal.start = D(2026, 11, 20);
    shopDeal.end = D(2026, 12, 5);
    shopDeal.sample = true;
    Promotion districtDeal = shopDeal;
    districtDeal.id = "district-deal";
    districtDeal.shop = "";
    districtDeal.end = D(2026, 12, 31);
    Promotion expired = shopDeal;
    expired.id = "expired";
    expired.start = D(2026, 11, 1);
    expired.end = D(2026, 11, 10);
    Promotion upcoming = shopDeal;
    upcoming.id = "upcoming";
    upcoming.start = D(2026, 12, 10);
    upcoming.end = D(2026, 12, 20);
    b.promotions = {shopDeal, districtDeal, expired, upcoming};
    return b;
}

TEST(CurrentPromotions, DistrictWideFirstAndNeverExpiredOnes) {
    Bundle b = ThreePromotions();
    auto current = CurrentPromotions(b, D(2026, 11, 29));
    ASSERT_EQ(current.size(), 2u);
    EXPECT_EQ(current[0]->id, "district-deal");
    EXPECT_EQ(current[1]->id, "shop-deal");
}

TEST(CurrentPromotions, FiltersByShop) {
    Bundle b = ThreePromotions();
    const std::string shop = "shop-1";
    auto current = CurrentPromotions(b, D(2026, 11, 29), &shop);
    ASSERT_EQ(current.size(), 1u);
    EXPECT_EQ(current[0]->id, "shop-deal");
}

TEST(UpcomingPromotions, ListsOnlyThoseNotStarted) {
    Bundle b = ThreePromotions();
    auto upcoming = UpcomingPromotions(b, D(2026, 11, 29));
    ASSERT_EQ(upcoming.size(), 1u);
    EXPECT_EQ(upcoming[0]->id, "upcoming");
}

TEST(MoveSampleDates, KeepsEachSampleAsFarFromTodayAsWritten) {
    Bundle b = ThreePromotions();
    b.promotions[1].sample = false;  // a real promotion: never moved
    b.samples = SampleInfo{};
    b.samples->datesAnchor = D(2026, 11, 29);
    MoveSampleDates(&b, D(2027, 3, 1));  // 92 days later
    EXPECT_EQ(b.promotions[0].start, D(2027, 2, 20));
    EXPECT_EQ(b.promotions[0].end, D(2027, 3, 7));
    EXPECT_EQ(b.promotions[1].end, D(2026, 12, 31));
    EXPECT_EQ(StateOn(b.promotions[2].start, b.promotions[2].end, D(2027, 3, 1)), RunState::kExpired);
    EXPECT_EQ(StateOn(b.promotions[3].start, b.promotions[3].end, D(2027, 3, 1)), RunState::kUpcoming);
}

TEST(MoveSampleDates, LeavesBundlesWithoutAnAnchorAlone) {
    Bundle b = ThreePromotions();
    MoveSampleDates(&b, D(2030, 1, 1));
    EXPECT_EQ(b.promotions[0].start, D(2026, 11, 20));
}

}  // namespace
}  // namespace golmok
