#include "core/model/date.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

TEST(Date, ParsesDaysThatExist) {
    auto d = ParseDate("2028-02-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 2028);
    EXPECT_EQ(d->month, 2);
    EXPECT_EQ(d->day, 29);
}

TEST(Date, RefusesDaysThatDoNotExist) {
    EXPECT_FALSE(ParseDate("2026-02-29"));
    EXPECT_FALSE(ParseDate("2026-13-01"));
    EXPECT_FALSE(ParseDate("2026-04-31"));
    EXPECT_FALSE(ParseDate("2026-00-10"));
    EXPECT_FALSE(ParseDate("2026-1-10"));
    EXPECT_FALSE(ParseDate("2026/01/10"));
    EXPECT_FALSE(ParseDate("2026-01-10T00:00"));
    EXPECT_FALSE(ParseDate(""));
}

TEST(Date, DaysSinceEpochRoundTrips) {
    EXPECT_EQ((Date{1970, 1, 1}).DaysSinceEpoch(), 0);
    EXPECT_EQ((Date{2000, 3, 1}).DaysSinceEpoch(), 11017);
    EXPECT_EQ((Date{1969, 12, 31}).DaysSinceEpoch(), -1);
    for (std::int64_t day = -800000; day < 800000; day += 997) {
        EXPECT_EQ(Date::FromDaysSinceEpoch(day).DaysSinceEpoch(), day);
    }
}

TEST(Date, AddDaysCrossesMonthsAndLeapDays) {
    EXPECT_EQ((Date{2028, 2, 28}).AddDays(1), (Date{2028, 2, 29}));
    EXPECT_EQ((Date{2026, 2, 28}).AddDays(1), (Date{2026, 3, 1}));
    EXPECT_EQ((Date{2026, 12, 31}).AddDays(1), (Date{2027, 1, 1}));
    EXPECT_EQ((Date{2026, 1, 1}).AddDays(-1), (Date{2025, 12, 31}));
}

TEST(Date, WeekdayStartsOnMonday) {
    EXPECT_EQ((Date{2026, 11, 29}).Weekday(), 6);  // a Sunday
    EXPECT_EQ((Date{2026, 11, 30}).Weekday(), 0);  // a Monday
    EXPECT_EQ((Date{1970, 1, 1}).Weekday(), 3);    // a Thursday
}

TEST(Date, SeoulDayChangesAtFifteenHundredUtc) {
    // 2026-11-29T14:59:59Z is 23:59:59 in Seoul; one second later it is the 30th there.
    const std::int64_t t = (Date{2026, 11, 29}).DaysSinceEpoch() * 86400 + 14 * 3600 + 59 * 60 + 59;
    EXPECT_EQ(SeoulDateAt(t), (Date{2026, 11, 29}));
    EXPECT_EQ(SeoulDateAt(t + 1), (Date{2026, 11, 30}));
}

TEST(Date, FormatsWithLeadingZeros) {
    EXPECT_EQ((Date{2026, 1, 5}).ToString(), "2026-01-05");
}

}  // namespace
}  // namespace golmok
