#include "core/domain/korean_holidays.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace golmok {
namespace {

std::vector<std::string> Holidays(int year) {
    std::vector<std::string> out;
    for (const Date& d : KoreanPublicHolidays(year)) out.push_back(d.ToString());
    return out;
}

// As published for 2025: a designated day on 27 January, Children's Day and Buddha's Birthday
// on the same Monday, and the early presidential election on 3 June.
TEST(KoreanPublicHolidays, MatchThePublished2025Calendar) {
    const std::vector<std::string> expected = {
        "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-03-01",
        "2025-03-03", "2025-05-05", "2025-05-06", "2025-06-03", "2025-06-06", "2025-08-15",
        "2025-10-03", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08", "2025-10-09",
        "2025-12-25"};
    EXPECT_EQ(Holidays(2025), expected);
}

// As published for 2026, with Constitution Day restored and the local elections on 3 June.
// Chuseok ends on a Saturday, which Chuseok does not make up for.
TEST(KoreanPublicHolidays, MatchThePublished2026Calendar) {
    const std::vector<std::string> expected = {
        "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-03-01", "2026-03-02",
        "2026-05-05", "2026-05-24", "2026-05-25", "2026-06-03", "2026-06-06", "2026-07-17",
        "2026-08-15", "2026-08-17", "2026-09-24", "2026-09-25", "2026-09-26", "2026-10-03",
        "2026-10-05", "2026-10-09", "2026-12-25"};
    EXPECT_EQ(Holidays(2026), expected);
}

TEST(KoreanPublicHolidays, GiveSubstitutesForHolidaysOnWeekendsOrSharedDays) {
    EXPECT_TRUE(IsKoreanPublicHoliday({2027, 2, 9}));    // Seollal on a Sunday
    EXPECT_TRUE(IsKoreanPublicHoliday({2027, 7, 19}));   // Constitution Day on a Saturday
    EXPECT_TRUE(IsKoreanPublicHoliday({2027, 10, 11}));  // Hangul Day on a Saturday
    EXPECT_TRUE(IsKoreanPublicHoliday({2027, 12, 27}));  // Christmas on a Saturday
    EXPECT_TRUE(IsKoreanPublicHoliday({2028, 10, 5}));   // Chuseok on National Foundation Day
    EXPECT_TRUE(IsKoreanPublicHoliday({2029, 5, 7}));    // Children's Day on a Saturday
    EXPECT_TRUE(IsKoreanPublicHoliday({2029, 9, 24}));   // Chuseok's last day on a Sunday
    EXPECT_TRUE(IsKoreanPublicHoliday({2030, 2, 5}));    // Seollal on a Sunday
}

TEST(KoreanPublicHolidays, GiveNoSubstituteForNewYearOrMemorialDay) {
    EXPECT_TRUE(IsKoreanPublicHoliday({2027, 6, 6}));  // a Sunday
    EXPECT_FALSE(IsKoreanPublicHoliday({2027, 6, 7}));
    EXPECT_TRUE(IsKoreanPublicHoliday({2028, 1, 1}));  // a Saturday
    EXPECT_FALSE(IsKoreanPublicHoliday({2028, 1, 3}));
}

TEST(KoreanPublicHolidays, UseTheKoreanLunarCalendar) {
    // The Chinese New Year of 2028 is on 26 January; in Korean time the new moon is after
    // midnight, so Seollal is on the 27th and its eve on the 26th.
    EXPECT_TRUE(IsKoreanPublicHoliday({2028, 1, 26}));
    EXPECT_TRUE(IsKoreanPublicHoliday({2028, 1, 28}));
    EXPECT_FALSE(IsKoreanPublicHoliday({2028, 1, 25}));
    EXPECT_FALSE(IsKoreanPublicHoliday({2028, 1, 29}));
}

TEST(KoreanPublicHolidays, AreNotOrdinarySundays) {
    EXPECT_FALSE(IsKoreanPublicHoliday({2026, 11, 29}));
}

TEST(KoreanPublicHolidays, KnowOnlyFixedDaysOutsideTheTable) {
    EXPECT_TRUE(KoreanHolidaysKnown(2025));
    EXPECT_TRUE(KoreanHolidaysKnown(2030));
    EXPECT_FALSE(KoreanHolidaysKnown(2024));
    EXPECT_FALSE(KoreanHolidaysKnown(2031));
    EXPECT_TRUE(Holidays(2031).empty());
    EXPECT_TRUE(IsKoreanPublicHoliday({2031, 1, 1}));
    EXPECT_TRUE(IsKoreanPublicHoliday({2031, 7, 17}));
    EXPECT_FALSE(IsKoreanPublicHoliday({2024, 7, 17}));  // not a holiday from 2008 to 2025
}

}  // namespace
}  // namespace golmok
